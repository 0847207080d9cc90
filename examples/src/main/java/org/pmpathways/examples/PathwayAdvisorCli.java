package org.pmpathways.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.pmpathways.AdvisorException;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.PathwayAdvisorBuilder;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.WhatIf;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.JsonLines;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;
import org.pmpathways.reading.TitleReading;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code pathway-advisor} command: advice for a profile file, title classification, and a demo
 * on the bundled sample profiles.
 *
 * <p>Exit codes: 0 success; 2 bad input or usage (a message on stderr naming the field, nothing on
 * stdout); 1 an internal error.
 */
@Command(name = "pathway-advisor", mixinStandardHelpOptions = true, versionProvider = PathwayAdvisorCli.Version.class,
    description = "Tells a candidate how to break into product management, and why.",
    subcommands = {PathwayAdvisorCli.Advise.class, PathwayAdvisorCli.ClassifyTitle.class, PathwayAdvisorCli.Demo.class,
        ResumeCommands.Import.class})
public final class PathwayAdvisorCli implements Callable<Integer> {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;
  static final int SOME_REFUSED = 3;
  static final long MAX_FILE_BYTES = ProfileJson.MAX_DOCUMENT_BYTES;

  /** Formats of the advice. */
  enum Format { text, json }

  /** The languages the advice is written in. */
  enum Language {
    en(Locale.ENGLISH), fr(Locale.FRENCH);

    private final Locale locale;

    Language(Locale locale) {
      this.locale = locale;
    }

    Locale locale() {
      return locale;
    }
  }

  private final Supplier<PathwayAdvisor> advisors;
  private final Supplier<PathwayAdvisor> fullyExplainingAdvisors;
  private boolean fullExplanation;
  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;
  private PathwayAdvisor advisor;
  private Language language = Language.en;

