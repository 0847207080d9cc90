/*
 * Derives the title index that ships in the rules artifact from the ESCO occupation files, the
 * project's mapping of ISCO-08 groups and single occupations to role families, and the project's own
 * title vocabulary. Run it by hand when the ESCO files or the mapping change; its output is committed,
 * so a clone builds without the ESCO files. From the repository root:
 *
 *   CSV=~/.m2/repository/org/apache/commons/commons-csv/1.14.1/commons-csv-1.14.1.jar
 *   IO=~/.m2/repository/commons-io/commons-io/2.18.0/commons-io-2.18.0.jar
 *   CODEC=~/.m2/repository/commons-codec/commons-codec/1.18.0/commons-codec-1.18.0.jar
 *   java -cp $CSV:$IO:$CODEC rules/src/build/TitleIndexWriter.java /work/shared/esco/v1.1.1
 *
 * It writes:
 * - rules/src/main/resources/org/pmpathways/rules/vocabulary/esco-title-index.tsv.gz, one line per
 *   ESCO occupation that keeps a label: "KEY<TAB>FAMILY<TAB>label<TAB>label...", where KEY is the
 *   last part of the occupation's concept URI and each label is in the reader's form (lower case, no
 *   accents, the word map of title-words.tsv applied, words split by one space); then the head words,
 *   one line per family: "-<TAB>FAMILY<TAB>word<TAB>word...";
 * - rules/src/main/resources/org/pmpathways/rules/vocabulary/esco-skill-index.tsv.gz: the labels of the
 *   ESCO skills that esco-skill-meanings.tsv maps to competencies and trio areas (see writeSkills);
 * - rules/src/test/resources/titles/esco-heldout.tsv: the labels held out of the index (a fixed-seed
 *   random 20% of the ESCO labels), with the family of their occupation, for measuring how well the
 *   reader does on ESCO labels it has never seen.
 *
 * Labels that the project's own vocabulary already has are left out of both (our phrase decides them).
 * When two occupations share a label, a preferred label beats an alternative one; two claims of the
 * same kind from occupations of different families make the label ambiguous, and it is left out;
 * otherwise the first in file order wins.
 *
 * This product contains data derived from ESCO, (c) European Union, https://esco.ec.europa.eu (see
 * NOTICE). It is a single-file program so that it needs no module of its own and never ships in a jar.
 */

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

public final class TitleIndexWriter {
  /** The seed of the hold-out draw; changing it changes which labels are measured. */
  static final long SEED = 20260927L;
  /** The share of ESCO labels held out of the index. */
  static final double HELD_OUT = 0.20;
  static final String URI_PREFIX = "http://data.europa.eu/esco/occupation/";
  static final Path VOCABULARY = Path.of("rules/src/main/resources/org/pmpathways/rules/vocabulary");
  static final Path INDEX = VOCABULARY.resolve("esco-title-index.tsv.gz");
  static final Path HELD_OUT_FILE = Path.of("rules/src/test/resources/titles/esco-heldout.tsv");
  static final Set<String> FAMILIES = Set.of("DEVELOPER", "DESIGNER", "BUSINESS_ANALYST", "DATA_ANALYST",
      "PROJECT_MANAGER", "MARKETING", "SALES", "CUSTOMER_SUCCESS", "PRODUCT_MANAGER", "FOUNDER", "OTHER");

  private TitleIndexWriter() {
  }

  /** A label of an occupation, with how strongly it claims the label. */
  record Claim(String key, String family, String language, int rank) {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: java TitleIndexWriter.java ESCO_DIR (holding occupations_en.csv)");
    }
    Path esco = Path.of(args[0]);
    Map<String, String> groups = table(VOCABULARY.resolve("esco-isco-families.tsv"), 2);
    Map<String, String[]> overrides = new LinkedHashMap<>();
    for (String[] row : rows(VOCABULARY.resolve("esco-occupation-families.tsv"), 3)) {
      overrides.put(row[0], row);
    }
    words = wordMap(VOCABULARY.resolve("title-words.tsv"));
    Set<String> ours = new HashSet<>();
    for (String[] row : rows(VOCABULARY.resolve("title-families.tsv"), 2)) {
      ours.add(plain(row[0]));
    }
    for (String[] row : rows(VOCABULARY.resolve("title-translations.tsv"), 3)) {
      ours.add(plain(row[0]));
    }
    groups.values().forEach(TitleIndexWriter::checkFamily);
    // Field words of our own and head nouns are never ESCO field words (see fieldWords below).
    Set<String> notFields = new HashSet<>(JOINERS);
    for (String[] row : rows(VOCABULARY.resolve("title-fields.tsv"), 3)) {
      notFields.add(plain(row[0]));
    }
    for (String[] row : rows(VOCABULARY.resolve("title-heads.tsv"), 3)) {
      notFields.add(plain(row[0]));
    }

