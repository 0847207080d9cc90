package org.pmpathways.resume;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.resume.ImportReport.Format;
import org.pmpathways.resume.JsonTree.Node;
import org.pmpathways.resume.JsonTree.Type;

/**
 * Reads a JSON Resume (jsonresume.org), schema 0.x and 1.x. The two differ in names only where it
 * matters here: 0.x calls the employer {@code company} and 1.x {@code name}; 1.x adds
 * {@code projects} and {@code certificates}. Sections and members the advice has no use for are
 * reported as ignored; a section of the wrong type is refused, naming it.
 *
 * <p>Thread-safe: stateless.
 */
final class JsonResumeReader {
  private static final Set<String> UNUSED_SECTIONS = Set.of("education", "languages", "interests", "references",
      "meta", "$schema");

  private JsonResumeReader() {}

  static ImportResult read(byte[] json, LocalDate today) {
    Node root = JsonTree.read(json);
    if (root.type() != Type.OBJECT) {
      throw wrongType("", root, "an object (a JSON Resume document)");
    }
    ProfileAssembler a = new ProfileAssembler(Format.JSON_RESUME, today);
    for (Map.Entry<String, Node> section : root.members().entrySet()) {
      String name = section.getKey();
      Node node = section.getValue();
      if (node.isNull()) {
        continue;
      }
      switch (name) {
        case "basics" -> basics(a, object(name, node));
        case "work" -> jobs(a, name, array(name, node), false);
        case "volunteer" -> jobs(a, name, array(name, node), true);
        case "projects" -> projects(a, array(name, node));
        case "certificates" -> certificates(a, array(name, node));
        case "skills" -> skills(a, array(name, node));
        case "awards", "publications" -> {
          array(name, node);
          if (!node.items().isEmpty()) {
            a.ignored(name, node.items().size() + (node.items().size() == 1 ? " entry" : " entries") + ": the profile has no field for " + name
                + "; list the work behind them as side projects to have it count");
          }
        }
        default -> a.ignored(name, UNUSED_SECTIONS.contains(name) ? "not used by the advice"
            : "not a JSON Resume section the importer knows; not used");
      }
    }
    return a.build();
  }

  private static void basics(ProfileAssembler a, Node basics) {
    Node label = basics.member("label");
    a.label("basics.label", string("basics.label", label));
    long others = basics.members().keySet().stream().filter(k -> !k.equals("label")).count();
    if (others > 0) {
      a.ignored("basics", others + " other members (name, contact details, summary, ...): not used by the advice");
    }
  }

