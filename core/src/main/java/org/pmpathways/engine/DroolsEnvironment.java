package org.pmpathways.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.kie.api.internal.utils.KieService;
import org.pmpathways.AdvisorException;
import org.slf4j.Logger;

/**
 * What the Drools on the classpath can do, asked the way Drools itself asks: which version it is,
 * whether the parts the advisor needs are registered as services, and whether it can compile DRL.
 *
 * <p>Drools finds its parts through {@code META-INF/services} files. Several of its jars register a
 * provider of the same service (the static and the dynamic class-loading "wiring", for one), so a
 * shaded jar that keeps one jar's file of a name and drops the others' quietly loses parts; the
 * advisor would then fail later, with an error that points elsewhere. These checks run when the
 * advisor is built and name the fix instead.
 *
 * <p>Thread-safe; stateless apart from remembering which notices were already logged.
 */
final class DroolsEnvironment {
  /** The artifact that adds the DRL compiler. */
  static final String DRL_ARTIFACT = "org.pmpathways:pm-pathways-drl";
  /** How a shaded jar keeps every jar's service registrations. */
  static final String SERVICES_FIX = "merge the META-INF/services files of all jars when shading"
      + " (maven-shade-plugin: <transformer implementation="
      + "\"org.apache.maven.plugins.shade.resource.ServicesResourceTransformer\"/>)";

  private static final String CANONICAL_MODEL_POM = "META-INF/maven/org.drools/drools-canonical-model/pom.properties";
  private static final String DYNAMIC_WIRING = "org.drools.wiring.dynamic.DynamicComponentsSupplier";
  private static final Set<String> LOGGED = ConcurrentHashMap.newKeySet();

  /** A part of Drools found through a service: the service, the class that provides it and its artifact. */
  private record Part(String service, String provider, String artifact) {}

  /** Why a part cannot be used: its jar is missing, or the jar is there but not registered. */
  private record Problem(String artifact, String text, boolean jarMissing) {}

  /** What advising with already built rules needs. */
  private static final List<Part> RUNTIME = List.of(
      new Part("org.drools.core.reteoo.RuntimeComponentFactory",
          "org.drools.kiesession.factory.RuntimeComponentFactoryImpl", "org.drools:drools-kiesession"),
      new Part("org.drools.wiring.api.ComponentsSupplier", null, "org.drools:drools-wiring-static"));

  /** What compiling DRL needs on top. */
  private static final List<Part> DRL = List.of(
      new Part("org.kie.internal.builder.KnowledgeBuilderFactoryService",
          "org.drools.compiler.builder.impl.KnowledgeBuilderFactoryServiceImpl", "org.drools:drools-compiler"),
      new Part("org.drools.compiler.rule.builder.ConstraintBuilder",
          "org.drools.mvel.MVELConstraintBuilder", "org.drools:drools-mvel"),
      new Part("org.drools.wiring.api.ComponentsSupplier", DYNAMIC_WIRING, "org.drools:drools-wiring-dynamic"),
      // Truth maintenance, for host rules' insertLogical (the library's own rules need none).
      new Part("org.drools.core.common.TruthMaintenanceSystemFactory",
          "org.drools.tms.TruthMaintenanceSystemFactoryImpl", "org.drools:drools-tms"));

  private DroolsEnvironment() {}

  /**
   * The version of Drools' canonical model on the classpath, the API that rules precompiled to the
   * executable model call; {@code null} when it cannot be told. It is read from the jar's Maven
   * descriptor, which shaded and Spring Boot jars keep, and otherwise from its manifest (a shaded
   * jar's manifest is the host's own, so it comes second).
   */
  static String droolsVersion() {
    Class<?> model = org.drools.model.Model.class;
    try (InputStream in = model.getResourceAsStream("/" + CANONICAL_MODEL_POM)) {
      if (in != null) {
        Properties pom = new Properties();
        pom.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        String version = pom.getProperty("version");
        if (version != null && !version.isBlank()) {
          return version.trim();
        }
      }
    } catch (IOException e) {
      // try the manifest
    }
    String version = model.getPackage() == null ? null : model.getPackage().getImplementationVersion();
    return version == null || version.isBlank() ? null : version.trim();
  }