  PathwayAdvisorCli(Supplier<PathwayAdvisor> advisors, Supplier<PathwayAdvisor> fullyExplainingAdvisors,
      InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.advisors = advisors;
    this.fullyExplainingAdvisors = fullyExplainingAdvisors;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static void main(String[] args) {
    System.exit(run(args, () -> PathwayAdvisor.builder().build(),
        () -> PathwayAdvisor.builder().fullExplanation().build(), System.in, System.out, System.err));
  }

  /** Runs the command and returns its exit code; what it prints goes to the given streams. */
  static int run(String[] args, Supplier<PathwayAdvisor> advisors, InputStream stdin, PrintStream stdout,
      PrintStream stderr) {
    return run(args, advisors, advisors, stdin, stdout, stderr);
  }

  /**
   * As {@link #run(String[], Supplier, InputStream, PrintStream, PrintStream)}, with the advisor for --explain=full.
   *
   * <p>{@code advise FILE} alone, the commonest short run, is carried out without the command-line
   * parser: picocli's classes are Java 5 class files, which neither a class-data archive nor an AOT
   * cache can hold, and loading and first running them took about a third of such a run's time
   * (BENCHMARKS.md, "Start-up (session 5)"). The command runs the same code either way and prints
   * the same bytes; any other arguments, including {@code advise FILE} with an option, go through
   * picocli.
   */
  static int run(String[] args, Supplier<PathwayAdvisor> advisors, Supplier<PathwayAdvisor> fullyExplainingAdvisors,
      InputStream stdin, PrintStream stdout, PrintStream stderr) {
    PathwayAdvisorCli command = new PathwayAdvisorCli(advisors, fullyExplainingAdvisors, stdin, stdout, stderr);
    if (isAdviseFileAlone(args)) {
      try {
        return command.advise(args[1], Output.defaults());
      } catch (Exception e) {
        return command.failed(e);
      }
    }
    return parseAndRun(args, command);
  }

  /** Runs the command through picocli, whatever the arguments. */
  static int parseAndRun(String[] args, PathwayAdvisorCli command) {
    CommandLine cli = new CommandLine(command);
    cli.setOut(new PrintWriter(command.stdout, true));
    cli.setErr(new PrintWriter(command.stderr, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> command.failed(e));
    return cli.execute(args);
  }

  /**
   * Whether the arguments are {@code advise} and one operand that picocli would take as the file as
   * it is: not an option, not an {@code @file} of arguments, not empty. Also no when picocli is asked
   * to trace its parsing ({@code -Dpicocli.trace}).
   */
  static boolean isAdviseFileAlone(String[] args) {
    if (args.length != 2 || !args[0].equals("advise") || System.getProperty("picocli.trace") != null) {
      return false;
    }
    String file = args[1];
    return file.equals("-") || !file.isEmpty() && file.charAt(0) != '-' && file.charAt(0) != '@';
  }

  /** What a command that failed prints on stderr, and its exit code. */
  int failed(Exception e) {
    if (e instanceof InvalidProfileException || e instanceof BadInput) {
      stderr.println("pathway-advisor: " + e.getMessage());
      return BAD_INPUT;
    }
    stderr.println("pathway-advisor: internal error: " + e);
    if (e instanceof AdvisorException && e.getCause() != null) {
      stderr.println("  caused by: " + e.getCause());
    }
    return INTERNAL_ERROR;
  }

  /** Advises the profile in a file ({@code -}: standard input) and prints the advice as the output options say. */
  int advise(String file, Output output) throws IOException {
    byte[] json = file.equals("-") ? stdin.readNBytes((int) MAX_FILE_BYTES + 1) : readFile(Path.of(file));
    if (json.length > MAX_FILE_BYTES) {
      throw new BadInput(file + ": profiles are at most " + MAX_FILE_BYTES + " bytes");
    }
    Profile profile = ProfileJson.read(json);
    use(output);
    PathwayAdvisor advisor = advisor();
    Advice advice = advisor.advise(profile);
    stdout.print(output.json() ? AdviceJson.write(advice) + "\n" : output.text(advice, advisor));
    if (output.whatIf) {
      stdout.print(whatIf(advisor, profile, output));
    }
    stdout.flush();
    return OK;
  }

  /**
   * The advisor, built on first use: a command that fails on its input never compiles the rules. In
   * English, the one the suppliers give; in another language, one built for it.
   */
  PathwayAdvisor advisor() {
    if (advisor == null) {
      if (language == Language.en) {
        advisor = fullExplanation ? fullyExplainingAdvisors.get() : advisors.get();
      } else {
        PathwayAdvisorBuilder builder = PathwayAdvisor.builder().locale(language.locale());
        advisor = (fullExplanation ? builder.fullExplanation() : builder).build();
      }
    }
    return advisor;
  }

  /** What the output options say of the advisor, built on first use: full explanation, language. */
  void use(Output output) {
    this.fullExplanation = output.fullExplanation();
    this.language = output.language();
  }

  PrintStream stdout() {
    return stdout;
  }

  InputStream stdin() {
    return stdin;
  }

  @Override
  public Integer call() {
    stderr.println("pathway-advisor: a command is required: advise, classify-title, import or demo (see --help)");
    return BAD_INPUT;
  }

  /** Bad input that is not a profile error: a missing file, input that is not UTF-8. */
  static final class BadInput extends RuntimeException {
    private static final long serialVersionUID = 1L;

    BadInput(String message) {
      super(message);
    }
  }

  @Command(name = "advise", mixinStandardHelpOptions = true,
      description = {"Advises the candidate described by a profile JSON file (or - for standard input).",
          "With --batch, advises a JSON Lines file of profiles, one output line for each input line, in order;"
              + " a refused line becomes an error record with its line number. Exit 3 when some lines were refused."
              + " Batch lines leave the explanation out (an empty array) unless --explain is given."})
  static final class Advise implements Callable<Integer> {
    @CommandLine.ParentCommand
    private PathwayAdvisorCli parent;

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE",
        description = "The profile, in the JSON of the contract (docs/contract.md); - reads standard input.")
    private String file;

    @Option(names = "--batch", arity = "0..1", fallbackValue = "-", paramLabel = "IN.jsonl",
        description = "Advise every line of a JSON Lines file (default: standard input).")
    private String batch;

    @Option(names = "--out", paramLabel = "OUT.jsonl", description = "With --batch: where to write (default: standard output).")
    private Path out;

    @Option(names = "--threads", paramLabel = "N", description = "With --batch: how many threads advise at once"
        + " (default: one per processor).")
    private Integer threads;

    @CommandLine.Mixin
    private Output output;

    @Option(names = "--resume", paramLabel = "FILE|DIR", description = {"Advise the candidate of a résumé: a JSON"
        + " Resume, or a LinkedIn data export's folder or zip. Also prints what the import assumed or could not read,"
        + " and the questions to ask, most valuable first."})
    private String resume;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
        description = "With --resume: count open-ended jobs up to this day (default: today, UTC).")
    private java.time.LocalDate asOf;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      if (resume != null) {
        if (file != null || batch != null || out != null || threads != null) {
          throw new CommandLine.ParameterException(spec.commandLine(),
              "--resume goes without FILE, --batch, --out or --threads");
        }
        parent.stdout.print(ResumeCommands.advise(parent, resume, asOf, output));
        parent.stdout.flush();
        return OK;
      }
      if (asOf != null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--as-of goes with --resume");
      }
      if ((file == null) == (batch == null)) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give either FILE or --batch [IN.jsonl]");
      }
      if (batch != null) {
        return batch();
      }
      if (out != null || threads != null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            (out != null ? "--out" : "--threads") + " goes with --batch");
      }
      return parent.advise(file, output);
    }

    private int batch() throws IOException {
      if (threads != null && threads < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--threads must be at least 1, was " + threads);
      }
      InputStream in = batch.equals("-") ? parent.stdin : openInput(Path.of(batch));
      parent.use(output);
      PathwayAdvisor advisor = parent.advisor();
      Progress progress = new Progress(parent.stderr, parent.stderr == System.err && System.console() != null);
      JsonLines.Summary summary;
      try (InputStream input = in; OutputStream sink = out == null ? new NonClosing(parent.stdout)
          : Files.newOutputStream(out)) {
        int workers = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        summary = JsonLines.advise(advisor, input, sink, workers, output.explain(), progress);
      }
      progress.done(summary);
      if (summary.failed() > 0) {
        parent.stderr.println("pathway-advisor: the rules failed on " + summary.failed() + " of " + summary.lines()
            + " lines; see the failure records");
        return INTERNAL_ERROR;
      }
      if (summary.refused() > 0) {
        parent.stderr.println("pathway-advisor: " + summary.refused() + " of " + summary.lines()
            + " lines were refused; see the error records");
        return SOME_REFUSED;
      }
      return OK;
    }
  }

  @Command(name = "classify-title", mixinStandardHelpOptions = true,
      description = {"Reads job titles and prints how each was read: the family, the confidence, the label that"
          + " decided it and its source (an ESCO occupation or our addition), the modifiers, the seniority words"
          + " and, for UNKNOWN, the reason.",
          "With TITLE, reads that title; otherwise standard input, one title a line, in order.",
          "With --batch, writes TSV instead: title, family, confidence, label, source, modifiers, reason."})
  static final class ClassifyTitle implements Callable<Integer> {
    @CommandLine.ParentCommand
    private PathwayAdvisorCli parent;

    @Parameters(arity = "0..*", paramLabel = "TITLE", description = "A title to read (quote it).")
    private List<String> titles = List.of();

    @Option(names = "--batch", description = "Read titles one a line from standard input and write TSV, with a header.")
    private boolean batch;

    @Override
    public Integer call() throws IOException {
      List<String> input = new ArrayList<>(titles);
      if (input.isEmpty()) {
        try (BufferedReader lines = new BufferedReader(
            new StringReader(utf8(parent.stdin.readAllBytes(), "standard input")))) {
          String title;
          while ((title = lines.readLine()) != null) {
            input.add(title);
          }
        }
      }
      PathwayAdvisor advisor = parent.advisor();
      StringBuilder out = new StringBuilder();
      if (batch) {
        out.append("title\tfamily\tconfidence\tlabel\tsource\tmodifiers\treason\n");
      }
      for (String title : input) {
        TitleReading r = advisor.readTitle(title);
        String modifiers = r.modifiers().stream().map(Enum::name).collect(Collectors.joining(","));
        if (batch) {
          out.append(cell(title)).append('\t').append(r.family()).append('\t')
              .append(String.format(Locale.ROOT, "%.2f", r.confidence())).append('\t')
              .append(cell(r.matchedLabel())).append('\t').append(cell(r.source())).append('\t')
              .append(modifiers).append('\t').append(cell(r.reason())).append('\n');
        } else {
          out.append(r.describe()).append('\n')
              .append("  family:     ").append(r.family()).append('\n')
              .append("  confidence: ").append(String.format(Locale.ROOT, "%.2f", r.confidence())).append('\n')
              .append("  label:      ").append(r.matchedLabel() == null ? "-" : r.matchedLabel()).append('\n')
              .append("  source:     ").append(r.source() == null ? "-" : r.source()).append('\n')
              .append("  modifiers:  ").append(modifiers.isEmpty() ? "-" : modifiers).append('\n')
              .append("  seniority:  ").append(r.seniority().isEmpty() ? "-" : String.join(", ", r.seniority()))
              .append('\n')
              .append("  reason:     ").append(r.reason() == null ? "-" : r.reason()).append('\n');
        }
      }
      parent.stdout.print(out);
      parent.stdout.flush();
      return OK;
    }

    /** A TSV cell: tabs and line breaks become spaces, nothing becomes "". */
    private static String cell(String text) {
      return text == null ? "" : text.replace('\t', ' ').replace('\r', ' ').replace('\n', ' ');
    }
  }

  @Command(name = "demo", mixinStandardHelpOptions = true,
      description = "Advises each bundled sample profile and prints the plans.")
  static final class Demo implements Callable<Integer> {
    @CommandLine.ParentCommand
    private PathwayAdvisorCli parent;

    @CommandLine.Mixin
    private Output output;

    @Override
    public Integer call() throws IOException {
      parent.use(output);
      PathwayAdvisor advisor = parent.advisor();
      StringBuilder out = new StringBuilder();
      for (SampleProfiles.Sample sample : SampleProfiles.all()) {
        // Read as the bytes of a file, as advise FILE reads them: the launcher's start-up cache is
        // made from a run of the demo, and so holds the classes that reading needs.
        Advice advice = advisor.advise(ProfileJson.read(sample.json().getBytes(StandardCharsets.UTF_8)));
        if (output.json()) {
          out.append(AdviceJson.writeCompact(advice)).append('\n');
        } else {
          out.append("=".repeat(96)).append('\n');
          out.append("Sample ").append(sample.name()).append(": ").append(sample.summary()).append('\n');
          out.append("=".repeat(96)).append('\n');
          out.append(output.text(advice, advisor)).append('\n');
        }
        if (output.whatIf) {
          out.append(whatIf(advisor, ProfileJson.read(sample.json()), output));
        }
      }
      parent.stdout.print(out);
      parent.stdout.flush();
      return OK;
    }
  }

  /** The output options that advise and demo share. */
  static final class Output {
    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--explain", arity = "0..1", fallbackValue = "plain", paramLabel = "plain|full",
        preprocessor = ExplainValue.class,
        description = {"In text, also list the explanation: each conclusion and the rule behind it, in plain sentences.",
            "--explain=full adds the facts as the engine holds them and the sums before clamping, for debugging rules.",
            "With --batch, write each advice's explanation (left out by default: the field is an empty array)."})
    private Explain explain;

    @Option(names = "--lang", paramLabel = "en|fr", description = {"The language of the plan: en (default) or fr.",
        "Why a title was read as it was, and a résumé's import notes, stay in English."})
    private Language lang;

    @Option(names = "--what-if", description = "Also show, for each action of the plan, what completing it would change"
        + " (pathway scores, stage, actions it unlocks).")
    private boolean whatIf;

    /** The options as picocli leaves them when none is given. */
    static Output defaults() {
      return new Output();
    }

    boolean explain() {
      return explain != null;
    }

    boolean json() {
      return format == Format.json;
    }

    boolean fullExplanation() {
      return explain == Explain.full;
    }

    Language language() {
      return lang == null ? Language.en : lang;
    }

    String text(Advice advice, PathwayAdvisor advisor) {
      return PlanText.render(advice, explain != null, advisor::words, language().locale());
    }
  }

  /** How much of the explanation to show. */
  enum Explain { plain, full }

  /**
   * Lets {@code --explain} be followed by the profile's file ({@code advise --explain FILE}): the
   * word after a bare {@code --explain} is its value only when it is one of the values; anything else
   * is left for the command, and the option means {@code plain}. Attached values
   * ({@code --explain=full}) are left to picocli, which names the allowed values when one is wrong.
   */
  static final class ExplainValue implements CommandLine.IParameterPreprocessor {
    @Override
    public boolean preprocess(java.util.Stack<String> args, CommandLine.Model.CommandSpec command,
        CommandLine.Model.ArgSpec option, java.util.Map<String, Object> info) {
      boolean attached = !" ".equals(info.get("separator"));
      if (!attached && (args.isEmpty() || !isValue(args.peek()))) {
        args.push(Explain.plain.name());
      }
      return false; // picocli goes on and reads the value now on top
    }

    private static boolean isValue(String arg) {
      for (Explain e : Explain.values()) {
        if (e.name().equals(arg)) {
          return true;
        }
      }
      return false;
    }
  }

  /** What completing each action would change, as text or as JSON. */
  static String whatIf(PathwayAdvisor advisor, Profile profile, Output output) throws IOException {
    List<WhatIf> all = advisor.whatIf(profile);
    if (output.json()) {
      return WhatIfText.json(all) + "\n";
    }
    return WhatIfText.render(all, advisor::words);
  }

  /** Shows lines done and the rate on a terminal, at most once a second; silent elsewhere. */
  static final class Progress implements java.util.function.LongConsumer {
    private final PrintStream err;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastShown = start;

    Progress(PrintStream err, boolean enabled) {
      this.err = err;
      this.enabled = enabled;
    }

    @Override
    public void accept(long done) {
      long now = System.nanoTime();
      if (enabled && now - lastShown >= 1_000_000_000L) {
        lastShown = now;
        err.printf("\r%,d lines advised (%,.0f/s)", done, done / ((now - start) / 1e9));
        err.flush();
      }
    }

    void done(JsonLines.Summary summary) {
      if (enabled) {
        double seconds = (System.nanoTime() - start) / 1e9;
        err.printf("\r%,d lines in %.1f s (%,.0f/s): %,d advised, %,d refused, %,d failed%n", summary.lines(),
            seconds, summary.lines() / Math.max(seconds, 1e-9), summary.advised(), summary.refused(), summary.failed());
      }
    }
  }

  /** Standard output for a try-with-resources block that must not close it. */
  static final class NonClosing extends java.io.FilterOutputStream {
    NonClosing(OutputStream out) {
      super(out);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
    }

    @Override
    public void close() throws IOException {
      flush();
    }
  }

  static InputStream openInput(Path path) throws IOException {
    if (Files.isDirectory(path)) {
      throw new BadInput(path + ": is a directory, not a JSON Lines file");
    }
    try {
      return new java.io.BufferedInputStream(Files.newInputStream(path), 1 << 16);
    } catch (NoSuchFileException e) {
      throw new BadInput(path + ": no such file");
    }
  }

  static byte[] readFile(Path path) throws IOException {
    try {
      long size = Files.size(path);
      if (size > MAX_FILE_BYTES) {
        throw new BadInput(path + ": the file is " + size + " bytes; profiles are at most " + MAX_FILE_BYTES);
      }
      if (Files.isDirectory(path)) {
        throw new BadInput(path + ": is a directory, not a profile file");
      }
      return Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      throw new BadInput(path + ": no such file");
    }
  }

  static String utf8(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new BadInput(source + ": is not valid UTF-8");
    }
  }

  /** Reads the version Maven wrote into the jar. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = PathwayAdvisorCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new String[] {"pathway-advisor " + p.getProperty("version", "unknown")};
    }
  }
}
