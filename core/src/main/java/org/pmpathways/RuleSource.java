package org.pmpathways;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A host's own DRL, added to the library's rules with {@link PathwayAdvisorBuilder#addRules}. Host
 * rules see the same facts as the library's (see {@code org.pmpathways.facts}) and can add actions
 * with new ids, give or take pathway points, and raise warnings; their texts come from the host's
 * message bundles ({@link PathwayAdvisorBuilder#addMessages}).
 *
 * <pre>{@code
 * RuleSource bootcamp = RuleSource.text("bootcamp.drl", """
 *     package com.example.rules;
 *     import org.pmpathways.facts.*;
 *     global org.pmpathways.facts.Conclusions conclusions;
 *     rule "Bootcamp: early careers get a mentor session"
 *       agenda-group "plan"
 *     when
 *       Standing(buildYourOwnInPlay, candidate.aspirant, candidate.yearsExperience < 2)
 *     then
 *       conclusions.propose("BOOTCAMP_MENTOR_SESSION", "bootcamp.mentor");
 *     end
 *     """);
 * }</pre>
 *
 * <p>Every rule names its phase with an {@code agenda-group} and concludes through the
 * {@code conclusions} global; the README's "Adding your own rules" lists the phases and what a rule may
 * conclude. The message key ({@code bootcamp.mentor}) must be in a bundle given to
 * {@link PathwayAdvisorBuilder#addMessages}, and an action id is upper case letters, digits and
 * underscores, as the advice gives it.
 *
 * <p>Immutable and thread-safe. A classpath or file source is read each time rules are compiled, and
 * refused when it is larger than {@link #MAX_BYTES}.
 */
public final class RuleSource {
  /** The largest DRL source: bytes for a file or resource, characters for text. */
  public static final int MAX_BYTES = 1 << 20;

  private enum Kind { CLASSPATH, FILE, TEXT }

  private final Kind kind;
  private final String name;
  private final Path path;
  private final String text;

  private RuleSource(Kind kind, String name, Path path, String text) {
    this.kind = kind;
    this.name = name;
    this.path = path;
    this.text = text;
  }

  /** DRL in a classpath resource, found with the advisor's class loader. */
  public static RuleSource classpath(String resource) {
    Objects.requireNonNull(resource, "resource must not be null");
    return new RuleSource(Kind.CLASSPATH, resource, null, null);
  }

  /** DRL in a file. */
  public static RuleSource file(Path path) {
    Objects.requireNonNull(path, "path must not be null");
    return new RuleSource(Kind.FILE, path.toString(), path, null);
  }

  /**
   * DRL given as text.
   *
   * @param name how errors refer to it, such as {@code "bootcamp.drl"}
   * @throws IllegalArgumentException if {@code drl} is longer than {@link #MAX_BYTES} characters
   */
  public static RuleSource text(String name, String drl) {
    Objects.requireNonNull(name, "name must not be null");
    Objects.requireNonNull(drl, "drl must not be null");
    if (drl.length() > MAX_BYTES) {
      throw new IllegalArgumentException("drl of '" + name + "' is longer than " + MAX_BYTES
          + " characters: " + drl.length());
    }
    return new RuleSource(Kind.TEXT, name, null, drl);
  }

  /** How errors refer to this source: the resource name, file path or given name. */
  public String name() {
    return name;
  }

  /**
   * Reads the DRL.
   *
   * @throws AdvisorException if the resource or file cannot be read or is too large
   */
  public String read(ClassLoader loader) {
    switch (kind) {
      case TEXT:
        return text;
      case FILE:
        try {
          if (Files.size(path) > MAX_BYTES) {
            throw new AdvisorException("rule file " + path + " is larger than " + MAX_BYTES + " bytes");
          }
          return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new AdvisorException("cannot read rule file " + path + ": " + e, e);
        }
      default:
        try (InputStream in = loader.getResourceAsStream(name)) {
          if (in == null) {
            throw new AdvisorException("rule resource '" + name + "' is not on the classpath");
          }
          byte[] bytes = in.readNBytes(MAX_BYTES + 1);
          if (bytes.length > MAX_BYTES) {
            throw new AdvisorException("rule resource '" + name + "' is larger than " + MAX_BYTES + " bytes");
          }
          return new String(bytes, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new AdvisorException("cannot read rule resource '" + name + "': " + e, e);
        }
    }
  }

  @Override
  public String toString() {
    return "RuleSource(" + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + name + ")";
  }
}
