/*
 * Build step of the rules module, run by Maven after the resources are copied (see pom.xml):
 * compiles the DRL files that the rule-set index lists into Drools' executable model and writes the
 * compiled model classes, plus a small descriptor naming the model, the digest of the DRL it came
 * from and the Drools version it was compiled with, into the module's classes directory. At run
 * time the engine builds the rule base from these classes instead of compiling the DRL, which is
 * most of start-up; if the descriptor is missing, its digest does not match the DRL on the
 * classpath, or the model cannot run on the Drools there, the engine compiles the DRL.
 *
 * It then builds the rule base from the model as the engine will, has Drools' alpha network compiler
 * generate the Java of each fact type's alpha network, compiles it with the JDK's compiler into the
 * classes directory (package org.pmpathways.rules.network), and lists each class in the descriptor
 * with the shape of the network it was generated from (org.pmpathways.engine.AlphaNetworks puts them
 * in place at run time). The build fails when a network does not compile: a constraint the alpha
 * network compiler cannot take must be written so that it can (on one line, for one).
 *
 * It is a single-file program (java RuleModelWriter.java CLASSES_DIR) so that it needs no module of
 * its own and never ships in a jar.
 */

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.drools.ancompiler.CompiledNetworkSources;
import org.drools.ancompiler.ObjectTypeNodeCompiler;
import org.drools.base.base.ClassObjectType;
import org.drools.core.impl.RuleBaseFactory;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.pmpathways.engine.AlphaNetworks;
import org.pmpathways.engine.RuleSet;

