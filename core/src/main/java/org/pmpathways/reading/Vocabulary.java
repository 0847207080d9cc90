package org.pmpathways.reading;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.pmpathways.AdvisorException;
import org.pmpathways.advice.Competency;
import org.pmpathways.facts.TrioArea;
import org.pmpathways.profile.RoleFamily;

/**
 * The title and skill vocabulary of a rule set, loaded once, and the reading of titles and skills
 * through it.
 *
 * <p>The rule-set index ({@code META-INF/pm-pathways/ruleset.properties}) names its files:
 * <ul>
 *   <li>{@code title-words}: abbreviations to expand and seniority and filler words to drop;</li>
 *   <li>{@code title-families}: the project's own phrases of job titles, each with a role family;</li>
 *   <li>{@code title-translations} (optional): the project's own phrases in other languages;</li>
 *   <li>{@code title-modifiers} (optional): the words that are {@link TitleModifier}s;</li>
 *   <li>{@code title-heads} (optional): head nouns that say the rank or kind of job but not its field
 *       ("specialist", "architect"), and {@code title-fields} (optional): the field words that, next
 *       to such a head, decide the family ("platform", "business process");</li>
 *   <li>{@code title-index} (optional): the ESCO occupation labels, gzipped, derived by
 *       {@code rules/src/build/TitleIndexWriter.java};</li>
 *   <li>{@code skills}: skill phrases, each with a competency and a trio area;</li>
 *   <li>{@code certificate-crafts}: words of certificates, each with the role family whose craft it
 *       names ("PSPO": product management, "PMP": project management);</li>
 *   <li>{@code skill-index} (optional): labels of ESCO skills, gzipped, each skill with a competency
 *       and a trio area, derived by {@code rules/src/build/TitleIndexWriter.java}.</li>
 * </ul>
 * The project's phrases are looked up before ESCO's, so they decide a label both have.
 *
 * <p>Its labels never change once loaded. It keeps the readings of the first few thousand titles and
 * skills it reads (see {@link KeptReadings}), so that a title or skill met again, as in a batch, is
 * not read again; the reading is the same either way.
 *
 * <p>Thread-safe once loaded.
 */
public final class Vocabulary {
  /** Title readings less confident than this are {@link RoleFamily#UNKNOWN}. */
  public static final double CONFIDENCE_THRESHOLD = TitleReader.THRESHOLD;
  /** The prefix of ESCO occupation concept URIs. */
  public static final String ESCO_OCCUPATION = "http://data.europa.eu/esco/occupation/";

  /** How many titles' readings are kept, at most (see {@link KeptReadings}). */
  static final int KEPT_TITLES = 4_096;

  private final TitleReader titles;
  private final SkillReader skills;
  private final Phrases<RoleFamily> certificateCrafts;
  private final KeptReadings<TitleReading> titleReadings;

  private Vocabulary(TitleReader titles, SkillReader skills, Phrases<RoleFamily> certificateCrafts) {
    this.titles = titles;
    this.skills = skills;
    this.certificateCrafts = certificateCrafts;
    this.titleReadings = new KeptReadings<>(KEPT_TITLES, titles::read);
  }