    // Occupations in URI order, with their family; every label claimed by the strongest claim.
    Map<String, String> families = new TreeMap<>();
    Map<String, String> preferred = new LinkedHashMap<>();
    Map<String, Claim> claims = new LinkedHashMap<>();
    Map<String, String> owner = new LinkedHashMap<>();
    List<CSVRecord> english = read(esco.resolve("occupations_en.csv"));
    List<CSVRecord> french = read(esco.resolve("occupations_fr.csv"));
    for (CSVRecord r : english) {
      String key = key(r.get("conceptUri"));
      families.put(key, family(r.get("iscoGroup"), key, overrides, groups));
      preferred.put(key, r.get("preferredLabel"));
    }
    overrides.forEach((key, row) -> {
      checkFamily(row[1]);
      if (!row[2].equals(preferred.get(key))) {
        throw new IllegalStateException("esco-occupation-families.tsv: " + key + " is '" + preferred.get(key)
            + "' in ESCO, not '" + row[2] + "'");
      }
    });
    List<CSVRecord> all = new ArrayList<>(english);
    all.addAll(french);
    for (int i = 0; i < all.size(); i++) {
      CSVRecord r = all.get(i);
      String key = key(r.get("conceptUri"));
      String language = i < english.size() ? "en" : "fr";
      int mapped = 0;
      List<String> labels = new ArrayList<>();
      for (String label : forms(r.get("preferredLabel"))) {
        claim(claims, owner, plain(label), new Claim(key, families.get(key), language, mapped));
      }
      for (String alt : r.get("altLabels").split("\n")) {
        for (String label : forms(alt)) {
          labels.add(label);
        }
      }
      for (String label : labels) {
        claim(claims, owner, plain(label), new Claim(key, families.get(key), language, 2 + mapped));
      }
    }

    // A one-word label that ends labels of several families ("director", "specialist") says too
    // little: leave it out, so that "Marketing Director" is read by "marketing".
    Map<String, Set<String>> familiesByLastWord = new LinkedHashMap<>();
    for (Map.Entry<String, Claim> e : claims.entrySet()) {
      String[] words = e.getKey().split(" ");
      familiesByLastWord.computeIfAbsent(words[words.length - 1], k -> new HashSet<>()).add(e.getValue().family());
    }
    for (String label : claims.keySet()) {
      if (!label.contains(" ") && familiesByLastWord.get(label).size() > 1) {
        AMBIGUOUS.add(label);
      }
    }

