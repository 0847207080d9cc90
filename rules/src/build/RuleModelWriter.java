/*
 * Build step of the rules module, run by Maven after the resources are copied (see pom.xml):
 * compiles the DRL files that the rule-set index lists into Drools' executable model and writes the
 * compiled model classes, plus a small descriptor naming the model, the digest of the DRL it came
 * from and the Drools version it was compiled with, into the module's classes directory. At run
 * time the engine builds the rule base from these classes instead of compiling the DRL, which is
 * most of start-up; if the descriptor is missing, its digest does not match the DRL on the
 * classpath, or the model cannot run on the Drools there, the engine compiles the DRL.
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
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
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
    Files.write(writtenList, written, StandardCharsets.UTF_8);

    TreeMap<String, String> out = new TreeMap<>();
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
