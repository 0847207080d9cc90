package org.pmpathways.json;

import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.pmpathways.InvalidProfileException;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Competency;
import org.pmpathways.advice.CompetencyLevel;
import org.pmpathways.advice.CompetencyRating;
import org.pmpathways.advice.Explanation;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.Stage;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.advice.Warning;
import org.pmpathways.profile.RoleFamily;
import org.pmpathways.reading.TitleModifier;
import org.pmpathways.reading.TitleReading;

/**
 * Reads advice as {@link AdviceJson} writes it, strictly. Fields the writer always writes may be
 * absent (empty lists, null values), so advice from an older writer reads too.
 *
 * <p>Not thread-safe: one per parser.
 */
final class AdviceReading {
  private static final List<String> ADVICE_FIELDS = List.of("profileId", "roleFamily", "primaryPathway", "pathways",
      "actions", "competencies", "warnings", "explanation", "titleReading", "unreadSkills", "stage");
  private static final List<String> READING_FIELDS = List.of("title", "family", "confidence", "matchedLabel",
      "source", "modifiers", "seniority", "reason");
  private static final List<String> SCORE_FIELDS = List.of("pathway", "score", "reasons", "rules");
  private static final List<String> ACTION_FIELDS = List.of("id", "pathway", "competency", "priority", "title",
      "detail", "because", "rules");
  private static final List<String> RATING_FIELDS = List.of("competency", "level", "evidence", "rules");
  private static final List<String> WARNING_FIELDS = List.of("id", "message");
  private static final List<String> EXPLANATION_FIELDS = List.of("rule", "effect", "facts");

  private static final StrictReader.Choice<RoleFamily> ROLES = StrictReader.Choice.of(RoleFamily.class);
  private static final StrictReader.Choice<Pathway> PATHWAYS = StrictReader.Choice.of(Pathway.class);
  private static final StrictReader.Choice<Stage> STAGES = StrictReader.Choice.of(Stage.class);
  private static final StrictReader.Choice<Competency> COMPETENCIES = StrictReader.Choice.of(Competency.class);
  private static final StrictReader.Choice<CompetencyLevel> LEVELS = StrictReader.Choice.of(CompetencyLevel.class);
  private static final StrictReader.Choice<TitleModifier> MODIFIERS = StrictReader.Choice.of(TitleModifier.class);

  private final StrictReader in;

  AdviceReading(JsonParser p) {
    this.in = new StrictReader(p);
  }

  Advice advice() throws IOException {
    Object[] v = new Object[ADVICE_FIELDS.size()];
    in.fields(ADVICE_FIELDS, (name, index) -> v[index] = switch (name) {
      case "profileId" -> in.text();
      case "roleFamily" -> in.enumValue(ROLES);
      case "primaryPathway" -> in.enumValue(PATHWAYS);
      case "pathways" -> in.array(false, this::score);
      case "actions" -> in.array(false, this::action);
      case "competencies" -> in.array(false, this::rating);
      case "warnings" -> in.array(false, this::warning);
      case "explanation" -> in.array(false, this::explanation);
      case "titleReading" -> titleReading();
      case "unreadSkills" -> in.strings(false);
      case "stage" -> in.enumValue(STAGES);
      default -> throw new IllegalStateException("no reader for the field " + name);
    });
    required("roleFamily", v[1]);
    return new Advice((String) v[0], (RoleFamily) v[1], (Pathway) v[2], list(v[3]), list(v[4]), list(v[5]),
        list(v[6]), list(v[7]), (TitleReading) v[8], list(v[9]), (Stage) v[10]);
  }

  private TitleReading titleReading() throws IOException {
    long start = in.position();
    Object[] v = new Object[READING_FIELDS.size()];
    in.fields(READING_FIELDS, (name, index) -> v[index] = switch (name) {
      case "family" -> in.enumValue(ROLES);
      case "confidence" -> in.number(0, 1);
      case "modifiers" -> in.array(false, () -> in.enumValue(MODIFIERS));
      case "seniority" -> in.strings(false);
      default -> in.text();
    });
    required("title", v[0]);
    required("family", v[1]);
    try {
      return new TitleReading((String) v[0], (RoleFamily) v[1], v[2] == null ? 0 : (Double) v[2], (String) v[3],
          (String) v[4], Set.copyOf(AdviceReading.<TitleModifier>list(v[5])), list(v[6]),
          (String) v[7]);
    } catch (IllegalArgumentException e) {
      throw new InvalidProfileException(in.path(), e.getMessage(), List.of(), StrictReader.line(start),
          StrictReader.column(start));
    }
  }

  private PathwayScore score() throws IOException {
    Object[] v = new Object[SCORE_FIELDS.size()];
    in.fields(SCORE_FIELDS, (name, index) -> v[index] = switch (name) {
      case "pathway" -> in.enumValue(PATHWAYS);
      case "score" -> (int) in.wholeNumber(0, 100);
      default -> in.strings(false);
    });
    required("pathway", v[0]);
    return new PathwayScore((Pathway) v[0], v[1] == null ? 0 : (Integer) v[1], list(v[2]), list(v[3]));
  }

  private Action action() throws IOException {
    Object[] v = new Object[ACTION_FIELDS.size()];
    in.fields(ACTION_FIELDS, (name, index) -> v[index] = switch (name) {
      case "id", "title", "detail" -> in.text();
      case "pathway" -> in.enumValue(PATHWAYS);
      case "competency" -> in.enumValue(COMPETENCIES);
      case "priority" -> (int) in.wholeNumber(1, Integer.MAX_VALUE);
      default -> in.strings(false);
    });
    required("id", v[0]);
    required("priority", v[3]);
    return new Action((String) v[0], (Pathway) v[1], (Competency) v[2], (Integer) v[3], text(v[4]), text(v[5]),
        list(v[6]), list(v[7]));
  }

  private CompetencyRating rating() throws IOException {
    Object[] v = new Object[RATING_FIELDS.size()];
    in.fields(RATING_FIELDS, (name, index) -> v[index] = switch (name) {
      case "competency" -> in.enumValue(COMPETENCIES);
      case "level" -> in.enumValue(LEVELS);
      default -> in.strings(false);
    });
    required("competency", v[0]);
    required("level", v[1]);
    return new CompetencyRating((Competency) v[0], (CompetencyLevel) v[1], list(v[2]), list(v[3]));
  }

  private Warning warning() throws IOException {
    String[] v = new String[WARNING_FIELDS.size()];
    in.fields(WARNING_FIELDS, (name, index) -> v[index] = in.text());
    required("id", v[0]);
    return new Warning(v[0], text(v[1]));
  }

  private Explanation explanation() throws IOException {
    Object[] v = new Object[EXPLANATION_FIELDS.size()];
    in.fields(EXPLANATION_FIELDS, (name, index) -> v[index] = name.equals("facts")
        ? in.strings(false) : in.text());
    required("rule", v[0]);
    return new Explanation((String) v[0], text(v[1]), list(v[2]));
  }

  private void required(String field, Object value) {
    if (value == null) {
      throw in.errorIn(field, "is required");
    }
  }

  private static String text(Object value) {
    return value == null ? "" : (String) value;
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> list(Object value) {
    return value == null ? List.of() : (List<T>) value;
  }
}