  /**
   * Loads the vocabulary the index names.
   *
   * @param loader where the files are
   * @param index the rule-set index
   * @param indexName the index's name, for messages
   * @throws AdvisorException if an entry or a file is missing or a line is malformed (naming the file
   *     and line)
   */
  public static Vocabulary load(ClassLoader loader, Properties index, String indexName) {
    Objects.requireNonNull(loader, "loader must not be null");
    Map<String, String[]> wordMap = new LinkedHashMap<>();
    readTable(loader, required(index, "title-words", indexName), 2, (cells, where) -> {
      boolean phrase = cells[0].indexOf(' ') >= 0;
      if (phrase != cells[1].equals("=")) {
        throw new IllegalArgumentException(phrase
            ? "'" + cells[0] + "' has several words: a phrase is kept whole, with '=' on the right"
            : "'=' keeps a phrase of several words whole; '" + cells[0] + "' is one word");
      }
      if (phrase) {
        Phrases.checkKeptWhole(cells[0]);
      }
      wordMap.put(cells[0], cells[1].isEmpty() || phrase ? new String[0] : cells[1].split(" +"));
    });
    Map<String, TitleModifier> modifiers = new LinkedHashMap<>();
    String modifierFile = index.getProperty("title-modifiers");
    if (modifierFile != null && !modifierFile.isBlank()) {
      readTable(loader, modifierFile.trim(), 2, (cells, where) -> {
        if (cells[0].split(" ").length > 3) {
          throw new IllegalArgumentException("modifier '" + cells[0] + "' has more than three words");
        }
        modifiers.put(cells[0], parseEnum(TitleModifier.class, cells[1], where));
      });
    }
    TitleReader titles = new TitleReader(wordMap, modifiers);
    TitleReader.Origin[] ours = new TitleReader.Origin[RoleFamily.values().length];
    for (RoleFamily family : RoleFamily.values()) {
      ours[family.ordinal()] = new TitleReader.Origin(family, TitleReading.OUR_ADDITION);
    }
    readTable(loader, required(index, "title-families", indexName), 2, (cells, where) -> {
      RoleFamily family = parseEnum(RoleFamily.class, cells[1], where);
      titles.add(cells[0], ours[family.ordinal()]);
    });
    String translations = index.getProperty("title-translations");
    if (translations != null && !translations.isBlank()) {
      readTable(loader, translations.trim(), 3, (cells, where) -> {
        RoleFamily family = parseEnum(RoleFamily.class, cells[1], where);
        titles.add(cells[0], ours[family.ordinal()]);
      });
    }
    String headFile = index.getProperty("title-heads");
    if (headFile != null && !headFile.isBlank()) {
      readTable(loader, headFile.trim(), 3, (cells, where) -> {
        boolean generic = switch (cells[1]) {
          case "GENERIC" -> true;
          case "QUALIFIED" -> false;
          default -> throw new IllegalArgumentException("kind '" + cells[1] + "' is not one of [GENERIC, QUALIFIED]");
        };
        if (!cells[2].equals("BUILDS") && !cells[2].equals("-")) {
          throw new IllegalArgumentException("third column '" + cells[2] + "' is not one of [BUILDS, -]");
        }
        titles.addHeadNoun(cells[0], new TitleReader.HeadNoun(generic, cells[2].equals("BUILDS")));
      });
    }
    String fieldFile = index.getProperty("title-fields");
    if (fieldFile != null && !fieldFile.isBlank()) {
      readTable(loader, fieldFile.trim(), 3, (cells, where) -> {
        RoleFamily family = parseEnum(RoleFamily.class, cells[1], where);
        RoleFamily building = cells[2].equals("-") ? null : parseEnum(RoleFamily.class, cells[2], where);
        titles.addField(cells[0], new TitleReader.Field(ours[family.ordinal()],
            building == null ? null : ours[building.ordinal()]));
      });
    }
    String escoIndex = index.getProperty("title-index");
    if (escoIndex != null && !escoIndex.isBlank()) {
      readEscoIndex(loader, escoIndex.trim(), titles);
    }
    Map<String, SkillReader.Meaning> meanings = new LinkedHashMap<>();
    readTable(loader, required(index, "skills", indexName), 3, (cells, where) -> meanings.put(cells[0],
        new SkillReader.Meaning(optionalEnum(Competency.class, cells[1], where),
            optionalEnum(TrioArea.class, cells[2], where))));
    String skillIndex = index.getProperty("skill-index");
    if (skillIndex != null && !skillIndex.isBlank()) {
      readTable(loader, skillIndex.trim(), -4, (cells, where) -> {
        SkillReader.Meaning meaning = new SkillReader.Meaning(optionalEnum(Competency.class, cells[1], where),
            optionalEnum(TrioArea.class, cells[2], where));
        for (int i = 3; i < cells.length; i++) {
          meanings.putIfAbsent(cells[i], meaning);
        }
      });
    }
    Phrases<RoleFamily> certificateCrafts = new Phrases<>(Map.of());
    readTable(loader, required(index, "certificate-crafts", indexName), 2, (cells, where) ->
        certificateCrafts.add(cells[0], parseEnum(RoleFamily.class, cells[1], where)));
    return new Vocabulary(titles, new SkillReader(Map.of(), meanings), certificateCrafts);
  }

  /**
   * Reads a job title. Case, accents, punctuation, seniority and level words do not matter; the
   * employer after " at " is left out; modifiers are recorded and weigh as {@link TitleModifier}
   * says. A title that cannot be read with at least {@link #CONFIDENCE_THRESHOLD} confidence is
   * {@link RoleFamily#UNKNOWN}, with the reason; a title is never OTHER by default, only when a label
   * of other work (a nurse, a teacher) matched.
   *
   * @throws NullPointerException if the title is null
   */
  public TitleReading readTitle(String title) {
    Objects.requireNonNull(title, "title must not be null");
    return titleReadings.read(title);
  }

