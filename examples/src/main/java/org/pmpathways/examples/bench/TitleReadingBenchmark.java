package org.pmpathways.examples.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
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
import org.pmpathways.engine.RuleSet;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleReading;

/**
 * Reading job titles, warm, beside a naive reference measured in the same run: lower-casing the
 * title and looking it up whole in a hash map of the same titles (what the cheapest possible exact
 * reader costs). The vocabulary keeps the readings of the first titles it reads, so {@code readTitle}
 * runs on an advisor whose kept readings were filled with other titles first: each call reads its
 * title. {@code readTitleKept} reads titles the vocabulary has kept: what a title met again costs.
 * The titles are everyday ones, with seniority, abbreviations, employers, regions, modifiers and five
 * languages. See BENCHMARKS.md ("Reading titles and skills") for how to run it; the
 * start-up cost of the title index is {@link TitleIndexStartupBenchmark}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class TitleReadingBenchmark {
  static final List<String> TITLES = List.of(
      "Sr. Usability Specialist", "Senior Software Engineer II", "Software Engineer at Google",
      "Sales Manager – EMEA", "Co-founder & CEO", "Aspiring Product Manager", "Ex-PM",
      "Product Management Intern", "Chef de produit", "Chef de projet digital", "Ingénieur logiciel",
      "Analista de Datos", "Softwareentwickler", "Desenvolvedor de software", "UX/UI Designer",
      "Customer Success Manager", "Data Analyst | Python, SQL", "Registered Nurse", "Mktg Mgr",
      "Head of Growth", "Business Systems Analyst III", "Freelance Full-Stack Developer",
      "Marketing Data Analyst", "Technical Program Manager", "Account Executive @ Salesforce",
      "Lead Data Scientist", "Chief Happiness Wizard", "Scrum Master", "Project Manager, New Plant",
      "Insurance Sales Agent, Junior", "Web Content Editor", "Mechanical Engineer",
      "Director of Engineering", "Solutions Engineer", "Help Desk Specialist", "Product Owner");

  /** More titles than the vocabulary keeps the readings of (4,096). */
  static final int FILLERS = 5_000;

  /** The advisors and the reference map, shared by every thread. */
  @State(Scope.Benchmark)
  public static class Shared {
    /** An advisor that has kept the readings of other titles: it reads each title it is given. */
    PathwayAdvisor advisor;
    /** An advisor that has kept the readings of the benchmark's titles. */
    PathwayAdvisor keeping;
    Map<String, RoleFamily> exact;
    String[] titles;

    @Setup(Level.Trial)
    public void setUp() {
      advisor = PathwayAdvisor.builder().build();
      for (int i = 0; i < FILLERS; i++) {
        advisor.readTitle("filler title " + i);
      }
      keeping = PathwayAdvisor.builder().build();
      titles = TITLES.toArray(String[]::new);
      exact = new HashMap<>();
      for (String title : titles) {
        exact.put(title.toLowerCase(Locale.ROOT), advisor.classifyTitle(title));
      }
    }
  }

  /** Each thread walks the titles in turn. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    String take(Shared shared) {
      String t = shared.titles[next];
      next = (next + 1) % shared.titles.length;
      return t;
    }
  }

  @Benchmark
  public TitleReading readTitle(Shared shared, Cursor cursor) {
    return shared.advisor.readTitle(cursor.take(shared));
  }

  @Benchmark
  public TitleReading readTitleKept(Shared shared, Cursor cursor) {
    return shared.keeping.readTitle(cursor.take(shared));
  }

  @Benchmark
  public RoleFamily naiveExactLookup(Shared shared, Cursor cursor) {
    return shared.exact.get(cursor.take(shared).toLowerCase(Locale.ROOT));
  }

  /**
   * Building the advisor in a fresh JVM, with and without the ESCO title index: what the index adds
   * to start-up. Each shot is a new JVM (a fork), so class loading and the cold JIT are counted.
   */
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(15)
  public static class TitleIndexStartupBenchmark {
    @Benchmark
    public PathwayAdvisor buildAdvisor() {
      return PathwayAdvisor.builder().build();
    }

    @Benchmark
    public PathwayAdvisor buildAdvisorWithoutTitleIndex() {
      return PathwayAdvisor.builder().classLoader(new WithoutTitleIndex()).build();
    }
  }

  /** The library's class path, with the rule-set index's "title-index" entry taken out. */
  static final class WithoutTitleIndex extends ClassLoader {
    WithoutTitleIndex() {
      super(TitleReadingBenchmark.class.getClassLoader());
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      if (!RuleSet.INDEX.equals(name)) {
        return super.getResourceAsStream(name);
      }
      try (InputStream in = super.getResourceAsStream(name)) {
        Properties index = new Properties();
        index.load(in);
        index.remove("title-index");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        index.store(out, null);
        return new ByteArrayInputStream(out.toByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Prints the titles' readings, to check what the benchmark reads. */
  public static void main(String[] args) {
    PathwayAdvisor advisor = PathwayAdvisor.builder().build();
    for (String title : TITLES) {
      System.out.println(advisor.readTitle(title).describe());
    }
  }
}
