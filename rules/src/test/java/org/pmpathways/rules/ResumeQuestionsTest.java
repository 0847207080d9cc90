package org.pmpathways.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmpathways.advice.Pathway;
import org.pmpathways.profile.Employer;
import org.pmpathways.profile.PmLikeWork;
import org.pmpathways.profile.Profile;
import org.pmpathways.resume.ImportResult;
import org.pmpathways.resume.Question;
import org.pmpathways.resume.ResumeImport;
import org.pmpathways.resume.UnknownFact;

/** The questions an imported résumé leaves, ranked with the real advisor and the real rules. */
class ResumeQuestionsTest {
  static final ResumeImport IMPORT = ResumeImport.asOf(LocalDate.of(2025, 6, 15));

  static final String MARKETER = """
      {"work": [{"name": "Lumen", "position": "Marketing Manager", "startDate": "2019-01"},
                {"name": "Harbor", "position": "Marketing Assistant", "startDate": "2016-01", "endDate": "2018-12"}],
       "skills": [{"name": "Marketing", "keywords": ["launch strategy"]}]}""";

  static final String ENGINEER = """
      {"work": [{"position": "Software Engineer", "startDate": "2019-01"}]}""";

  @Test
  void forAMarketerTheEmployerQuestionComesFirstBecauseItDecidesThePathway() {
    ImportResult imported = IMPORT.fromJsonResume(MARKETER);
    List<Question> questions = imported.questions(Fixtures.ADVISOR);
    Question first = questions.get(0);
    assertEquals("EMPLOYER_BUILDS_DIGITAL_PRODUCTS", first.id());
    assertTrue(first.changesPrimaryPathway());
    assertEquals(1.0, first.primaryChangeShare());
    // Checked directly: the two answers give two pathways.
    Profile digital = with(imported.profile(), Employer.of(true, false, false), List.of());
    Profile notDigital = with(imported.profile(), Employer.of(false, false, false), List.of());
    assertEquals(Pathway.INTERNAL_MOVE, Fixtures.advise(digital).primaryPathway());
    assertEquals(Pathway.BUILD_YOUR_OWN, Fixtures.advise(notDigital).primaryPathway());
    int change = Math.abs(Fixtures.score(Fixtures.advise(digital), Pathway.INTERNAL_MOVE)
        - Fixtures.score(Fixtures.advise(notDigital), Pathway.INTERNAL_MOVE));
    assertTrue(change > 0 && first.largestScoreChange() >= change, first + " vs " + change);
  }

  @Test
  void aQuestionThatMattersOnlyOnceAnotherIsAnsweredStillCounts() {
    ImportResult imported = IMPORT.fromJsonResume(ENGINEER);
    List<Question> questions = imported.questions(Fixtures.ADVISOR);
    Question work = questions.stream().filter(q -> q.fact() == UnknownFact.PM_LIKE_WORK).findFirst().orElseThrow();
    assertTrue(work.changesPrimaryPathway(), questions.toString());
    assertTrue(work.primaryChangeShare() > 0 && work.primaryChangeShare() < 1, questions.toString());
    // Checked directly: at some employer, product work done in the job changes the primary pathway.
    boolean changes = false;
    for (Employer employer : List.of(Employer.of(false, false, false), Employer.of(true, false, false),
        Employer.of(true, true, false), Employer.of(true, true, true))) {
      Pathway without = Fixtures.advise(with(imported.profile(), employer, List.of())).primaryPathway();
      Pathway withWork = Fixtures.advise(with(imported.profile(), employer, List.of(PmLikeWork.DEFINED_PROBLEM,
          PmLikeWork.PRIORITIZED_BACKLOG, PmLikeWork.RAN_USER_RESEARCH))).primaryPathway();
      changes |= without != withWork;
    }
    assertTrue(changes);
    assertTrue(questions.indexOf(work) < indexOf(questions, UnknownFact.EMPLOYER_HAS_PRODUCT_MANAGERS),
        "a question that can change the pathway comes before one that only moves scores");
  }

  @Test
  void questionsAreOrderedByWhatTheirAnswersChange() {
    for (String json : List.of(MARKETER, ENGINEER)) {
      List<Question> questions = IMPORT.fromJsonResume(json).questions(Fixtures.ADVISOR);
      Comparator<Question> order = Comparator.comparing((Question q) -> !q.changesPrimaryPathway())
          .thenComparing(Comparator.comparingDouble(Question::primaryChangeShare).reversed())
          .thenComparing(Comparator.comparingInt(Question::largestScoreChange).reversed())
          .thenComparing(Comparator.comparingInt(Question::actionsChanged).reversed());
      for (int i = 1; i < questions.size(); i++) {
        assertTrue(order.compare(questions.get(i - 1), questions.get(i)) <= 0, questions.toString());
      }
      assertEquals(IMPORT.fromJsonResume(json).report().unknownFacts().size(), questions.size());
    }
  }

  @Test
  void someoneNotEmployedIsNotAskedAboutAnEmployer() {
    ImportResult imported = IMPORT.fromJsonResume("""
        {"work": [{"position": "Nurse", "startDate": "2012-01", "endDate": "2024-01"}],
         "projects": [{"name": "Shift swap", "description": "a no-code app for swapping shifts"}]}""");
    List<Question> questions = imported.questions(Fixtures.ADVISOR);
    assertFalse(questions.stream().anyMatch(q -> q.fact().name().startsWith("EMPLOYER")), questions.toString());
    Question results = questions.get(0);
    assertEquals(UnknownFact.SIDE_PROJECT_RESULTS, results.fact(), "a launch with users changes the actions most");
    assertTrue(results.actionsChanged() > 0);
  }

  @Test
  void textsComeFromTheBundleAndTheSameImportGivesTheSameQuestions() {
    ImportResult imported = IMPORT.fromJsonResume(MARKETER);
    List<Question> english = imported.questions(Fixtures.ADVISOR);
    assertEquals("Does your current employer build software, apps or other digital products?", english.get(0).text());
    assertEquals(english, imported.questions(Fixtures.ADVISOR, Locale.FRENCH), "no French texts yet: English, never"
        + " the JVM's locale");
    assertEquals(english, IMPORT.fromJsonResume(MARKETER).questions(Fixtures.ADVISOR));
    assertNotEquals(english, IMPORT.fromJsonResume(ENGINEER).questions(Fixtures.ADVISOR));
  }

  private static int indexOf(List<Question> questions, UnknownFact fact) {
    for (int i = 0; i < questions.size(); i++) {
      if (questions.get(i).fact() == fact) {
        return i;
      }
    }
    throw new AssertionError(fact + " not asked: " + questions);
  }

  private static Profile with(Profile p, Employer employer, List<PmLikeWork> work) {
    Profile.Builder b = Profile.builder().title(p.title().orElseThrow()).yearsExperience(p.yearsExperience())
        .skills(p.skills()).sideProjects(p.sideProjects()).certifications(p.certifications()).employer(employer)
        .pmLikeWork(work);
    return b.build();
  }
}
