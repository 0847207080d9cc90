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
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.pmpathways.AdvisorException;
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

  private RuleSet(KieBase kieBase, TitleClassifier titles, SkillReader skills, Messages messages) {
    this.kieBase = kieBase;
    this.titles = titles;
    this.skills = skills;
    this.messages = messages;
  }

  /**
   * Loads the rule set the index names and compiles its rules.
   *
   * @param loader where to find the index, the rules and the model classes they use
   * @param locale the language of the texts
   * @throws AdvisorException if the index or a resource is missing, or the rules do not compile
   */
  public static RuleSet load(ClassLoader loader, Locale locale) {
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
    Messages messages = Messages.load(required(index, "messages"), locale, loader);
    KieBase kieBase = compile(loader, Arrays.stream(required(index, "drl").split(","))
        .map(String::trim).filter(s -> !s.isEmpty()).toList());
    return new RuleSet(kieBase, new TitleClassifier(titleWords, families), new SkillReader(Map.of(), meanings),
        messages);
  }

  KieBase kieBase() {
    return kieBase;
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

  private static KieBase compile(ClassLoader loader, List<String> drlResources) {
    KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader));
    CompositeKnowledgeBuilder batch = builder.batch();
    for (String drl : drlResources) {
      if (loader.getResource(drl) == null) {
        throw new AdvisorException("rule file '" + drl + "' listed in " + INDEX + " is not on the classpath");
      }
      batch.add(ResourceFactory.newClassPathResource(drl, loader), ResourceType.DRL);
    }
    batch.build();
    if (builder.hasErrors()) {
      List<String> errors = new ArrayList<>();
      for (KnowledgeBuilderError e : builder.getErrors()) {
        String where = e.getResource() == null ? "?" : e.getResource().getSourcePath();
        errors.add(where + " line " + Arrays.toString(e.getLines()) + ": " + e.getMessage().trim());
      }
      throw new AdvisorException("the rules do not compile:\n  " + String.join("\n  ", errors));
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
