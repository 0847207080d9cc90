package org.pmpathways;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pmpathways.engine.RuleSet;

/**
 * Builds a {@link PathwayAdvisor}. Each setting may be set once (a second call fails, saying what the
 * first set), except {@link #addRules} and {@link #addMessages}, which add to what earlier calls gave;
 * {@link #build()} builds the rule base, from the library's rules as compiled at build time (a
 * fraction of a second) plus any host rules, compiled then (about a second or two), so build once and
 * share the advisor.
 *
 * <pre>{@code
 * PathwayAdvisor advisor = PathwayAdvisor.builder()
 *     .locale(Locale.ENGLISH)
 *     .maxRuleFirings(10_000)
 *     .build();
 * }</pre>
 *
 * <p>Not thread-safe; the advisor it builds is.
 */
public final class PathwayAdvisorBuilder {
  static final int DEFAULT_MAX_RULE_FIRINGS = 10_000;

  private Locale locale;
  private int maxRuleFirings = -1;
  private ClassLoader classLoader;
  private final List<RuleSource> hostRules = new ArrayList<>();
  private final List<String> hostBundles = new ArrayList<>();
  private boolean warmUp;
  private boolean fullExplanation;

  PathwayAdvisorBuilder() {}

  /**
   * The language of action, reason and warning texts. Default: the base (English) texts, whatever
   * the JVM's default locale; a host adds {@code messages_xx.properties} beside the library's
   * bundle to translate or rephrase them.
   */
  public PathwayAdvisorBuilder locale(Locale locale) {
    Objects.requireNonNull(locale, "locale must not be null");
    if (this.locale != null) {
      throw new IllegalStateException("locale was already set to " + this.locale);
    }
    this.locale = locale;
    return this;
  }

  /**
   * The guard against runaway rules: a call whose rules reach this many firings is stopped with an
   * {@link AdvisorException} naming the last rule that fired, so set it above the most a call takes.
   * Default: {@value #DEFAULT_MAX_RULE_FIRINGS}; one advice takes 20 to 50.
   */
  public PathwayAdvisorBuilder maxRuleFirings(int maxRuleFirings) {
    if (maxRuleFirings < 1) {
      throw new IllegalArgumentException("maxRuleFirings must be at least 1, was " + maxRuleFirings);
    }
    if (this.maxRuleFirings != -1) {
      throw new IllegalStateException("maxRuleFirings was already set to " + this.maxRuleFirings);
    }
    this.maxRuleFirings = maxRuleFirings;
    return this;
  }

  /**
   * The class loader that finds the rules artifact and the texts. Default: the loader of this
   * library.
   */
  public PathwayAdvisorBuilder classLoader(ClassLoader classLoader) {
    Objects.requireNonNull(classLoader, "classLoader must not be null");
    if (this.classLoader != null) {
      throw new IllegalStateException("classLoader was already set");
    }
    this.classLoader = classLoader;
    return this;
  }

  /**
   * Adds the host's own DRL, compiled when the advisor is built, into the same rule base as the
   * library's rules. They may add actions with new ids, give or take pathway points and raise
   * warnings; see {@link RuleSource}. Compiling DRL needs Drools' DRL compiler, which the host adds
   * with the {@code org.pmpathways:pm-pathways-drl} artifact; without it {@link #build()} fails
   * naming it.
   */
  public PathwayAdvisorBuilder addRules(RuleSource... sources) {
    Objects.requireNonNull(sources, "sources must not be null");
    for (int i = 0; i < sources.length; i++) {
      Objects.requireNonNull(sources[i], "rule source " + i + " must not be null"); // before any is added
    }
    hostRules.addAll(List.of(sources));
    return this;
  }

  /**
   * Adds a message bundle of the host's (a base name such as {@code "com.example.pathways"}), looked
   * up before the library's texts: it gives texts to the host's own ids and may override the
   * library's. Bundles added first are looked up first.
   */
  public PathwayAdvisorBuilder addMessages(String baseName) {
    hostBundles.add(Objects.requireNonNull(baseName, "baseName must not be null"));
    return this;
  }

  /**
   * Warms the advisor up before {@link #build()} returns: it advises a set of varied built-in
   * profiles, so that the engine's classes are loaded and compiled before the first real call. The
   * first advice of a cold advisor takes 0.2 to 0.4 s; after the warm-up it takes about what a warm
   * call takes. Building takes that much longer instead. Default: no warm-up.
   */
  public PathwayAdvisorBuilder warmUp() {
    if (warmUp) {
      throw new IllegalStateException("warmUp was already set");
    }
    warmUp = true;
    return this;
  }

  /**
   * Makes the explanation show, besides the plain sentences, the facts as the engine holds them and
   * the sums before clamping: for debugging rules, not for candidates. Default: plain sentences only.
   */
  public PathwayAdvisorBuilder fullExplanation() {
    if (fullExplanation) {
      throw new IllegalStateException("fullExplanation was already set");
    }
    fullExplanation = true;
    return this;
  }

  /**
   * Compiles the rules and returns the advisor.
   *
   * @throws RuleCompilationException if the rules do not compile, listing every error
   * @throws AdvisorException if the rules artifact, a rule source or a message bundle is missing, or
   *     Drools cannot run here as set up, naming what to add or fix: the DRL compiler
   *     ({@code pm-pathways-drl}) for host rules or for another Drools version, or the merge of
   *     {@code META-INF/services} files in a shaded jar; also if a host rule names no phase
   *     ({@code agenda-group}), proposes an action id a profile could not list as done, or writes out a
   *     message key that no bundle has, naming the rule, its line and the key
   */
  public PathwayAdvisor build() {
    ClassLoader loader = classLoader != null ? classLoader : PathwayAdvisor.class.getClassLoader();
    RuleSet rules = RuleSet.load(loader, locale != null ? locale : Locale.ROOT, List.copyOf(hostRules),
        List.copyOf(hostBundles));
    DefaultPathwayAdvisor advisor =
        new DefaultPathwayAdvisor(rules, maxRuleFirings > 0 ? maxRuleFirings : DEFAULT_MAX_RULE_FIRINGS,
            fullExplanation);
    if (warmUp) {
      try {
        WarmUp.PROFILES.forEach(advisor::advise);
      } catch (RuntimeException e) {
        advisor.close();
        throw e;
      }
    }
    return advisor;
  }
}
