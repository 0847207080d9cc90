package org.pmpathways.reading;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A table of phrases, each with a value, matched against free text as whole words. Text and phrases
 * go through the same normalisation: accents and case are dropped, punctuation splits words,
 * {@code &} becomes "and", and each word may be rewritten or dropped through a word map. A word map
 * entry of several words ("chief of staff") is a phrase kept whole: where its words follow each other,
 * they become one word, the phrase's words joined by hyphens ("chief-of-staff", which no scanned word
 * can be), so that the map neither drops nor rewrites them ("of" and "staff" are dropped everywhere
 * else).
 *
 * <p>Immutable and thread-safe once built.
 *
 * @param <V> what a phrase stands for
 */
final class Phrases<V> {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final char[] AND = {'a', 'n', 'd'};

  /** A phrase found in a text: where it starts, how many words it spans, and its value. */
  record Match<V>(String phrase, int start, int length, V value) {}

  private final Map<String, String[]> words;
  /** Phrases kept whole, by first word, longest first. */
  private final Map<String, List<String[]>> wholeByFirstWord;
  private final Map<String, List<Entry<V>>> byFirstWord = new HashMap<>();

  private record Entry<V>(String phrase, String[] tokens, V value) {}

  /**
   * @param words a word map: each word maps to its replacement words, none to drop it; replacement
   *     words are themselves looked up once, so "sr" to "senior" and "senior" to nothing drop both. A
   *     key of several words, in plain form and separated by single spaces, is a phrase kept whole; its
   *     value is ignored
   * @throws IllegalArgumentException if a phrase kept whole is not in plain form
   */
  Phrases(Map<String, String[]> words) {
    Map<String, String[]> resolved = new HashMap<>();
    Map<String, List<String[]>> whole = new HashMap<>();
    words.forEach((word, replacement) -> {
      if (word.indexOf(' ') >= 0) {
        String[] phrase = word.split(" ");
        checkKeptWhole(word);
        whole.computeIfAbsent(phrase[0], k -> new ArrayList<>()).add(phrase);
        return;
      }
      List<String> out = new ArrayList<>();
      for (String r : replacement) {
        String[] again = r.equals(word) ? null : words.get(r);
        out.addAll(again == null ? List.of(r) : Arrays.asList(again));
      }
      resolved.put(word, out.toArray(String[]::new));
    });
    this.words = Map.copyOf(resolved);
    whole.values().forEach(list -> list.sort((a, b) -> b.length - a.length));
    this.wholeByFirstWord = Map.copyOf(whole);
  }

  /**
   * Checks that a phrase to keep whole is in plain form: lower case, no accents or punctuation, words
   * separated by single spaces.
   *
   * @throws IllegalArgumentException if it is not, saying so
   */
  static void checkKeptWhole(String phrase) {
    if (!String.join(" ", scan(phrase, false, Map.of())).equals(phrase)) {
      throw new IllegalArgumentException("phrase '" + phrase + "' kept whole must be written in plain form"
          + " (lower case, no accents or punctuation, single spaces)");
    }
  }

  /**
   * Adds a phrase; a phrase already present keeps its first value.
   *
   * @throws IllegalArgumentException if the phrase has a word the word map drops, since such a
   *     phrase would match more than it says
   */
  void add(String phrase, V value) {
    String[] tokens = tokens(phrase);
    for (String raw : keepWhole(rawTokens(phrase))) {
      String[] mapped = words.get(raw);
      if (mapped != null && mapped.length == 0) {
        throw new IllegalArgumentException("phrase '" + phrase + "' has the word '" + raw
            + "', which is dropped from every text; leave it out of the phrase");
      }
    }
    if (tokens.length == 0) {
      throw new IllegalArgumentException("phrase '" + phrase + "' has no words after normalisation");
    }
    List<Entry<V>> list = byFirstWord.computeIfAbsent(tokens[0], k -> new ArrayList<>());
    for (Entry<V> e : list) {
      if (Arrays.equals(e.tokens, tokens)) {
        return;
      }
    }
    list.add(new Entry<>(phrase, tokens, value));
  }

  /** The words of a text after normalisation and the word map. */
  String[] tokens(String text) {
    if (wholeByFirstWord.isEmpty()) {
      return scan(text, true, words);
    }
    return map(Arrays.asList(keepWhole(scan(text, false, words))));
  }

