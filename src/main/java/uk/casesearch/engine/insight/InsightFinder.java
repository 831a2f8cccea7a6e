package uk.casesearch.engine.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.insight.InsightLexicon.Stance;
import uk.casesearch.engine.insight.RecordInsight.Cue;
import uk.casesearch.engine.insight.RecordInsight.Form;
import uk.casesearch.engine.insight.RecordInsight.Mention;

/**
 * Reads one record for the eco-map and the chronology: who and what it names (its people rows'
 * names, honorifics with names, names in attendee lists and beside a role, first names, and words
 * for relations), which stance cues each sentence gives whom, the significant event the record is
 * about, and its statutory milestone. Cheap beside embedding: a pass over the words with phrase
 * tables, no model.
 */
public final class InsightFinder {

  /** A capitalised name word: "Arkwright", "O'Brien", "Smith-Jones", never a possessive's 's. */
  private static final String NAME_WORD = "\\p{Lu}(?:\\p{Ll}|-(?=\\p{L})|['\u2019](?=\\p{Lu}))+";

  /** Capitalised words that are not names: organisations, meetings, documents, places. */
  private static final Set<String> NOT_NAME_WORDS =
      Set.of(
          "police",
          "team",
          "service",
          "services",
          "council",
          "school",
          "primary",
          "academy",
          "college",
          "nursery",
          "court",
          "road",
          "street",
          "lane",
          "avenue",
          "close",
          "drive",
          "practice",
          "surgery",
          "hospital",
          "trust",
          "nhs",
          "health",
          "conference",
          "protection",
          "plan",
          "child",
          "children",
          "meeting",
          "review",
          "social",
          "care",
          "worker",
          "officer",
          "manager",
          "panel",
          "group",
          "centre",
          "unit",
          "ward",
          "house",
          "home",
          "office",
          "borough",
          "county",
          "city",
          "partnership",
          "safeguarding",
          "assessment",
          "report",
          "section",
          "early",
          "help",
          "family",
          "support",
          "agency",
          "department",
          "mash",
          "camhs",
          "the",
          "and",
          "of",
          "for",
          "with",
          "in",
          "on",
          "to",
          "re",
          "dear",
          "date",
          "yes",
          "no",
          "none",
          "not",
          "mum",
          "dad",
          "present",
          "attendees",
          "chair",
          "minutes",
          "duty",
          "inbox",
          "admin",
          "reception");

  /** Words that open sentences and are nobody's first name. */
  private static final Set<String> SENTENCE_WORDS =
      Set.of(
          "she",
          "he",
          "they",
          "we",
          "you",
          "it",
          "this",
          "that",
          "these",
          "those",
          "there",
          "her",
          "his",
          "their",
          "our",
          "my",
          "its",
          "when",
          "after",
          "before",
          "during",
          "while",
          "since",
          "until",
          "if",
          "as",
          "at",
          "but",
          "so",
          "then",
          "also",
          "all",
          "both",
          "each",
          "some",
          "any",
          "one",
          "two",
          "three",
          "today",
          "yesterday",
          "tonight",
          "later",
          "officers",
          "staff",
          "everyone",
          "nobody",
          "someone",
          "none",
          "was",
          "were",
          "has",
          "had",
          "have",
          "will",
          "would",
          "can",
          "could",
          "should",
          "may",
          "might",
          "did",
          "does",
          "what",
          "who",
          "why",
          "how",
          "where",
          "here",
          "again",
          "please",
          "thank",
          "thanks",
          "kind",
          "regards",
          "yours",
          "sincerely",
          "monday",
          "tuesday",
          "wednesday",
          "thursday",
          "friday",
          "saturday",
          "sunday",
          "january",
          "february",
          "march",
          "april",
          "june",
          "july",
          "august",
          "september",
          "october",
          "november",
          "december");

  private final InsightLexicon lexicon;
  private final Pattern titled;
  private static final Pattern SINGLE_NAME =
      Pattern.compile("(?<![\\p{L}\\p{N}'\u2019-])\\p{Lu}\\p{Ll}{2,}(?![\\p{L}\\p{N}'\u2019-])");
  private static final Pattern LIST_LINE =
      Pattern.compile(
          "(?im)^(attendees|present|in attendance|safety network|distribution|copy to|cc|invited)\\s*:(.*)$");
  private static final Pattern NAME_WITH_ROLE =
      Pattern.compile(
          "(?<![\\p{L}])("
              + NAME_WORD
              + "(?:[ \\t]+"
              + NAME_WORD
              + "){1,2})[ \\t]*\\(([^)\\n]{2,80})\\)");

