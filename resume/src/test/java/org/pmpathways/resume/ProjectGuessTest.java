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
      // a launch word taken back does not launch
      "Idea for an app; not launched yet, no users | IDEA",
      "Never shipped: a side project for learning Swift | IN_PROGRESS",
      "A budgeting tool with no paying users so far | IN_PROGRESS",
      "Beta, yet to be released | IN_PROGRESS",
      "Will be published on the App Store in the spring | IN_PROGRESS",
      "Launched in May, 0 subscribers so far | LAUNCHED",
      "Went live in March; no customers yet | LAUNCHED",
      // "live" alone is not a launch
      "A Figma prototype to help people find live music | IN_PROGRESS",
      "Is live at tinyapp.example with 40 users | LAUNCHED",
      "Hasn't launched yet | IN_PROGRESS",
      "It never got released | IN_PROGRESS",
      "A farm app: we live on a farm | IN_PROGRESS",
      "Interviewed 20 potential customers | IN_PROGRESS",
      "Our client launched it in May | LAUNCHED",
  })
  void saysLaunchedOnlyWhenTheTextSaysSo(String text, ProjectStage stage) {
    assertEquals(stage, ProjectGuess.stage(text.toLowerCase(Locale.ROOT)));
  }
}
