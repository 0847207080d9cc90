package org.pmpathways.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.pmpathways.AdvisorException;
import org.pmpathways.RuleCompilationException;
import org.pmpathways.RuleError;
import org.pmpathways.RuleSource;
import org.pmpathways.advice.Competency;
import org.pmpathways.facts.TrioArea;
import org.pmpathways.profile.RoleFamily;

/**
 * Everything the rules need, loaded and compiled once: the compiled rule base, the title and skill
 * vocabularies, and the message texts. It is found through an index file on the classpath,
 * {@value #INDEX}, which the rules artifact ships; the rule base is built programmatically from the
 * DRL files the index lists, so a host's own {@code kmodule.xml} or a shaded jar does not change
 * which rules run.
 *
 * <p>Immutable and thread-safe once loaded; building it compiles the rules and takes about a second.
 */
public final class RuleSet {
  /** Where the rules artifact lists its resources. */
  public static final String INDEX = "META-INF/pm-pathways/ruleset.properties";

  private final KieBase kieBase;
  private final TitleClassifier titles;
  private final SkillReader skills;
  private final Messages messages;
  private final ClassLoader loader;
  private final List<String> libraryDrl;

  private RuleSet(KieBase kieBase, TitleClassifier titles, SkillReader skills, Messages messages, ClassLoader loader,
      List<String> libraryDrl) {
    this.kieBase = kieBase;
    this.titles = titles;
    this.skills = skills;
    this.messages = messages;
    this.loader = loader;
    this.libraryDrl = libraryDrl;
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
   * @throws AdvisorException if the index or a resource is missing
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
    Map<String, String[]> titleWords = readWords(loader, required(index, "title-words"));
    Map<String, RoleFamily> families = new LinkedHashMap<>();
    readTable(loader, required(index, "title-families"), 2, (cells, where) ->
        families.put(cells[0], parseEnum(RoleFamily.class, cells[1], where)));
    Map<String, SkillReader.Meaning> meanings = new LinkedHashMap<>();
    readTable(loader, required(index, "skills"), 3, (cells, where) -> meanings.put(cells[0],
        new SkillReader.Meaning(optionalEnum(Competency.class, cells[1], where),
            optionalEnum(TrioArea.class, cells[2], where))));
    List<String> bundles = new ArrayList<>(hostBundles);
    bundles.add(required(index, "messages"));
    Messages messages = Messages.load(bundles, locale, loader);
    List<String> libraryDrl = Arrays.stream(required(index, "drl").split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).toList();
    KieBase kieBase = compile(loader, libraryDrl, hostRules);
    return new RuleSet(kieBase, new TitleClassifier(titleWords, families), new SkillReader(Map.of(), meanings),
        messages, loader, libraryDrl);
  }

  /**
   * The same rule set with other host rules: the library's rules and the host's are compiled anew;
   * vocabulary and texts are kept.
   *
   * @throws RuleCompilationException if the rules do not compile, with every error
   */
  public RuleSet withHostRules(List<RuleSource> hostRules) {
    return new RuleSet(compile(loader, libraryDrl, hostRules), titles, skills, messages, loader, libraryDrl);
  }

  KieBase kieBase() {
    return kieBase;
  }

  /** A pool of sessions over this rule base; a disposed session goes back to it, reset. */
  KieSessionsPool newSessionPool(int initialSize) {
    return ((InternalKnowledgeBase) kieBase).newKieSessionsPool(initialSize);
  }

  /** The title classifier built from the title vocabulary. */
  public TitleClassifier titles() {
    return titles;
  }

  SkillReader skills() {
    return skills;
  }

  Messages messages() {
    return messages;
  }

  private static KieBase compile(ClassLoader loader, List<String> libraryDrl, List<RuleSource> hostRules) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
    CompositeKnowledgeBuilder batch = builder.batch();
    for (String drl : libraryDrl) {
      if (loader.getResource(drl) == null) {
        throw new AdvisorException("rule file '" + drl + "' listed in " + INDEX + " is not on the classpath");
      }
      batch.add(ResourceFactory.newClassPathResource(drl, loader), ResourceType.DRL);
    }
    for (RuleSource source : hostRules) {
      Resource resource = ResourceFactory.newByteArrayResource(source.read(loader).getBytes(StandardCharsets.UTF_8));
      resource.setSourcePath(source.name());
      batch.add(resource, ResourceType.DRL);
    }
    try {
      batch.build();
    } catch (RuntimeException e) {
      throw new RuleCompilationException(List.of(new RuleError("?", 0, "the rule compiler failed: " + e)), e);
    }
    if (builder.hasErrors()) {
      List<RuleError> errors = new ArrayList<>();
      for (KnowledgeBuilderError e : builder.getErrors()) {
        String where = e.getResource() == null || e.getResource().getSourcePath() == null ? "?"
            : e.getResource().getSourcePath();
        int line = e.getLines() == null || e.getLines().length == 0 ? 0 : Math.max(0, e.getLines()[0]);
        errors.add(new RuleError(where, line, e.getMessage().trim()));
      }
      throw new RuleCompilationException(errors);
    }
    InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase(
        RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    base.addPackages(builder.getKnowledgePackages());
    return base;
  }

  private static String required(Properties index, String key) {
    String value = index.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new AdvisorException(INDEX + " has no '" + key + "' entry");
    }
    return value.trim();
  }

  private interface Row {
    void accept(String[] cells, String where);
  }

  private static void readTable(ClassLoader loader, String resource, int columns, Row row) {
    try (InputStream in = loader.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AdvisorException("vocabulary '" + resource + "' is not on the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t", -1);
        String where = resource + " line " + number;
        if (cells.length != columns) {
          throw new AdvisorException(where + ": expected " + columns + " tab-separated columns, found " + cells.length);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
        }
        try {
          row.accept(cells, where);
        } catch (IllegalArgumentException e) {
          throw new AdvisorException(where + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new AdvisorException("cannot read vocabulary '" + resource + "'", e);
    }
  }

  private static Map<String, String[]> readWords(ClassLoader loader, String resource) {
    Map<String, String[]> words = new LinkedHashMap<>();
    readTable(loader, resource, 2, (cells, where) -> words.put(cells[0],
        cells[1].isEmpty() ? new String[0] : cells[1].split(" +")));
    return words;
  }

  private static <E extends Enum<E>> E parseEnum(Class<E> type, String name, String where) {
    try {
      return Enum.valueOf(type, name);
    } catch (IllegalArgumentException e) {
      throw new AdvisorException(where + ": '" + name + "' is not a " + type.getSimpleName() + "; allowed values: "
          + Arrays.toString(type.getEnumConstants()), e);
    }
  }

  private static <E extends Enum<E>> E optionalEnum(Class<E> type, String name, String where) {
    return name.equals("-") ? null : parseEnum(type, name, where);
  }
}
