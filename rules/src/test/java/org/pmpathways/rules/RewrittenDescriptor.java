package org.pmpathways.rules;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.pmpathways.engine.RuleSet;

/**
 * The test classpath with one entry of the precompiled model's descriptor changed: as if the rules
 * had been precompiled with another Drools version, or listed a model class that cannot load here.
 */
final class RewrittenDescriptor extends ClassLoader {
  static final String DESCRIPTOR = "META-INF/pm-pathways/ruleset-model.properties";

  private final String key;
  private final String value;

  RewrittenDescriptor(String key, String value) {
    super(RewrittenDescriptor.class.getClassLoader());
    this.key = key;
    this.value = value;
  }

  /** As if the rules had been precompiled with this Drools version. */
  static RewrittenDescriptor builtWithDrools(String version) {
    return new RewrittenDescriptor(RuleSet.MODEL_DROOLS_KEY, version);
  }

  /** As if the model were this class, which fails to load the way a model for another Drools does. */
  static RewrittenDescriptor modelThatCannotLoad() {
    return new RewrittenDescriptor(RuleSet.MODEL_CLASSES_KEY, ModelForAnotherDrools.class.getName());
  }

  @Override
  public InputStream getResourceAsStream(String name) {
    if (!name.equals(DESCRIPTOR)) {
      return super.getResourceAsStream(name);
    }
    try (InputStream in = super.getResourceAsStream(name)) {
      Properties descriptor = new Properties();
      descriptor.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      descriptor.setProperty(key, value);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      descriptor.store(out, null);
      return new ByteArrayInputStream(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Stands for a model class generated against a Drools API that is not the one here. */
  public static final class ModelForAnotherDrools {
    public ModelForAnotherDrools() {
      throw new NoSuchMethodError("'org.drools.model.impl.TypeMetaDataImpl.withField(java.lang.String)' (simulated)");
    }
  }
}
