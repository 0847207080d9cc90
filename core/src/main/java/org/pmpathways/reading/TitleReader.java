package org.pmpathways.reading;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.pmpathways.profile.RoleFamily;

/**
 * Reads job titles against a table of labels (ESCO occupation labels and the project's own phrases),
 * each with a role family and a source.
 *
 * <p>A title is read whole, and, when it has several parts ("Founder / CEO", "Sales Manager – EMEA",
 * "PM, Payments"), part by part; anything after " at " or "@" names the employer and is left out. In
 * each part the modifier words are set aside, the word map rewrites abbreviations and drops seniority
 * and filler words, and the labels are searched for as whole words: the longest label found decides
 * the family, and among equally long ones the last (titles end with their head noun). The part's
 * confidence is 1 when that label is the whole part, otherwise 0.3 plus 0.7 times the share of the
 * part's words that some label explains (at most 0.95); seniority words left in ("head", "lead") do
 * not count. When no label matches, a head word may (see {@link #addHead}). The most confident part wins, the whole title
 * on a tie, then the first part. See {@link TitleModifier} for what the modifiers do.
 *
 * <p>Immutable and thread-safe once built.
 */
final class TitleReader {
  /** Below this confidence a title is UNKNOWN. */
  static final double THRESHOLD = 0.5;
  /** Longer titles are read up to this many words; nobody's job title is longer. */
  private static final int MAX_WORDS = 40;
  private static final Pattern EMPLOYER = Pattern.compile("(?i)\\s+at\\s+|@");
  private static final Pattern PARTS = Pattern.compile("\\s*(?:[/|,;:()\\[\\]\u2013\u2014+&]|\\s-\\s)\\s*");
  private static final Set<String> SENIORITY = Set.of("senior", "sr", "snr", "junior", "jr", "lead", "principal",
      "staff", "head", "chief", "ii", "iii", "iv", "vi", "entry", "mid", "confirme", "confirmee");
  private static final Map<String, String> SENIORITY_SPELLING = Map.of("sr", "senior", "snr", "senior", "jr", "junior");

  /** The family and source a label stands for; shared by all labels of one occupation. */
  record Origin(RoleFamily family, String source) {}

  private final Phrases<Void> words;
  private final Map<String, TitleModifier> modifiers;
  private final Map<String, Origin> labels = new HashMap<>(65_536);
  private final Map<String, Integer> longestByFirstWord = new HashMap<>(16_384);
  /** Head words: the last word of ESCO labels that mostly share one family ("surgeon"). */
  private final Map<String, Origin> heads = new HashMap<>(4_096);

  /**
   * @param wordMap words rewritten or dropped before matching (see {@link Phrases})
   * @param modifiers modifier words and two-word phrases, in plain form
   */
  TitleReader(Map<String, String[]> wordMap, Map<String, TitleModifier> modifiers) {
    this.words = new Phrases<>(wordMap);
    this.modifiers = Map.copyOf(modifiers);
  }

  /** Adds a label in any spelling; a label already present keeps its first origin. */
  void add(String label, Origin origin) {
    addTokens(words.tokens(label), origin);
  }

  /**
   * Adds an ESCO label already in the reader's form (lower case, no accents, the word map applied,
   * words split by single spaces), as the title index holds it.
   */
  void addPlain(String label, Origin origin) {
    int firstSpace = label.indexOf(' ');
    if (label.isEmpty() || (firstSpace < 0 && SENIORITY.contains(label)) || labels.putIfAbsent(label, origin) != null) {
      return;
    }
    int words = 1;
    for (int i = firstSpace; i >= 0; i = label.indexOf(' ', i + 1)) {
      words++;
    }
    String first = firstSpace < 0 ? label : label.substring(0, firstSpace);
    Integer longest = longestByFirstWord.get(first);
    if (longest == null || longest < words) {
      longestByFirstWord.put(first, words);
    }
  }

