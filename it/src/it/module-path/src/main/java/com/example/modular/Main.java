package com.example.modular;

import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.RoleFamily;

/**
 * Runs as a named module, with the library's core a named module too, and the rules, Drools and the
 * rest as automatic modules on the module path.
 */
public final class Main {
  public static void main(String[] args) {
    check(Main.class.getModule().isNamed(), "the host is not running as a module");
    Module core = PathwayAdvisor.class.getModule();
    check("org.pmpathways.core".equals(core.getName()), "the library is not the module org.pmpathways.core: " + core);
    check(!core.getDescriptor().isAutomatic(), "org.pmpathways.core has no module-info");
    check(core.isExported("org.pmpathways.json") && core.isExported("org.pmpathways.facts"),
        "the API packages are not exported: " + core.getDescriptor().exports());
    check(!core.isExported("org.pmpathways.engine"), "the engine's plumbing is exported");
    Module drools = PathwayAdvisor.class.getModule().getLayer().findModule("org.drools.core").orElse(null);
    check(drools != null, "Drools is not on the module path");

    PathwayAdvisor advisor = PathwayAdvisor.builder().addMessages("com.example.modular.texts").build();
    Advice advice = advisor.advise(Profile.builder().role(RoleFamily.CUSTOMER_SUCCESS).yearsExperience(4)
        .employer(Employer.of(true, true, false)).build());
    check(advice.primaryPathway() == Pathway.INTERNAL_MOVE, "primary pathway " + advice.primaryPathway());
    String title = advice.action("COFFEE_CHATS_WITH_PMS").orElseThrow().title();
    check(title.equals("Meet the product managers of your company"), "the host's text was not used: " + title);
    check(!advice.action("COFFEE_CHATS_WITH_PMS").orElseThrow().detail().isEmpty(), "the library's text is missing");
    advisor.close();
    System.out.println("module path host (" + core + ", " + drools + "): OK");
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
