package org.pmpathways.resume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.advice.Action;
import org.pmpathways.advice.Advice;
import org.pmpathways.advice.Pathway;
import org.pmpathways.advice.PathwayScore;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.profile.ProjectStage;
import org.pmpathways.profile.SideProject;

/**
 * Ranks the questions about unknown facts by what their plausible answers do to the real advice.
 *
 * <p>Thread-safe: stateless.
 */
final class QuestionRanker {
  static final String BUNDLE = "org.pmpathways.resume.questions";

  private QuestionRanker() {}

  static List<Question> rank(PathwayAdvisor advisor, Profile profile, List<UnknownFact> unknown, Locale locale) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, QuestionRanker.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    List<Question> questions = new ArrayList<>();
    for (UnknownFact fact : unknown) {
      List<Advice> answers = new ArrayList<>();
      for (UnaryOperator<Profile.Builder> answer : answers(fact, profile)) {
        answers.add(advisor.advise(answer.apply(copy(profile)).build()));
      }
      questions.add(new Question(fact.name(), fact, texts.getString("question." + fact.name()),
          primaryChanges(answers), largestScoreChange(answers), actionsChanged(answers)));
    }
    questions.sort(Comparator.comparing((Question q) -> !q.changesPrimaryPathway())
        .thenComparing(Comparator.comparingInt(Question::largestScoreChange).reversed())
        .thenComparing(Comparator.comparingInt(Question::actionsChanged).reversed())
        .thenComparing(Question::fact));
    return List.copyOf(questions);
  }

  /**
   * The plausible answers to a question, as changes to the imported profile. The employer questions
   * build on each other the way the facts do: product managers and a formal process only matter at an
   * employer that builds digital products.
   */
  static List<UnaryOperator<Profile.Builder>> answers(UnknownFact fact, Profile profile) {
    return switch (fact) {
      case EMPLOYER_BUILDS_DIGITAL_PRODUCTS -> List.of(
          b -> b.employer(Employer.of(false, false, false)), b -> b.employer(Employer.of(true, false, false)));
      case EMPLOYER_HAS_PRODUCT_MANAGERS -> List.of(
          b -> b.employer(Employer.of(true, false, false)), b -> b.employer(Employer.of(true, true, false)));
      case EMPLOYER_FORMAL_PRODUCT_PROCESS -> List.of(
          b -> b.employer(Employer.of(true, true, false)), b -> b.employer(Employer.of(true, true, true)));
      case PM_CONTACTS -> List.of(b -> b.pmContacts(0), b -> b.pmContacts(3));
      case INFORMATIONAL_INTERVIEWS -> List.of(b -> b.informationalInterviews(0), b -> b.informationalInterviews(3));
      case PM_LIKE_WORK -> List.of(b -> b, b -> b.pmLikeWork(List.of(PmLikeWork.DEFINED_PROBLEM,
          PmLikeWork.PRIORITIZED_BACKLOG, PmLikeWork.RAN_USER_RESEARCH)));
      case SIDE_PROJECT_RESULTS -> List.of(b -> b, b -> withLaunchedFirstProject(b, profile));
    };
  }

  private static Profile.Builder withLaunchedFirstProject(Profile.Builder b, Profile profile) {
    List<SideProject> projects = new ArrayList<>(profile.sideProjects());
    if (!projects.isEmpty()) {
      SideProject p = projects.get(0);
      projects.set(0, new SideProject(p.name(), p.kind(), ProjectStage.LAUNCHED, 100, 0, true, true, true));
    }
    return copy(profile, projects);
  }

  private static boolean primaryChanges(List<Advice> answers) {
    return answers.stream().map(Advice::primaryPathway).distinct().count() > 1;
  }

  private static int largestScoreChange(List<Advice> answers) {
    int largest = 0;
    for (Pathway pathway : Pathway.values()) {
      int min = Integer.MAX_VALUE;
      int max = Integer.MIN_VALUE;
      for (Advice advice : answers) {
        int score = advice.pathway(pathway).map(PathwayScore::score).orElse(0);
        min = Math.min(min, score);
        max = Math.max(max, score);
      }
      largest = Math.max(largest, max - min);
    }
    return largest;
  }

  private static int actionsChanged(List<Advice> answers) {
    Set<String> all = new HashSet<>();
    Set<String> everywhere = null;
    for (Advice advice : answers) {
      Set<String> ids = new HashSet<>();
      advice.actions().stream().map(Action::id).forEach(ids::add);
      all.addAll(ids);
      if (everywhere == null) {
        everywhere = ids;
      } else {
        everywhere.retainAll(ids);
      }
    }
    return all.size() - (everywhere == null ? 0 : everywhere.size());
  }

  static Profile.Builder copy(Profile profile) {
    return copy(profile, profile.sideProjects());
  }

  private static Profile.Builder copy(Profile profile, List<SideProject> projects) {
    Profile.Builder b = Profile.builder()
        .yearsExperience(profile.yearsExperience())
        .skills(profile.skills())
        .sideProjects(projects)
        .certifications(profile.certifications())
        .employer(profile.employer().orElse(null))
        .pmContacts(profile.pmContacts())
        .informationalInterviews(profile.informationalInterviews())
        .pmLikeWork(profile.pmLikeWork());
    profile.id().ifPresent(b::id);
    profile.title().ifPresent(b::title);
    profile.role().ifPresent(b::role);
    return b;
  }
}
