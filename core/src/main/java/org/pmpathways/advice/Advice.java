package org.pmpathways.advice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmpathways.internal.Later;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleReading;

/**
 * What the advisor concluded for one profile. It mirrors the advice JSON of the contract.
 *
 * <p>The advisor's advice makes its texts when they are first read, not before: the actions, the
 * warnings, the explanation, each pathway's reasons and each competency's evidence are lists made on
 * first use (by whichever thread reads them first) and then kept, so a caller pays only for the texts
 * it reads. They are the same texts whenever and wherever they are read. The library's texts, and a
 * host's whose keys its DRL writes out, are checked when the advisor is built; a host rule that
 * computes a message key while it runs is checked only here, so reading a text made from a key
 * without a text throws {@link org.pmpathways.AdvisorException} naming the key, from the accessor
 * (or from {@code AdviceJson} writing the advice).
 *
 * <p>Immutable and thread-safe.
 *
 * @param profileId the profile's id, or {@code null} when it had none
 * @param roleFamily the role family the advice is for: the profile's role, or the one read from its title
 * @param primaryPathway the best-fitting pathway, or {@code null} for someone already a product manager
 * @param pathways all three pathways, best first; empty for someone already a product manager
 * @param actions the next steps, best first
 * @param competencies the three competencies, in {@link Competency} order
 * @param warnings what the candidate should hear plainly
 * @param explanation the conclusions and the rules behind them, in a fixed order: the candidate's
 *     facts weighed, then the scores, then the plan (see {@link Explanation}); it may be rendered on
 *     first use ({@link Explanation#later})
 * @param titleReading how the profile's title was read, or {@code null} when it had no title
 * @param unreadSkills the profile's skills that the vocabulary could not place, in order
 * @param stage how far the candidate is, or {@code null} for someone already a product manager
 */
public record Advice(String profileId, RoleFamily roleFamily, Pathway primaryPathway,
    List<PathwayScore> pathways, List<Action> actions, List<CompetencyRating> competencies,
    List<Warning> warnings, List<Explanation> explanation, TitleReading titleReading, List<String> unreadSkills,
    Stage stage) {

  public Advice {
    Objects.requireNonNull(roleFamily, "roleFamily must not be null");
    // A list made when first read (the advisor's texts) is kept as it is: it is immutable already.
    pathways = Later.keep(Objects.requireNonNull(pathways, "pathways must not be null"));
    actions = Later.keep(Objects.requireNonNull(actions, "actions must not be null"));
    competencies = Later.keep(Objects.requireNonNull(competencies, "competencies must not be null"));
    warnings = Later.keep(Objects.requireNonNull(warnings, "warnings must not be null"));
    explanation = Later.keep(Objects.requireNonNull(explanation, "explanation must not be null"));
    unreadSkills = List.copyOf(Objects.requireNonNull(unreadSkills, "unreadSkills must not be null"));
  }

  /** Advice without a stage. */
  public Advice(String profileId, RoleFamily roleFamily, Pathway primaryPathway, List<PathwayScore> pathways,
      List<Action> actions, List<CompetencyRating> competencies, List<Warning> warnings,
      List<Explanation> explanation, TitleReading titleReading, List<String> unreadSkills) {
    this(profileId, roleFamily, primaryPathway, pathways, actions, competencies, warnings, explanation,
        titleReading, unreadSkills, null);
  }

  /** Advice without a title reading, unread skills or a stage. */
  public Advice(String profileId, RoleFamily roleFamily, Pathway primaryPathway, List<PathwayScore> pathways,
      List<Action> actions, List<CompetencyRating> competencies, List<Warning> warnings,
      List<Explanation> explanation) {
    this(profileId, roleFamily, primaryPathway, pathways, actions, competencies, warnings, explanation, null,
        List.of(), null);
  }

  /** How the title was read, if the profile had one. */
  public Optional<TitleReading> title() {
    return Optional.ofNullable(titleReading);
  }

  /** How far the candidate is, empty for someone already a product manager. */
  public Optional<Stage> stageReached() {
    return Optional.ofNullable(stage);
  }

  /** The primary pathway, empty for someone already a product manager. */
  public Optional<Pathway> primary() {
    return Optional.ofNullable(primaryPathway);
  }

  /** The action with this id, if the advice has it. */
  public Optional<Action> action(String id) {
    return actions.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  /** The score of a pathway, if the advice weighed it. */
  public Optional<PathwayScore> pathway(Pathway pathway) {
    return pathways.stream().filter(p -> p.pathway() == pathway).findFirst();
  }

  /** The rating of a competency. */
  public Optional<CompetencyRating> competency(Competency competency) {
    return competencies.stream().filter(c -> c.competency() == competency).findFirst();
  }

  /** Whether the advice carries the warning with this id. */
  public boolean hasWarning(String id) {
    return warnings.stream().anyMatch(w -> w.id().equals(id));
  }
}
