package org.pmpathways.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.resume.ImportResult;
import org.pmpathways.resume.Question;
import org.pmpathways.resume.ResumeImport;

/**
 * The cost of importing the bundled sample JSON Resume and of ranking its questions, beside one
 * advice of the imported profile measured in the same run. See BENCHMARKS.md for how to run it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
@State(Scope.Benchmark)
public class ResumeImportBenchmark {
  private static final String SAMPLE = "/org/pmpathways/examples/resumes/jordan-data-analyst.json";

  PathwayAdvisor advisor;
  ResumeImport importer;
  byte[] resume;
  ImportResult imported;

  @Setup(Level.Trial)
  public void setUp() throws IOException {
    advisor = PathwayAdvisor.builder().build();
    importer = ResumeImport.asOf(LocalDate.of(2025, 6, 15));
    try (InputStream in = ResumeImportBenchmark.class.getResourceAsStream(SAMPLE)) {
      resume = in.readAllBytes();
    }
    imported = importer.fromJsonResume(resume);
  }

  /** Reading the résumé into a profile and its report. */
  @Benchmark
  public ImportResult importJsonResume() {
    return importer.fromJsonResume(resume);
  }

  /** The reference: one advice of the imported profile. */
  @Benchmark
  public Advice adviseImportedProfile() {
    return advisor.advise(imported.profile());
  }

  /** Ranking the questions: one advice per combination of answers to the unknown facts (64 here). */
  @Benchmark
  public List<Question> rankQuestions() {
    return imported.questions(advisor);
  }
}