  /**
   * Checks that the parts of Drools that advising needs are registered.
   *
   * @throws AdvisorException naming what is missing and how to fix it
   */
  static void checkRuntime() {
    List<Problem> problems = problems(RUNTIME);
    if (!problems.isEmpty()) {
      throw new AdvisorException("Drools cannot run the rules here: " + texts(problems));
    }
  }

  /**
   * Why DRL cannot be compiled here, naming what to add or fix, or {@code null} when it can.
   *
   * @param version this library's version, for the coordinates of the artifact to add
   */
  static String drlProblem(String version) {
    List<Problem> problems = problems(DRL);
    if (problems.isEmpty()) {
      return null;
    }
    List<String> missing = problems.stream().filter(Problem::jarMissing).map(Problem::artifact).toList();
    if (!missing.isEmpty()) {
      return "compiling DRL needs Drools' DRL compiler, which the pm-pathways runtime leaves out: add the dependency "
          + DRL_ARTIFACT + ":" + version + " (it brings " + String.join(", ", DRL.stream().map(Part::artifact).toList())
          + "; missing here: " + String.join(", ", missing) + ")";
    }
    return "Drools' DRL compiler is on the classpath but Drools cannot find all of it: " + texts(problems);
  }

  /** Logs a notice once per JVM, however many advisors are built. */
  static void logOnce(Logger log, boolean warn, String notice) {
    if (LOGGED.add(notice)) {
      if (warn) {
        log.warn(notice);
      } else {
        log.info(notice);
      }
    }
  }

  private static String texts(List<Problem> problems) {
    return String.join("; ", problems.stream().map(Problem::text).toList());
  }

  private static List<Problem> problems(List<Part> parts) {
    List<Problem> problems = new ArrayList<>();
    for (Part part : parts) {
      Problem problem = problem(part);
      if (problem != null) {
        problems.add(problem);
      }
    }
    return problems;
  }

  /** Asks Drools' own service look-up for the part, as Drools will when it needs it. */
  private static Problem problem(Part part) {
    ClassLoader drools = KieService.class.getClassLoader();
    Class<? extends KieService> service;
    try {
      service = Class.forName(part.service(), false, drools).asSubclass(KieService.class);
    } catch (ClassNotFoundException | ClassCastException | LinkageError e) {
      return new Problem(part.artifact(), part.artifact() + " is not on the classpath (no " + part.service() + ")",
          true);
    }
    KieService found;
    try {
      found = KieService.load(service);
    } catch (RuntimeException | java.util.ServiceConfigurationError e) {
      return new Problem(part.artifact(), "the services registered for " + part.service() + " cannot be loaded ("
          + e + "); " + SERVICES_FIX, false);
    }
    if (found != null && (part.provider() == null || found.getClass().getName().equals(part.provider()))) {
      return null;
    }
    if (part.provider() != null && !present(part.provider())) {
      return new Problem(part.artifact(), part.artifact() + " is not on the classpath (no " + part.provider() + ")",
          true);
    }
    if (found == null) {
      return new Problem(part.artifact(), "no service is registered for " + part.service() + " (" + part.artifact()
          + "'s META-INF/services file is missing); " + SERVICES_FIX, false);
    }
    return new Problem(part.artifact(), part.artifact() + " is on the classpath, but Drools uses "
        + found.getClass().getName() + " for " + part.service()
        + " (its META-INF/services file was replaced by another jar's); " + SERVICES_FIX, false);
  }

  private static boolean present(String className) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    for (ClassLoader loader : new ClassLoader[] {context, KieService.class.getClassLoader()}) {
      if (loader == null) {
        continue;
      }
      try {
        Class.forName(className, false, loader);
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        // try the next loader
      }
    }
    return false;
  }
}
