package org.pmpathways.rules;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.profile.RoleFamily;

/**
 * Measures the title reader on labelled sets of titles: accuracy, macro accuracy (the mean over
 * families of the share of each family's titles read right), the confusion matrix, how often a title
 * is UNKNOWN and how often it gets a wrong family; and the same on everyday variants of each title
 * ("Sr. ", " II", "Mgr", " – EMEA", upper case).
 *
 * <p>Every set here has been tuned on: the development sets ({@link #DEVELOPMENT}), the independent set
 * of session 4 ({@link #SESSION_4}, measured twice as a held-out set and a development set since session
 * 5) and ESCO's held-out labels; the misses of the labelled sets are listed. A set that has never been
 * read can be measured in aggregate only, without its misses, by naming its file in the system property
 * {@code title.unseen} (a path, read once; see {@link #report}).
 *
 * <p>Run it for the report in BENCHMARKS.md:
 * {@code mvn -B -o -q test -pl rules -am -Dtest=TitleEvaluationTest -Dsurefire.failIfNoSpecifiedTests=false -Dtitle.report=true};
 * {@link TitleEvaluationTest} keeps floors under the figures.
 */
final class TitleEvaluation {
  /** A labelled title. */
  record Labelled(RoleFamily family, String title) {}

  /** What reading a set gave. */
  record Result(String name, int total, int right, int unknown, double macro, Map<RoleFamily, int[]> confusion,
      Map<RoleFamily, Integer> perFamily, List<String> misses) {
    double accuracy() {
      return total == 0 ? 0 : right / (double) total;
    }

    double unknownRate() {
      return total == 0 ? 0 : unknown / (double) total;
    }

    double wrongRate() {
      return total == 0 ? 0 : (total - right - unknown) / (double) total;
    }

    String summary() {
      return String.format(Locale.ROOT, "| %s | %d | %.3f | %.3f | %.3f | %.3f |", name, total, accuracy(), macro,
          unknownRate(), wrongRate());
    }

    /** The share of each family's titles read right, one line. */
    String perFamilyLine() {
      StringBuilder out = new StringBuilder("per family:");
      confusion.forEach((family, row) -> out.append(String.format(Locale.ROOT, " %s %.2f;", abbreviation(family),
          row[family.ordinal()] / (double) perFamily.get(family))));
      return out.toString();
    }

    /** The confusion matrix in Markdown: a row per labelled family, a column per family read. */
    String matrix() {
      StringBuilder out = new StringBuilder("| labelled \\ read |");
      for (RoleFamily f : RoleFamily.values()) {
        out.append(' ').append(abbreviation(f)).append(" |");
      }
      out.append("\n|---|");
      out.append("---|".repeat(RoleFamily.values().length)).append('\n');
      for (RoleFamily labelled : RoleFamily.values()) {
        int[] row = confusion.get(labelled);
        if (row == null) {
          continue;
        }
        out.append("| ").append(labelled).append(" (").append(perFamily.get(labelled)).append(") |");
        for (int count : row) {
          out.append(' ').append(count == 0 ? "." : Integer.toString(count)).append(" |");
        }
        out.append('\n');
      }
      return out.toString();
    }
  }

  private TitleEvaluation() {}

  static String abbreviation(RoleFamily f) {
    return switch (f) {
      case DEVELOPER -> "DEV";
      case DESIGNER -> "DES";
      case BUSINESS_ANALYST -> "BA";
      case DATA_ANALYST -> "DA";
      case PROJECT_MANAGER -> "PRJ";
      case MARKETING -> "MKT";
      case SALES -> "SAL";
      case CUSTOMER_SUCCESS -> "CS";
      case PRODUCT_MANAGER -> "PM";
      case FOUNDER -> "FND";
      case OTHER -> "OTH";
      case UNKNOWN -> "UNK";
    };
  }

