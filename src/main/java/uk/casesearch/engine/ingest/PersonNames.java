package uk.casesearch.engine.ingest;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * People's names as the text index holds them and queries are matched with: lower case, accents
 * folded, titles dropped ("DS Jodie Hurst" is "jodie hurst"), so that "JODIE HURST" and "Jodie
 * Hurst" in a query find the person the records name.
 */
public final class PersonNames {

  /** Titles and ranks written before a name. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "rev", "sir", "dame", "cllr", "pc", "dc",
          "ds", "di", "dci", "sgt", "insp", "nurse", "judge", "hhj");

  private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}'’-]+");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private PersonNames() {}

  /** The words of a name or of a stretch of query, normalised, titles kept. */
  public static List<String> words(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
    return Arrays.stream(NOT_LETTERS.split(folded.toLowerCase(Locale.ROOT).replace('’', '\'')))
        .map(w -> w.replaceAll("^['-]+|['-]+$", ""))
        .filter(w -> !w.isEmpty())
        .toList();
  }

  /**
   * A name as the index holds it, or null when it is not a full name (one word after titles, or
   * none).
   */
  public static String normalise(String name) {
    if (name == null) return null;
    List<String> words = words(name);
    int start = 0;
    while (start < words.size() && TITLES.contains(words.get(start))) start++;
    List<String> rest = words.subList(start, words.size());
    return rest.size() < 2 ? null : String.join(" ", rest);
  }

  /**
   * The names a record holds for its people (places aside) and its child, normalised: each full
   * name, and for a name of three words or more its first and last words too ("mary jane smith",
   * "mary smith").
   */
  public static Set<String> of(CaseRecord r) {
    Set<String> out = new LinkedHashSet<>();
    if (r.child() != null) add(r.child().name(), out);
    for (CaseRecord.Person p : r.people()) {
      if (p.kind() != null && p.kind().equalsIgnoreCase("place")) continue;
      add(p.name(), out);
    }
    return out;
  }

  private static void add(String name, Set<String> out) {
    String n = normalise(name);
    if (n == null) return;
    out.add(n);
    String[] words = n.split(" ");
    if (words.length > 2) out.add(words[0] + " " + words[words.length - 1]);
  }
}
