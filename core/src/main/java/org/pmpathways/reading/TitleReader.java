package org.pmpathways.reading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
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
 * not count; a label that is the part's head noun (its last word, or its first in Romance titles) is
 * worth at least {@value #HEAD_LABEL_CONFIDENCE}.
 *
 * <p>Many titles are a field and a head noun that says only the rank or kind of job ("Platform
 * Architect", "Analista de Procesos", "Vertriebsmitarbeiter"). When the head is such a noun (see
 * {@link #addHeadNoun}) and no label of two or more words explains it, the field word nearest the head
 * decides, with confidence {@value #FIELD_CONFIDENCE}: the project's field words and labels first, then
 * ESCO's field words; a generic head with no field is UNKNOWN rather than a guess ("Fixed Income
 * Analyst"). A field phrase of ours that reaches further left than the label on the head wins too
 * ("Business Process Manager" over "process manager"). When no label matches at all, a head word may
 * (see {@link #addHead}), unless the head is a generic noun: a title that is only "Consultant" or
 * "Manager" is UNKNOWN. The most confident part wins, the whole title on a tie, then the first part;
 * but a part read as a founder wins over a role in the company ("Co-founder &amp; CTO"). Words the
 * vocabulary does not know are tried in their other inflected form ({@link #INFLECTIONS}) and split when
 * they are compounds. See {@link TitleModifier} for what the modifiers do.
 *
 * <p>Immutable and thread-safe once built.
 */
final class TitleReader {
  /** Below this confidence a title is UNKNOWN. */
  static final double THRESHOLD = 0.5;
  /** Longer titles are read up to this many words; nobody's job title is longer. */
  private static final int MAX_WORDS = 40;
  static final Pattern EMPLOYER = Pattern.compile("(?i)\\s+at\\s+|@");
  static final Pattern PARTS = Pattern.compile("\\s*(?:[/|,;:()\\[\\]\u2013\u2014+&]|\\s-\\s)\\s*");
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
  /** Head nouns that say the rank or kind of job but not the field ("specialist", "architect"). */
  private final Map<String, HeadNoun> headNouns = new HashMap<>(128);
  /** Field words and phrases ("platform", "business process"), each with a family. */
  private final Map<String, Field> fields = new HashMap<>(512);
  private int longestField = 1;
  /** Head nouns of five letters or more, which may end a compound word ("vertriebsmitarbeiter"). */
  private String[] compoundHeads = new String[0];
  /** Every word of the project's own labels, for telling a known word from an inflected one. */
  private final Set<String> ourWords = new HashSet<>(2_048);

  /**
   * Endings of female and other inflected forms of job nouns, each with the ending of the form the
   * vocabulary is more likely to hold: German "-in" ("Entwicklerin"), French "-ière", "-euse",
   * "-trice", "-ienne", "-ée" ("infirmière", "chargée"), Spanish and Portuguese "-ora" and "-a"
   * ("programadora", "advogada"). Tried, in this order, only on words the vocabulary does not know, and
   * kept only when the other form is known.
   */
  private static final String[][] INFLECTIONS = {{"innen", ""}, {"in", ""}, {"iere", "ier"}, {"ieres", "ier"},
      {"euse", "eur"}, {"euses", "eur"}, {"rice", "eur"}, {"rices", "eur"}, {"ienne", "ien"}, {"ee", "e"},
      {"ora", "or"}, {"oras", "or"}, {"a", "o"}, {"as", "os"}};

  /**
   * A head noun: {@code generic} when it says nothing of the field (a title with it and no field word
   * is UNKNOWN), {@code builds} when a data field makes it a developer.
   */
  record HeadNoun(boolean generic, boolean builds) {}

  /** A field: the family it gives a head noun, and the family it gives a head that builds things. */
  record Field(Origin origin, Origin whenBuilding) {}

  /**
   * @param wordMap words rewritten or dropped before matching (see {@link Phrases})
   * @param modifiers modifier words and phrases of two or three words, in plain form
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
    // A one-word ESCO label that is one of our field words ("project", left of "project assistant" once
    // "assistant" is dropped) says the field, not the job: the field words read it.
    if (label.isEmpty() || (firstSpace < 0 && (SENIORITY.contains(label) || fields.containsKey(label)))
        || labels.putIfAbsent(label, origin) != null) {
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

  /** The least confidence of a label that is the title's head noun, whatever else the title says. */
  static final double HEAD_LABEL_CONFIDENCE = 0.6;

  /** How sure a reading from a field word and a head noun is ("Platform Architect"). */
  static final double FIELD_CONFIDENCE = 0.8;
  /** Words that join a head noun to its field in other languages ("analista de datos"); skipped. */
  private static final Set<String> JOINERS = Set.of("de", "del", "des", "du", "d", "da", "do", "dos", "das", "la",
      "le", "les", "l", "el", "los", "las", "em", "en", "y", "e", "et", "und", "fur", "der", "die", "im", "al", "ao",
      "au", "aux", "par", "pour", "sur", "dans", "por", "para", "no", "na", "von", "zum", "zur");

  /** Adds a head noun (title-heads.tsv); the word is normalised like titles. */
  void addHeadNoun(String word, HeadNoun noun) {
    String[] tokens = words.tokens(word);
    if (tokens.length != 1) {
      throw new IllegalArgumentException("head noun '" + word + "' must be one word after normalisation");
    }
    if (headNouns.putIfAbsent(tokens[0], noun) == null && tokens[0].length() >= 5) {
      String[] more = Arrays.copyOf(compoundHeads, compoundHeads.length + 1);
      more[compoundHeads.length] = tokens[0];
      compoundHeads = more;
    }
  }

  /** Adds a field word of ESCO's, in plain form; the project's field words come first. */
  void addEscoField(String word, Origin origin) {
    fields.putIfAbsent(word, new Field(origin, null));
  }

  /** Adds a field word or phrase (title-fields.tsv); the phrase is normalised like titles. */
  void addField(String phrase, Field field) {
    String[] tokens = words.tokens(phrase);
    if (tokens.length == 0) {
      throw new IllegalArgumentException("field '" + phrase + "' has no words after normalisation");
    }
    if (fields.putIfAbsent(String.join(" ", tokens), field) == null) {
      longestField = Math.max(longestField, tokens.length);
    }
  }

  /** Adds a label; a label of one seniority word alone ("chief", "lead") says nothing and is left out. */
  private void addTokens(String[] tokens, Origin origin) {
    if (tokens.length == 0 || (tokens.length == 1 && SENIORITY.contains(tokens[0]))) {
      return;
    }
    if (labels.putIfAbsent(String.join(" ", tokens), origin) == null) {
      longestByFirstWord.merge(tokens[0], tokens.length, Math::max);
    }
    ourWords.addAll(Arrays.asList(tokens));
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

    /** Only modifier words ("(aspiring)", "- former"): they describe a neighbouring part. */
    boolean onlyModifiers() {
      return words == 0 && origin == null && !modifiers.isEmpty();
    }

    Part with(Set<TitleModifier> more) {
      Set<TitleModifier> all = EnumSet.noneOf(TitleModifier.class);
      all.addAll(modifiers);
      all.addAll(more);
      return new Part(all, seniority, words, label, origin, confidence);
    }
  }

  /**
   * Reads a title; one that no label explains but that has a word one letter away from exactly one
   * word of the vocabulary (a letter missing, added, changed or two swapped, the first letter kept) is
   * read again with that word corrected, at a confidence of at most {@value #CORRECTED_CONFIDENCE},
   * and the reason says which word was taken for which.
   */
  TitleReading read(String title) {
    TitleReading reading = readAsWritten(title);
    if (reading.isRead() || reading.reason() == null
        || !(reading.reason().startsWith(NO_KNOWN_TITLE) || reading.reason().startsWith(TOO_LITTLE))) {
      return reading; // read, or unread for what it says (aspiring, former, ...): no misspelling to correct
    }
    String corrected = title;
    List<String> taken = new ArrayList<>(2);
    for (String word : words.rawTokens(title)) {
      String fix = correction(word);
      if (fix != null) {
        // Found in the title as typed: a misspelled word written with an accent is not found, and not corrected.
        Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE).matcher(corrected);
        if (m.find()) {
          corrected = m.replaceAll(fix);
          taken.add("'" + word + "' as '" + fix + "'");
        }
      }
    }
    if (taken.isEmpty()) {
      return reading;
    }
    TitleReading again = readAsWritten(corrected);
    if (!again.isRead()) {
      return reading;
    }
    String why = "read with " + String.join(" and ", taken) + ", taken for a misspelling"
        + (again.reason() == null ? "" : "; " + again.reason());
    return new TitleReading(title, again.family(), Math.min(again.confidence(), CORRECTED_CONFIDENCE),
        again.matchedLabel(), again.source(), again.modifiers(), again.seniority(), why);
  }

  /** The start of the reason of a title in which no label was found. */
  private static final String NO_KNOWN_TITLE = "no known job title in '";
  /** The start of the reason of a title of which a label explains too little. */
  private static final String TOO_LITTLE = "only '";

  /** The most confidence of a title read with a misspelled word corrected. */
  static final double CORRECTED_CONFIDENCE = 0.9;
  /**
   * Shorter words are never corrected (they have too many neighbours one letter away), and a
   * correction is a word at most one letter shorter.
   */
  static final int MIN_CORRECTED_LENGTH = 6;

  /**
   * For correcting misspellings, made on first need: the words a correction may give (the project's
   * labels and head nouns) and every word of every label, ESCO's too, which is never corrected since
   * it is a word ("Taster", "Planet").
   */
  private record Spelling(Set<String> targets, Set<String> words) {}

  private volatile Spelling spelling;

  /**
   * The one word of the project's own labels and head nouns one letter away from {@code word}, with
   * the same first letter, or {@code null}: when the word is short, known, not letters only, a word
   * of the word map or a modifier, a past participle or gerund ("Developed", "Marketing"), or when no
   * word or several are that close, or the only one is the word with a letter more or less at its end
   * ("Founders", "Coders": another form of a word, not a slip). ESCO's many thousand label words are
   * not candidates: among them most words have a neighbour ("Minor", "Taylor", "Oracle").
   */
  private String correction(String word) {
    if (word.length() < MIN_CORRECTED_LENGTH || words.maps(word) || modifiers.containsKey(word)
        || SENIORITY.contains(word) || JOINERS.contains(word) || word.endsWith("ed") || word.endsWith("ing")
        || known(word)) {
      return null;
    }
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
        return null;
      }
    }
    Spelling known = spelling;
    if (known == null) {
      Set<String> targets = new HashSet<>(ourWords.size() * 2);
      for (String w : ourWords) {
        if (w.length() >= MIN_CORRECTED_LENGTH - 1) {
          targets.add(w);
        }
      }
      for (String w : headNouns.keySet()) {
        if (w.length() >= MIN_CORRECTED_LENGTH - 1) {
          targets.add(w);
        }
      }
      Set<String> all = new HashSet<>(labels.size());
      for (String label : labels.keySet()) {
        all.addAll(Arrays.asList(label.split(" ")));
      }
      all.addAll(heads.keySet());
      known = new Spelling(Set.copyOf(targets), Set.copyOf(all));
      spelling = known; // made again by a thread that races this one: the same sets
    }
    if (known.words().contains(word)) {
      return null;
    }
    Set<String> vocabulary = known.targets();
    Set<String> found = new HashSet<>(2);
    char[] w = word.toCharArray();
    StringBuilder b = new StringBuilder(word.length() + 1);
    for (int i = 1; i <= w.length; i++) {
      if (i < w.length) {
        b.setLength(0);
        b.append(w, 0, i).append(w, i + 1, w.length - i - 1); // a letter too many
        keep(b, vocabulary, found);
        if (i + 1 < w.length) {
          b.setLength(0);
          b.append(w, 0, i).append(w[i + 1]).append(w[i]).append(w, i + 2, w.length - i - 2); // two swapped
          keep(b, vocabulary, found);
        }
      }
      for (char c = 'a'; c <= 'z'; c++) {
        b.setLength(0);
        b.append(w, 0, i).append(c).append(w, i, w.length - i); // a letter missing
        keep(b, vocabulary, found);
        if (i < w.length && c != w[i]) {
          b.setLength(0);
          b.append(w, 0, i).append(c).append(w, i + 1, w.length - i - 1); // a letter changed
          keep(b, vocabulary, found);
        }
      }
      if (found.size() > 1) {
        return null;
      }
    }
    if (found.size() != 1) {
      return null;
    }
    String fix = found.iterator().next();
    return fix.startsWith(word) || word.startsWith(fix) ? null : fix;
  }

  private static void keep(StringBuilder candidate, Set<String> vocabulary, Set<String> found) {
    String c = candidate.toString();
    if (vocabulary.contains(c)) {
      found.add(c);
    }
  }

  private TitleReading readAsWritten(String title) {
    if (title.isBlank()) {
      return new TitleReading(title, RoleFamily.UNKNOWN, 0, null, null, Set.of(), List.of(), "the title is empty");
    }
    String text = title.length() > 400 ? title.substring(0, 400) : title;
    // Most titles have neither an employer nor several parts: the regular expressions run only on a
    // title that has a character they need (the same result, without a search that finds nothing).
    String[] employer = mayNameEmployer(text) ? EMPLOYER.split(text, 2) : new String[] {text};
    String job = employer[0].isBlank() && employer.length > 1 ? employer[1] : employer[0];
    List<Part> parts = new ArrayList<>(4);
    parts.add(part(job));
    String[] pieces = mayHaveParts(job) ? PARTS.split(job) : new String[] {job};
    if (pieces.length > 1) {
      List<String> texts = new ArrayList<>(pieces.length);
      for (String piece : pieces) {
        if (!piece.isBlank()) {
          texts.add(piece);
          parts.add(part(piece));
        }
      }
      giveModifiersToTheirRole(parts);
      shareTheHead(texts, parts);
      // A title written head noun first, then its field ("Manager, Customer Success", "Engineer, Site
      // Reliability"), is read the usual way round too.
      if (pieces.length == 2 && !pieces[1].isBlank() && onlyAHeadNoun(pieces[0])) {
        parts.add(part(pieces[1] + " " + pieces[0]));
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
    // A founder who also gives a role in the company ("Co-founder & CTO", "Cofundadora y CEO") runs a
    // company of their own: that decides, however confidently the other role is read.
    for (Part p : parts) {
      if (p.origin() != null && !p.notHeldNow() && p.origin().family() == RoleFamily.FOUNDER
          && p.confidence() >= THRESHOLD && best != null && best.origin().family() != RoleFamily.FOUNDER) {
        best = p;
      }
    }
    if (best != null && best.confidence() >= THRESHOLD) {
      RoleFamily family = best.origin().family();
      if (family == RoleFamily.PRODUCT_MANAGER) {
        for (TitleModifier m : best.modifiers()) {
          if (m == TitleModifier.INTERN || m == TitleModifier.STUDENT || m == TitleModifier.TRAINEE) {
            return reading(title, RoleFamily.UNKNOWN, best, allModifiers, seniority, "a product-management "
                + m.name().toLowerCase(Locale.ROOT) + " is not yet a product manager; give the role held now");
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
      return reading(title, RoleFamily.UNKNOWN, best, allModifiers, seniority, TOO_LITTLE + best.label()
          + "' is a known job in '" + title + "', too little of it to read the title");
    }
    if (allModifiers.contains(TitleModifier.ASPIRING)) {
      return new TitleReading(title, RoleFamily.UNKNOWN, 0, null, null, allModifiers, seniority,
          "'" + title + "' says what the person is looking for, not the job held now; give the role held now");
    }
    if (!allModifiers.isEmpty() && parts.get(0).words() == 0) {
      return new TitleReading(title, RoleFamily.UNKNOWN, 0, null, null, allModifiers, seniority,
          "'" + title + "' says how or where the person works (" + modifierWord(allModifiers)
              + "), not the job; give the role");
    }
    return new TitleReading(title, RoleFamily.UNKNOWN, 0, null, null, allModifiers, seniority,
        NO_KNOWN_TITLE + title + "'");
  }

  /**
   * A piece that is only modifier words ("Product Owner (aspiring)", "Product Manager - former")
   * says something of the role beside it: its modifiers go to the nearest piece before it that has
   * words (or, for a first piece, after it), so that piece is read as not held now, as the whole
   * title is. Pieces start at index 1; index 0 is the whole title.
   */
  private static void giveModifiersToTheirRole(List<Part> parts) {
    for (int i = 1; i < parts.size(); i++) {
      Part p = parts.get(i);
      if (!p.onlyModifiers()) {
        continue;
      }
      int to = -1;
      for (int j = i - 1; j >= 1 && to < 0; j--) {
        if (parts.get(j).words() > 0) {
          to = j;
        }
      }
      for (int j = i + 1; j < parts.size() && to < 0; j++) {
        if (parts.get(j).words() > 0) {
          to = j;
        }
      }
      if (to > 0) {
        parts.set(to, parts.get(to).with(p.modifiers()));
      }
    }
  }

  /**
   * A piece that is one field word ("brand", "ux", "growth"), before a piece that ends in a job noun
   * ("Brand &amp; Web Designer", "UX/UI Designer"), names a field that shares that noun: the piece is
   * read with the noun ("Brand Designer"), and that reading replaces the field word's alone ("brand",
   * a marketing word) when the noun decides it and gives another family. A role ("Founder &amp;
   * Product Designer") is not a field word, and a seniority word is not a shared noun ("Product &amp;
   * Design Lead").
   * {@code texts.get(i)} is the text of {@code parts.get(i + 1)}.
   */
  private void shareTheHead(List<String> texts, List<Part> parts) {
    for (int i = 0; i + 1 < texts.size(); i++) {
      Part p = parts.get(i + 1);
      if (p.words() != 1 || p.origin() == null || !fields.containsKey(p.label())) {
        continue;
      }
      String[] next = words.rawTokens(texts.get(i + 1));
      String word = next.length < 2 ? null : next[next.length - 1];
      if (word == null || SENIORITY.contains(word) || modifiers.containsKey(word)) {
        continue;
      }
      String[] noun = words.tokens(word);
      if (noun.length == 0) {
        continue;
      }
      Part shared = part(texts.get(i) + " " + word);
      String last = noun[noun.length - 1];
      if (shared.origin() != null && shared.origin().family() != p.origin().family()
          && shared.confidence() >= THRESHOLD && (shared.label().equals(last) || shared.label().endsWith(" " + last))) {
        parts.set(i + 1, shared.with(p.modifiers())); // keeps what a neighbouring piece gave it ("(former)")
      }
    }
  }

  /**
   * False only when {@link #EMPLOYER} cannot match {@code text}: it has no {@code @} and no "at" (in
   * any ASCII case) with a whitespace character before and after it.
   */
  static boolean mayNameEmployer(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '@') {
        return true;
      }
      if ((c == 'a' || c == 'A') && i > 0 && i + 2 < text.length() && isSpace(text.charAt(i - 1))
          && (text.charAt(i + 1) == 't' || text.charAt(i + 1) == 'T') && isSpace(text.charAt(i + 2))) {
        return true;
      }
    }
    return false;
  }

  /** False only when {@link #PARTS} cannot match {@code text}: it has none of the characters that separate parts. */
  static boolean mayHaveParts(String text) {
    for (int i = 0; i < text.length(); i++) {
      switch (text.charAt(i)) {
        case '/', '|', ',', ';', ':', '(', ')', '[', ']', '\u2013', '\u2014', '+', '&', '-':
          return true;
        default:
          break;
      }
    }
    return false;
  }

  /** A whitespace character as {@code \s} reads it (without Unicode character classes). */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /** Whether a piece of a title is one head noun ("Manager", "Sr. Engineer") and nothing else. */
  private boolean onlyAHeadNoun(String piece) {
    String[] tokens = withoutSeniority(words.tokens(piece));
    return tokens.length == 1 && headNoun(tokens[0]) != null;
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
      names.add(m.name().toLowerCase(Locale.ROOT));
    }
    return String.join(", ", names);
  }

  private Part part(String text) {
    String[] raw = words.keepWhole(words.rawTokens(text));
    int length = Math.min(raw.length, MAX_WORDS);
    Set<TitleModifier> found = EnumSet.noneOf(TitleModifier.class);
    List<String> seniority = new ArrayList<>(2);
    List<String> rest = new ArrayList<>(length);
    for (int i = 0; i < length; i++) {
      TitleModifier triple = i + 2 < length ? modifiers.get(raw[i] + " " + raw[i + 1] + " " + raw[i + 2]) : null;
      if (triple != null) {
        found.add(triple);
        i += 2;
        continue;
      }
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
    String[] tokens = compounds(words.map(rest));
    int n = tokens.length;
    int[] cover = new int[n];
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
        // A label of generic head nouns only ("manager", "team leader") loses to any other label and
        // leaves the head to be read by its field: it says the least.
        boolean weak = allGeneric(tokens, i, len);
        boolean bestWeak = bestOrigin != null && allGeneric(tokens, bestStart, bestLength);
        for (int j = i; j < i + len; j++) {
          cover[j] = Math.max(cover[j], weak ? 1 : len);
        }
        // Among equally long labels the last decides, unless the earlier one names a founder
        // ("Cofundador e CEO").
        if (bestOrigin == null || (bestWeak && !weak) || (weak == bestWeak && (len > bestLength
            || (len == bestLength && i >= bestStart && bestOrigin.family() != RoleFamily.FOUNDER)))) {
          bestStart = i;
          bestLength = len;
          bestLabel = candidate;
          bestOrigin = origin;
        }
        break;
      }
    }
    // Seniority words left in the title ("head", "lead") neither help nor hurt the confidence.
    int count = 0;
    int words = 0;
    for (int i = 0; i < n; i++) {
      if (cover[i] > 0) {
        count++;
        words++;
      } else if (!SENIORITY.contains(tokens[i]) && !JOINERS.contains(tokens[i])) {
        words++;
      }
    }
    if (bestOrigin != null && bestLength == words) {
      // A title that is only generic head nouns ("Vice President") is read, but just: any other part
      // that names a field ("Vice President, Customer Success") says more.
      return new Part(found, seniority, n, bestLabel, bestOrigin,
          allGeneric(tokens, bestStart, bestLength) ? THRESHOLD : 1.0);
    }
    Part byField = byField(found, seniority, tokens, cover);
    if (byField != null) {
      return byField;
    }
    int last = lastWord(tokens);
    if (bestOrigin == null) {
      if (last >= 0 && words > 1 && generic(tokens, last)) {
        // "Fixed Income Analyst": a generic head with no field says nothing; no head word decides it.
        return new Part(found, seniority, n, null, null, 0);
      }
      Field alone = words == 0 || rest.size() <= words ? null : fields.get(String.join(" ", withoutSeniority(tokens)));
      if (alone != null) {
        // Only a field is left once a word was dropped ("Project Assistant"): the field decides.
        String[] plainWords = withoutSeniority(tokens);
        return new Part(found, seniority, n, String.join(" ", plainWords), alone.origin(), FIELD_CONFIDENCE);
      }
      for (int i = n - 1; i >= 0; i--) {
        // A generic head noun says nothing of the job, even where ESCO's labels mostly end with it
        // ("Consultant", "Specialist"): it is UNKNOWN, not a guess.
        Origin head = generic(tokens, i) ? null : heads.get(tokens[i]);
        if (head != null) {
          // The head word in the head's place (last) says what the job is; elsewhere it says less.
          return new Part(found, seniority, n, tokens[i], head,
              i == last ? HEAD_CONFIDENCE : Math.min(HEAD_CONFIDENCE, 0.3 + 0.7 / n));
        }
      }
      return new Part(found, seniority, n, null, null, 0);
    }
    double confidence = Math.min(0.95, 0.3 + 0.7 * count / words);
    int first = firstWord(tokens);
    if ((bestStart + bestLength - 1 == last || bestStart == first) && !allGeneric(tokens, bestStart, bestLength)) {
      // The label is the title's head noun, last in English, first in French, Spanish and Portuguese
      // ("Neonatal Intensive Care Nurse", "Développeur d'applications pour mobile"): it says what the job is.
      confidence = Math.max(confidence, HEAD_LABEL_CONFIDENCE);
    }
    if (bestStart + bestLength - 1 == last && allGeneric(tokens, bestStart, bestLength)) {
      // Generic head nouns ("analyst", "team leader") explain a title only when they are the whole of it.
      confidence = Math.min(confidence, THRESHOLD - 0.05);
    }
    return new Part(found, seniority, n, bestLabel, bestOrigin, confidence);
  }

  /**
   * Reads a title from its head noun and the field word nearest it ("Platform Architect",
   * "Analista de Procesos"), when the head is a {@link HeadNoun} that no label of two or more words
   * explains; {@code null} when the title has no such head or no field word, or a label explains the
   * whole title.
   */
  private Part byField(Set<TitleModifier> found, List<String> seniority, String[] tokens, int[] cover) {
    int n = tokens.length;
    int last = lastWord(tokens);
    if (last < 0) {
      return null;
    }
    int head = last;
    int step = -1;
    if (cover[last] >= 2 && headNoun(tokens[last]) != null) {
      // A label explains the head ("process manager"), but a field phrase of ours reaches further to the
      // left through it ("business process"): the longer explanation wins, as labels do.
      int labelStart = last - cover[last] + 1;
      for (int j = last - 1; j >= labelStart; j--) {
        for (int len = Math.min(longestField, j + 1); len > j - labelStart + 1; len--) {
          String phrase = String.join(" ", Arrays.copyOfRange(tokens, j - len + 1, j + 1));
          Field field = fields.get(phrase);
          if (field != null && TitleReading.OUR_ADDITION.equals(field.origin().source())) {
            HeadNoun noun = headNoun(tokens[last]);
            Origin origin = noun.builds() && field.whenBuilding() != null ? field.whenBuilding() : field.origin();
            String label = String.join(" ", Arrays.copyOfRange(tokens, j - len + 1, last + 1));
            return new Part(found, seniority, n, label, origin, FIELD_CONFIDENCE);
          }
        }
      }
    }
    HeadNoun noun = cover[last] >= 2 ? null : headNoun(tokens[last]);
    if (noun == null) {
      int first = firstWord(tokens);
      noun = first < last && cover[first] < 2 ? headNoun(tokens[first]) : null;
      if (noun == null) {
        return null;
      }
      head = first;
      step = 1;
    }
    // The project's own field words and phrases first, nearest the head first; then, for a generic
    // head, ESCO's field words, which are many and mostly of other work.
    StringBuilder key = new StringBuilder(32);
    for (int pass = 0; pass < (noun.generic() ? 2 : 1); pass++) {
      for (int j = head + step; j >= 0 && j < n; j += step) {
        if (JOINERS.contains(tokens[j]) || SENIORITY.contains(tokens[j])) {
          continue;
        }
        // ESCO's field words (the second pass) are single words.
        int longest = pass == 0 ? Math.max(longestField, 4) : 1;
        for (int len = Math.min(longest, step < 0 ? j + 1 : n - j); len >= 1; len--) {
          int from = step < 0 ? j - len + 1 : j;
          key.setLength(0);
          for (int k = from; k < from + len; k++) {
            if (k > from) {
              key.append(' ');
            }
            key.append(tokens[k]);
          }
          String phrase = key.toString();
          Origin origin = fieldOrigin(phrase, noun, pass == 0);
          if (origin != null) {
            String label = step < 0 ? phrase + " " + tokens[head] : tokens[head] + " " + phrase;
            return new Part(found, seniority, n, label, origin, FIELD_CONFIDENCE);
          }
        }
      }
    }
    return null;
  }

  /**
   * The family a field phrase gives a head noun: in the first pass the project's field phrases and its
   * own labels ("direct mail", "engineering"), head nouns left out; in the second ESCO's field words.
   */
  private Origin fieldOrigin(String phrase, HeadNoun noun, boolean ours) {
    Field field = fields.get(phrase);
    if (field == null && phrase.length() > 3 && phrase.endsWith("s")) {
      field = fields.get(phrase.substring(0, phrase.length() - 1));
    }
    if (field != null && ours == TitleReading.OUR_ADDITION.equals(field.origin().source())) {
      return noun.builds() && field.whenBuilding() != null ? field.whenBuilding() : field.origin();
    }
    if (ours) {
      Origin label = labels.get(phrase);
      if (label != null && TitleReading.OUR_ADDITION.equals(label.source())
          && (phrase.indexOf(' ') > 0 || headNoun(phrase) == null)) {
        return label;
      }
    }
    return null;
  }

  /** Whether the words from {@code from}, {@code length} of them, are all generic head nouns. */
  private boolean allGeneric(String[] tokens, int from, int length) {
    for (int i = from; i < from + length; i++) {
      if (!generic(tokens, i) && !SENIORITY.contains(tokens[i])) {
        return false;
      }
    }
    return true;
  }

  /** Whether the word at {@code at} is a generic head noun. */
  private boolean generic(String[] tokens, int at) {
    HeadNoun noun = at < 0 ? null : headNoun(tokens[at]);
    return noun != null && noun.generic();
  }

  /** The head noun a word is, in the singular or the plural ("analystes"), or {@code null}. */
  private HeadNoun headNoun(String word) {
    HeadNoun noun = headNouns.get(word);
    return noun != null || word.length() < 4 || !word.endsWith("s") ? noun
        : headNouns.get(word.substring(0, word.length() - 1));
  }

  /**
   * Splits the words the vocabulary does not know that are a field word and a head noun written as one
   * ("vertriebsmitarbeiter", "produktmanagement"), with or without a linking "s", reads a plural
   * head noun as its singular ("analystes") and a female or inflected form as the form the vocabulary
   * knows ({@link #INFLECTIONS}: "buchhalterin", "advogada", "projektkoordinatorin"); other words are
   * left as they are.
   */
  private String[] compounds(String[] tokens) {
    List<String> out = null;
    for (int i = 0; i < tokens.length; i++) {
      String t = tokens[i];
      String[] split = null;
      if (t.length() >= 4 && !known(t)) {
        split = split(t);
        for (int k = 0; split == null && k < INFLECTIONS.length; k++) {
          String[] rule = INFLECTIONS[k];
          if (t.length() - rule[0].length() >= 4 && t.endsWith(rule[0])) {
            String base = t.substring(0, t.length() - rule[0].length()) + rule[1];
            split = known(base) ? new String[] {base} : split(base);
          }
        }
      }
      if (split != null && out == null) {
        out = new ArrayList<>(Arrays.asList(tokens).subList(0, i));
      }
      if (out != null) {
        out.addAll(split == null ? List.of(t) : Arrays.asList(split));
      }
    }
    return out == null ? tokens : out.toArray(String[]::new);
  }

  /** Whether a word is one the vocabulary knows: a label's first word, a head, a field or a word of ours. */
  private boolean known(String word) {
    return longestByFirstWord.containsKey(word) || headNouns.containsKey(word) || fields.containsKey(word)
        || heads.containsKey(word) || ourWords.contains(word);
  }

  /**
   * A plural head noun as its singular, or a field word and a head noun written as one, with or without
   * a linking "s"; {@code null} if the word is neither.
   */
  private String[] split(String t) {
    if (t.endsWith("s") && headNouns.containsKey(t.substring(0, t.length() - 1))) {
      return new String[] {t.substring(0, t.length() - 1)};
    }
    if (t.length() >= 8) {
      for (String head : compoundHeads) {
        if (t.length() - head.length() >= 3 && t.endsWith(head)) {
          String prefix = t.substring(0, t.length() - head.length());
          String field = fields.containsKey(prefix) ? prefix
              : prefix.endsWith("s") && fields.containsKey(prefix.substring(0, prefix.length() - 1))
                  ? prefix.substring(0, prefix.length() - 1) : null;
          if (field != null) {
            return new String[] {field, head};
          }
        }
      }
    }
    return null;
  }

  /** The words that are not seniority words. */
  private static String[] withoutSeniority(String[] tokens) {
    List<String> out = new ArrayList<>(tokens.length);
    for (String t : tokens) {
      if (!SENIORITY.contains(t)) {
        out.add(t);
      }
    }
    return out.toArray(String[]::new);
  }

  /** The index of the first word that is not a seniority word, or the length. */
  private static int firstWord(String[] tokens) {
    int i = 0;
    while (i < tokens.length && SENIORITY.contains(tokens[i])) {
      i++;
    }
    return i;
  }

  /** The index of the last word that is not a seniority word, or -1. */
  private static int lastWord(String[] tokens) {
    int i = tokens.length - 1;
    while (i >= 0 && SENIORITY.contains(tokens[i])) {
      i--;
    }
    return i;
  }

}