public final class RuleModelWriter {
  private RuleModelWriter() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: java RuleModelWriter.java CLASSES_DIR");
    }
    Path classes = Path.of(args[0]);
    // Classes an earlier run wrote must go first: the code generator would take the DRL's declared types
    // for existing classes and leave their metadata (@key fields) out, so an incremental build would
    // write another model than a clean one.
    Path writtenList = classes.resolveSibling("rule-model-classes.txt");
    if (Files.exists(writtenList)) {
      for (String name : Files.readAllLines(writtenList, StandardCharsets.UTF_8)) {
        if (!name.isBlank()) {
          Files.deleteIfExists(classes.resolve(name));
        }
      }
    }
    ClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        RuleModelWriter.class.getClassLoader());
    Thread.currentThread().setContextClassLoader(loader);

    Properties index = new Properties();
    try (InputStream in = Files.newInputStream(classes.resolve(RuleSet.INDEX))) {
      index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    List<String> drl = RuleSet.drlFiles(index);
    String descriptor = index.getProperty(RuleSet.MODEL_KEY);
    if (descriptor == null || descriptor.isBlank()) {
      throw new IllegalStateException(RuleSet.INDEX + " has no '" + RuleSet.MODEL_KEY + "' entry");
    }

    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    for (String name : drl) {
      files.write("src/main/resources/" + name, Files.readAllBytes(classes.resolve(name)));
    }
    KieBuilder builder = services.newKieBuilder(files, loader).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      errors.forEach(e -> System.err.println(e));
      throw new IllegalStateException(errors.size() + " error(s) compiling the rules to the executable model");
    }

    // Keep the classes of the rules' own packages: the generated project class that Drools puts
    // in org.drools.project.model has a fixed name a host's own model could share, and is not needed.
    InternalKieModule module = (InternalKieModule) builder.getKieModule();
    TreeSet<String> models = new TreeSet<>();
    TreeSet<String> written = new TreeSet<>();
    for (String name : module.getFileNames()) {
      if (!name.endsWith(".class") || name.startsWith("org/drools/")) {
        continue;
      }
      written.add(name);
      Path target = classes.resolve(name);
      Files.createDirectories(target.getParent());
      Files.write(target, module.getBytes(name));
      String simple = name.substring(name.lastIndexOf('/') + 1, name.length() - ".class".length());
      if (simple.matches("Rules[0-9A-F]{32}")) {
        models.add(name.substring(0, name.length() - ".class".length()).replace('/', '.'));
      }
    }
    if (models.isEmpty()) {
      throw new IllegalStateException("the executable model has no Rules class; files: " + module.getFileNames());
    }
    TreeMap<String, String> out = new TreeMap<>();
    try {
      out.putAll(compileAlphaNetworks(classes, loader, models, written));
    } finally {
      Files.write(writtenList, written, StandardCharsets.UTF_8);
    }

    out.put(RuleSet.MODEL_CLASSES_KEY, String.join(",", models));
    out.put(RuleSet.MODEL_DIGEST_KEY, RuleSet.digest(loader, drl));
    // The model calls Drools' canonical-model API as it is in this version; the engine compares it with
    // the Drools it runs on. Taken from the jar's manifest, as the engine does.
    String drools = org.drools.model.Model.class.getPackage().getImplementationVersion();
    if (drools == null || drools.isBlank()) {
      throw new IllegalStateException("the Drools canonical-model jar has no Implementation-Version");
    }
    out.put(RuleSet.MODEL_DROOLS_KEY, drools.trim());
    Path target = classes.resolve(descriptor.trim());
    Files.createDirectories(target.getParent());
    Files.writeString(target, reproducible(out), StandardCharsets.UTF_8);
  }

  /** The package of the compiled alpha networks. */
  static final String NETWORK_PACKAGE = "org.pmpathways.rules.network";

  /**
   * Generates and compiles the alpha network of each fact type of the rule base the models make, and
   * returns the descriptor entries that name them (AlphaNetworks.KEY_PREFIX + fact type = "class shape").
   */
  static Map<String, String> compileAlphaNetworks(Path classes, ClassLoader loader, TreeSet<String> modelClasses,
      TreeSet<String> written) throws IOException {
    List<Model> models = new ArrayList<>();
    for (String name : modelClasses) {
      try {
        models.add((Model) Class.forName(name, true, loader).getConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load the model class just written: " + name, e);
      }
    }
    // Built as org.pmpathways.engine.RuleSet builds it, so that the networks have the same nodes.
    InternalKnowledgeBase base = KieBaseBuilder.createKieBaseFromModel(models,
        RuleBaseFactory.newKnowledgeBaseConfiguration(null, loader));
    Map<String, String> shapes = AlphaNetworks.shapes(base);
    Path sources = classes.resolveSibling("generated-sources").resolve("alpha-networks");
    TreeMap<String, String> entries = new TreeMap<>();
    List<Path> files = new ArrayList<>();
    for (ObjectTypeNode node : ObjectTypeNodeCompiler.objectTypeNodes(base.getRete())) {
      String type = ((ClassObjectType) node.getObjectType()).getClassName();
      CompiledNetworkSources generated = new ObjectTypeNodeCompiler(node).generateSource();
      String generatedName = generated.getName();
      String generatedSimple = generatedName.substring(generatedName.lastIndexOf('.') + 1);
      String generatedPackage = generatedName.substring(0, generatedName.lastIndexOf('.'));
      String simple = type.substring(type.lastIndexOf('.') + 1).replace('$', '_') + "AlphaNetwork";
      String name = NETWORK_PACKAGE + "." + simple;
      if (entries.values().stream().anyMatch(e -> e.startsWith(name + " "))) {
        throw new IllegalStateException("two fact types would have the alpha network class " + name);
      }
      String source = generated.getSource();
      String packageLine = "package " + generatedPackage + ";";
      if (!source.startsWith(packageLine)) {
        throw new IllegalStateException("the generated alpha network of " + type + " does not start with '"
            + packageLine + "'");
      }
      // Another name in a package of this artifact; the class still extends the compiler's CompiledNetwork.
      source = "package " + NETWORK_PACKAGE + ";" + source.substring(packageLine.length()).replace(generatedSimple, simple);
      source = withPutInPlace(source, type);
      Path file = sources.resolve(NETWORK_PACKAGE.replace('.', '/')).resolve(simple + ".java");
      Files.createDirectories(file.getParent());
      Files.writeString(file, source, StandardCharsets.UTF_8);
      files.add(file);
      String shape = shapes.get(type);
      if (shape == null) {
        throw new IllegalStateException("no network shape for " + type);
      }
      entries.put(AlphaNetworks.KEY_PREFIX + type, name + " " + shape);
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("the rule base has no alpha network to compile");
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IllegalStateException("the build needs a JDK (javax.tools has no Java compiler): " + System.getProperty("java.home"));
    }
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
      List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-nowarn", "-Xlint:none",
          "-encoding", "UTF-8", "-d", classes.toString(),
          "-classpath", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"));
      boolean ok = javac.getTask(null, fileManager, diagnostics, options, null,
          fileManager.getJavaFileObjectsFromPaths(files)).call();
      if (!ok) {
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
          if (d.getKind() == Diagnostic.Kind.ERROR) {
            System.err.println(d.getSource() == null ? d.getMessage(null)
                : d.getSource().getName() + ":" + d.getLineNumber() + ": " + d.getMessage(null));
          }
        }
        throw new IllegalStateException("the alpha network compiler's code for the rules does not compile (see above;"
            + " the sources are in " + sources + "): write the constraint it names so that it can, on one line");
      }
    }
    for (Path file : files) {
      String simple = file.getFileName().toString().replace(".java", "");
      String classFile = NETWORK_PACKAGE.replace('.', '/') + "/" + simple + ".class";
      if (!Files.exists(classes.resolve(classFile))) {
        throw new IllegalStateException("javac wrote no " + classFile);
      }
      written.add(classFile);
    }
    return entries;
  }

  /**
   * The generated network with a way to put it in place that does not need the compiler's code
   * generator at run time: CompiledNetwork.setStartingObjectTypeNode walks the network with a class
   * that refers to javaparser, which the runtime leaves out. AlphaNetworks walks the network itself
   * and hands this method the node and the nodes to refer to, in the same order.
   */
  static String withPutInPlace(String source, String type) {
    String declaration = " extends org.drools.ancompiler.CompiledNetwork{";
    if (source.indexOf(declaration) < 0 || source.indexOf(declaration) != source.lastIndexOf(declaration)
        || !source.stripTrailing().endsWith("}")) {
      throw new IllegalStateException("the generated alpha network of " + type + " is not laid out as expected:"
          + " does this Drools generate its networks another way?");
    }
    String nodes = "java.util.List<org.drools.base.common.NetworkNode>";
    String putInPlace = """

        /** Written by the build (RuleModelWriter): puts this network in place on its node. */
        @Override
        public void accept(org.drools.core.reteoo.ObjectTypeNode node, NODES nodes) {
            this.objectTypeNode = node;
            for (org.drools.base.common.NetworkNode n : nodes) {
                setNetworkNodeReference(n);
            }
            setOriginalSinkPropagator(node.getObjectSinkPropagator());
            node.setObjectSinkPropagator(this);
        }
        }
        """.replace("NODES", nodes);
    String body = source.stripTrailing();
    return body.substring(0, body.length() - 1).replace(declaration, " extends org.drools.ancompiler.CompiledNetwork"
        + " implements java.util.function.BiConsumer<org.drools.core.reteoo.ObjectTypeNode, " + nodes + ">{")
        + putInPlace;
  }

  /**
   * The descriptor as a properties file that depends on its entries alone: Properties.store would
   * add the date of the build as a comment and write the keys in hash order, so two builds of the
   * same rules would give different jars. Each entry is still escaped by Properties itself, and the
   * file is UTF-8, as RuleSet reads it.
   */
  static String reproducible(SortedMap<String, String> entries) throws IOException {
    StringBuilder text = new StringBuilder(
        "# Written by the build (rules/src/build/RuleModelWriter.java); do not edit\n");
    for (Map.Entry<String, String> entry : entries.entrySet()) {
      Properties one = new Properties();
      one.setProperty(entry.getKey(), entry.getValue());
      StringWriter line = new StringWriter();
      one.store(line, null);
      for (String stored : line.toString().split("\\R")) {
        if (!stored.startsWith("#") && !stored.isEmpty()) {
          text.append(stored).append('\n');
        }
      }
    }
    return text.toString();
  }
}