  /** Reads free-text skills: what each recognised phrase shows, and which skills were not placed. */
  public SkillReading readSkills(List<String> skillTexts) {
    Objects.requireNonNull(skillTexts, "skills must not be null");
    return skills.read(skillTexts);
  }

  /**
   * The role families whose craft a certificate's name names, by the certificate-crafts table: a
   * CSPO names product management, a PMP project management, a "Google UX Design Certificate" design;
   * a CFA or an ISTQB names none of them (the set is empty).
   *
   * @throws NullPointerException if the certificate is null
   */
  public Set<RoleFamily> readCertificate(String certificate) {
    Objects.requireNonNull(certificate, "certificate must not be null");
    Set<RoleFamily> crafts = EnumSet.noneOf(RoleFamily.class);
    for (Phrases.Match<RoleFamily> match : certificateCrafts.find(certificate)) {
      crafts.add(match.value());
    }
    return Collections.unmodifiableSet(crafts);
  }

  /** How many title labels the vocabulary holds, ESCO's and ours. */
  public int titleLabels() {
    return titles.size();
  }

  private static void readEscoIndex(ClassLoader loader, String resource, TitleReader titles) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AdvisorException("vocabulary '" + resource + "' is not on the classpath");
      }
      // Decoded once and scanned in place: one string for the file rather than one for each line.
      String text = new String(new GZIPInputStream(in, 1 << 16).readAllBytes(), StandardCharsets.UTF_8);
      int number = 0;
      for (int at = 0; at < text.length(); ) {
        int eol = text.indexOf('\n', at);
        String line = text.substring(at, eol < 0 ? text.length() : eol);
        at = eol < 0 ? text.length() : eol + 1;
        number++;
        if (line.isEmpty() || line.charAt(0) == '#') {
          continue;
        }
        int first = line.indexOf('\t');
        int second = first < 0 ? -1 : line.indexOf('\t', first + 1);
        if (second < 0) {
          throw new AdvisorException(resource + " line " + number + ": expected occupation, family and labels");
        }
        String familyName = line.substring(first + 1, second);
        RoleFamily family = parseEnum(RoleFamily.class, familyName, resource + " line " + number);
        boolean heads = first == 1 && line.charAt(0) == '-';
        boolean fields = first == 1 && line.charAt(0) == '+';
        TitleReader.Origin origin = new TitleReader.Origin(family, heads ? TitleReading.ESCO_HEAD_WORD
            : fields ? TitleReading.ESCO_FIELD_WORD : ESCO_OCCUPATION + line.substring(0, first));
        int start = second + 1;
        while (start <= line.length()) {
          int end = line.indexOf('\t', start);
          if (end < 0) {
            end = line.length();
          }
          if (end > start) {
            if (heads) {
              titles.addHead(line.substring(start, end), origin);
            } else if (fields) {
              titles.addEscoField(line.substring(start, end), origin);
            } else {
              titles.addPlain(line.substring(start, end), origin);
            }
          }
          start = end + 1;
        }
      }
    } catch (IOException e) {
      throw new AdvisorException("cannot read vocabulary '" + resource + "'", e);
    }
  }

  private static String required(Properties index, String key, String indexName) {
    String value = index.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new AdvisorException(indexName + " has no '" + key + "' entry");
    }
    return value.trim();
  }

  private interface Row {
    void accept(String[] cells, String where);
  }

  /**
   * Reads a tab-separated table, plain or gzipped (a name ending in ".gz"), skipping blank lines and
   * "#" comments; {@code columns} is the exact number of columns, or minus the least number.
   */
  private static void readTable(ClassLoader loader, String resource, int columns, Row row) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AdvisorException("vocabulary '" + resource + "' is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(
          resource.endsWith(".gz") ? new GZIPInputStream(in) : in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String where = resource + " line " + number;
        if (columns >= 0 ? cells.length != columns : cells.length < -columns) {
          throw new AdvisorException(where + ": expected " + (columns >= 0 ? "" : "at least ") + Math.abs(columns)
              + " tab-separated columns, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
        }
        try {
          row.accept(cells, where);
        } catch (IllegalArgumentException e) {
          throw new AdvisorException(where + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new AdvisorException("cannot read vocabulary '" + resource + "'", e);
    }
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new AdvisorException(where + ": '" + name + "' is not a " + type.getSimpleName() + "; allowed values: "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String where) {
    return name.equals("-") ? null : parseEnum(type, name, where);
  }
}
