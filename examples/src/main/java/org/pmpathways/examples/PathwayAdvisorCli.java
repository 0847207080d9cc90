package org.pmpathways.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
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
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.pmpathways.AdvisorException;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;
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
    subcommands = {PathwayAdvisorCli.Advise.class, PathwayAdvisorCli.ClassifyTitle.class, PathwayAdvisorCli.Demo.class})
public final class PathwayAdvisorCli implements Callable<Integer> {
  static final int OK = 0;
  static final int INTERNAL_ERROR = 1;
  static final int BAD_INPUT = 2;
  static final long MAX_FILE_BYTES = 4L * ProfileJson.MAX_DOCUMENT_CHARS;

  /** Formats of the advice. */
  enum Format { text, json }

  private final Supplier<PathwayAdvisor> advisors;
  private final InputStream stdin;
  private final PrintStream stdout;
  private final PrintStream stderr;
  private PathwayAdvisor advisor;

  PathwayAdvisorCli(Supplier<PathwayAdvisor> advisors, InputStream stdin, PrintStream stdout, PrintStream stderr) {
    this.advisors = advisors;
    this.stdin = stdin;
    this.stdout = stdout;
    this.stderr = stderr;
  }

  public static void main(String[] args) {
    System.exit(run(args, () -> PathwayAdvisor.builder().build(), System.in, System.out, System.err));
  }

  /** Runs the command and returns its exit code; what it prints goes to the given streams. */
  static int run(String[] args, Supplier<PathwayAdvisor> advisors, InputStream stdin, PrintStream stdout,
      PrintStream stderr) {
    CommandLine cli = new CommandLine(new PathwayAdvisorCli(advisors, stdin, stdout, stderr));
    cli.setOut(new PrintWriter(stdout, true));
    cli.setErr(new PrintWriter(stderr, true));
    cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
      if (e instanceof InvalidProfileException || e instanceof BadInput) {
        stderr.println("pathway-advisor: " + e.getMessage());
        return BAD_INPUT;
      }
      stderr.println("pathway-advisor: internal error: " + e);
      if (e instanceof AdvisorException && e.getCause() != null) {
        stderr.println("  caused by: " + e.getCause());
      }
      return INTERNAL_ERROR;
    });
    return cli.execute(args);
  }

  /** The advisor, built on first use: a command that fails on its input never compiles the rules. */
  PathwayAdvisor advisor() {
    if (advisor == null) {
      advisor = advisors.get();
    }
    return advisor;
  }

  @Override
  public Integer call() {
    stderr.println("pathway-advisor: a command is required: advise, classify-title or demo (see --help)");
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
      description = "Advises the candidate described by a profile JSON file (or - for standard input).")
  static final class Advise implements Callable<Integer> {
    @CommandLine.ParentCommand
    private PathwayAdvisorCli parent;

    @Parameters(index = "0", paramLabel = "FILE", description = "The profile, in the JSON of DESIGN.md; - reads standard input.")
    private String file;

    @CommandLine.Mixin
    private Output output;

    @Override
    public Integer call() throws IOException {
      byte[] json = file.equals("-") ? parent.stdin.readNBytes((int) MAX_FILE_BYTES + 1) : readFile(Path.of(file));
      if (json.length > MAX_FILE_BYTES) {
        throw new BadInput(file + ": profiles are at most " + MAX_FILE_BYTES + " bytes");
      }
      Profile profile = ProfileJson.read(json);
      Advice advice = parent.advisor().advise(profile);
      parent.stdout.print(output.json() ? AdviceJson.write(advice) + "\n" : output.text(advice));
      parent.stdout.flush();
      return OK;
    }
  }

  @Command(name = "classify-title", mixinStandardHelpOptions = true,
      description = "Reads job titles from standard input, one a line, and prints FAMILY<TAB>title for each, in order.")
  static final class ClassifyTitle implements Callable<Integer> {
    @CommandLine.ParentCommand
    private PathwayAdvisorCli parent;

    @Override
    public Integer call() throws IOException {
      String input = utf8(parent.stdin.readAllBytes(), "standard input");
      PathwayAdvisor advisor = parent.advisor();
      StringBuilder out = new StringBuilder();
      try (BufferedReader lines = new BufferedReader(new StringReader(input))) {
        String title;
        while ((title = lines.readLine()) != null) {
          out.append(advisor.classifyTitle(title)).append('\t').append(title).append('\n');
        }
      }
      parent.stdout.print(out);
      parent.stdout.flush();
      return OK;
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
    public Integer call() {
      PathwayAdvisor advisor = parent.advisor();
      StringBuilder out = new StringBuilder();
      for (SampleProfiles.Sample sample : SampleProfiles.all()) {
        Advice advice = advisor.advise(ProfileJson.read(sample.json()));
        if (output.json()) {
          out.append(AdviceJson.writeCompact(advice)).append('\n');
        } else {
          out.append("=".repeat(96)).append('\n');
          out.append("Sample ").append(sample.name()).append(": ").append(sample.summary()).append('\n');
          out.append("=".repeat(96)).append('\n');
          out.append(output.text(advice)).append('\n');
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
    private Format format;

    @Option(names = "--explain", description = "In text, also list the rules that fired.")
    private boolean explain;

    boolean json() {
      return format == Format.json;
    }

    String text(Advice advice) {
      return PlanText.render(advice, explain);
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