  /**
   * Adds a head word: the last word of ESCO labels that mostly share one family ("surgeon",
   * "therapist"). A head word decides a title only when no label does, and with a confidence of at most
   * {@value #HEAD_CONFIDENCE}: it says what kind of work it is, not which job.
   */
  void addHead(String word, Origin origin) {
    if (!SENIORITY.contains(word)) {
      heads.putIfAbsent(word, origin);
    }
  }

  static final double HEAD_CONFIDENCE = 0.6;

  /** Adds a label; a label of one seniority word alone ("chief", "lead") says nothing and is left out. */
  private void addTokens(String[] tokens, Origin origin) {
    if (tokens.length == 0 || (tokens.length == 1 && SENIORITY.contains(tokens[0]))) {
      return;
    }
    if (labels.putIfAbsent(String.join(" ", tokens), origin) == null) {
      longestByFirstWord.merge(tokens[0], tokens.length, Math::max);
    }
  }

  /** How many labels the reader knows. */
  int size() {
    return labels.size();
  }

  /** One part of a title, read. */
  private record Part(Set<TitleModifier> modifiers, List<String> seniority, int words, String label, Origin origin,
      double confidence) {
    boolean notHeldNow() {
      return modifiers.contains(TitleModifier.ASPIRING) || modifiers.contains(TitleModifier.FORMER);
    }
  }

  TitleReading read(String title) {
    if (title.isBlank()) {
      return new TitleReading(title, RoleFamily.UNKNOWN, 0, null, null, Set.of(), List.of(), "the title is empty");
    }
    String text = title.length() > 400 ? title.substring(0, 400) : title;
    String[] employer = EMPLOYER.split(text, 2);
    String job = employer[0].isBlank() && employer.length > 1 ? employer[1] : employer[0];
    List<Part> parts = new ArrayList<>(4);
    parts.add(part(job));
    String[] pieces = PARTS.split(job);
    if (pieces.length > 1) {
      for (String piece : pieces) {
        if (!piece.isBlank()) {
          parts.add(part(piece));
        }
      }
    }
    Set<TitleModifier> allModifiers = EnumSet.noneOf(TitleModifier.class);
    for (Part p : parts) {
      allModifiers.addAll(p.modifiers());
    }
    List<String> seniority = parts.get(0).seniority();

    Part best = null;
    for (Part p : parts) {
      if (p.origin() != null && !p.notHeldNow() && (best == null || p.confidence() > best.confidence())) {
        best = p;
      }
    }
    if (best != null && best.confidence() >= THRESHOLD) {
      RoleFamily family = best.origin().family();
      if (family == RoleFamily.PRODUCT_MANAGER) {
        for (TitleModifier m : best.modifiers()) {
          if (m == TitleModifier.INTERN || m == TitleModifier.STUDENT || m == TitleModifier.TRAINEE) {
            return reading(title, RoleFamily.UNKNOWN, best, allModifiers, seniority, "a product-management "
                + m.name().toLowerCase() + " is not yet a product manager; give the role held now");
          }
        }
      }
      Part notHeld = notHeldNow(parts);
      String reason = notHeld == null ? null : "'" + notHeld.label() + "' is marked "
          + modifierWord(notHeld.modifiers()) + ", a role not held now, so another part of the title decided";
      return reading(title, family, best, allModifiers, seniority, reason);
    }
    Part notHeld = notHeldNow(parts);
    if (notHeld != null) {
      return reading(title, RoleFamily.UNKNOWN, notHeld, allModifiers, seniority, "'" + notHeld.label()
          + "' is marked " + modifierWord(notHeld.modifiers())
          + ": a role the person does not hold now; give the role held now");
    }
    if (best != null) {
      return reading(title, RoleFamily.UNKNOWN, best, allModifiers, seniority, "only '" + best.label()
          + "' is a known job in '" + title + "', too little of it to read the title");
    }
    if (!allModifiers.isEmpty() && parts.get(0).words() == 0) {
      return new TitleReading(title, RoleFamily.UNKNOWN, 0, null, null, allModifiers, seniority,
          "'" + title + "' says how or where the person works (" + modifierWord(allModifiers)
              + "), not the job; give the role");
    }
    return new TitleReading(title, RoleFamily.UNKNOWN, 0, null, null, allModifiers, seniority,
        "no known job title in '" + title + "'");
  }

