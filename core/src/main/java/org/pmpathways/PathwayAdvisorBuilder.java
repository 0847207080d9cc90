package org.pmpathways;

import java.util.Locale;
import java.util.Objects;
import org.pmpathways.engine.RuleSet;

/**
 * Builds a {@link PathwayAdvisor}. Each setting may be set once; {@link #build()} compiles the rules,
 * which takes about a second, so build once and share the advisor.
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
   * How many rule firings one call may take before it is stopped with an {@link AdvisorException}
   * naming the last rule that fired. Default: {@value #DEFAULT_MAX_RULE_FIRINGS}; one advice takes
   * about a hundred.
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
   * Compiles the rules and returns the advisor.
   *
   * @throws AdvisorException if the rules artifact is missing or its rules do not compile
   */
  public PathwayAdvisor build() {
    ClassLoader loader = classLoader != null ? classLoader : PathwayAdvisor.class.getClassLoader();
    RuleSet rules = RuleSet.load(loader, locale != null ? locale : Locale.ROOT);
    return new DefaultPathwayAdvisor(rules, maxRuleFirings > 0 ? maxRuleFirings : DEFAULT_MAX_RULE_FIRINGS);
  }
}