    // Hold out a fixed-seed random share of the labels that our vocabulary does not already decide. Each
    // label's draw depends on the seed and the label alone, so that adding a phrase of our own does not
    // redraw the others.
    Map<String, List<String>> kept = new TreeMap<>();
    List<String> heldOut = new ArrayList<>();
    Map<String, Map<String, Integer>> lastWords = new TreeMap<>();
    Map<String, Map<String, Set<String>>> fieldUses = new TreeMap<>();
    int total = 0;
    for (String label : new TreeMap<>(owner).keySet()) {
      if (label.isEmpty() || ours.contains(label) || AMBIGUOUS.contains(label)) {
        continue;
      }
      Claim c = claims.get(label);
      total++;
      if (new Random(SEED ^ label.hashCode()).nextDouble() < HELD_OUT) {
        heldOut.add(c.family() + "\t" + label + "\t" + c.language() + "\t" + URI_PREFIX + c.key());
      } else {
        kept.computeIfAbsent(c.key(), k -> new ArrayList<>()).add(label);
        String last = label.substring(label.lastIndexOf(' ') + 1);
        lastWords.computeIfAbsent(last, k -> new TreeMap<>()).merge(c.family(), 1, Integer::sum);
        if (c.language().equals("fr") && label.indexOf(' ') > 0) {
          // A French label's head is its first word ("infirmière en soins généraux"), not counting
          // joiners left in front when the word map dropped a word ("assistant de direction").
          for (String word : label.split(" ")) {
            if (!JOINERS.contains(word)) {
              if (!word.equals(last)) {
                lastWords.computeIfAbsent(word, k -> new TreeMap<>()).merge(c.family(), 1, Integer::sum);
              }
              break;
            }
          }
        }
        String[] tokens = label.split(" ");
        // The head of an English label is its last word, of a French one its first; the others say the field.
        for (int t = 0; t < tokens.length && tokens.length > 1; t++) {
          boolean head = c.language().equals("fr") ? t == 0 : t == tokens.length - 1;
          if (!head && !notFields.contains(tokens[t]) && !tokens[t].matches("[0-9]+")) {
            fieldUses.computeIfAbsent(tokens[t], k -> new TreeMap<>())
                .computeIfAbsent(c.family(), k -> new HashSet<>()).add(c.key());
          }
        }
      }
    }
    // Field words: a word in front of the head of labels of at least FIELD_MIN_OCCUPATIONS kept
    // occupations, FIELD_SHARE of which share a family ("telecommunications", "veterinary"). The
    // reader uses one only beside a generic head noun that no label explains ("Telecommunications
    // Specialist"), after the project's own field words (title-fields.tsv).
    Map<String, List<String>> fieldWords = new TreeMap<>();
    fieldUses.forEach((word, byFamily) -> {
      int sum = byFamily.values().stream().mapToInt(Set::size).sum();
      Map.Entry<String, Set<String>> top = byFamily.entrySet().stream()
          .max((a, b) -> Integer.compare(a.getValue().size(), b.getValue().size())).orElseThrow();
      if (sum >= FIELD_MIN_OCCUPATIONS && top.getValue().size() >= FIELD_SHARE * sum) {
        fieldWords.computeIfAbsent(top.getKey(), k -> new ArrayList<>()).add(word);
      }
    });
    // Head words: the last word (and in French the first) of at least HEAD_MIN_LABELS kept
    // labels, HEAD_SHARE of which share a family ("surgeon", "therapist", "infirmier"). The reader uses
    // one only when no label matched.
    Map<String, List<String>> heads = new TreeMap<>();
    lastWords.forEach((word, counts) -> {
      int sum = counts.values().stream().mapToInt(Integer::intValue).sum();
      Map.Entry<String, Integer> top = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
      if (sum >= HEAD_MIN_LABELS && top.getValue() >= HEAD_SHARE * sum && !NOT_HEADS.contains(word)) {
        heads.computeIfAbsent(top.getKey(), k -> new ArrayList<>()).add(word);
      }
    });