  /**
   * The part that names a role not held now, with a label: one of the title's parts if it has several
   * (the whole title carries every part's modifiers, so its label may belong to another part), else the
   * whole; {@code null} if none.
   */
  private static Part notHeldNow(List<Part> parts) {
    for (int i = parts.size() > 1 ? 1 : 0; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (p.notHeldNow() && p.origin() != null) {
        return p;
      }
    }
    return null;
  }

  private static TitleReading reading(String title, RoleFamily family, Part p, Set<TitleModifier> modifiers,
      List<String> seniority, String reason) {
    return new TitleReading(title, family, p.confidence(), p.label(), p.origin().source(), modifiers, seniority,
        reason);
  }

  private static String modifierWord(Set<TitleModifier> modifiers) {
    List<String> names = new ArrayList<>();
    for (TitleModifier m : modifiers) {
      names.add(m.name().toLowerCase());
    }
    return String.join(", ", names);
  }

  private Part part(String text) {
    String[] raw = words.rawTokens(text);
    int length = Math.min(raw.length, MAX_WORDS);
    Set<TitleModifier> found = EnumSet.noneOf(TitleModifier.class);
    List<String> seniority = new ArrayList<>(2);
    List<String> rest = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      TitleModifier pair = i + 1 < length ? modifiers.get(raw[i] + " " + raw[i + 1]) : null;
      if (pair != null) {
        found.add(pair);
        i++;
        continue;
      }
      TitleModifier single = modifiers.get(raw[i]);
      if (single != null) {
        found.add(single);
        continue;
      }
      if (SENIORITY.contains(raw[i])) {
        String word = SENIORITY_SPELLING.getOrDefault(raw[i], raw[i]);
        if (!seniority.contains(word)) {
          seniority.add(word);
        }
      }
      rest.add(raw[i]);
    }
    String[] tokens = words.map(rest);
    int n = tokens.length;
    boolean[] covered = new boolean[n];
    int bestStart = -1;
    int bestLength = 0;
    String bestLabel = null;
    Origin bestOrigin = null;
    StringBuilder key = new StringBuilder(48);
    for (int i = 0; i < n; i++) {
      Integer longest = longestByFirstWord.get(tokens[i]);
      if (longest == null) {
        continue;
      }
      for (int len = Math.min(longest, n - i); len >= 1; len--) {
        key.setLength(0);
        for (int j = i; j < i + len; j++) {
          if (j > i) {
            key.append(' ');
          }
          key.append(tokens[j]);
        }
        String candidate = key.toString();
        Origin origin = labels.get(candidate);
        if (origin == null) {
          continue;
        }
        for (int j = i; j < i + len; j++) {
          covered[j] = true;
        }
        if (len > bestLength || (len == bestLength && i >= bestStart)) {
          bestStart = i;
          bestLength = len;
          bestLabel = candidate;
          bestOrigin = origin;
        }
        break;
      }
    }
    if (bestOrigin == null) {
      for (int i = n - 1; i >= 0; i--) {
        Origin head = heads.get(tokens[i]);
        if (head != null) {
          return new Part(found, seniority, n, tokens[i], head,
              Math.min(HEAD_CONFIDENCE, n == 1 ? 1.0 : 0.3 + 0.7 / n));
        }
      }
      return new Part(found, seniority, n, null, null, 0);
    }
    // Seniority words left in the title ("head", "lead") neither help nor hurt the confidence.
    int count = 0;
    int words = 0;
    for (int i = 0; i < n; i++) {
      if (covered[i]) {
        count++;
        words++;
      } else if (!SENIORITY.contains(tokens[i])) {
        words++;
      }
    }
    double confidence = bestLength == words ? 1.0 : Math.min(0.95, 0.3 + 0.7 * count / words);
    return new Part(found, seniority, n, bestLabel, bestOrigin, confidence);
  }
}
