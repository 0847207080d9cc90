package org.pmpathways.resume;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.pmpathways.profile.ProjectKind;
import org.pmpathways.profile.ProjectStage;

/**
 * Guesses a side project's kind and stage from its name and description, conservatively: a kind only
 * when the words point to exactly one, a launch only when the text says so. Everything else is
 * {@link ProjectKind#OTHER} and {@link ProjectStage#IN_PROGRESS}, and the report says it was a guess.
 *
 * <p>Thread-safe: stateless.
 */
final class ProjectGuess {
  private static final Map<ProjectKind, Pattern> KIND_WORDS = new LinkedHashMap<>();

  static {
    KIND_WORDS.put(ProjectKind.NO_CODE_APP, words("no-code|no code|nocode|bubble|webflow|glide|airtable|zapier|softr|adalo"));
    KIND_WORDS.put(ProjectKind.CODED_APP, words("apps?|ios|android|web app|api|react|flutter|python|java|javascript"
        + "|typescript|node\\.js|django|rails|chrome extension|browser extension|bot|cli|library|open[- ]source"));
    KIND_WORDS.put(ProjectKind.BLOG_WITH_INFO_PRODUCT, words("blog|newsletter|e-?book|substack|info product|guide for sale"));
    KIND_WORDS.put(ProjectKind.ONLINE_STORE, words("online store|online shop|e-?shop|etsy|shopify|woocommerce"));
    KIND_WORDS.put(ProjectKind.WORKSHOP, words("workshop|workshops|bootcamp session|masterclass"));
    KIND_WORDS.put(ProjectKind.CASE_STUDY, words("case study|case-study"));
    KIND_WORDS.put(ProjectKind.PROTOTYPE, words("prototype|figma|clickable mock-?up|wireframes?"));
    KIND_WORDS.put(ProjectKind.FEATURE_PROPOSAL, words("feature proposal|product proposal|proposed a feature"));
    KIND_WORDS.put(ProjectKind.FEATURE_REDESIGN, words("redesign|redesigned|teardown|critique"));
  }

  private static final Pattern LAUNCHED = words("launched|went live|is live|now live|live since"
      + "|released|published|shipped|in production|on the app store|on google play|customers|paying users|subscribers");
  /**
   * Words just before a launch word that take it back: "not launched yet", "never shipped", "no
   * customers", "yet to be released", "0 subscribers", "will launch".
   */
  private static final Pattern TAKEN_BACK = Pattern.compile("(?:(?<![\\p{L}\\p{N}])(?:not|never|never got|no|zero|0"
      + "|yet to|to be|will|will be|before|before it|about to|plan to|planning to|hope to|hoping to|until|unless"
      + "|potential|prospective|target|future)|n[\'\u2019]t)(?: yet)?(?: been)?"
      + "(?: (?:any|many|real|paying|launched|released|published|shipped))?\\s*$");
  /** How far before a launch word {@link #TAKEN_BACK} looks. */
  private static final int TAKEN_BACK_WINDOW = 30;
  private static final Pattern IDEA = words("idea|concept|planned|planning");

  private ProjectGuess() {}

  private static Pattern words(String alternatives) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
  }

  /** The one kind the lower-case text points to, or OTHER when it points to none or to several. */
  static ProjectKind kind(String text) {
    List<ProjectKind> found = KIND_WORDS.entrySet().stream().filter(e -> e.getValue().matcher(text).find())
        .map(Map.Entry::getKey).toList();
    if (found.size() == 2 && found.contains(ProjectKind.NO_CODE_APP) && found.contains(ProjectKind.CODED_APP)) {
      return ProjectKind.NO_CODE_APP; // "a no-code app": the words for "app" also match
    }
    return found.size() == 1 ? found.get(0) : ProjectKind.OTHER;
  }

  /**
   * LAUNCHED when the text says so and does not take it back ("not launched yet", "no users"); IDEA
   * when it says idea or concept; otherwise IN_PROGRESS.
   */
  static ProjectStage stage(String text) {
    Matcher m = LAUNCHED.matcher(text);
    while (m.find()) {
      String before = text.substring(Math.max(0, m.start() - TAKEN_BACK_WINDOW), m.start());
      if (!TAKEN_BACK.matcher(before).find()) {
        return ProjectStage.LAUNCHED;
      }
    }
    if (IDEA.matcher(text).find()) {
      return ProjectStage.IDEA;
    }
    return ProjectStage.IN_PROGRESS;
  }

  static String why(ProjectKind kind) {
    return kind == ProjectKind.OTHER ? "(guessed: the text names no one kind of project)"
        : "(guessed from the words of its name and description)";
  }

  static String why(ProjectStage stage) {
    return switch (stage) {
      case LAUNCHED -> "(guessed: the text says it launched or has users)";
      case IDEA -> "(guessed: the text calls it an idea or a concept)";
      case IN_PROGRESS -> "(guessed: the text does not say it launched)";
    };
  }
}