  /** The labelled titles of a test resource: "FAMILY&lt;TAB&gt;title[&lt;TAB&gt;...]" lines, "#" comments. */
  static List<Labelled> load(String resource) {
    try (InputStream in = TitleEvaluation.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + resource);
      }
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Labelled> parse(InputStream in) throws IOException {
    List<Labelled> out = new ArrayList<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    while ((line = reader.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t");
      out.add(new Labelled(RoleFamily.valueOf(cells[0]), cells[1]));
    }
    return out;
  }

  /**
   * Everyday variants of each title, as people write them: a seniority prefix, a level suffix, an
   * abbreviated "Manager", a region after a dash, and upper case.
   */
  static List<Labelled> everydayVariants(List<Labelled> titles) {
    List<Labelled> out = new ArrayList<>(titles.size() * 5);
    for (Labelled t : titles) {
      out.add(new Labelled(t.family(), "Sr. " + t.title()));
      out.add(new Labelled(t.family(), t.title() + " II"));
      out.add(new Labelled(t.family(), t.title().contains("Manager")
          ? t.title().replace("Manager", "Mgr") : t.title() + " III"));
      out.add(new Labelled(t.family(), t.title() + " \u2013 EMEA"));
      out.add(new Labelled(t.family(), t.title().toUpperCase(Locale.ROOT)));
    }
    return out;
  }

  static Result measure(String name, List<Labelled> titles, Function<String, RoleFamily> reader) {
    Map<RoleFamily, int[]> confusion = new EnumMap<>(RoleFamily.class);
    Map<RoleFamily, Integer> perFamily = new EnumMap<>(RoleFamily.class);
    List<String> misses = new ArrayList<>();
    int right = 0;
    int unknown = 0;
    for (Labelled t : titles) {
      RoleFamily read = reader.apply(t.title());
      confusion.computeIfAbsent(t.family(), k -> new int[RoleFamily.values().length])[read.ordinal()]++;
      perFamily.merge(t.family(), 1, Integer::sum);
      if (read == t.family()) {
        right++;
      } else {
        if (read == RoleFamily.UNKNOWN) {
          unknown++;
        }
        misses.add(t.title() + ": labelled " + t.family() + ", read " + read);
      }
    }
    double macro = 0;
    for (Map.Entry<RoleFamily, int[]> e : confusion.entrySet()) {
      macro += e.getValue()[e.getKey().ordinal()] / (double) perFamily.get(e.getKey());
    }
    macro /= Math.max(1, confusion.size());
    return new Result(name, titles.size(), right, unknown, macro, confusion, perFamily, misses);
  }

  /**
   * The independent set of session 4: written and committed before the reader was run on it, measured
   * once in session 4 as a held-out set and again at the start of session 5; a development set since.
   */
  static final String SESSION_4 = "titles/independent-heldout.tsv";
  /** The development sets: the reader and the vocabulary were tuned on them. */
  static final List<String> DEVELOPMENT = List.of("titles/talent-frameworks.tsv", "titles/general-heldout.tsv",
      "titles/tech-and-business.tsv");
  static final String ESCO_HELD_OUT = "titles/esco-heldout.tsv";
  /**
   * The blind set of session 5: written by someone who never saw the reader's code, vocabulary or
   * readings, committed before the reader was run on it, and measured once, at the end of session 5,
   * after the reader's changes of that session were final. Its misses are never printed; a later change
   * measured on it is measured on a set whose figures, though not whose titles, have been seen.
   */
  static final String BLIND_SESSION_5 = "titles/blind-heldout.tsv";
  /** The blind titles with a modifier of session 5 (aspiring, former, intern...): see {@link #BLIND_SESSION_5}. */
  static final String BLIND_MODIFIERS_SESSION_5 = "titles/blind-modifiers.tsv";

  /** The development sets as one. */
  static List<Labelled> development() {
    List<Labelled> all = new ArrayList<>();
    DEVELOPMENT.forEach(resource -> all.addAll(load(resource)));
    return all;
  }

  /**
   * The report of all sets, in Markdown, with the misses of the labelled development sets. A set named
   * in the system property {@code title.unseen} (a file path; lines as in {@link #load}) is reported in
   * aggregate only (figures and confusion matrix), so that reading the report does not turn it into a
   * tuning set.
   */
  static String report(PathwayAdvisor advisor) {
    Function<String, RoleFamily> reader = advisor::classifyTitle;
    List<Result> results = new ArrayList<>();
    List<Result> matrices = new ArrayList<>();
    String unseen = System.getProperty("title.unseen");
    if (unseen != null && !unseen.isBlank()) {
      matrices.add(add(results, "unseen set " + java.nio.file.Path.of(unseen).getFileName()
          + " (never tuned on)", loadFile(java.nio.file.Path.of(unseen)), reader));
    }
    matrices.add(add(results, "blind set of session 5 (measured once, never tuned on)", load(BLIND_SESSION_5),
        reader));
    Result session4 = add(results, "development: independent set of session 4", load(SESSION_4), reader);
    matrices.add(session4);
    Result development = add(results, "development: the three earlier sets together", development(), reader);
    matrices.add(development);
    for (String[] set : new String[][] {
        {"development: talent frameworks", "titles/talent-frameworks.tsv"},
        {"development: general occupations", "titles/general-heldout.tsv"},
        {"development: tech and business", "titles/tech-and-business.tsv"}}) {
      add(results, set[0], load(set[1]), reader);
    }
    matrices.add(add(results, "ESCO labels held out of the index", load(ESCO_HELD_OUT), reader));
    StringBuilder out = new StringBuilder();
    out.append("| set | titles | accuracy | macro accuracy | UNKNOWN | wrong family |\n|---|---|---|---|---|---|\n");
    results.forEach(r -> out.append(r.summary()).append('\n'));
    for (Result r : matrices) {
      out.append("\n").append(r.name()).append(":\n\n").append(r.perFamilyLine()).append("\n\n").append(r.matrix());
    }
    out.append("\nMisses on the development sets:\n");
    session4.misses().forEach(m -> out.append("- ").append(m).append('\n'));
    development.misses().forEach(m -> out.append("- ").append(m).append('\n'));
    return out.toString();
  }

  /** The labelled titles of a file outside the test resources, in the format of {@link #load}. */
  static List<Labelled> loadFile(java.nio.file.Path file) {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Result add(List<Result> results, String name, List<Labelled> titles,
      Function<String, RoleFamily> reader) {
    Result plain = measure(name, titles, reader);
    results.add(plain);
    results.add(measure(name + ", everyday variants", everydayVariants(titles), reader));
    return plain;
  }

  public static void main(String[] args) {
    System.out.println(report(PathwayAdvisor.builder().build()));
  }
}
