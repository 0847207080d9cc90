package com.example.plain;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.pmpathways.AdvisorException;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.Profile;

/** Run with the host's runtime classpath: exactly what pm-pathways brings, plus these classes. */
public final class Main {
  /** The budget for everything pm-pathways brings at run time. */
  private static final int MAX_JARS = 20;
  private static final long MAX_BYTES = 7_000_000;

  public static void main(String[] args) {
    Advice advice = PathwayAdvisor.builder().build().advise(Profile.builder()
        .title("Customer Success Manager").yearsExperience(4).skill("customer interviews")
        .employer(Employer.of(true, true, false)).build());
    check(advice.primaryPathway() == Pathway.INTERNAL_MOVE, "primary pathway " + advice.primaryPathway());
    check(!advice.actions().isEmpty(), "no actions");

    check(!present("org.drools.compiler.builder.impl.KnowledgeBuilderImpl"),
        "the DRL compiler is on the light runtime's classpath");
    check(!present("org.eclipse.jdt.internal.compiler.Compiler"), "ecj is on the light runtime's classpath");

    String coordinates = "org.pmpathways:pm-pathways-drl:" + System.getProperty("pm.version");
    try {
      PathwayAdvisor.builder().addRules(RuleSource.text("host.drl", "package com.example.rules;\n")).build();
      throw new AssertionError("host rules were accepted without the DRL compiler");
    } catch (AdvisorException e) {
      check(e.getMessage().contains(coordinates), "the error does not name " + coordinates + ": " + e.getMessage());
      System.out.println("host rules without the compiler: " + e.getMessage());
    }

    List<String> jars = new ArrayList<>();
    long bytes = 0;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (entry.endsWith(".jar")) {
        File jar = new File(entry);
        jars.add(jar.getName() + " " + jar.length());
        bytes += jar.length();
      }
    }
    jars.forEach(j -> System.out.println("  " + j));
    System.out.println("pm-pathways runtime: " + jars.size() + " jars, " + bytes + " bytes");
    check(jars.size() <= MAX_JARS, jars.size() + " jars, more than " + MAX_JARS);
    check(bytes <= MAX_BYTES, bytes + " bytes, more than " + MAX_BYTES);
    System.out.println("plain host: OK");
  }

  private static boolean present(String className) {
    try {
      Class.forName(className, false, Main.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  private static void check(boolean ok, String problem) {
    if (!ok) {
      throw new AssertionError(problem);
    }
  }
}
