package org.pmpathways.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.pmpathways.RuleCompilationException;
import org.pmpathways.RuleError;
import org.pmpathways.RuleSource;

/**
 * Compiles DRL into a rule base with Drools' DRL compiler, which only the pm-pathways-drl artifact
 * brings. It is the one class of the engine that drives the compiler, and {@link RuleSet} loads it
 * only once it has checked that the compiler is there, so advising with the precompiled rules never
 * touches it.
 *
 * <p>Stateless and thread-safe.
 */
final class DrlCompiler {
  private DrlCompiler() {}

  /**
   * A new rule base with the library's DRL and the host's compiled together.
   *
   * @throws RuleCompilationException if the rules do not compile, with every error
   */
  static InternalKnowledgeBase newBase(ClassLoader loader, List<RuleSet.DrlFile> libraryDrl,
      List<RuleSource> hostRules, Messages messages) {
    InternalKnowledgeBase base =
        KnowledgeBaseFactory.newKnowledgeBase(RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    addPackages(base, compile(loader, KnowledgeBuilderFactory.newKnowledgeBuilder(
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader)), libraryDrl, hostRules, messages));
    return base;
  }

  /**
   * Compiles the host's DRL against a rule base built from the precompiled rules and adds it.
   *
   * @throws RuleCompilationException if the rules do not compile, with every error
   */
  static void addHostRules(InternalKnowledgeBase base, ClassLoader loader, List<RuleSource> hostRules,
      Messages messages) {
    addPackages(base, compile(loader, KnowledgeBuilderFactory.newKnowledgeBuilder(base,
        KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, loader)), List.of(), hostRules, messages));
  }

  private static void addPackages(InternalKnowledgeBase base, KnowledgeBuilder builder) {
    try {
      base.addPackages(builder.getKnowledgePackages());
    } catch (RuntimeException e) {
      throw new RuleCompilationException(List.of(new RuleError("?", 0, "the rules cannot be added: " + e)), e);
    }
  }

  /**
   * Compiles the DRL into the builder and returns it, or throws with every error; then checks that the
   * host's rules have their texts.
   */
  private static KnowledgeBuilder compile(ClassLoader loader, KnowledgeBuilder builder,
      List<RuleSet.DrlFile> libraryDrl, List<RuleSource> hostRules, Messages messages) {
    CompositeKnowledgeBuilder batch = builder.batch();
    for (RuleSet.DrlFile drl : libraryDrl) {
      Resource resource = ResourceFactory.newByteArrayResource(drl.bytes());
      resource.setSourcePath(drl.name());
      batch.add(resource, ResourceType.DRL);
    }
    List<Map.Entry<String, String>> hostDrl = new ArrayList<>();
    for (RuleSource source : hostRules) {
      String drl = source.read(loader);
      hostDrl.add(Map.entry(source.name(), drl));
      Resource resource = ResourceFactory.newByteArrayResource(drl.getBytes(StandardCharsets.UTF_8));
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
    hostDrl.forEach(drl -> HostTexts.check(drl.getKey(), drl.getValue(), messages));
    return builder;
  }
}
