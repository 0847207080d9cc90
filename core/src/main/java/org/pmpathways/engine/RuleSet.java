package org.pmpathways.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.pmpathways.AdvisorException;
import org.pmpathways.RuleCompilationException;
import org.pmpathways.RuleSource;
import org.pmpathways.reading.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the rules need, loaded and compiled once: the compiled rule base, the title and skill
 * vocabulary ({@link Vocabulary}), and the message texts. It is found through an index file on the classpath,
 * {@value #INDEX}, which the rules artifact ships; the rule base is built programmatically from what
 * the index lists, so a host's own {@code kmodule.xml} or a shaded jar does not change which rules
 * run.
 *
 * <p>The rules artifact is built with its DRL already compiled to Drools' executable model: the
 * index's {@value #MODEL_KEY} entry names a descriptor that lists the model classes and the SHA-256
 * digest of the DRL they were compiled from. When the descriptor is there and its digest matches the
 * DRL on the classpath, the rule base is built from those classes, which takes a fraction of the time
 * compiling the DRL takes; otherwise (no descriptor, or DRL changed since the build) the DRL is
 * compiled. A host's own DRL is always compiled at run time, into the same rule base.
 *
 * <p>The descriptor also records the Drools version the model was compiled with. The model calls
 * Drools' API as it was in that version, so on another Drools version (a host's own) the DRL is
 * compiled instead when Drools' DRL compiler is on the classpath; without it the model is tried, and
 * if it cannot be loaded or built the error names the artifact to add. Either way, why the DRL was
 * compiled is logged once. Compiling DRL needs the pm-pathways-drl artifact (Drools' DRL compiler),
 * which the library's runtime leaves out; {@link DrlCompiler} holds the code that uses it.
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class RuleSet {
  /** Where the rules artifact lists its resources. */
  public static final String INDEX = "META-INF/pm-pathways/ruleset.properties";
  /** The index entry naming the descriptor of the precompiled executable model. */
  public static final String MODEL_KEY = "model";
  /** The descriptor entry listing the model classes, comma-separated. */
  public static final String MODEL_CLASSES_KEY = "classes";
  /** The descriptor entry giving the digest of the DRL the model was compiled from. */
  public static final String MODEL_DIGEST_KEY = "drl-sha256";
  /** The descriptor entry giving the version of Drools the model was compiled with. */
  public static final String MODEL_DROOLS_KEY = "drools-version";

  private static final String CANNOT_USE = "The precompiled rules cannot be used";

  private static final Logger LOG = LoggerFactory.getLogger(RuleSet.class);

  private final KieBase kieBase;
  private final Vocabulary vocabulary;
  private final Messages messages;
  private final Policy policy;
  private final ClassLoader loader;
  private final Library library;
  private final boolean hostRules;
  private final AtomicBoolean baseClaimed = new AtomicBoolean();

  /** A DRL file of the library: its name on the classpath and its bytes, read once. */
  record DrlFile(String name, byte[] bytes) {}

  /**
   * How the library's own rules get into a rule base: from precompiled model classes, with the alpha
   * networks compiled for them (fact type to descriptor entry, see {@link AlphaNetworks}), or from DRL.
   */
  private record Library(List<DrlFile> drl, List<Model> models, Map<String, String> networks) {
    boolean precompiled() {
      return !models.isEmpty();
    }
  }

  private RuleSet(KieBase kieBase, Vocabulary vocabulary, Messages messages, Policy policy, ClassLoader loader,
      Library library, boolean hostRules) {
    this.kieBase = kieBase;
    this.vocabulary = vocabulary;
    this.messages = messages;
    this.policy = policy;
    this.loader = loader;
    this.library = library;
    this.hostRules = hostRules;
  }

  /** Loads the library's rule set alone, with its own texts. */
  public static RuleSet load(ClassLoader loader, Locale locale) {
    return load(loader, locale, List.of(), List.of());
  }

  /**
   * Loads the rule set the index names, adds the host's rules and texts, and compiles the rules.
   *
   * @param loader where to find the index, the rules and the model classes they use
   * @param locale the language of the texts
   * @param hostRules the host's own DRL, compiled together with the library's
   * @param hostBundles base names of the host's message bundles, consulted before the library's
   * @throws RuleCompilationException if the rules do not compile, with every error
   * @throws AdvisorException if the index or a resource is missing, or Drools cannot run or compile
   *     the rules here, naming what to add or fix
   */
  public static RuleSet load(ClassLoader loader, Locale locale, List<RuleSource> hostRules, List<String> hostBundles) {
    Properties index = new Properties();
    try (InputStream in = loader.getResourceAsStream(INDEX)) {
      if (in == null) {
        throw new AdvisorException("PM Pathways rules not found: no " + INDEX
            + " on the classpath; add the org.pmpathways:pm-pathways artifact");
      }
      index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AdvisorException("cannot read " + INDEX, e);
    }
    // The vocabulary (some 35,000 title labels) loads on a thread of its own while the rule base is
    // built, so that it adds next to nothing to building the advisor on a machine with two cores.
    FutureTask<Vocabulary> vocabularyTask = new FutureTask<>(() -> Vocabulary.load(loader, index, INDEX));
    Thread vocabularyLoader = new Thread(vocabularyTask, "pm-pathways-vocabulary");
    vocabularyLoader.setDaemon(true);
    vocabularyLoader.start();
    List<String> bundles = new ArrayList<>(hostBundles);
    bundles.add(required(index, "messages"));
    Messages messages = Messages.load(bundles, locale, loader);
    Policy policy = Policy.load(loader, index, INDEX);
    DroolsEnvironment.checkRuntime();
    List<DrlFile> drl = readDrl(loader, drlFiles(index));
    long start = System.nanoTime();
    Precompiled precompiled = null;
    InternalKnowledgeBase base = null;
    String whyDrl = null;
    boolean warn = false;
    try {
      precompiled = precompiledModels(loader, index, drl);
      base = fromModels(loader, precompiled.models());
    } catch (ModelNotUsed e) {
      whyDrl = e.getMessage();
      warn = e.warn;
      if (e.getCause() != null) {
        String problem = DroolsEnvironment.drlProblem(libraryVersion());
        if (problem != null) {
          throw new AdvisorException(e.getMessage() + ", and the DRL cannot be compiled instead: " + problem,
              e.getCause());
        }
      }
    }
    Library library = base == null ? new Library(drl, List.of(), Map.of())
        : new Library(drl, precompiled.models(), precompiled.networks());
    if (base == null) {
      requireCompiler("compiling the library's DRL (" + whyDrl + ")");
      DroolsEnvironment.logOnce(LOG, warn, whyDrl + "; compiling the library's DRL instead");
      base = DrlCompiler.newBase(loader, drl, hostRules, messages);
    } else if (!hostRules.isEmpty()) {
      requireCompiler("compiling the host's rules");
      DrlCompiler.addHostRules(base, loader, hostRules, messages);
    }
    attachNetworks(base, library, loader);
    logBuilt(start, library, hostRules);
    Vocabulary vocabulary = vocabulary(vocabularyTask);
    return new RuleSet(base, vocabulary, messages, policy, loader, library, !hostRules.isEmpty());
  }

  private static Vocabulary vocabulary(FutureTask<Vocabulary> task) {
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return task.get();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new AdvisorException("cannot load the vocabulary: " + e.getCause(), e.getCause());
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The precompiled model could not or should not be used; the message says why, the cause what
   * failed, and {@code warn} whether that is worth a warning rather than a notice.
   */
  private static final class ModelNotUsed extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean warn;

    ModelNotUsed(String why, boolean warn, Throwable cause) {
      super(why, cause);
      this.warn = warn;
    }
  }

  /** This library's version, for the coordinates of an artifact to add. */
  static String libraryVersion() {
    Properties p = new Properties();
    try (InputStream in = RuleSet.class.getResourceAsStream("library.properties")) {
      if (in != null) {
        p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      // the coordinates are given without a version
    }
    return p.getProperty("version", "VERSION");
  }

  private static void requireCompiler(String what) {
    String problem = DroolsEnvironment.drlProblem(libraryVersion());
    if (problem != null) {
      throw new AdvisorException(what + ": " + problem);
    }
  }

  private static InternalKnowledgeBase fromModels(ClassLoader loader, List<Model> models) throws ModelNotUsed {
    try {
      return KieBaseBuilder.createKieBaseFromModel(models, RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    } catch (RuntimeException | LinkageError e) {
      throw new ModelNotUsed(CANNOT_USE + " with the Drools here (" + DroolsEnvironment.droolsVersion()
          + "): building the rule base from them failed with " + e, true, e);
    }
  }

  private static void logBuilt(long start, Library library, List<RuleSource> hostRules) {
    if (LOG.isDebugEnabled()) {
      LOG.debug("Rule base built in {} ms ({}, {} host rule sources)", (System.nanoTime() - start) / 1_000_000,
          library.precompiled() ? "precompiled model" : "compiled from DRL", hostRules.size());
    }
  }

  /**
   * The DRL files an index lists, in order.
   *
   * @throws AdvisorException if the index has no {@code drl} entry
   */
  public static List<String> drlFiles(Properties index) {
    return Arrays.stream(required(index, "drl").split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * The SHA-256 digest, in hex, of the named DRL files' names and bytes in order; it ties a
   * precompiled model to the DRL it was compiled from.
   *
   * @throws AdvisorException if a file is missing or cannot be read
   */
  public static String digest(ClassLoader loader, List<String> drl) {
    return digest(readDrl(loader, drl));
  }

  private static String digest(List<DrlFile> drl) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new AdvisorException("SHA-256 is not available", e);
    }
    for (DrlFile file : drl) {
      sha.update(file.name().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
      sha.update(file.bytes());
      sha.update((byte) 0);
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  private static List<DrlFile> readDrl(ClassLoader loader, List<String> names) {
    List<DrlFile> files = new ArrayList<>(names.size());
    for (String name : names) {
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          throw new AdvisorException("rule file '" + name + "' listed in " + INDEX + " is not on the classpath");
        }
        files.add(new DrlFile(name, in.readAllBytes()));
      } catch (IOException e) {
        throw new AdvisorException("cannot read rule file '" + name + "'", e);
      }
    }
    return List.copyOf(files);
  }

  /**
   * The precompiled model of the DRL, if the index names one, it was compiled from this very DRL, and
   * its classes load.
   *
   * @throws ModelNotUsed with the reason the DRL is compiled instead; with a cause when the model
   *     should have been used but failed
   */
  private static Precompiled precompiledModels(ClassLoader loader, Properties index, List<DrlFile> drl)
      throws ModelNotUsed {
    String descriptor = index.getProperty(MODEL_KEY);
    if (descriptor == null || descriptor.isBlank()) {
      throw new ModelNotUsed("The rule set has no precompiled model", false, null);
    }
    Properties model = new Properties();
    try (InputStream in = loader.getResourceAsStream(descriptor.trim())) {
      if (in == null) {
        throw new ModelNotUsed("No precompiled rule model (" + descriptor.trim() + " is missing)", false, null);
      }
      model.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AdvisorException("cannot read " + descriptor.trim(), e);
    }
    if (!digest(drl).equals(model.getProperty(MODEL_DIGEST_KEY))) {
      throw new ModelNotUsed("The precompiled rule model does not match the DRL on the classpath"
          + " (changed since the build?)", true, null);
    }
    String builtWith = model.getProperty(MODEL_DROOLS_KEY);
    String running = DroolsEnvironment.droolsVersion();
    boolean otherDrools = builtWith != null && running != null && !builtWith.equals(running);
    if (otherDrools && DroolsEnvironment.drlProblem(libraryVersion()) == null) {
      throw new ModelNotUsed("The rules were precompiled with Drools " + builtWith + " and this application runs"
          + " Drools " + running, false, null);
    }
    if (otherDrools) {
      DroolsEnvironment.logOnce(LOG, false, "The rules were precompiled with Drools " + builtWith
          + " and this application runs Drools " + running + " without the DRL compiler ("
          + DroolsEnvironment.DRL_ARTIFACT + "); trying the precompiled rules");
    }
    List<Model> models = new ArrayList<>();
    for (String name : model.getProperty(MODEL_CLASSES_KEY, "").split(",")) {
      if (name.isBlank()) {
        continue;
      }
      try {
        models.add((Model) Class.forName(name.trim(), true, loader).getConstructor().newInstance());
      } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
        Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite && ite.getCause() != null
            ? ite.getCause() : e;
        throw new ModelNotUsed(CANNOT_USE + " with the Drools here (" + running + "; they were compiled with "
            + builtWith + "): cannot load the precompiled rule model class '" + name.trim() + "' listed in "
            + descriptor.trim() + ": " + cause, true, cause);
      }
    }
    if (models.isEmpty()) {
      throw new AdvisorException(descriptor.trim() + " lists no model classes");
    }
    Map<String, String> networks = new TreeMap<>();
    for (String key : model.stringPropertyNames()) {
      // The compiled networks call Drools' internals as they are in the version they were built with;
      // on another version the rules run without them rather than fail in the middle of a call.
      if (key.startsWith(AlphaNetworks.KEY_PREFIX) && !otherDrools) {
        networks.put(key.substring(AlphaNetworks.KEY_PREFIX.length()), model.getProperty(key));
      }
    }
    return new Precompiled(List.copyOf(models), Map.copyOf(networks));
  }

  /** The precompiled model's classes, and its compiled alpha networks by fact type. */
  private record Precompiled(List<Model> models, Map<String, String> networks) {}

  /**
   * Puts the alpha networks compiled with the model in place, once every rule is in the rule base.
   * They only make the rules run faster, so a network that cannot be used is logged, not thrown.
   */
  private static void attachNetworks(InternalKnowledgeBase base, Library library, ClassLoader loader) {
    if (library.networks().isEmpty()) {
      return;
    }
    try {
      List<String> reshaped = AlphaNetworks.attach(base, library.networks(), loader);
      if (!reshaped.isEmpty() && LOG.isDebugEnabled()) {
        LOG.debug("The compiled alpha networks of {} are not used: host rules add to them", reshaped);
      }
    } catch (RuntimeException | LinkageError e) {
      DroolsEnvironment.logOnce(LOG, true, "The compiled alpha networks cannot be used here (" + e
          + "); the rules run through Drools' own alpha network instead");
    }
  }

  /**
   * The fact types whose alpha network runs as a class compiled by the build (Drools' alpha network
   * compiler) rather than node by node; empty when the rules were compiled from DRL.
   */
  public List<String> compiledAlphaNetworks() {
    try {
      return AlphaNetworks.compiled(kieBase);
    } catch (LinkageError e) {
      return List.of();
    }
  }

  /** Whether the library's rules came precompiled (rather than compiled from DRL at load). */
  public boolean precompiled() {
    return library.precompiled();
  }

  /**
   * The same rule set with other host rules, in a new rule base: the library's rules as they were
   * loaded (precompiled, or compiled again from the DRL read at load), the host's compiled now;
   * vocabulary and texts are kept.
   *
   * @throws RuleCompilationException if the rules do not compile, with every error
   */
  public RuleSet withHostRules(List<RuleSource> hostRules) {
    return new RuleSet(build(loader, library, hostRules, messages), vocabulary, messages, policy, loader, library,
        !hostRules.isEmpty());
  }

  /** The compiled rule base. */
  KieBase kieBase() {
    return kieBase;
  }

  /**
   * Builds another rule base with the same rules, a new one each call, when that is cheap: the
   * library's rules precompiled and no host rules (about 30 ms and 0.3 MB a copy on a warm JVM). Each
   * copy is built from new instances of the model classes, so that nothing a build may change in a
   * model is shared. Null otherwise: copying a host's rules would mean compiling their DRL again.
   */
  Supplier<KieBase> copies() {
    if (!library.precompiled() || hostRules) {
      return null;
    }
    return () -> {
      List<Model> fresh = new ArrayList<>(library.models().size());
      for (Model model : library.models()) {
        try {
          fresh.add(model.getClass().getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
          throw new AdvisorException("cannot make the rule model " + model.getClass().getName() + " again: " + e, e);
        }
      }
      return build(loader, new Library(library.drl(), List.copyOf(fresh), library.networks()), List.of(), messages);
    };
  }

  /**
   * Whether the caller may give this rule set's own rule base to a session without Drools' locks,
   * which must be the only session on it: true for the first caller only.
   */
  boolean claimBase() {
    return baseClaimed.compareAndSet(false, true);
  }

  /** The title and skill vocabulary. */
  public Vocabulary vocabulary() {
    return vocabulary;
  }

  /** The policy tables: the trio roles, the competency tables, the project kinds, the action catalogue. */
  public Policy policy() {
    return policy;
  }

  Messages messages() {
    return messages;
  }

  private static KieBase build(ClassLoader loader, Library library, List<RuleSource> hostRules, Messages messages) {
    long start = System.nanoTime();
    InternalKnowledgeBase base;
    if (library.precompiled()) {
      try {
        base = fromModels(loader, library.models());
      } catch (ModelNotUsed e) {
        throw new AdvisorException(e.getMessage(), e.getCause());
      }
      if (!hostRules.isEmpty()) {
        requireCompiler("compiling the host's rules");
        DrlCompiler.addHostRules(base, loader, hostRules, messages);
      }
      attachNetworks(base, library, loader);
    } else {
      requireCompiler("compiling the library's DRL");
      base = DrlCompiler.newBase(loader, library.drl(), hostRules, messages);
    }
    logBuilt(start, library, hostRules);
    return base;
  }

  private static String required(Properties index, String key) {
    String value = index.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new AdvisorException(INDEX + " has no '" + key + "' entry");
    }
    return value.trim();
  }
}
