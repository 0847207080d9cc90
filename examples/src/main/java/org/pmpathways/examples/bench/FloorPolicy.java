package org.pmpathways.examples.bench;

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
 * The policy tables of the rule set, read from the rules artifact on the classpath, for the
 * plain-Java floor ({@link PlainJavaAdvisor}): the same files the engine reads
 * ({@code policy/*.tsv}, {@code scoring.properties}), named by the same index. The engine's own
 * reader is internal to the library, so the floor reads them itself.
 *
 * <p>Immutable and thread-safe once loaded.
 */
final class FloorPolicy {
  /** One row of the action catalogue ({@code policy/actions.tsv}). */
  record ActionRow(String id, Pathway pathway, Competency competency, int weight, List<String> dependsOn,
      boolean afterAll, List<String> completes) {}

  private final Set<RoleFamily> trioRoles;
  private final Map<RoleFamily, List<Competency>> roleCompetencies;
  private final Map<PmLikeWork, WorkShown> workCompetencies;
  private final Map<ProjectKind, ProjectNature> projectKinds;
  private final Map<String, ActionRow> actions;
  final int scoreMax;
  final int inPlayAt;
  final int strongAt;

  private FloorPolicy(Set<RoleFamily> trioRoles, Map<RoleFamily, List<Competency>> roleCompetencies,
      Map<PmLikeWork, WorkShown> workCompetencies, Map<ProjectKind, ProjectNature> projectKinds,
      Map<String, ActionRow> actions, int scoreMax, int inPlayAt, int strongAt) {
    this.trioRoles = trioRoles;
    this.roleCompetencies = roleCompetencies;
    this.workCompetencies = workCompetencies;
    this.projectKinds = projectKinds;
    this.actions = actions;
    this.scoreMax = scoreMax;
    this.inPlayAt = inPlayAt;
    this.strongAt = strongAt;
  }

  static FloorPolicy load(ClassLoader loader, Properties index) {
    Set<RoleFamily> trio = EnumSet.noneOf(RoleFamily.class);
    for (String[] row : table(loader, index, "policy.trio-roles", 1)) {
      trio.add(RoleFamily.valueOf(row[0]));
    }
    Map<RoleFamily, List<Competency>> roles = new EnumMap<>(RoleFamily.class);
    for (String[] row : table(loader, index, "policy.role-competencies", 2)) {
      roles.computeIfAbsent(RoleFamily.valueOf(row[0]), k -> new ArrayList<>()).add(Competency.valueOf(row[1]));
    }
    roles.replaceAll((k, v) -> List.copyOf(v));
    Map<PmLikeWork, WorkShown> work = new EnumMap<>(PmLikeWork.class);
    for (String[] row : table(loader, index, "policy.work-competencies", 3)) {
      PmLikeWork done = PmLikeWork.valueOf(row[0]);
      work.put(done, new WorkShown(done, Competency.valueOf(row[1]), Integer.parseInt(row[2])));
    }
    Map<ProjectKind, ProjectNature> kinds = new EnumMap<>(ProjectKind.class);
    for (String[] row : table(loader, index, "policy.project-kinds", 2)) {
      kinds.put(ProjectKind.valueOf(row[0]), ProjectNature.valueOf(row[1]));
    }
    Map<String, ActionRow> actions = new LinkedHashMap<>();
    for (String[] row : table(loader, index, "policy.actions", 6)) {
      Pathway pathway = row[1].equals("ANY") ? null : Pathway.valueOf(row[1]);
      Competency competency = row[2].equals("-") ? null : Competency.valueOf(row[2]);
      boolean afterAll = row[4].equals("*");
      List<String> deps = afterAll || row[4].equals("-") ? List.of() : List.of(row[4].split(","));
      List<String> completes = row[5].equals("-") ? List.of() : List.of(row[5].split(","));
      actions.put(row[0], new ActionRow(row[0], pathway, competency, Integer.parseInt(row[3]), deps, afterAll,
          completes));
    }
    Properties scoring = new Properties();
    String scoringName = index.getProperty("policy.scoring").trim();
    try (InputStream in = open(loader, scoringName)) {
      scoring.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + scoringName, e);
    }
    return new FloorPolicy(Collections.unmodifiableSet(trio), Collections.unmodifiableMap(roles),
        Collections.unmodifiableMap(work), Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(actions),
        Integer.parseInt(scoring.getProperty("pathway.score-max").trim()),
        Integer.parseInt(scoring.getProperty("pathway.in-play-at").trim()),
        Integer.parseInt(scoring.getProperty("competency.strong-at").trim()));
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

  /** The catalogue row of an action, or {@code null} for an action outside the catalogue. */
  ActionRow action(String id) {
    return actions.get(id);
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
        continue;
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
          default -> throw new IllegalStateException("action catalogue: " + done.id() + " completes " + effect);
        }
      }
    }
    return new Completion(work, contacts, interviews, shipped, concept, projectWork, ids);
  }

  private static List<String[]> table(ClassLoader loader, Properties index, String key, int columns) {
    String name = index.getProperty(key);
    if (name == null) {
      throw new IllegalStateException("the rule-set index has no '" + key + "' entry");
    }
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(open(loader, name.trim()),
        StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length < columns) {
          throw new IllegalStateException(name + ": expected " + columns + " columns: " + line);
        }
        for (int i = 0; i < cells.length; i++) {
          cells[i] = cells[i].trim();
        }
        rows.add(Arrays.copyOf(cells, columns));
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + name, e);
    }
    return rows;
  }

  private static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("not on the classpath: " + name);
    }
    return in;
  }
}
