package uk.casesearch.engine.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.casesearch.engine.index.SearchFilter;
import uk.casesearch.engine.index.text.TextIndex;
import uk.casesearch.engine.ingest.PersonNames;

/**
 * Completes what someone is typing into the search box: the names of people and children the
 * records the caller may see hold, record types such records have, and the concept lexicon's names.
 * Exact to permissions, unlike a suggester over the whole index: a name or record type only hidden
 * records hold is never offered.
 */
public final class Suggester {

  /** What a suggestion is. */
  public enum Kind {
    /** A person or child the records name. */
    NAME,
    /** A record type, by the name people call it. */
    RECORD_TYPE,
    /** A social-care concept of the lexicon. */
    CONCEPT
  }

  /**
   * One completion.
   *
   * @param text what the box would hold ("Leo Hatfield", "safety plan", "neglect")
   * @param kind what it is
   */
  public record Suggestion(String text, Kind kind) {}

  /** The longest text completed; longer is not being typed into a box. */
  public static final int MAX_CHARS = 100;

  private final TextIndex text;
  private final ConceptLexicon lexicon;

  public Suggester(TextIndex text, ConceptLexicon lexicon) {
    this.text = text;
    this.lexicon = lexicon;
  }

  /**
   * Up to {@code max} completions of {@code typed} among what records passing {@code filter} hold:
   * names first (those more records hold first), then record types, then concepts.
   */
  public List<Suggestion> suggest(String typed, SearchFilter filter, int max) throws IOException {
    String prefix = String.join(" ", PersonNames.words(typed));
    List<Suggestion> out = new ArrayList<>();
    if (prefix.length() < 2 || max < 1) return out;
    for (String name : text.namesStarting(prefix, filter, max))
      out.add(new Suggestion(titleCase(name), Kind.NAME));
    for (Map.Entry<String, List<String>> type : lexicon.recordTypes().entrySet()) {
      if (out.size() >= max) break;
      String match = first(type.getValue(), prefix);
      if (match != null && text.holdsType(type.getKey(), filter))
        out.add(new Suggestion(match, Kind.RECORD_TYPE));
    }
    for (ConceptLexicon.Concept c : lexicon.concepts()) {
      if (out.size() >= max) break;
      String match = first(c.names(), prefix);
      if (match != null) out.add(new Suggestion(match, Kind.CONCEPT));
    }
    return out.size() > max ? out.subList(0, max) : out;
  }

  /** The first of the names that starts with the prefix, or has a word that does. */
  private static String first(List<String> names, String prefix) {
    for (String n : names) {
      String lower = n.toLowerCase(Locale.ROOT);
      if (lower.startsWith(prefix) || lower.contains(" " + prefix)) return n;
    }
    return null;
  }

  /** "leo o'neill-hatfield" as "Leo O'Neill-Hatfield". */
  static String titleCase(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean start = true;
    for (char ch : name.toCharArray()) {
      b.append(start ? Character.toUpperCase(ch) : ch);
      start = ch == ' ' || ch == '-' || ch == '\'';
    }
    return b.toString();
  }
}
