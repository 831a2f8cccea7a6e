package uk.casesearch.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a search matched, carried to the records it links to without writing them in an
 * address: the results page keeps them under a random token (for the user who searched, for 30
 * minutes, in memory only) and links each record with {@code ?mark=<token>}; the record's page
 * marks those words in its text.
 */
@ApplicationScoped
public class Marks {

  private static final int MAX_ENTRIES = 10_000;
  private static final Duration KEPT = Duration.ofMinutes(30);

  private record Kept(String user, Set<String> words, long until) {}

  private final SecureRandom random = new SecureRandom();
  private final Map<String, Kept> entries =
      new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  /** Keeps a search's matched words for this user; the token to link with, or null for none. */
  public synchronized String keep(String user, Set<String> words) {
    if (words.isEmpty()) return null;
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    entries.put(
        token, new Kept(user, Set.copyOf(words), System.currentTimeMillis() + KEPT.toMillis()));
    return token;
  }

  /** The words kept under a token for this user (none for another user's or an old token). */
  public synchronized Set<String> words(String user, String token) {
    if (token == null) return Set.of();
    Kept e = entries.get(token);
    if (e == null || !e.user().equals(user) || e.until() < System.currentTimeMillis())
      return Set.of();
    return e.words();
  }

  /** Text as HTML, every whole-word occurrence of these words (any case) in {@code <mark>}. */
  public static String mark(String text, Set<String> words) {
    if (words.isEmpty()) return escape(text);
    List<String> alternatives =
        words.stream()
            .filter(w -> !w.isBlank())
            .sorted((a, b) -> b.length() - a.length())
            .map(Pattern::quote)
            .toList();
    Matcher m =
        Pattern.compile(
                "(?<![\\p{L}\\p{N}])(" + String.join("|", alternatives) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
            .matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 64);
    int at = 0;
    while (m.find()) {
      out.append(escape(text.substring(at, m.start())))
          .append("<mark>")
          .append(escape(m.group()))
          .append("</mark>");
      at = m.end();
    }
    return out.append(escape(text.substring(at))).toString();
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
