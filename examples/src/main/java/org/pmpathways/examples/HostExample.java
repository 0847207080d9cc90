package org.pmpathways.examples;

import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;

/**
 * What a host writes to use PM Pathways: the lines between the markers are quoted in the README,
 * and a test checks that they stay the same and still run.
 */
public final class HostExample {
  private HostExample() {}

  public static void main(String[] args) {
    // README:begin
    // Once, at start-up: builds the rule base. The advisor is thread-safe; share it.
    PathwayAdvisor advisor = PathwayAdvisor.builder().build();

    // Per candidate: describe the background and ask.
    Profile profile = Profile.builder()
        .title("Customer Success Manager")
        .yearsExperience(4)
        .skill("customer interviews")
        .employer(Employer.of(true, true, false))
        .build();
    Advice advice = advisor.advise(profile);

    System.out.println(advice.primaryPathway()); // INTERNAL_MOVE
    advice.actions().forEach(a -> System.out.println(a.priority() + ". " + a.title() + " [" + a.id() + "]"));
    // README:end
  }
}
