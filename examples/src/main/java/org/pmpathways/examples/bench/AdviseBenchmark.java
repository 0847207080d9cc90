package org.pmpathways.examples.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
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
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.Pathway;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.facts.Candidate;
import org.pmpathways.json.ProfileJson;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/**
 * The cost of one advice, warm: the real advisor (explanations on) beside a naive reference that
 * runs the same rules in a fresh stateless session per call, with no listener and no advice built.
 * See BENCHMARKS.md for how to run it.
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
    InternalKnowledgeBase naiveBase;
    Profile[] profiles;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
      advisor = PathwayAdvisor.builder().build();
      naiveBase = compileLibraryRules();
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

  @Benchmark
  public Object naiveReference(Shared shared, Cursor cursor) {
    Profile p = cursor.take(shared);
    List<Object> facts = new ArrayList<>();
    facts.add(new Candidate(p, p.role().orElse(RoleFamily.OTHER), "role given"));
    facts.addAll(p.sideProjects());
    facts.addAll(Arrays.asList(Pathway.values()));
    facts.addAll(Arrays.asList(Competency.values()));
    StatelessKieSession session = shared.naiveBase.newStatelessKieSession();
    session.execute(facts);
    return session;
  }

  /** The library's DRL, compiled the plain way, for the naive reference. */
  static InternalKnowledgeBase compileLibraryRules() throws IOException {
    ClassLoader loader = AdviseBenchmark.class.getClassLoader();
    Properties index = new Properties();
    try (InputStream in = loader.getResourceAsStream(RuleSet.INDEX)) {
      index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
    CompositeKnowledgeBuilder batch = builder.batch();
    for (String drl : RuleSet.drlFiles(index)) {
      batch.add(ResourceFactory.newClassPathResource(drl, loader), ResourceType.DRL);
    }
    batch.build();
    if (builder.hasErrors()) {
      throw new IllegalStateException(builder.getErrors().toString());
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
        RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    base.addPackages(builder.getKnowledgePackages());
    return base;
  }
}
