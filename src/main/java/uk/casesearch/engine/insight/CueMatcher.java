package uk.casesearch.engine.insight;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.casesearch.engine.search.PhraseMatcher;

/**
 * Finds a lexicon's phrases among a sentence's words, with character offsets. Words are matched as
 * {@link PhraseMatcher} folds them (case, accents, possessives and plurals ignored); a phrase's
 * last word may end in {@code *} to match any ending ("assault*": assaulted, assaulting).
 * Overlapping phrases: the longest wins.
 *
 * @param <T> what a phrase stands for
 */
final class CueMatcher<T> {

  /** A phrase found: the characters it covers and what it stands for. */
  record Hit<T>(int start, int end, String phrase, T value) {}

  private record Entry<T>(List<String> words, boolean prefix, String phrase, T value) {}

  private final Map<String, List<Entry<T>>> byFirstWord = new HashMap<>();
  private final List<Entry<T>> byPrefix = new ArrayList<>();

  void add(String phrase, T value) {
    boolean prefix = phrase.endsWith("*");
    List<String> words =
        PhraseMatcher.words(prefix ? phrase.substring(0, phrase.length() - 1) : phrase);
    if (words.isEmpty())
      throw new IllegalArgumentException("a phrase needs at least one word: '" + phrase + "'");
    Entry<T> e = new Entry<>(words, prefix, phrase, value);
    if (prefix && words.size() == 1) byPrefix.add(e);
    else byFirstWord.computeIfAbsent(words.getFirst(), k -> new ArrayList<>()).add(e);
  }

  /** The phrases among {@code words}, left to right, without overlaps. */
  List<Hit<T>> find(List<TextSpans.Word> words) {
    List<Hit<T>> out = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Entry<T> best = null;
      int bestLen = 0;
      for (Entry<T> e : byFirstWord.getOrDefault(words.get(i).norm(), List.of())) {
        int len = e.words().size();
        if (len > bestLen && matches(e, words, i)) {
          best = e;
          bestLen = len;
        }
      }
      if (best == null) {
        for (Entry<T> e : byPrefix) {
          if (words.get(i).norm().startsWith(e.words().getFirst())) {
            best = e;
            bestLen = 1;
            break;
          }
        }
      }
      if (best == null) {
        i++;
        continue;
      }
      out.add(
          new Hit<>(
              words.get(i).start(), words.get(i + bestLen - 1).end(), best.phrase(), best.value()));
      i += bestLen;
    }
    return out;
  }

  private static boolean matches(Entry<?> e, List<TextSpans.Word> words, int at) {
    List<String> w = e.words();
    if (at + w.size() > words.size()) return false;
    for (int k = 0; k < w.size(); k++) {
      String have = words.get(at + k).norm();
      boolean last = k == w.size() - 1;
      if (last && e.prefix() ? !have.startsWith(w.get(k)) : !have.equals(w.get(k))) return false;
    }
    return true;
  }
}
