package org.pmpathways.resume;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.profile.Profile;

/**
 * A profile read from a résumé, with the report of how it was read. The profile holds only what the
 * résumé gave; the facts it could not give are in {@link ImportReport#unknownFacts()}, left at the
 * profile's defaults (no employer, no contacts, no product work), and {@link #questions} says which
 * to ask about first.
 *
 * <p>Immutable and thread-safe.
 */
public final class ImportResult {
  private final Profile profile;
  private final ImportReport report;

  ImportResult(Profile profile, ImportReport report) {
    this.profile = Objects.requireNonNull(profile, "profile must not be null");
    this.report = Objects.requireNonNull(report, "report must not be null");
  }

  /** The profile, valid and ready to advise. */
  public Profile profile() {
    return profile;
  }

  /** How the profile was read. */
  public ImportReport report() {
    return report;
  }

  /** {@link #questions(PathwayAdvisor, Locale)} with the English texts. */
  public List<Question> questions(PathwayAdvisor advisor) {
    return questions(advisor, Locale.ROOT);
  }

  /**
   * The questions that settle the facts the résumé could not give, most valuable first. Every
   * combination of plausible answers to the unknown facts (the employer builds digital products or
   * not, has product managers or not, the candidate knows product managers or not, ...) is advised
   * with the real advisor, at most 64 calls. A question whose answer can change the primary pathway
   * comes first, ordered by the share of combinations in which it does; then the one whose answer
   * moves a pathway's score most; then the one that changes most next actions. Ties keep
   * {@link UnknownFact} order. The same import and rules always give the same order.
   *
   * @param advisor the advisor the host will advise with, so its rules decide what matters
   * @param locale the language of the question texts; bundles {@code org/pmpathways/resume/questions_xx},
   *     falling back to English, never to the JVM's default locale
   * @throws org.pmpathways.AdvisorException if the rules fail on one of the tried profiles
   */
  public List<Question> questions(PathwayAdvisor advisor, Locale locale) {
    Objects.requireNonNull(advisor, "advisor must not be null");
    Objects.requireNonNull(locale, "locale must not be null");
    return QuestionRanker.rank(advisor, profile, report.unknownFacts(), locale);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportResult r && profile.equals(r.profile) && report.equals(r.report);
  }

  @Override
  public int hashCode() {
    return Objects.hash(profile, report);
  }

  @Override
  public String toString() {
    return "ImportResult(" + profile + ", " + report + ")";
  }
}
