package org.pmpathways.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.pmpathways.AdvisorException;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.Pathway;
import org.pmpathways.facts.Completion;
import org.pmpathways.facts.ProjectNature;
import org.pmpathways.facts.WorkShown;
import org.pmpathways.profile.CompletedAction;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.RoleFamily;

/**
 * The policy tables of the rule set, read once from the data files its index names: which roles form
 * the product trio, what each role suggests of the competencies, which competency each kind of PM-like
 * work shows, what each kind of side project can prove, the action catalogue, and the thresholds of
 * the scoring. The engine resolves the look-ups into the facts before a session starts, so the rule
 * that uses a table reads one field.
 *
 * <p>Immutable and thread-safe.
 */
public final class Policy {
  /** The largest weight, either way, of an action in the catalogue. */
  static final int MAX_WEIGHT = 1_000_000;

  /** One row of the action catalogue. */
  record ActionRow(String id, Pathway pathway, Competency competency, int weight, List<String> dependsOn,
      boolean afterAll, List<String> completes) {}

  private final Set<RoleFamily> trioRoles;
  private final Map<RoleFamily, List<Competency>> roleCompetencies;
  private final Map<PmLikeWork, WorkShown> workCompetencies;
  private final Map<ProjectKind, ProjectNature> projectKinds;
  private final Map<String, ActionRow> actions;
  private final int inPlayAt;
  private final int strongAt;
  private final int scoreMax;

  private Policy(Set<RoleFamily> trioRoles, Map<RoleFamily, List<Competency>> roleCompetencies,
      Map<PmLikeWork, WorkShown> workCompetencies, Map<ProjectKind, ProjectNature> projectKinds,
      Map<String, ActionRow> actions, int inPlayAt, int strongAt, int scoreMax) {
    this.trioRoles = trioRoles;
    this.roleCompetencies = roleCompetencies;
    this.workCompetencies = workCompetencies;
    this.projectKinds = projectKinds;
    this.actions = actions;
    this.inPlayAt = inPlayAt;
    this.strongAt = strongAt;
    this.scoreMax = scoreMax;
  }

  static Policy load(ClassLoader loader, Properties index, String indexName) {
    Set<RoleFamily> trio = EnumSet.noneOf(RoleFamily.class);
    for (String[] row : table(loader, index, indexName, "policy.trio-roles", 1)) {
      trio.add(value(RoleFamily.class, row, 0));
    }
    Map<RoleFamily, List<Competency>> roles = new EnumMap<>(RoleFamily.class);
    for (String[] row : table(loader, index, indexName, "policy.role-competencies", 2)) {
      roles.computeIfAbsent(value(RoleFamily.class, row, 0), k -> new ArrayList<>())
          .add(value(Competency.class, row, 1));
    }
    roles.replaceAll((k, v) -> List.copyOf(v));
    Map<PmLikeWork, WorkShown> work = new EnumMap<>(PmLikeWork.class);
    for (String[] row : table(loader, index, indexName, "policy.work-competencies", 3)) {
      PmLikeWork done = value(PmLikeWork.class, row, 0);
      work.put(done, new WorkShown(done, value(Competency.class, row, 1), whole(row, 2)));
    }
    Map<ProjectKind, ProjectNature> kinds = new EnumMap<>(ProjectKind.class);
    for (String[] row : table(loader, index, indexName, "policy.project-kinds", 2)) {
      kinds.put(value(ProjectKind.class, row, 0), value(ProjectNature.class, row, 1));
    }
    for (ProjectKind kind : ProjectKind.values()) {
      if (!kinds.containsKey(kind)) {
        throw new AdvisorException("policy table " + index.getProperty("policy.project-kinds")
            + " has no row for project kind " + kind);
      }
    }
    Map<String, ActionRow> actions = new LinkedHashMap<>();
    for (String[] row : table(loader, index, indexName, "policy.actions", 6)) {
      String id = row[0];
      Pathway pathway = row[1].equals("ANY") ? null : value(Pathway.class, row, 1);
      Competency competency = row[2].equals("-") ? null : value(Competency.class, row, 2);
      int weight;
      try {
        weight = Integer.parseInt(row[3]);
      } catch (NumberFormatException e) {
        throw new AdvisorException("action catalogue: weight of " + id + " is not a whole number: " + row[3]);
      }
      if (Math.abs(weight) > MAX_WEIGHT) {
        // A score (0 to 100) plus the weight ranks the plan: kept far from int's limits.
        throw new AdvisorException("action catalogue: weight of " + id + " is " + weight + "; it must be between -"
            + MAX_WEIGHT + " and " + MAX_WEIGHT);
      }
      boolean afterAll = row[4].equals("*");
      List<String> deps = afterAll || row[4].equals("-") ? List.of() : List.of(row[4].split(","));
      List<String> completes = row[5].equals("-") ? List.of() : List.of(row[5].split(","));
      for (String effect : completes) {
        checkEffect(id, effect);
      }
      if (actions.put(id, new ActionRow(id, pathway, competency, weight, deps, afterAll, completes)) != null) {
        throw new AdvisorException("action catalogue: " + id + " appears twice");
      }
    }
    for (ActionRow row : actions.values()) {
      for (String dep : row.dependsOn()) {
        if (!actions.containsKey(dep)) {
          throw new AdvisorException("action catalogue: " + row.id() + " depends on " + dep + ", which is not in it");
        }
      }
    }
    Properties scoring = new Properties();
    String scoringName = required(index, indexName, "policy.scoring");
    try (InputStream in = open(loader, scoringName)) {
      scoring.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new AdvisorException("cannot read " + scoringName, e);
    }
    return new Policy(Collections.unmodifiableSet(trio), Collections.unmodifiableMap(roles),
        Collections.unmodifiableMap(work), Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(actions),
        number(scoring, scoringName, "pathway.in-play-at"), number(scoring, scoringName, "competency.strong-at"),
        number(scoring, scoringName, "pathway.score-max"));
  }

