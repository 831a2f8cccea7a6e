package uk.casesearch.engine.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds known phrases in a query by their words: case, accents, punctuation, possessives and plural
 * endings are ignored, so "Safety plans", "safety-plan" and "safety plan's" all match "safety
 * plan". Where phrases overlap the longest wins, as a reader would take "child protection plan"
 * over "child protection".
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseMatcher<T> {

  /** A phrase found in a query: the words it covered and what it stands for. */
  record Match<T>(int start, int end, String phrase, T value) {}

  private final Map<List<String>, T> phrases = new HashMap<>();
  private final Map<List<String>, String> written = new HashMap<>();
  private int longest;

  /**
   * Adds a phrase. A phrase already added keeps its first meaning.
   *
   * @throws IllegalArgumentException if the phrase has no words
   */
  void add(String phrase, T value) {
    List<String> key = words(phrase);
    if (key.isEmpty())
      throw new IllegalArgumentException("a phrase needs at least one word: '" + phrase + "'");
    if (phrases.putIfAbsent(key, value) == null) {
      written.put(key, phrase);
      longest = Math.max(longest, key.size());
    }
  }

  /** The phrases found in {@code text}, left to right, without overlaps. */
  List<Match<T>> find(String text) {
    List<String> w = words(text);
    List<Match<T>> found = new ArrayList<>();
    int i = 0;
    while (i < w.size()) {
      Match<T> match = null;
      for (int n = Math.min(longest, w.size() - i); n >= 1 && match == null; n--) {
        List<String> key = w.subList(i, i + n);
        T value = phrases.get(key);
        if (value != null) match = new Match<>(i, i + n, written.get(key), value);
      }
      if (match == null) {
        i++;
      } else {
        found.add(match);
        i = match.end();
      }
    }
    return found;
  }

  /** The distinct values of the phrases found in {@code text}, in order of first appearance. */
  Set<T> values(String text) {
    Set<T> out = new LinkedHashSet<>();
    for (Match<T> m : find(text)) out.add(m.value());
    return Collections.unmodifiableSet(out);
  }

  /**
   * A text's words, normalised: lower case, accents removed, split on anything but letters and
   * digits, a trailing possessive dropped and a plural ending folded ("reviews" to "review",
   * "injuries" to "injury", "addresses" to "address").
   */
  public static List<String> words(String text) {
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}+", "")
            .replace('\u2019', '\'')
            .toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String raw : folded.split("[^\\p{L}\\p{N}']+")) {
      String w = raw.replaceAll("^'+|'+$", "");
      if (w.endsWith("'s")) w = w.substring(0, w.length() - 2);
      w = w.replace("'", "");
      if (!w.isEmpty()) out.add(singular(w));
    }
    return out;
  }

  private static String singular(String w) {
    if (w.length() > 4 && w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
    if (w.length() > 4
        && (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("ches") || w.endsWith("shes"))) {
      return w.substring(0, w.length() - 2);
    }
    if (w.length() > 3
        && w.endsWith("s")
        && !w.endsWith("ss")
        && !w.endsWith("us")
        && !w.endsWith("is")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }
}
