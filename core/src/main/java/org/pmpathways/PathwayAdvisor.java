package org.pmpathways;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.WhatIf;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleReading;

/**
 * Advises candidates on how to break into product management. Build one advisor when the host
 * starts, since building it builds the rule base, and share it: it is thread-safe and every call is
 * independent.
 *
 * <pre>{@code
 * PathwayAdvisor advisor = PathwayAdvisor.builder().build();
 * Profile profile = Profile.builder()
 *     .title("Senior Software Engineer")
 *     .yearsExperience(5)
 *     .employer(Employer.of(true, true, false))
 *     .build();
 * Advice advice = advisor.advise(profile);
 * advice.primary();            // Optional[PRODUCT_TRIO]
 * advice.actions().get(0).id(); // the first next step
 * }</pre>
 *
 * <p>An advisor holds pools of rule sessions; {@link #close()} releases them when the host shuts
 * down (calls under way finish first). A closed advisor refuses new calls.
 *
 * <p>Thread-safe.
 */
public interface PathwayAdvisor extends AutoCloseable {

  /** Returns a builder for an advisor with the library's own rules. */
  static PathwayAdvisorBuilder builder() {
    return new PathwayAdvisorBuilder();
  }

  /**
   * Advises one candidate. The same profile always gets the same advice.
   *
   * @throws NullPointerException if the profile is null
   * @throws AdvisorException if the rules fail for this profile; no partial advice is returned
   * @throws IllegalStateException if the advisor is closed
   */
  Advice advise(Profile profile);

  /**
   * What completing one action of the profile's plan would change: the pathway scores, the primary
   * pathway and the stage before and after, and the actions the next plan would add. The profile is
   * advised as it is and with the action added to its completed actions.
   *
   * @throws NullPointerException if the profile or the id is null
   * @throws IllegalArgumentException if the action is not in the profile's plan, listing the plan's actions
   * @throws InvalidProfileException if the profile with the action added is not a valid profile: it
   *     already lists the most completed actions a profile may, or a host rule computed an action id
   *     that a profile cannot list (ids written in the DRL are checked when the advisor is built)
   * @throws AdvisorException if the rules fail for this profile
   * @throws IllegalStateException if the advisor is closed
   */
  default WhatIf whatIf(Profile profile, String actionId) {
    Objects.requireNonNull(profile, "profile must not be null");
    Objects.requireNonNull(actionId, "actionId must not be null");
    Advice today = advise(profile);
    if (today.action(actionId).isEmpty()) {
      throw new IllegalArgumentException("'" + actionId + "' is not an action of this profile's plan; its actions: "
          + today.actions().stream().map(Action::id).toList());
    }
    return WhatIf.of(actionId, today, advise(profile.withCompleted(actionId)));
  }

  /**
   * {@link #whatIf(Profile, String)} for every action of the profile's plan, in plan order.
   *
   * @throws NullPointerException if the profile is null
   * @throws InvalidProfileException as {@link #whatIf(Profile, String)}
   * @throws AdvisorException if the rules fail for this profile
   * @throws IllegalStateException if the advisor is closed
   */
  default List<WhatIf> whatIf(Profile profile) {
    Advice today = advise(Objects.requireNonNull(profile, "profile must not be null"));
    List<WhatIf> all = new ArrayList<>(today.actions().size());
    for (Action action : today.actions()) {
      all.add(WhatIf.of(action.id(), today, advise(profile.withCompleted(action.id()))));
    }
    return List.copyOf(all);
  }

  /**
   * The words the advisor's texts use for a value of the model (a pathway, a competency, a level, a
   * stage, a role family...), in the advisor's language: for a host that shows values to people. The
   * value's name when the texts have no words for it.
   *
   * @throws NullPointerException if the value is null
   */
  default String words(Enum<?> value) {
    return value.name();
  }

  /**
   * Reads a free-text job title into a role family, as {@link #advise} does when a profile has no role;
   * the family of {@link #readTitle}.
   *
   * @throws NullPointerException if the title is null
   */
  RoleFamily classifyTitle(String title);

  /**
   * Reads a free-text job title: the family, the confidence, the label that decided it and its source
   * (an ESCO occupation or our addition), the modifiers (aspiring, former, intern, ...) and, when the
   * title cannot be read, {@code UNKNOWN} with the reason.
   *
   * @throws NullPointerException if the title is null
   */
  TitleReading readTitle(String title);

  /**
   * Replaces the host's rules while the advisor keeps serving. The new rules are compiled with the
   * library's first; only when they compile are they swapped in, at once, for calls that start
   * afterwards. Calls under way finish on the rules they started with, and if the new rules do not
   * compile nothing changes.
   *
   * @param hostRules the host's rules from now on (empty for the library's rules alone)
   * @throws RuleCompilationException if the new rules do not compile; the advisor keeps its rules
   * @throws AdvisorException if DRL cannot be compiled here (no {@code pm-pathways-drl}), if a rule
   *     names no phase or proposes an action id a profile could not list as done, or if a message key
   *     the DRL writes out has no text in the bundles the advisor was built with (this method takes no
   *     new bundles: give the texts new rules need to {@link PathwayAdvisorBuilder#addMessages} when
   *     building); in every case the advisor keeps its rules
   * @throws NullPointerException if the list or one of its sources is null
   * @throws IllegalStateException if the advisor is closed
   */
  void replaceHostRules(List<RuleSource> hostRules);

  /**
   * Releases what the advisor holds: its session pools, at once when no call is under way, or when
   * the last call under way finishes. Afterwards every method throws {@link IllegalStateException}.
   * Closing again does nothing.
   */
  @Override
  void close();
}