  private static void checkEffect(String id, String effect) {
    String[] kv = effect.split(":", 2);
    try {
      switch (kv[0]) {
        case "work" -> PmLikeWork.valueOf(kv[1]);
        case "contacts", "interviews" -> Integer.parseInt(kv[1]);
        case "shipped", "concept", "project-work" -> { }
        default -> throw new IllegalArgumentException(kv[0]);
      }
    } catch (RuntimeException e) {
      throw new AdvisorException("action catalogue: " + id + " completes '" + effect + "', which is not one of"
          + " work:PM_LIKE_WORK, contacts:N, interviews:N, shipped, concept, project-work");
    }
  }

  boolean inTrio(RoleFamily role) {
    return trioRoles.contains(role);
  }

  List<Competency> roleCompetencies(RoleFamily role) {
    return roleCompetencies.getOrDefault(role, List.of());
  }

  Map<PmLikeWork, WorkShown> workCompetencies() {
    return workCompetencies;
  }

  ProjectNature nature(ProjectKind kind) {
    return projectKinds.get(kind);
  }

  /** The catalogue row of an action, or {@code null} for a host's own action. */
  ActionRow action(String id) {
    return actions.get(id);
  }

  /** The ids of the catalogue, in its order. */
  Set<String> actionIds() {
    return actions.keySet();
  }

  /** A pathway scoring this much or more is worth acting on, besides the primary pathway. */
  int inPlayAt() {
    return inPlayAt;
  }

  /** A competency with demonstrated evidence and this many points or more is strong. */
  int strongAt() {
    return strongAt;
  }

  /** The highest score a pathway can have. */
  int scoreMax() {
    return scoreMax;
  }

  /** What the profile's completed actions count as, by the catalogue's "completes" column. */
  Completion completion(Profile profile) {
    if (profile.completedActions().isEmpty()) {
      return Completion.NONE;
    }
    EnumSet<PmLikeWork> work = EnumSet.noneOf(PmLikeWork.class);
    int contacts = 0;
    int interviews = 0;
    boolean shipped = false;
    boolean concept = false;
    boolean projectWork = false;
    Set<String> ids = new HashSet<>();
    for (CompletedAction done : profile.completedActions()) {
      ids.add(done.id());
      ActionRow row = actions.get(done.id());
      if (row == null) {
        continue; // a host's own action: it is not proposed again, and counts as nothing else
      }
      for (String effect : row.completes()) {
        String[] kv = effect.split(":", 2);
        switch (kv[0]) {
          case "work" -> work.add(PmLikeWork.valueOf(kv[1]));
          case "contacts" -> contacts = Math.max(contacts, Integer.parseInt(kv[1]));
          case "interviews" -> interviews = Math.max(interviews, Integer.parseInt(kv[1]));
          case "shipped" -> shipped = true;
          case "concept" -> concept = true;
          case "project-work" -> projectWork = true;
          default -> throw new IllegalStateException(effect); // checked when loaded
        }
      }
    }
    return new Completion(work, contacts, interviews, shipped, concept, projectWork, ids);
  }

  private static List<String[]> table(ClassLoader loader, Properties index, String indexName, String key, int columns) {
    String name = required(index, indexName, key);
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(loader, name), StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = in.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < columns) {
          throw new AdvisorException(name + " line " + number + ": expected " + columns + " tab-separated columns, found "
              + cells.length + ": " + line);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
        }
        rows.add(Arrays.copyOf(cells, columns));
      }
    } catch (IOException e) {
      throw new AdvisorException("cannot read " + name, e);
    }
    return rows;
  }

  private static <E extends Enum<E>> E value(Class<E> type, String[] row, int column) {
    try {
      return Enum.valueOf(type, row[column]);
    } catch (IllegalArgumentException e) {
      throw new AdvisorException("policy table: '" + row[column] + "' is not a " + type.getSimpleName() + " (row "
          + String.join(" | ", row) + "); allowed values: " + Arrays.toString(type.getEnumConstants()));
    }
  }

  private static int whole(String[] row, int column) {
    try {
      return Integer.parseInt(row[column]);
    } catch (NumberFormatException e) {
      throw new AdvisorException("policy table: '" + row[column] + "' is not a whole number (row "
          + String.join(" | ", row) + ")");
    }
  }

  private static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new AdvisorException("policy resource not found on the classpath: " + name);
    }
    return in;
  }

  private static String required(Properties index, String indexName, String key) {
    String value = index.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new AdvisorException(indexName + " has no '" + key + "' entry");
    }
    return value.trim();
  }

  private static int number(Properties p, String name, String key) {
    String v = p.getProperty(key);
    try {
      return Integer.parseInt(v.trim());
    } catch (RuntimeException e) {
      throw new AdvisorException(name + ": '" + key + "' must be a whole number, was " + v);
    }
  }
}
