package org.pmpathways.examples;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.resume.ImportReport;
import org.pmpathways.resume.ImportResult;
import org.pmpathways.resume.Question;
import org.pmpathways.resume.ResumeImport;
import org.pmpathways.resume.UnknownFact;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The runner's résumé commands: {@code import FILE|DIR} shows the profile read from a résumé and the
 * report, and {@code advise --resume FILE} advises it.
 */
final class ResumeCommands {
  private ResumeCommands() {}

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {"Reads a résumé into a profile and prints the profile JSON and the import report.",
          "FILE is a JSON Resume (jsonresume.org; - reads standard input), or a LinkedIn data export: its folder or its .zip."})
  static final class Import implements Callable<Integer> {
    @CommandLine.ParentCommand
    private PathwayAdvisorCli parent;

    @Parameters(index = "0", paramLabel = "FILE|DIR", description = "The résumé.")
    private String file;

    @Option(names = "--format", defaultValue = "text",
        description = "text: the profile JSON, then the report; json: one object with both (default: ${DEFAULT-VALUE}).")
    private PathwayAdvisorCli.Format format;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
        description = "Count open-ended jobs up to this day (default: today, UTC).")
    private LocalDate asOf;

    @Override
    public Integer call() throws IOException {
      ImportResult imported = read(parent, file, asOf);
      StringBuilder out = new StringBuilder();
      if (format == PathwayAdvisorCli.Format.json) {
        out.append("{\n\"profile\": ").append(ProfileJson.write(imported.profile())).append(",\n\"report\": ")
            .append(imported.report().toJson()).append("\n}\n");
      } else {
        out.append(ProfileJson.write(imported.profile())).append("\n\n").append(imported.report().toText());
      }
      parent.stdout().print(out);
      parent.stdout().flush();
      return PathwayAdvisorCli.OK;
    }
  }

  /** Reads the résumé a command names: a folder or a zip is a LinkedIn export, anything else a JSON Resume. */
  static ImportResult read(PathwayAdvisorCli parent, String file, LocalDate asOf) throws IOException {
    ResumeImport importer = asOf == null ? ResumeImport.today(Clock.systemUTC()) : ResumeImport.asOf(asOf);
    if (file.equals("-")) {
      return importer.fromJsonResume(parent.stdin());
    }
    Path path = Path.of(file);
    if (Files.isDirectory(path) || isZip(path)) {
      return importer.fromLinkedInExport(path);
    }
    if (!Files.isRegularFile(path)) {
      throw new PathwayAdvisorCli.BadInput(path + ": no such file");
    }
    try (InputStream in = Files.newInputStream(path)) {
      return importer.fromJsonResume(in);
    }
  }

  private static boolean isZip(Path path) throws IOException {
    if (!Files.isRegularFile(path)) {
      return false;
    }
    try (InputStream in = Files.newInputStream(path)) {
      byte[] magic = in.readNBytes(4);
      return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }
  }

  /** {@code advise --resume FILE}: the plan, then what the import could not settle and what to ask. */
  static String advise(PathwayAdvisorCli parent, String file, LocalDate asOf, PathwayAdvisorCli.Output output)
      throws IOException {
    ImportResult imported = read(parent, file, asOf);
    parent.use(output);
    Advice advice = parent.advisor().advise(imported.profile());
    List<Question> questions = imported.questions(parent.advisor());
    return output.json() ? adviseJson(imported, advice, questions)
        : adviseText(imported, advice, questions, output.text(advice, parent.advisor()));
  }

  /** What an unknown fact is about, in words (the questions after the plan give each one's id). */
  static String inWords(UnknownFact fact) {
    return switch (fact) {
      case EMPLOYER_BUILDS_DIGITAL_PRODUCTS -> "whether the employer builds digital products";
      case EMPLOYER_HAS_PRODUCT_MANAGERS -> "whether it has product managers";
      case EMPLOYER_FORMAL_PRODUCT_PROCESS -> "whether it follows a formal product practice";
      case PM_CONTACTS -> "how many product managers the candidate talks with";
      case INFORMATIONAL_INTERVIEWS -> "how many informational interviews they have held";
      case PM_LIKE_WORK -> "which product work they have done in a job";
      case SIDE_PROJECT_RESULTS -> "whether their side projects found users";
    };
  }

  static String adviseText(ImportResult imported, Advice advice, List<Question> questions, String plan) {
    StringBuilder out = new StringBuilder();
    ImportReport report = imported.report();
    out.append("Read from ").append(report.format() == ImportReport.Format.JSON_RESUME ? "a JSON Resume"
        : "a LinkedIn data export").append(" (dates counted up to ").append(report.asOf()).append("): title '")
        .append(imported.profile().title().orElse("")).append("', ").append(imported.profile().yearsExperience())
        .append(" years of experience.\n  Current role: ").append(report.currentRoleRule()).append('\n');
    if (!report.unknownFacts().isEmpty()) {
      List<String> facts = report.unknownFacts().stream().map(ResumeCommands::inWords).toList();
      out.append("! A résumé cannot say ");
      for (int i = 0; i < facts.size(); i++) {
        out.append(i == 0 ? "" : i == facts.size() - 1 ? " or " : ", ").append(facts.get(i));
      }
      out.append(".\n  This plan treats them as absent or zero; the questions after it settle them.\n");
    }
    out.append('\n').append(plan);
    List<ImportReport.Entry> warnings = report.warnings();
    if (!warnings.isEmpty()) {
      out.append("\nCheck these; the import had to assume them or could not read them:\n");
      for (ImportReport.Entry e : warnings) {
        out.append("  - ").append(e.source()).append(e.field().isEmpty() ? "" : " -> " + e.field()).append(": ")
            .append(e.detail()).append('\n');
      }
    }
    if (!questions.isEmpty()) {
      out.append("\nAsk the candidate, most valuable first:\n");
      int n = 1;
      for (Question q : questions) {
        out.append(String.format("  %d. %s [%s]", n++, q.text(), q.id()));
        if (q.changesPrimaryPathway()) {
          out.append(" (the answer can change the recommended pathway)");
        } else if (!q.changesAdvice()) {
          out.append(" (the answer does not change this advice)");
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  static String adviseJson(ImportResult imported, Advice advice, List<Question> questions) {
    StringWriter out = new StringWriter();
    out.append("{\n\"advice\": ").append(AdviceJson.write(advice)).append(",\n\"importReport\": ")
        .append(imported.report().toJson()).append(",\n\"questions\": ");
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartArray();
      for (Question q : questions) {
        g.writeStartObject();
        g.writeStringField("id", q.id());
        g.writeStringField("text", q.text());
        g.writeBooleanField("changesPrimaryPathway", q.changesPrimaryPathway());
        g.writeNumberField("primaryChangeShare", q.primaryChangeShare());
        g.writeNumberField("largestScoreChange", q.largestScoreChange());
        g.writeNumberField("actionsChanged", q.actionsChanged());
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.append("\n}\n");
    return out.toString();
  }
}