  private static void jobs(ProfileAssembler a, String section, Node list, boolean volunteer) {
    List<Node> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      String path = section + "[" + i + "]";
      if (skippedNull(a, path, items.get(i))) {
        continue;
      }
      Node entry = object(path, items.get(i));
      String positionPath = member(a, entry, path, "position", "title", "role");
      String position = string(positionPath, entry.member(lastPart(positionPath)));
      String startPath = member(a, entry, path, "startDate", "start", "from");
      String endPath = member(a, entry, path, "endDate", "end", "to");
      ResumeDate start = ResumeDate.read(string(startPath, entry.member(lastPart(startPath))));
      ResumeDate end = ResumeDate.read(string(endPath, entry.member(lastPart(endPath))));
      // The organisation's name (company in 0.x, name in 1.x, organization for volunteer roles) is not
      // used: a name says too little about an employer to derive facts from it. One that is not a
      // string is reported, not refused.
      String employer = null;
      for (String member : List.of("name", "company", "organization")) {
        Node name = entry.member(member);
        if (name != null && !name.isNull() && name.type() != Type.STRING) {
          a.ignored(path + "." + member, "is " + name.typeName() + ", not a name; not used");
        } else if (name != null && !name.isNull() && employer == null) {
          employer = name.text();
        }
      }
      if (position == null || position.isBlank()) {
        a.unreadable(positionPath, "no position: this entry cannot give the title");
      }
      if (!volunteer) {
        StringBuilder described = new StringBuilder();
        Node summary = entry.member("summary");
        if (summary != null && summary.type() == Type.STRING) {
          append(described, summary.text());
        }
        Node highlights = entry.member("highlights");
        if (highlights != null && highlights.type() == Type.ARRAY) {
          for (Node h : highlights.items()) {
            if (h.type() == Type.STRING) {
              append(described, h.text());
            }
          }
        }
        a.jobText(path, described.toString());
      }
      a.job(new ProfileAssembler.Job(path, position, positionPath, start, startPath, end, endPath, volunteer,
          employer));
    }
  }

  /**
   * The path of the member that gives {@code name}: the member itself when present, else the first of
   * the other names people write for it ("title" for "position"), reported as read in its place.
   */
  private static String member(ProfileAssembler a, Node entry, String path, String name, String... others) {
    if (entry.member(name) == null) {
      for (String other : others) {
        Node value = entry.member(other);
        if (value != null && value.type() == Type.STRING) {
          a.assumed(path + "." + other, "read as " + name + ", which JSON Resume calls it");
          return path + "." + other;
        }
        if (value != null && !value.isNull()) {
          a.ignored(path + "." + other, "is " + value.typeName() + ", not a text; not used");
        }
      }
    }
    return path + "." + name;
  }

  private static String lastPart(String path) {
    return path.substring(path.lastIndexOf('.') + 1);
  }

  /** A null entry in a list is reported and skipped, as a null section is. */
  private static boolean skippedNull(ProfileAssembler a, String path, Node item) {
    if (item.isNull()) {
      a.ignored(path, "null: skipped");
      return true;
    }
    return false;
  }

  private static void projects(ProfileAssembler a, Node list) {
    List<Node> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      String path = "projects[" + i + "]";
      if (skippedNull(a, path, items.get(i))) {
        continue;
      }
      Node entry = object(path, items.get(i));
      String namePath = member(a, entry, path, "name", "title");
      String name = string(namePath, entry.member(lastPart(namePath)));
      StringBuilder text = new StringBuilder();
      append(text, string(path + ".description", entry.member("description")));
      append(text, string(path + ".summary", entry.member("summary")));
      append(text, string(path + ".type", entry.member("type")));
      for (String member : List.of("highlights", "keywords", "roles")) {
        Node values = entry.member(member);
        if (values != null && !values.isNull()) {
          List<Node> strings = array(path + "." + member, values).items();
          for (int k = 0; k < strings.size(); k++) {
            append(text, string(path + "." + member + "[" + k + "]", strings.get(k)));
          }
        }
      }
      if ((name == null || name.isBlank()) && text.isEmpty()) {
        a.ignored(path, "no name and no description");
        continue;
      }
      a.project(new ProfileAssembler.Project(path, name, text.toString()));
    }
  }

  private static void certificates(ProfileAssembler a, Node list) {
    List<Node> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      String path = "certificates[" + i + "]";
      Node entry = items.get(i);
      if (skippedNull(a, path, entry)) {
        continue;
      }
      if (entry.type() == Type.STRING) { // seen in hand-written résumés: a plain list of names
        a.certificate(path, entry.text());
        continue;
      }
      Node cert = object(path, entry);
      String namePath = member(a, cert, path, "name", "title");
      String name = string(namePath, cert.member(lastPart(namePath)));
      if (name == null || name.isBlank()) {
        a.ignored(path, "no name");
      } else {
        a.certificate(namePath, name);
      }
    }
  }

  private static void skills(ProfileAssembler a, Node list) {
    List<Node> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      String path = "skills[" + i + "]";
      Node entry = items.get(i);
      if (skippedNull(a, path, entry)) {
        continue;
      }
      if (entry.type() == Type.STRING) {
        a.skill(path, entry.text());
        continue;
      }
      Node skill = object(path, entry);
      a.skill(path + ".name", string(path + ".name", skill.member("name")));
      Node keywords = skill.member("keywords");
      if (keywords != null && !keywords.isNull()) {
        List<Node> words = array(path + ".keywords", keywords).items();
        for (int k = 0; k < words.size(); k++) {
          String keywordPath = path + ".keywords[" + k + "]";
          a.skill(keywordPath, string(keywordPath, words.get(k)));
        }
      }
      if (skill.member("level") != null) {
        a.ignored(path + ".level", "skill levels are self-assessed and not used");
      }
    }
  }

  private static void append(StringBuilder text, String value) {
    if (value != null && !value.isBlank()) {
      text.append(text.isEmpty() ? "" : " ").append(value);
    }
  }

  private static Node object(String path, Node node) {
    if (node.type() != Type.OBJECT) {
      throw wrongType(path, node, "an object");
    }
    return node;
  }

  private static Node array(String path, Node node) {
    if (node.type() != Type.ARRAY) {
      throw wrongType(path, node, "an array");
    }
    return node;
  }

  /** A string member's text; null when absent or JSON null. */
  private static String string(String path, Node node) {
    if (node == null || node.isNull()) {
      return null;
    }
    if (node.type() != Type.STRING) {
      throw wrongType(path, node, "a string");
    }
    return node.text();
  }

  private static InvalidProfileException wrongType(String path, Node node, String expected) {
    return new InvalidProfileException(path, "must be " + expected + ", was " + node.typeName(), List.of(),
        node.line(), node.column());
  }
}
