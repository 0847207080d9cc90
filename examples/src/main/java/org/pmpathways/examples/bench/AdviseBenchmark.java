package org.pmpathways.examples.bench;

import java.io.IOException;
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
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;

/**
 * The cost of one advice, warm: the real advisor, with the explanation recorded. See BENCHMARKS.md
 * for how to run it and for the references measured beside it.
 */
@BenchmarkMode({Mode.SampleTime, Mode.Throughput})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AdviseBenchmark {

  /** The advisor, the naive reference and the profiles, shared by every thread. */
  @State(Scope.Benchmark)
  public static class Shared {
    PathwayAdvisor advisor;
    PlainJavaAdvisor floor;
    Profile[] profiles;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      advisor = PathwayAdvisor.builder().build();
      floor = PlainJavaAdvisor.load();
      List<String> json = BenchmarkProfiles.json(7, 64);
      profiles = json.stream().map(ProfileJson::read).toArray(Profile[]::new);
    }
  }

  /** Each thread walks the profiles in turn. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    Profile take(Shared shared) {
      Profile p = shared.profiles[next];
      next = (next + 1) % shared.profiles.length;
      return p;
    }
  }

  @Benchmark
  public Advice advise(Shared shared, Cursor cursor) {
    return shared.advisor.advise(cursor.take(shared));
  }

  /**
   * {@link #advise}, then every text of the advice read (the reasons of each pathway, the actions
   * with their titles, details and reasons, the evidence of each competency, the warnings), the
   * explanation left unread: what a host that shows the plan pays, now that the texts are made when
   * first read.
   */
  @Benchmark
  public int adviseAndReadTexts(Shared shared, Cursor cursor) {
    return readTexts(shared.advisor.advise(cursor.take(shared)));
  }

  static int readTexts(Advice advice) {
    int length = 0;
    for (PathwayScore p : advice.pathways()) {
      for (String reason : p.reasons()) {
        length += reason.length();
      }
    }
    for (Action a : advice.actions()) {
      length += a.title().length() + a.detail().length();
      for (String reason : a.because()) {
        length += reason.length();
      }
    }
    for (CompetencyRating c : advice.competencies()) {
      for (String evidence : c.evidence()) {
        length += evidence.length();
      }
    }
    for (Warning w : advice.warnings()) {
      length += w.message().length();
    }
    return length;
  }

  /**
   * The floor: the same decisions as plain Java conditions, with the same reading, facts, policy
   * tables, texts and explanation kept as data ({@link PlainJavaAdvisor}), measured beside
   * {@link #advise} so that their ratio comes from one run.
   */
  @Benchmark
  public Advice plainJavaFloor(Shared shared, Cursor cursor) {
    return shared.floor.advise(cursor.take(shared));
  }
}
