package org.pmpathways.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;

class ProjectGuessTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "A no-code app built with Bubble for nurses | NO_CODE_APP",
      "Android app for tracking runs | CODED_APP",
      "iOS app on the App Store | CODED_APP",
      "A weekly newsletter about coffee | BLOG_WITH_INFO_PRODUCT",
      "Etsy shop selling prints | ONLINE_STORE",
      "Ran a workshop for café owners | WORKSHOP",
      "Case study of Spotify's onboarding | CASE_STUDY",
      "Clickable prototype in Figma | PROTOTYPE",
      "Redesign of the Duolingo streak screen | FEATURE_REDESIGN",
      "Feature proposal for Slack huddles | FEATURE_PROPOSAL",
      "Recipe ideas | OTHER",
      "Mobile application | OTHER",
      "A blog and an Etsy shop | OTHER",
  })
  void guessesAKindOnlyWhenTheWordsPointToOne(String text, ProjectKind kind) {
    assertEquals(kind, ProjectGuess.kind(text.toLowerCase(Locale.ROOT)));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Launched to three wards | LAUNCHED",
      "Live on Google Play with 2,000 downloads | LAUNCHED",
      "An idea for a tenant app | IDEA",
      "Concept for a parking app | IDEA",
      "Building a budgeting app | IN_PROGRESS",
      "Relaunch planned | IDEA",
  })
  void saysLaunchedOnlyWhenTheTextSaysSo(String text, ProjectStage stage) {
    assertEquals(stage, ProjectGuess.stage(text.toLowerCase(Locale.ROOT)));
  }
}
