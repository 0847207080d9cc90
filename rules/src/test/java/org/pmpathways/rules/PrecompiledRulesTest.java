package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Explanation;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/**
 * The rules artifact ships its DRL compiled to the executable model; the rule base is built from it
 * only when it was compiled from the DRL on the classpath, and gives the same advice as the DRL.
 */
class PrecompiledRulesTest {
  private static final String DESCRIPTOR = "META-INF/pm-pathways/ruleset-model.properties";
  private static final String TRIO_DRL = "org/pmpathways/rules/product-trio.drl";

  @Test
  void theLibraryRulesArePrecompiledByTheBuild() {
    assertTrue(RuleSet.load(getClass().getClassLoader(), Locale.ROOT).precompiled(),
        "the build should have compiled the DRL to " + DESCRIPTOR + " (rules/src/build/RuleModelWriter.java)");
  }

  @Test
  void withoutTheDescriptorTheDrlIsCompiled() {
    assertFalse(RuleSet.load(new Resources(name -> name.equals(DESCRIPTOR) ? null : name, null), Locale.ROOT)
        .precompiled());
  }

  @Test
  void aModelCompiledFromOtherDrlIsNotUsed() {
    ClassLoader changed = new Resources(UnaryOperator.identity(), TRIO_DRL);
    assertFalse(RuleSet.load(changed, Locale.ROOT).precompiled(), "a changed DRL file must be compiled, not trusted");
    Profile p = Profile.builder().title("UX Designer").yearsExperience(4).skills(List.of("Figma")).build();
    assertEquals(Fixtures.advise(p).actions(), PathwayAdvisor.builder().classLoader(changed).build().advise(p).actions());
  }

  @Test
  void thePrecompiledRulesAdviseAsTheDrlDoes() {
    PathwayAdvisor fromDrl = PathwayAdvisor.builder()
        .classLoader(new Resources(name -> name.equals(DESCRIPTOR) ? null : name, null)).build();
    List<Profile> profiles = new ArrayList<>(RandomProfiles.generate(7L, 300));
    for (Profile p : profiles) {
      Advice precompiled = Fixtures.advise(p);
      Advice compiled = fromDrl.advise(p);
      String where = p.toString();
      assertEquals(compiled.primaryPathway(), precompiled.primaryPathway(), where);
      assertEquals(compiled.pathways(), precompiled.pathways(), where);
      assertEquals(compiled.actions(), precompiled.actions(), where);
      assertEquals(compiled.competencies(), precompiled.competencies(), where);
      assertEquals(compiled.warnings(), precompiled.warnings(), where);
      // Rules of equal salience may fire in another order; the same firings must be explained.
      assertEquals(sorted(compiled.explanation()), sorted(precompiled.explanation()), where);
    }
  }

  @Test
  void onAnotherDroolsVersionTheDrlIsCompiled() {
    ClassLoader otherDrools = RewrittenDescriptor.builtWithDrools("8.44.0.Final");
    assertFalse(RuleSet.load(otherDrools, Locale.ROOT).precompiled(),
        "a model precompiled with another Drools must not be trusted when the DRL can be compiled");
    Profile p = Profile.builder().role(RoleFamily.DATA_ANALYST).yearsExperience(3).build();
    assertEquals(Fixtures.advise(p).actions(), PathwayAdvisor.builder().classLoader(otherDrools).build().advise(p)
        .actions());
  }

  @Test
  void aModelThatCannotLoadFallsBackToTheDrl() {
    ClassLoader broken = RewrittenDescriptor.modelThatCannotLoad();
    assertFalse(RuleSet.load(broken, Locale.ROOT).precompiled());
    Profile p = Profile.builder().role(RoleFamily.MARKETING).yearsExperience(6).build();
    assertEquals(Fixtures.advise(p).actions(), PathwayAdvisor.builder().classLoader(broken).build().advise(p)
        .actions());
  }

  @Test
  void theDescriptorRecordsTheDroolsVersionOfTheBuild() throws IOException {
    java.util.Properties descriptor = new java.util.Properties();
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(DESCRIPTOR)) {
      descriptor.load(in);
    }
    assertEquals(org.drools.model.Model.class.getPackage().getImplementationVersion(),
        descriptor.getProperty(RuleSet.MODEL_DROOLS_KEY));
  }

  private static List<String> sorted(List<Explanation> explanation) {
    return explanation.stream().map(Explanation::toString).sorted().toList();
  }

  /** The test classpath, with resources renamed or hidden, and one DRL file changed by a comment. */
  private static final class Resources extends ClassLoader {
    private final UnaryOperator<String> rename;
    private final String changedDrl;

    Resources(UnaryOperator<String> rename, String changedDrl) {
      super(PrecompiledRulesTest.class.getClassLoader());
      this.rename = rename;
      this.changedDrl = changedDrl;
    }

    @Override
    public java.net.URL getResource(String name) {
      String actual = rename.apply(name);
      return actual == null ? null : super.getResource(actual);
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      String actual = rename.apply(name);
      if (actual == null) {
        return null;
      }
      if (!actual.equals(changedDrl)) {
        return super.getResourceAsStream(actual);
      }
      try (InputStream in = super.getResourceAsStream(actual)) {
        byte[] drl = in.readAllBytes();
        byte[] comment = "\n// changed after the build\n".getBytes(StandardCharsets.UTF_8);
        byte[] both = new byte[drl.length + comment.length];
        System.arraycopy(drl, 0, both, 0, drl.length);
        System.arraycopy(comment, 0, both, drl.length, comment.length);
        return new ByteArrayInputStream(both);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
