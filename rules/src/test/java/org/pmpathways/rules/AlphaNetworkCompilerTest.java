package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.engine.RuleSet;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.profile.Profile;

/**
 * The library's alpha networks run as the classes Drools' alpha network compiler made of them at build
 * time (rules/src/build/RuleModelWriter.java, org.pmpathways.engine.AlphaNetworks), and the advice is
 * the same as through Drools' own nodes. The build itself fails when the compiler's code for a rule
 * does not compile; this test fails when a fact type's network is not compiled or not put in place.
 */
class AlphaNetworkCompilerTest {
  private static final List<String> FACT_TYPES = List.of("org.pmpathways.facts.Candidate",
      "org.pmpathways.facts.Project", "org.pmpathways.facts.SkillSignal", "org.pmpathways.facts.Standing");

  @Test
  void everyFactTypeTheRulesMatchRunsThroughItsCompiledNetwork() {
    RuleSet rules = RuleSet.load(getClass().getClassLoader(), Locale.ROOT);
    assertTrue(rules.precompiled());
    assertEquals(FACT_TYPES, rules.compiledAlphaNetworks());
  }

  @Test
  void theAdviceIsTheSameWithoutTheCompiledNetworks() {
    ClassLoader without = new WithoutNetworks();
    assertEquals(List.of(), RuleSet.load(without, Locale.ROOT).compiledAlphaNetworks());
    try (PathwayAdvisor plain = PathwayAdvisor.builder().classLoader(without).build()) {
      for (Profile p : RandomProfiles.generate(11L, 500)) {
        assertEquals(AdviceJson.writeCompact(plain.advise(p)), AdviceJson.writeCompact(Fixtures.advise(p)),
            p.toString());
      }
    }
  }

  @Test
  void aNetworkHostRulesAddToRunsThroughDroolsOwnNodes() {
    // The host's rules match Candidate: its compiled network does not know their nodes, so it is not used.
    RuleSet withHost = RuleSet.load(getClass().getClassLoader(), Locale.ROOT,
        List.of(RuleSource.classpath("host/bootcamp.drl")), List.of("host.pathways"));
    List<String> compiled = withHost.compiledAlphaNetworks();
    assertFalse(compiled.contains("org.pmpathways.facts.Candidate"), compiled.toString());
    assertEquals(FACT_TYPES.subList(1, FACT_TYPES.size()), compiled);
  }

  @Test
  void rulesCompiledFromDrlHaveNoCompiledNetworks() {
    RuleSet fromDrl = RuleSet.load(RewrittenDescriptor.builtWithDrools("8.44.0.Final"), Locale.ROOT);
    assertFalse(fromDrl.precompiled());
    assertEquals(List.of(), fromDrl.compiledAlphaNetworks());
  }

  /** The test classpath with the compiled networks left out of the precompiled model's descriptor. */
  private static final class WithoutNetworks extends ClassLoader {
    WithoutNetworks() {
      super(WithoutNetworks.class.getClassLoader());
    }

    @Override
    public InputStream getResourceAsStream(String name) {
      if (!name.equals(RewrittenDescriptor.DESCRIPTOR)) {
        return super.getResourceAsStream(name);
      }
      try (InputStream in = super.getResourceAsStream(name)) {
        Properties descriptor = new Properties();
        descriptor.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        assertTrue(descriptor.keySet().removeIf(key -> key.toString().startsWith("alpha-network.")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        descriptor.store(out, null);
        return new ByteArrayInputStream(out.toByteArray());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
