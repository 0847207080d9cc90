package org.pmpathways.resume;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
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
 * Ranks the questions about unknown facts by what their answers do to the real advice.
 *
 * <p>Each unknown fact has two plausible answers (no contacts or three; no product work or some; the
 * side projects did not launch or one did, with users). The three employer facts build on each other,
 * so they are one variable with four states: not a digital-product employer; digital without product
 * managers; with product managers but no formal process; with both. Every combination of the
 * unknowns is advised once (at most 4 x 2 x 2 x 2 x 2 = 64 calls). A question is then judged on the
 * pairs of combinations that differ in its answer alone: whether any pair has another primary pathway,
 * in what share of pairs it does, the largest score change and the most actions changed. So a
 * question that matters only once another is answered still counts, and none is judged with the
 * other unknowns frozen at a default.
 *
 * <p>Thread-safe: stateless.
 */
final class QuestionRanker {
  static final String BUNDLE = "org.pmpathways.resume.questions";

  private static final Employer[] EMPLOYERS = {
      Employer.of(false, false, false), Employer.of(true, false, false), Employer.of(true, true, false),
      Employer.of(true, true, true)};

  private QuestionRanker() {}

  /** One combination of answers: the employer state (-1 when not employed) and a bit per other fact. */
  private record World(int employer, int bits) {}

  static List<Question> rank(PathwayAdvisor advisor, Profile profile, List<UnknownFact> unknown, Locale locale) {
    ResourceBundle texts = ResourceBundle.getBundle(BUNDLE, locale, QuestionRanker.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    boolean employed = unknown.stream().anyMatch(UnknownFact::aboutEmployer);
    List<UnknownFact> others = unknown.stream().filter(f -> !f.aboutEmployer()).toList();
    Map<World, Advice> advice = new HashMap<>();
    for (int e = employed ? 0 : -1; e < (employed ? EMPLOYERS.length : 0); e++) {
      for (int bits = 0; bits < 1 << others.size(); bits++) {
        World world = new World(e, bits);
        advice.put(world, advisor.advise(profileIn(profile, world, others)));
      }
    }
    List<Question> questions = new ArrayList<>();
    for (UnknownFact fact : unknown) {
      List<Advice[]> pairs = new ArrayList<>();
      for (World world : advice.keySet()) {
        World other = flipped(world, fact, others);
        if (other != null) {
          pairs.add(new Advice[] {advice.get(world), advice.get(other)});
        }
      }
      int primaryChanges = 0;
      int largestScoreChange = 0;
      int actionsChanged = 0;
      for (Advice[] pair : pairs) {
        if (pair[0].primaryPathway() != pair[1].primaryPathway()) {
          primaryChanges++;
        }
        largestScoreChange = Math.max(largestScoreChange, scoreChange(pair[0], pair[1]));
        actionsChanged = Math.max(actionsChanged, actionsChanged(pair[0], pair[1]));
      }
      double share = pairs.isEmpty() ? 0 : (double) primaryChanges / pairs.size();
      questions.add(new Question(fact.name(), fact, texts.getString("question." + fact.name()), primaryChanges > 0,
          share, largestScoreChange, actionsChanged));
    }
    questions.sort(Comparator.comparing((Question q) -> !q.changesPrimaryPathway())
        .thenComparing(Comparator.comparingDouble(Question::primaryChangeShare).reversed())
        .thenComparing(Comparator.comparingInt(Question::largestScoreChange).reversed())
        .thenComparing(Comparator.comparingInt(Question::actionsChanged).reversed())
        .thenComparing(Question::fact));
    return List.copyOf(questions);
  }

  /**
   * The combination that differs from {@code world} in the answer to {@code fact} alone, counted once
   * per pair (from the "no" side); null when {@code world} is not on that side.
   */
  private static World flipped(World world, UnknownFact fact, List<UnknownFact> others) {
    if (fact.aboutEmployer()) {
      int from = switch (fact) {
        case EMPLOYER_BUILDS_DIGITAL_PRODUCTS -> 0;
        case EMPLOYER_HAS_PRODUCT_MANAGERS -> 1;
        default -> 2;
      };
      return world.employer() == from ? new World(from + 1, world.bits()) : null;
    }
    int bit = 1 << others.indexOf(fact);
    return (world.bits() & bit) == 0 ? new World(world.employer(), world.bits() | bit) : null;
  }

  private static Profile profileIn(Profile profile, World world, List<UnknownFact> others) {
    List<SideProject> projects = new ArrayList<>(profile.sideProjects());
    Profile.Builder b = Profile.builder()
        .yearsExperience(profile.yearsExperience())
        .skills(profile.skills())
        .certifications(profile.certifications())
        .employer(world.employer() < 0 ? profile.employer().orElse(null) : EMPLOYERS[world.employer()])
        .pmContacts(profile.pmContacts())
        .informationalInterviews(profile.informationalInterviews())
        .pmLikeWork(profile.pmLikeWork());
    profile.id().ifPresent(b::id);
    profile.title().ifPresent(b::title);
    profile.role().ifPresent(b::role);
    for (int i = 0; i < others.size(); i++) {
      if ((world.bits() & 1 << i) == 0) {
        continue;
      }
      switch (others.get(i)) {
        case PM_CONTACTS -> b.pmContacts(Math.max(3, profile.pmContacts()));
        case INFORMATIONAL_INTERVIEWS -> b.informationalInterviews(Math.max(3, profile.informationalInterviews()));
        case PM_LIKE_WORK -> b.pmLikeWork(List.of(PmLikeWork.DEFINED_PROBLEM, PmLikeWork.PRIORITIZED_BACKLOG,
            PmLikeWork.RAN_USER_RESEARCH));
        case SIDE_PROJECT_RESULTS -> {
          if (!projects.isEmpty()) {
            SideProject p = projects.get(0);
            projects.set(0, new SideProject(p.name(), p.kind(), ProjectStage.LAUNCHED, 100, 0, true, true, true));
          }
        }
        default -> throw new IllegalStateException("not a separate answer: " + others.get(i));
      }
    }
    return b.sideProjects(projects).build();
  }

  private static int scoreChange(Advice a, Advice b) {
    int largest = 0;
    for (Pathway pathway : Pathway.values()) {
      int x = a.pathway(pathway).map(PathwayScore::score).orElse(0);
      int y = b.pathway(pathway).map(PathwayScore::score).orElse(0);
      largest = Math.max(largest, Math.abs(x - y));
    }
    return largest;
  }

  private static int actionsChanged(Advice a, Advice b) {
    Set<String> x = new HashSet<>();
    a.actions().stream().map(Action::id).forEach(x::add);
    Set<String> y = new HashSet<>();
    b.actions().stream().map(Action::id).forEach(y::add);
    Set<String> union = new HashSet<>(x);
    union.addAll(y);
    x.retainAll(y);
    return union.size() - x.size();
  }
}