  /** The words of a text after normalisation, before the word map. */
  String[] rawTokens(String text) {
    return scan(text, false, words);
  }

  /**
   * The words, with each phrase kept whole joined into one word by hyphens; the same array when there
   * is none.
   */
  String[] keepWhole(String[] raw) {
    if (wholeByFirstWord.isEmpty()) {
      return raw;
    }
    List<String> out = null;
    for (int i = 0; i < raw.length; i++) {
      List<String[]> phrases = wholeByFirstWord.get(raw[i]);
      String[] found = null;
      if (phrases != null) {
        for (String[] phrase : phrases) {
          if (startsAt(raw, i, phrase)) {
            found = phrase;
            break;
          }
        }
      }
      if (found == null) {
        if (out != null) {
          out.add(raw[i]);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(Arrays.asList(raw).subList(0, i));
      }
      out.add(String.join("-", found));
      i += found.length - 1;
    }
    return out == null ? raw : out.toArray(String[]::new);
  }

  /** Words after the word map. */
  String[] map(List<String> raw) {
    List<String> out = new ArrayList<>(raw.size());
    for (String word : raw) {
      String[] mapped = words.get(word);
      if (mapped == null) {
        out.add(word);
      } else {
        out.addAll(Arrays.asList(mapped));
      }
    }
    return out.toArray(String[]::new);
  }

  /** Whether the word map rewrites or drops this word. */
  boolean maps(String word) {
    return words.containsKey(word);
  }

  /** Whether the word map drops this word from every text. */
  boolean drops(String word) {
    String[] mapped = words.get(word);
    return mapped != null && mapped.length == 0;
  }

  private static String[] scan(String text, boolean mapWords, Map<String, String[]> words) {
    // ASCII text needs no Unicode normalisation: scan it as it is. Other text is normalised first,
    // then scanned the same way; both give what splitting plain(text) on [^a-z0-9]+ gives.
    String scanned = isAscii(text) ? text : plain(text);
    List<String> out = new ArrayList<>();
    char[] word = new char[scanned.length()];
    int length = 0;
    for (int i = 0; i < scanned.length(); i++) {
      char c = scanned.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        word[length++] = c;
        continue;
      }
      length = addWord(word, length, out, mapWords ? words : null);
      if (c == '&') {
        addWord(AND, AND.length, out, mapWords ? words : null);
      }
    }
    addWord(word, length, out, mapWords ? words : null);
    return out.toArray(String[]::new);
  }

  /** Adds the word, if any, through the word map (if any); returns 0, the length of the next word so far. */
  private static int addWord(char[] word, int length, List<String> out, Map<String, String[]> words) {
    if (length == 0) {
      return 0;
    }
    String raw = new String(word, 0, length);
    String[] mapped = words != null ? words.get(raw) : null;
    if (mapped == null) {
      out.add(raw);
    } else {
      out.addAll(Arrays.asList(mapped));
    }
    return 0;
  }

  private static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents; German "ß", which has no accent to drop, is written "ss". */
  private static String plain(String text) {
    return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("")
        .toLowerCase(Locale.ROOT).replace("&", " and ").replace("\u00df", "ss");
  }

  /** Every occurrence of every phrase in the text, by start then length. */
  List<Match<V>> find(String text) {
    return find(tokens(text));
  }

  List<Match<V>> find(String[] tokens) {
    List<Match<V>> matches = new ArrayList<>();
    for (int i = 0; i < tokens.length; i++) {
      List<Entry<V>> candidates = byFirstWord.get(tokens[i]);
      if (candidates == null) {
        continue;
      }
      for (Entry<V> e : candidates) {
        if (startsAt(tokens, i, e.tokens)) {
          matches.add(new Match<>(e.phrase, i, e.tokens.length, e.value));
        }
      }
    }
    return matches;
  }

  private static boolean startsAt(String[] tokens, int at, String[] phrase) {
    if (at + phrase.length > tokens.length) {
      return false;
    }
    for (int j = 0; j < phrase.length; j++) {
      if (!tokens[at + j].equals(phrase[j])) {
        return false;
      }
    }
    return true;
  }
}