    try (Writer out = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(INDEX)), StandardCharsets.UTF_8))) {
      out.write("# Derived from ESCO v1.1.1 occupations (en, fr), (c) European Union, https://esco.ec.europa.eu;\n");
      out.write("# modified: a subset of labels, normalised, mapped to role families. See NOTICE.\n");
      out.write("# Written by rules/src/build/TitleIndexWriter.java; do not edit. occupation\tfamily\tlabels...\n");
      for (Map.Entry<String, List<String>> e : kept.entrySet()) {
        out.write(e.getKey() + "\t" + families.get(e.getKey()) + "\t" + String.join("\t", e.getValue()) + "\n");
      }
      for (Map.Entry<String, List<String>> e : heads.entrySet()) {
        out.write("-\t" + e.getKey() + "\t" + String.join("\t", e.getValue()) + "\n");
      }
      for (Map.Entry<String, List<String>> e : fieldWords.entrySet()) {
        out.write("+\t" + e.getKey() + "\t" + String.join("\t", e.getValue()) + "\n");
      }
    }
    try (Writer out = Files.newBufferedWriter(HELD_OUT_FILE, StandardCharsets.UTF_8)) {
      out.write("# ESCO v1.1.1 occupation labels (en, fr) held out of the shipped title index: a random 20%\n");
      out.write("# (seed " + SEED + ", drawn label by label) of the labels our own vocabulary does not already have. The family is\n");
      out.write("# the one the project's mapping gives the label's occupation. Written by\n");
      out.write("# rules/src/build/TitleIndexWriter.java; derived from ESCO, (c) European Union (see NOTICE).\n");
      out.write("# family\tlabel\tlanguage\toccupation\n");
      for (String line : heldOut) {
        out.write(line + "\n");
      }
    }
    writeSkills(esco);
    System.out.printf("%d occupations, %d labels: %d kept in %s (%d bytes), %d held out, %d ambiguous left out%n",
        families.size(), total, total - heldOut.size(), INDEX, Files.size(INDEX), heldOut.size(), AMBIGUOUS.size());
  }

  static final Path SKILL_INDEX = VOCABULARY.resolve("esco-skill-index.tsv.gz");

  /**
   * Writes the labels of the ESCO skills that esco-skill-meanings.tsv maps, one line per skill:
   * "KEY<TAB>COMPETENCY<TAB>TRIO_AREA<TAB>label<TAB>label...", labels as ESCO writes them (one per
   * line in the CSV, the preferred label first), without the ones in brackets' qualifiers.
   */
  private static void writeSkills(Path esco) throws IOException {
    Map<String, String[]> meanings = new LinkedHashMap<>();
    for (String[] row : rows(VOCABULARY.resolve("esco-skill-meanings.tsv"), 4)) {
      meanings.put(row[0], row);
    }
    String prefix = "http://data.europa.eu/esco/skill/";
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (CSVRecord r : read(esco.resolve("skills_en.csv"))) {
      String uri = r.get("conceptUri");
      String key = uri.startsWith(prefix) ? uri.substring(prefix.length()) : uri;
      String[] meaning = meanings.get(key);
      if (meaning == null) {
        continue;
      }
      if (!meaning[3].equals(r.get("preferredLabel"))) {
        throw new IllegalStateException("esco-skill-meanings.tsv: " + key + " is '" + r.get("preferredLabel")
            + "' in ESCO, not '" + meaning[3] + "'");
      }
      List<String> out = new ArrayList<>();
      for (String label : (r.get("preferredLabel") + "\n" + r.get("altLabels")).split("\n")) {
        String plainLabel = label.replaceAll("\\s*\\(.*\\)\\s*", " ").replace('\t', ' ').trim();
        if (!plain(plainLabel).isEmpty() && !out.contains(plainLabel)) {
          out.add(plainLabel);
        }
      }
      labels.put(key, out);
    }
    for (String key : meanings.keySet()) {
      if (!labels.containsKey(key)) {
        throw new IllegalStateException("esco-skill-meanings.tsv: no ESCO skill " + key);
      }
    }
    try (Writer out = new BufferedWriter(new OutputStreamWriter(
        new GZIPOutputStream(Files.newOutputStream(SKILL_INDEX)), StandardCharsets.UTF_8))) {
      out.write("# Derived from ESCO v1.1.1 skills (en), (c) European Union, https://esco.ec.europa.eu;\n");
      out.write("# modified: a subset of skills, mapped to competencies and trio areas. See NOTICE.\n");
      out.write("# Written by rules/src/build/TitleIndexWriter.java; do not edit. skill\tcompetency\ttrio area\tlabels...\n");
      for (Map.Entry<String, List<String>> e : labels.entrySet()) {
        String[] m = meanings.get(e.getKey());
        out.write(e.getKey() + "\t" + m[1] + "\t" + m[2] + "\t" + String.join("\t", e.getValue()) + "\n");
      }
    }
    System.out.printf("%d skills with %d labels in %s (%d bytes)%n", labels.size(),
        labels.values().stream().mapToInt(List::size).sum(), SKILL_INDEX, Files.size(SKILL_INDEX));
  }

  /** Labels claimed at the same rank by occupations of different families: too ambiguous to keep. */
  static final Set<String> AMBIGUOUS = new HashSet<>();

  private static void claim(Map<String, Claim> claims, Map<String, String> owner, String label, Claim claim) {
    Claim before = claims.get(label);
    if (before == null || claim.rank() < before.rank()) {
      claims.put(label, claim);
      owner.put(label, claim.key());
      AMBIGUOUS.remove(label);
    } else if (claim.rank() == before.rank() && !claim.family().equals(before.family())) {
      AMBIGUOUS.add(label);
    }
  }

  private static String family(String group, String key, Map<String, String[]> overrides, Map<String, String> groups) {
    if (overrides.containsKey(key)) {
      return overrides.get(key)[1];
    }
    for (int length = group.length(); length > 0; length--) {
      String family = groups.get(group.substring(0, length));
      if (family != null) {
        return family;
      }
    }
    return "OTHER";
  }

  private static void checkFamily(String family) {
    if (!FAMILIES.contains(family)) {
      throw new IllegalStateException("unknown family '" + family + "'; allowed: " + FAMILIES);
    }
  }

  /** The forms of a label: French labels give both genders as "directeur/directrice". */
  private static List<String> forms(String label) {
    List<String> out = new ArrayList<>();
    for (String form : label.split("/")) {
      if (!form.isBlank()) {
        out.add(form.trim());
      }
    }
    return out;
  }

  private static String key(String uri) {
    if (!uri.startsWith(URI_PREFIX)) {
      throw new IllegalStateException("not an ESCO occupation URI: " + uri);
    }
    return uri.substring(URI_PREFIX.length());
  }

  static final int HEAD_MIN_LABELS = 3;
  static final int FIELD_MIN_OCCUPATIONS = 3;
  static final double FIELD_SHARE = 0.8;
  /** Words that join a head to its field in French labels ("technicien de maintenance"). */
  static final Set<String> JOINERS = Set.of("de", "du", "des", "d", "la", "le", "les", "l", "en", "et", "au", "aux",
      "a", "pour", "sur", "dans", "par", "avec", "chez", "of", "for", "in", "on", "and");
  static final double HEAD_SHARE = 0.75;
  /**
   * Words that end (or in French begin) enough ESCO labels of one family to pass as head words, but
   * name work in general, a post or a place, not a job: "Open to work", "Demandeur d'emploi" and
   * "Stay-at-home parent" say nothing of the job the person holds; nor do a degree ("Étudiante en
   * master") or "professional" ("En reconversion professionnelle").
   */
  static final Set<String> NOT_HEADS = Set.of("work", "travail", "emploi", "poste", "home", "vie", "personne",
      "master", "professionnel", "professionnelle", "professional");
  /** The word map of title-words.tsv, resolved as the reader resolves it. */
  static Map<String, List<String>> words = Map.of();
  /** The phrases title-words.tsv keeps whole ("chief of staff" is read as "chief-of-staff"), longest first. */
  static List<List<String>> wholePhrases = List.of();

  /**
   * Lower case, no accents, words of letters and digits, "&" read as "and", then the word map of
   * title-words.tsv (abbreviations expanded, seniority and filler dropped), joined by single spaces:
   * the form the reader (org.pmpathways.reading.TitleReader) looks labels up in.
   */
  static String plain(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replace("&", " and ");
    List<String> raw = new ArrayList<>();
    for (String word : s.split("[^a-z0-9]+")) {
      if (!word.isEmpty()) {
        raw.add(word);
      }
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      String whole = null;
      for (List<String> phrase : wholePhrases) {
        if (i + phrase.size() <= raw.size() && raw.subList(i, i + phrase.size()).equals(phrase)) {
          whole = String.join("-", phrase);
          i += phrase.size() - 1;
          break;
        }
      }
      if (whole != null) {
        out.add(whole);
      } else {
        out.addAll(words.getOrDefault(raw.get(i), List.of(raw.get(i))));
      }
    }
    return String.join(" ", out);
  }

  /**
   * Each word to its replacement words, the replacements looked up once more (as the reader does);
   * sets {@link #wholePhrases} from the lines with several words on the left.
   */
  private static Map<String, List<String>> wordMap(Path file) throws IOException {
    Map<String, List<String>> raw = new LinkedHashMap<>();
    List<List<String>> phrases = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      String[] cells = text.split("\t", -1);
      String key = cells[0].trim();
      if (key.contains(" ")) {
        phrases.add(List.of(key.split(" +")));
        continue;
      }
      raw.put(key, cells.length < 2 || cells[1].isBlank() ? List.of() : List.of(cells[1].trim().split(" +")));
    }
    phrases.sort((a, b) -> b.size() - a.size());
    wholePhrases = List.copyOf(phrases);
    Map<String, List<String>> resolved = new LinkedHashMap<>();
    raw.forEach((word, replacement) -> {
      List<String> out = new ArrayList<>();
      for (String r : replacement) {
        List<String> again = r.equals(word) ? null : raw.get(r);
        out.addAll(again == null ? List.of(r) : again);
      }
      resolved.put(word, out);
    });
    return resolved;
  }

  private static List<CSVRecord> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }
  }

  private static Map<String, String> table(Path file, int columns) throws IOException {
    Map<String, String> out = new LinkedHashMap<>();
    for (String[] row : rows(file, columns)) {
      out.put(row[0], row[1]);
    }
    return out;
  }

  private static List<String[]> rows(Path file, int columns) throws IOException {
    List<String[]> out = new ArrayList<>();
    int line = 0;
    for (String text : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      line++;
      if (text.isBlank() || text.startsWith("#")) {
        continue;
      }
      String[] cells = text.split("\t");
      if (cells.length < columns) {
        throw new IllegalStateException(file + ":" + line + ": expected " + columns + " columns");
      }
      out.add(cells);
    }
    return out;
  }
}