  public InsightFinder(InsightLexicon lexicon) {
    this.lexicon = lexicon;
    StringBuilder alt = new StringBuilder();
    for (String t : lexicon.writtenTitles) {
      if (!alt.isEmpty()) alt.append('|');
      alt.append(Pattern.quote(t));
    }
    this.titled =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}])("
                + alt
                + ")\\.?[ \\t]+("
                + NAME_WORD
                + "(?:[ \\t]+"
                + NAME_WORD
                + "){0,2})");
  }

  /** The findings of one record. */
  public RecordInsight find(CaseRecord record) {
    String text = record.text();
    List<Mention> raw = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    Set<String> titles = lexicon.allTitles;
    String childKey =
        record.child() == null || record.child().name() == null
            ? null
            : TextSpans.nameKey(record.child().name(), titles);
    String childFirst = childKey == null ? null : childKey.split(" ")[0];

    // 1. The record's own people rows, as written and without honorifics, longest first.
    Map<String, String> rowNames = new LinkedHashMap<>();
    for (CaseRecord.Person p : record.people()) {
      if (p.name() == null || p.name().isBlank()) continue;
      String key = TextSpans.nameKey(p.name(), titles);
      if (key.isEmpty() || key.equals(childKey)) continue;
      rowNames.put(p.name().strip(), key);
      String bare = stripTitle(p.name().strip());
      if (!bare.equals(p.name().strip())) rowNames.putIfAbsent(bare, key);
    }
    List<Map.Entry<String, String>> byLength = new ArrayList<>(rowNames.entrySet());
    byLength.sort(Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length()));
    for (Map.Entry<String, String> e : byLength) {
      for (int at = indexOfWord(text, e.getKey(), 0);
          at >= 0;
          at = indexOfWord(text, e.getKey(), at + 1)) {
        claim(raw, taken, text, Form.NAME, e.getValue(), null, null, at, at + e.getKey().length());
      }
    }
    // 2. The child, so cues about the child are not given to others (not kept as mentions).
    List<int[]> child = new ArrayList<>();
    if (record.child() != null && record.child().name() != null) {
      for (String form :
          new String[] {record.child().name().strip(), firstWord(record.child().name())}) {
        for (int at = indexOfWord(text, form, 0); at >= 0; at = indexOfWord(text, form, at + 1)) {
          if (!taken[at]) {
            child.add(new int[] {at, at + form.length()});
            mark(taken, at, at + form.length());
          }
        }
      }
    }
    // 3. Names in attendee lists, safety networks and the like, and names beside a role.
    Matcher list = LIST_LINE.matcher(text);
    while (list.find()) {
      int base = list.start(2);
      for (String part : list.group(2).split("[;,]|\\band\\b")) {
        int off = base + list.group(2).indexOf(part);
        Matcher n =
            Pattern.compile("^\\s*(" + NAME_WORD + "(?:[ \\t]+" + NAME_WORD + "){1,2})")
                .matcher(part);
        if (!n.find()) continue;
        String hint = null;
        int paren = part.indexOf('(');
        if (paren > 0 && part.indexOf(')', paren) > paren)
          hint = part.substring(paren + 1, part.indexOf(')', paren)).strip();
        addName(raw, taken, text, n.group(1), off + n.start(1), hint, childKey);
      }
    }
    Matcher withRole = NAME_WITH_ROLE.matcher(text);
    while (withRole.find())
      addName(
          raw,
          taken,
          text,
          withRole.group(1),
          withRole.start(1),
          withRole.group(2).strip(),
          childKey);
    // 4. Honorifics with names ("Ms Arkwright", "Dr Grace Pennock").
    Matcher t = titled.matcher(text);
    while (t.find()) {
      String title = t.group(1).toLowerCase(Locale.ROOT);
      String words = trimNonNames(t.group(2));
      if (words.isEmpty()) continue;
      int start = t.start(1);
      int end = t.start(2) + words.length();
      if (taken[t.start(2)]) continue;
      String key = TextSpans.nameKey(words, titles);
      if (key.equals(childKey) || key.equals(childFirst)) continue;
      if (words.contains(" ")) claim(raw, taken, text, Form.NAME, key, title, null, start, end);
      else claim(raw, taken, text, Form.TITLED, key, title, null, start, end);
    }
    // 6. Words for relations ("Mum", "the maternal grandmother", "school").
    List<TextSpans.Word> words = TextSpans.words(text, 0, text.length());
    for (CueMatcher.Hit<String> h : lexicon.roles.find(words)) {
      if (taken[h.start()] || taken[h.end() - 1]) continue;
      claim(raw, taken, text, Form.ROLE, h.value(), null, null, h.start(), h.end());
    }
    // 7. Any other capitalised word may be a first name: kept as one, and resolved only if the
    // case has somebody of that first name (on this record's rows or another's).
    Matcher w = SINGLE_NAME.matcher(text);
    while (w.find()) {
      String key = w.group().toLowerCase(Locale.ROOT);
      if (taken[w.start()]
          || key.equals(childFirst)
          || NOT_NAME_WORDS.contains(key)
          || SENTENCE_WORDS.contains(key)) continue;
      if (lexicon.allTitles.contains(key)) continue;
      claim(raw, taken, text, Form.FIRST, key, null, null, w.start(), w.end());
    }
    raw.sort(Comparator.comparingInt(Mention::start));
    List<Mention> mentions = attributeCues(text, raw, child);
    return new RecordInsight(mentions, findEvent(record, text), milestone(record));
  }

  private void addName(
      List<Mention> raw,
      boolean[] taken,
      String text,
      String name,
      int at,
      String hint,
      String childKey) {
    String words = trimNonNames(name);
    if (!words.contains(" ") || taken[at]) return;
    for (String w : words.toLowerCase(Locale.ROOT).split("\\s+"))
      if (NOT_NAME_WORDS.contains(w) || lexicon.allTitles.contains(w)) return;
    String key = TextSpans.nameKey(words, lexicon.allTitles);
    if (key.equals(childKey)) return;
    claim(raw, taken, text, Form.NAME, key, null, hint, at, at + words.length());
  }

  /**
   * Leading words of a capitalised run that can be a name ("Arkwright Northvale Police" stops at
   * Police).
   */
  private static String trimNonNames(String run) {
    StringBuilder sb = new StringBuilder();
    for (String w : run.split("\\s+")) {
      if (NOT_NAME_WORDS.contains(w.toLowerCase(Locale.ROOT))) break;
      if (!sb.isEmpty()) sb.append(' ');
      sb.append(w);
    }
    return sb.toString();
  }

  private static void claim(
      List<Mention> out,
      boolean[] taken,
      String text,
      Form form,
      String key,
      String title,
      String hint,
      int start,
      int end) {
    for (int i = start; i < end; i++) if (taken[i]) return;
    mark(taken, start, end);
    out.add(
        new Mention(
            text.substring(start, end), form, key, title, hint, start, end, 0, 0, List.of()));
  }

  private static void mark(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) taken[i] = true;
  }

  /**
   * Places each mention in its sentence and gives each stance cue of a sentence to the person named
   * nearest before it; a cue opening a list ("Safety network: A, B and C") goes to everyone the
   * list names, and a cue with nobody before it to the person named next.
   */
  private List<Mention> attributeCues(String text, List<Mention> raw, List<int[]> child) {
    List<Mention> out = new ArrayList<>(raw.size());
    Map<Integer, List<Cue>> cues = new HashMap<>();
    int m = 0;
    for (TextSpans.Span s : TextSpans.sentences(text)) {
      List<Integer> inSentence = new ArrayList<>();
      while (m < raw.size() && raw.get(m).start() < s.end()) {
        if (raw.get(m).start() >= s.start()) inSentence.add(m);
        else out.add(raw.get(m));
        m++;
      }
      if (!inSentence.isEmpty()) {
        List<CueMatcher.Hit<Stance>> hits =
            lexicon.stance.find(TextSpans.words(text, s.start(), s.end()));
        for (CueMatcher.Hit<Stance> h : hits) {
          int before = -1;
          for (int i : inSentence) if (raw.get(i).end() <= h.start()) before = i;
          int childBefore = -1;
          for (int[] c : child)
            if (c[0] >= s.start() && c[1] <= h.start()) childBefore = Math.max(childBefore, c[0]);
          if (!lexicon.passiveSubject.contains(h.phrase().toLowerCase(java.util.Locale.ROOT))
              && passive(text, s.start(), h.start())) {
            // "Kerry was assaulted by Dean": the cue is the agent's, named after "by"; with no
            // agent named it is nobody's (the one it happened to is not the one who did it).
            for (int i : inSentence) {
              Mention r = raw.get(i);
              if (r.start() >= h.end()
                  && r.start() - h.end() <= AGENT_GAP
                  && BY.matcher(text.substring(h.end(), r.start())).find()) {
                cues.computeIfAbsent(i, k -> new ArrayList<>()).add(new Cue(h.value(), h.phrase()));
                break;
              }
            }
            continue;
          }
          boolean childSubject =
              childBefore >= 0 && (before < 0 || childBefore > raw.get(before).start());
          if (childSubject) {
            // "Lily goes to Gran", "Lily feels safe with Mrs Moss": what the child does towards
            // someone protective is about the person named next; harm the child does is the
            // child's.
            if (h.value() != Stance.PROTECTIVE) continue;
            for (int i : inSentence) {
              if (raw.get(i).start() >= h.end()) {
                cues.computeIfAbsent(i, k -> new ArrayList<>()).add(new Cue(h.value(), h.phrase()));
                break;
              }
            }
            continue;
          }
          if (before >= 0) {
            cues.computeIfAbsent(before, k -> new ArrayList<>())
                .add(new Cue(h.value(), h.phrase()));
          } else {
            int next = -1;
            for (int i : inSentence) {
              if (raw.get(i).start() >= h.end()) {
                next = raw.get(i).start();
                break;
              }
            }
            boolean list = next >= 0 && text.substring(h.end(), next).contains(":");
            for (int i : inSentence) {
              if (raw.get(i).start() < h.end()) continue;
              cues.computeIfAbsent(i, k -> new ArrayList<>()).add(new Cue(h.value(), h.phrase()));
              if (!list) break;
            }
          }
        }
      }
      for (int i : inSentence) {
        Mention r = raw.get(i);
        out.add(
            new Mention(
                r.text(),
                r.form(),
                r.key(),
                r.title(),
                r.hint(),
                r.start(),
                r.end(),
                s.start(),
                s.end(),
                cues.getOrDefault(i, List.of())));
      }
    }
    while (m < raw.size()) out.add(raw.get(m++));
    return out;
  }

  /** Characters between a passive cue and its agent ("assaulted at home by her partner Dean"). */
  static final int AGENT_GAP = 40;

  private static final Pattern BY = Pattern.compile("\\bby\\b");
  private static final Pattern PASSIVE =
      Pattern.compile("(?i)\\b(was|were|been|being|is|are|got|get|gets)\\s+(\\p{L}+ly\\s+)?$");

  /** Whether the words before a cue make it passive ("was assaulted", "had been badly hit"). */
  private static boolean passive(String text, int sentenceStart, int cueStart) {
    int from = Math.max(sentenceStart, cueStart - 24);
    return PASSIVE.matcher(text.substring(from, cueStart)).find();
  }

  /**
   * The significant event a record reports: the category whose cues its sentences hold most
   * (sentences of history left out), stated by the sentence holding most of them. Records that
   * retell (minutes, plans, reviews, assessments, reports) report none.
   */
  private RecordInsight.Event findEvent(CaseRecord record, String text) {
    if (retells(record)) return null;
    Map<String, int[]> score =
        new LinkedHashMap<>(); // category -> {cues, best sentence start, end, best count}
    for (TextSpans.Span s : TextSpans.sentences(text)) {
      List<TextSpans.Word> words = TextSpans.words(text, s.start(), s.end());
      if (words.size() < 3
          || !lexicon.history.find(words).isEmpty()
          || formField(text, s, words)
          || yearBefore(text, s, record.date())) continue;
      // The sentence shown is prose where the record has some, not a heading or a header line.
      int prose = prose(s.of(text)) ? 100 : 0;
      Map<String, Integer> here = new HashMap<>();
      // A phrase ("went missing", "rent arrears") says more than one word ("missing", "debt").
      for (CueMatcher.Hit<String> h : lexicon.events.find(words))
        here.merge(h.value(), h.phrase().contains(" ") ? PHRASE_WEIGHT : 1, Integer::sum);
      here.forEach(
          (cat, n) -> {
            int[] v = score.computeIfAbsent(cat, k -> new int[] {0, s.start(), s.end(), 0});
            v[0] += n;
            if (n + prose > v[3]) {
              v[1] = s.start();
              v[2] = s.end();
              v[3] = n + prose;
            }
          });
    }
    String best = null;
    for (Map.Entry<String, int[]> e : score.entrySet())
      if (best == null || e.getValue()[0] > score.get(best)[0]) best = e.getKey();
    if (best == null || score.get(best)[0] < MIN_EVENT_CUES) return null;
    for (Map.Entry<String, List<String>> p : lexicon.prefer.entrySet()) {
      int[] preferred = score.get(p.getKey());
      if (p.getValue().contains(best) && preferred != null && preferred[0] >= MIN_EVENT_CUES)
        best = p.getKey();
    }
    int[] v = score.get(best);
    return new RecordInsight.Event(best, v[1], v[2], v[0]);
  }

  private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");

  /** Whether a sentence names a year before the record's: it tells history, not news. */
  private static boolean yearBefore(String text, TextSpans.Span s, java.time.LocalDate date) {
    if (date == null) return false;
    Matcher m = YEAR.matcher(text).region(s.start(), s.end());
    while (m.find()) if (Integer.parseInt(m.group()) < date.getYear()) return true;
    return false;
  }

  /** Prose: mostly lower-case letters, and no "Label:" opening it. */
  static boolean prose(String sentence) {
    int lower = 0;
    int upper = 0;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (Character.isLowerCase(c)) lower++;
      else if (Character.isUpperCase(c)) upper++;
    }
    return lower > 2 * upper && !LABEL.matcher(sentence).lookingAt();
  }

  private static final Pattern LABEL = Pattern.compile("[\\p{L} /()'-]{1,30}:");

  /** A form's field ("Purpose: Review progress against the plan"): a label, not a report. */
  private static boolean formField(String text, TextSpans.Span s, List<TextSpans.Word> words) {
    return words.size() <= 8 && FIELD.matcher(text).region(s.start(), s.end()).lookingAt();
  }

  private static final Pattern FIELD = Pattern.compile("\\p{Lu}[\\p{L} /()'-]{1,30}:\\s*\\S");

  /** Cue phrases a record must hold for its event to count: one passing word is not an event. */
  static final int MIN_EVENT_CUES = 2;

  /** What a cue of several words counts for, against one of a single word. */
  static final int PHRASE_WEIGHT = 2;

  boolean retells(CaseRecord record) {
    if (record.type() != null
        && lexicon.retellingTypes.contains(record.type().toLowerCase(Locale.ROOT))) return true;
    return record.title() != null
        && !lexicon
            .retellingTitles
            .find(TextSpans.words(record.title(), 0, record.title().length()))
            .isEmpty();
  }

  /** The statutory milestone a record is, by its type and then its title. */
  private String milestone(CaseRecord record) {
    if (record.type() != null) {
      String type = record.type().toLowerCase(Locale.ROOT);
      for (InsightLexicon.Milestone m : lexicon.milestones)
        if (m.types().contains(type)) return m.id();
    }
    if (record.title() != null) {
      List<CueMatcher.Hit<String>> hits =
          lexicon.milestoneTitles.find(TextSpans.words(record.title(), 0, record.title().length()));
      if (!hits.isEmpty()) return hits.getFirst().value();
    }
    return null;
  }

  private String stripTitle(String name) {
    int sp = name.indexOf(' ');
    if (sp > 0
        && lexicon.allTitles.contains(
            name.substring(0, sp).replace(".", "").toLowerCase(Locale.ROOT)))
      return name.substring(sp + 1).strip();
    return name;
  }

  private static String firstWord(String s) {
    String t = s.strip();
    int sp = t.indexOf(' ');
    return sp < 0 ? t : t.substring(0, sp);
  }

  /** The next occurrence of {@code word} at or after {@code from} standing as whole words. */
  static int indexOfWord(String text, String word, int from) {
    if (word.isEmpty()) return -1;
    for (int at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
      boolean startOk = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + word.length();
      boolean endOk = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (startOk && endOk) return at;
    }
    return -1;
  }
}
