package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Pathway;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/**
 * The rules on the light runtime: Drools without its DRL compiler, as a host that adds pm-pathways
 * alone has it. Run by its own surefire execution, whose classpath leaves the compiler's jars out
 * (see pom.xml); the default execution skips it.
 */
class LightRuntimeTest {
  private static final String ADD = "org.pmpathways:pm-pathways-drl:" + System.getProperty("pm.version");
  private static final Profile DEVELOPER = Profile.builder().role(RoleFamily.DEVELOPER).yearsExperience(5)
      .employer(Fixtures.DIGITAL_WITH_PMS).build();

  @BeforeAll
  static void theCompilerIsNotOnTheClasspath() {
    for (String compilerClass : List.of("org.drools.compiler.builder.impl.KnowledgeBuilderImpl",
        "org.drools.mvel.MVELConstraintBuilder", "org.drools.wiring.dynamic.DynamicComponentsSupplier",
        "org.eclipse.jdt.internal.compiler.Compiler",
        // nor truth maintenance, which the library's rules do not use and every match would pay for
        "org.drools.tms.TruthMaintenanceSystemFactoryImpl")) {
      assertThrows(ClassNotFoundException.class, () -> Class.forName(compilerClass),
          compilerClass + " is on the classpath: this test must run without the DRL compiler");
    }
  }

  @Test
  void theBundledRulesAdviseFromThePrecompiledModel() {
    RuleSet rules = RuleSet.load(getClass().getClassLoader(), Locale.ROOT);
    assertTrue(rules.precompiled());
    // the alpha networks compiled at build time run without the code generator (javaparser) too
    assertEquals(List.of("org.pmpathways.facts.Candidate", "org.pmpathways.facts.Project",
        "org.pmpathways.facts.SkillSignal", "org.pmpathways.facts.Standing"), rules.compiledAlphaNetworks());
    assertEquals(Pathway.PRODUCT_TRIO, PathwayAdvisor.builder().build().advise(DEVELOPER).primaryPathway());
  }

  @Test
  void hostRulesNameTheArtifactToAdd() {
    AdvisorException e = assertThrows(AdvisorException.class, () -> PathwayAdvisor.builder()
        .addRules(RuleSource.classpath("host/bootcamp.drl")).addMessages("host.pathways").build());
    assertTrue(e.getMessage().startsWith("compiling the host's rules: "), e.getMessage());
    assertTrue(e.getMessage().contains(ADD), e.getMessage());
  }

  @Test
  void replacingHostRulesNamesTheArtifactToAddAndKeepsTheAdvisor() {
    PathwayAdvisor advisor = PathwayAdvisor.builder().build();
    AdvisorException e = assertThrows(AdvisorException.class,
        () -> advisor.replaceHostRules(List.of(RuleSource.classpath("host/bootcamp.drl"))));
    assertTrue(e.getMessage().contains(ADD), e.getMessage());
    assertEquals(Pathway.PRODUCT_TRIO, advisor.advise(DEVELOPER).primaryPathway());
  }

  @Test
  void aModelThatCannotLoadNamesTheArtifactThatCompilesTheDrlInstead() {
    AdvisorException e = assertThrows(AdvisorException.class,
        () -> PathwayAdvisor.builder().classLoader(RewrittenDescriptor.modelThatCannotLoad()).build());
    assertTrue(e.getMessage().contains("cannot load the precompiled rule model class"), e.getMessage());
    assertTrue(e.getMessage().contains("the DRL cannot be compiled instead"), e.getMessage());
    assertTrue(e.getMessage().contains(ADD), e.getMessage());
    assertTrue(e.getCause() instanceof LinkageError, String.valueOf(e.getCause()));
  }

  @Test
  void onAnotherDroolsVersionWithoutTheCompilerThePrecompiledRulesAreTried() {
    RuleSet rules = RuleSet.load(RewrittenDescriptor.builtWithDrools("10.1.0"), Locale.ROOT);
    assertTrue(rules.precompiled(), "nothing else can run them here, and they may well work");
    // the compiled alpha networks call Drools' internals of the version they were built with: left out
    assertEquals(List.of(), rules.compiledAlphaNetworks());
  }
}
