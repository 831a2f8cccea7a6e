package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.casesearch.engine.ingest.CaseRecord;

/**
 * Answers a question put to one child's record from the records a caller may see, with sentences
 * copied from them and cited: who someone is (from the eco-map), when something first or last
 * happened (from the chronology, record types and titles), whether something ever happened, what a
 * list such as the safety network holds, and otherwise the sentences that share the most of the
 * question's words. Nothing is written that a record does not say: when the records hold no answer,
 * the answer says nothing was found (for a yes/no question: that the records were searched), never
 * that it did not happen.
 */
public final class CaseAnswerer {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** The longest question asked of a case, in characters. */
  public static final int MAX_QUESTION = 500;

  /** The share of an open question's words a sentence must hold to be an answer. */
  private static final double OPEN_COVERAGE = 0.75;

  /** Sentences an open question is answered with, at most. */
  private static final int OPEN_SENTENCES = 2;

  /** Words of an open question that say nothing of what it asks. */
  private static final Set<String> FILLER =
      Set.of(
          "a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "with", "and", "or", "is",
          "are", "was", "were", "be", "been", "has", "have", "had", "do", "doe", "did", "what",
          "when", "who", "which", "where", "why", "how", "there", "any", "ever", "about", "from",
          "he", "she", "his", "her", "they", "their", "it", "this", "that", "case", "record",
          "child", "me", "tell", "told", "say", "said", "please");

  private final InsightLexicon insight;
  private final QuestionLexicon questions;
  private final InsightFinder finder;
  private final CueMatcher<String> roles = new CueMatcher<>();

  public CaseAnswerer(InsightLexicon insight, QuestionLexicon questions) {
    this.insight = insight;
    this.questions = questions;
    this.finder = new InsightFinder(insight);
    insight.roleWords.forEach((rel, words) -> words.forEach(w -> roles.add(w, rel)));
    questions.roles.forEach((rel, words) -> words.forEach(w -> roles.add(w, rel)));
  }

  /** A record's sentences and their words, read once for one question. */
  private final class Read {
    private final Map<CaseRecord, List<Sentence>> sentences = new java.util.IdentityHashMap<>();

    List<Sentence> of(CaseRecord r) {
      return sentences.computeIfAbsent(
          r,
          k -> {
            List<Sentence> out = new ArrayList<>();
            for (TextSpans.Span sp : TextSpans.sentences(k.text()))
              out.add(new Sentence(sp, TextSpans.words(k.text(), sp.start(), sp.end())));
            return out;
          });
    }
  }

  /** A sentence of a record: its span, its words and (when asked) the role words it holds. */
  private final class Sentence {
    final TextSpans.Span span;
    final List<TextSpans.Word> words;
    private List<CueMatcher.Hit<String>> roleHits;

    Sentence(TextSpans.Span span, List<TextSpans.Word> words) {
      this.span = span;
      this.words = words;
    }

    List<CueMatcher.Hit<String>> roleHits() {
      if (roleHits == null) roleHits = roles.find(words);
      return roleHits;
    }
  }

  /** A sentence that may answer, and where it comes from. */
  private record Found(
      LocalDate date, CaseRecord record, String sentence, int start, int end, String confidence) {}

  /**
   * @param sources the case's records the caller may see, with their findings
   * @param map the eco-map of those records
   * @param chronology the whole chronology of those records
   */
  public CaseAnswer ask(
      String question, List<CaseSource> sources, EcoMap map, Chronology chronology) {
    String q = question.strip();
    List<TextSpans.Word> words = TextSpans.words(q, 0, q.length());
    int n = sources.size();
    Read read = new Read();
    String form = form(words);
    String list = first(questions.lists.find(words));
    String topic = first(questions.topicCues.find(words));
    List<String> narrow = new ArrayList<>();
    for (CueMatcher.Hit<String> h : questions.narrowBy.find(words))
      if (!narrow.contains(h.value())) narrow.add(h.value());
    String relation = first(roles.find(words));
    boolean who =
        opens(words, questions.who, 1) || opens(words, List.of(List.of("who")), words.size());
    boolean when = !who && opens(words, questions.when, LEAD);
    boolean yesNo = opens(words, questions.yesNo, 1);
    if (when && topic != null) {
      CaseAnswer.Understood u =
          new CaseAnswer.Understood("date", form, topic, null, null, narrow, n);
      List<Found> found = candidates(topic, sources, chronology, narrow, false, read);
      if (found.isEmpty()) return nothing(q, u, null);
      return answer(q, u, List.of(pick(found, form)), "");
    }
    if (yesNo && topic != null && !who)
      return yesNo(q, form, topic, narrow, sources, chronology, read);
    if (list != null) {
      CaseAnswer.Understood u =
          new CaseAnswer.Understood("list", form, null, null, list, narrow, n);
      Found f = listSentence(list, sources, read);
      return f == null ? nothing(q, u, null) : answer(q, u, List.of(f), "");
    }
    if (relation != null && (who || yesNo)) {
      CaseAnswer.Understood u =
          new CaseAnswer.Understood("person", form, null, relation, null, narrow, n);
      Found f = person(relation, topic, words, sources, map, read);
      return f == null ? nothing(q, u, null) : answer(q, u, List.of(f), "");
    }
    CaseAnswer.Understood u = new CaseAnswer.Understood("open", form, topic, null, null, narrow, n);
    List<Found> found = open(words, sources, read);
    return found.isEmpty() ? nothing(q, u, null) : answer(q, u, found, "");
  }

  /** How far into a question its form may open ("On what date did ...", "Can you tell me when"). */
  private static final int LEAD = 5;

  private CaseAnswer yesNo(
      String q,
      String form,
      String topic,
      List<String> narrow,
      List<CaseSource> sources,
      Chronology chronology,
      Read read) {
    int n = sources.size();
    CaseAnswer.Understood u =
        new CaseAnswer.Understood("yes_no", form, topic, null, null, narrow, n);
    List<Found> found = candidates(topic, sources, chronology, narrow, true, read);
    if (found.isEmpty())
      return nothing(
          q,
          u,
          "Nothing found: none of the "
              + n
              + (n == 1 ? " record" : " records")
              + " you may see in this case says so.");
    return answer(q, u, List.of(pick(found, form)), "Yes. ");
  }

  /** The latest for a question about the last time, else the first. */
  private static Found pick(List<Found> found, String form) {
    return "last".equals(form) ? found.getLast() : found.getFirst();
  }

  private String form(List<TextSpans.Word> words) {
    List<CueMatcher.Hit<Boolean>> f = questions.first.find(words);
    List<CueMatcher.Hit<Boolean>> l = questions.last.find(words);
    if (f.isEmpty()) return l.isEmpty() ? null : "last";
    if (l.isEmpty()) return "first";
    return f.getFirst().start() < l.getFirst().start() ? "first" : "last";
  }

  private static <T> T first(List<CueMatcher.Hit<T>> hits) {
    return hits.isEmpty() ? null : hits.getFirst().value();
  }

  /** Whether one of {@code starts} stands at one of the first {@code within} words. */
  private static boolean opens(List<TextSpans.Word> words, List<List<String>> starts, int within) {
    for (int at = 0; at < Math.min(within, words.size()); at++)
      for (List<String> s : starts) {
        if (s.isEmpty() || at + s.size() > words.size()) continue;
        boolean all = true;
        for (int i = 0; i < s.size() && all; i++) all = words.get(at + i).norm().equals(s.get(i));
        if (all) return true;
      }
    return false;
  }

  // --- dates and yes/no: the chronology, record types and titles, and sentences that say it

  private List<Found> candidates(
      String topicId,
      List<CaseSource> sources,
      Chronology chronology,
      List<String> narrow,
      boolean yesNo,
      Read read) {
    QuestionLexicon.Topic topic = questions.topics.get(topicId);
    Map<String, CaseRecord> byId = new HashMap<>();
    for (CaseSource s : sources) byId.put(s.record().id(), s.record());
    List<Found> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (Chronology.Row r : chronology.rows()) {
      boolean milestone = r.milestone() != null && topic.milestones().contains(r.milestone());
      boolean event = topic.events().contains(r.category());
      if (!milestone && !event) continue;
      Chronology.Source s = r.sources().getFirst();
      CaseRecord rec = byId.get(s.recordId());
      if (rec == null || seen.contains(rec.id())) continue;
      if (!milestone && history(r.description())) continue;
      seen.add(rec.id());
      out.add(
          new Found(
              r.date(), rec, r.description(), s.start(), s.end(), milestone ? "high" : "medium"));
    }
    CueMatcher<Boolean> titles = questions.titles.get(topicId);
    for (CaseSource s : sources) {
      CaseRecord r = s.record();
      if (r.date() == null || seen.contains(r.id())) continue;
      List<TextSpans.Word> title =
          r.title() == null ? List.of() : TextSpans.words(r.title(), 0, r.title().length());
      boolean titled = !titles.find(title).isEmpty();
      boolean typed = r.type() != null && topic.types().contains(r.type().toLowerCase(Locale.ROOT));
      // A record typed as the topic whose title names another ("CIN review minutes" filed as a
      // core group) is what its title says.
      if (typed && !titled)
        for (CueMatcher.Hit<String> h : questions.topicCues.find(title))
          if (!h.value().equals(topicId)) typed = false;
      if (!typed && !titled) continue;
      seen.add(r.id());
      int start = ChronologyBuilder.descStart(r);
      String sentence = ChronologyBuilder.milestoneSentence(r);
      out.add(new Found(r.date(), r, sentence, start, start + sentence.length(), "high"));
    }
    // Sentences that state it: from first-hand records (minutes and reviews retell), and for a
    // yes/no question from any record only when nothing above holds it.
    CueMatcher<Boolean> says = questions.says.get(topicId);
    boolean structured = !out.isEmpty();
    for (CaseSource s : sources) {
      CaseRecord r = s.record();
      if (r.date() == null || seen.contains(r.id())) continue;
      if (finder.retells(r) && (!yesNo || structured)) continue;
      Found f = said(r, says, read);
      if (f != null) {
        seen.add(r.id());
        out.add(f);
      }
    }
    out = narrowed(out, narrow);
    out.sort(Comparator.comparing(Found::date).thenComparing(f -> f.record().id()));
    out = firstOfEach(out);
    if (yesNo && structured) {
      List<Found> firm = out.stream().filter(f -> !f.confidence().equals("low")).toList();
      if (!firm.isEmpty()) return firm;
    }
    return out;
  }

  /**
   * One candidate an occurrence: records within {@link ChronologyBuilder#SAME_EVENT_DAYS} of the
   * first that tells it (a return home interview after a missing episode) tell the same one.
   */
  private static List<Found> firstOfEach(List<Found> sorted) {
    List<Found> out = new ArrayList<>();
    LocalDate start = null;
    for (Found f : sorted) {
      if (start != null && !start.plusDays(ChronologyBuilder.SAME_EVENT_DAYS).isBefore(f.date()))
        continue;
      out.add(f);
      start = f.date();
    }
    return out;
  }

  private boolean history(String sentence) {
    return !insight.history.find(TextSpans.words(sentence, 0, sentence.length())).isEmpty();
  }

  /** The first sentence of a record that states a phrase, not negated or put off. */
  private Found said(CaseRecord r, CueMatcher<Boolean> says, Read read) {
    String text = r.text();
    for (Sentence st : read.of(r)) {
      String sentence = st.span.of(text);
      if (sentence.endsWith("?")) continue;
      List<CueMatcher.Hit<Boolean>> hits = says.find(st.words);
      if (hits.isEmpty()) continue;
      int at = hits.getFirst().start();
      boolean negated = false;
      for (CueMatcher.Hit<Boolean> h : questions.notSaid.find(st.words))
        if (h.start() < at) negated = true;
      if (!negated && insight.history.find(st.words).isEmpty())
        return new Found(r.date(), r, sentence, st.span.start(), st.span.end(), "low");
    }
    return null;
  }

  /**
   * Only the candidates that name an agency the question names, when some do: in the sentence, the
   * record's type or its title, else anywhere in the record.
   */
  private List<Found> narrowed(List<Found> found, List<String> agencies) {
    if (agencies.isEmpty()) return found;
    for (int tier = 0; tier < 2; tier++) {
      List<Found> out = new ArrayList<>();
      for (Found f : found) {
        CaseRecord r = f.record();
        String where =
            tier == 0
                ? f.sentence()
                    + "\n"
                    + (r.type() == null ? "" : r.type().replace('_', ' '))
                    + "\n"
                    + (r.title() == null ? "" : r.title())
                : r.text();
        List<TextSpans.Word> words = TextSpans.words(where, 0, where.length());
        for (String agency : agencies)
          if (!questions.agencyWords.get(agency).find(words).isEmpty()) {
            out.add(f);
            break;
          }
      }
      if (!out.isEmpty()) return out;
    }
    return found;
  }

  // --- lists

  /** The latest sentence that holds the list and names someone (else any that holds it). */
  private Found listSentence(String list, List<CaseSource> sources, Read read) {
    Found best = null;
    boolean bestNames = false;
    for (CaseSource s : sources) {
      CaseRecord r = s.record();
      String text = r.text();
      for (Sentence st : read.of(r)) {
        TextSpans.Span sp = st.span;
        List<TextSpans.Word> w = st.words;
        boolean holds = false;
        for (CueMatcher.Hit<String> h : questions.lists.find(w)) holds |= h.value().equals(list);
        if (!holds || !questions.notSaid.find(w.subList(0, Math.min(2, w.size()))).isEmpty())
          continue;
        boolean names = false;
        for (RecordInsight.Mention m : s.insight().mentions())
          if (m.form() == RecordInsight.Form.NAME && m.start() >= sp.start() && m.end() <= sp.end())
            names = true;
        Found f = new Found(r.date(), r, sp.of(text), sp.start(), sp.end(), "high");
        if (best == null || (names && !bestNames) || (names == bestNames && later(f, best))) {
          best = f;
          bestNames = names;
        }
        break;
      }
    }
    return best;
  }

  private static boolean later(Found a, Found b) {
    if (b.date() == null) return a.date() != null;
    return a.date() != null && a.date().isAfter(b.date());
  }

  // --- people

  /**
   * What may stand between a name and the role word after it for the word to say who they are:
   * "Fatima Baird (Chair)", "Lauren Kenyon (Team Manager, chair)".
   */
  private static final java.util.regex.Pattern ROLE_AFTER =
      java.util.regex.Pattern.compile("[ ,]*(\\([^()]{0,30}?,\\s*|\\(\\s*)?");

  /** ... and between a role word and the name after it: "Chair: Fatima Baird", "chaired by". */
  private static final java.util.regex.Pattern ROLE_BEFORE =
      java.util.regex.Pattern.compile("\\s*[:\\-\u2013]?\\s*(by\\s+)?");

  /**
   * The person the question asks for and the sentence that says who they are: a person of the
   * relation the eco-map holds, or one a sentence names with the relation's words beside the name;
   * the one named with the question's own role words first, in the records of the topic the
   * question names ("who chairs the child protection conferences") before others, then the one seen
   * last.
   */
  private Found person(
      String relation,
      String topic,
      List<TextSpans.Word> question,
      List<CaseSource> sources,
      EcoMap map,
      Read read) {
    CueMatcher<String> specific = questions.roleWords.get(relation);
    List<String> asked = new ArrayList<>();
    if (specific != null)
      for (CueMatcher.Hit<String> h : specific.find(question)) asked.add(h.value());
    Found best = null;
    int bestRank = 0;
    EcoMap.Node bestNode = null;
    for (EcoMap.Node node : map.nodes()) {
      boolean of = relation.equalsIgnoreCase(node.relation());
      String name = withoutTitle(node.name());
      Found said = null;
      int rank = 0;
      for (CaseSource s : sources) {
        CaseRecord r = s.record();
        String text = r.text();
        if (InsightFinder.indexOfWord(text, name, 0) < 0) continue;
        for (Sentence st : read.of(r)) {
          TextSpans.Span sp = st.span;
          int at = InsightFinder.indexOfWord(text, name, sp.start());
          if (at < 0 || at + name.length() > sp.end()) continue;
          int nameEnd = at + name.length();
          List<TextSpans.Word> w = st.words;
          int here = of ? 1 : 0;
          for (CueMatcher.Hit<String> h : st.roleHits()) {
            if (!h.value().equals(relation)) continue;
            boolean beside =
                (h.start() >= nameEnd
                        && ROLE_AFTER.matcher(text.substring(nameEnd, h.start())).matches())
                    || (h.end() <= at
                        && ROLE_BEFORE.matcher(text.substring(h.end(), at)).matches());
            if (!of && !beside) continue;
            here = Math.max(here, 2);
            if (specific != null && !asked.isEmpty())
              for (CueMatcher.Hit<String> x : specific.find(w))
                if (asked.contains(x.value())) here = 3;
          }
          if (here == 0) continue;
          if (here >= 2 && topic != null && ofTopic(s, topic)) here += 3;
          Found f =
              new Found(
                  r.date(), r, sp.of(text), sp.start(), sp.end(), here >= 2 ? "high" : "medium");
          if (said == null || here > rank || (here == rank && later(f, said))) {
            said = f;
            rank = here;
          }
        }
      }
      if (said == null && of) {
        said = authored(node, sources);
        rank = 1;
      }
      if (said == null) continue;
      boolean better =
          best == null
              || rank > bestRank
              || (rank == bestRank && lastSeen(node).isAfter(lastSeen(bestNode)))
              || (rank == bestRank
                  && lastSeen(node).equals(lastSeen(bestNode))
                  && node.mentions() > bestNode.mentions());
      if (better) {
        best = said;
        bestRank = rank;
        bestNode = node;
      }
    }
    return best;
  }

  /** Whether a record is of a topic: its milestone, type or title. */
  private boolean ofTopic(CaseSource s, String topicId) {
    QuestionLexicon.Topic topic = questions.topics.get(topicId);
    CaseRecord r = s.record();
    if (s.insight().milestone() != null && topic.milestones().contains(s.insight().milestone()))
      return true;
    if (r.type() != null && topic.types().contains(r.type().toLowerCase(Locale.ROOT))) return true;
    return r.title() != null
        && !questions
            .titles
            .get(topicId)
            .find(TextSpans.words(r.title(), 0, r.title().length()))
            .isEmpty();
  }

  private static LocalDate lastSeen(EcoMap.Node n) {
    return n.lastSeen() == null ? LocalDate.MIN : n.lastSeen();
  }

  /** A record the person wrote, its author line as the record gives it: its latest. */
  private static Found authored(EcoMap.Node node, List<CaseSource> sources) {
    Found best = null;
    for (CaseSource s : sources) {
      CaseRecord r = s.record();
      if (r.author() == null || !r.author().equalsIgnoreCase(node.name())) continue;
      String line =
          (r.title() == null ? (r.type() == null ? "Record" : r.type()) : r.title())
              + ", recorded by "
              + r.author();
      Found f = new Found(r.date(), r, line, 0, 0, "medium");
      if (best == null || later(f, best)) best = f;
    }
    return best;
  }

  private String withoutTitle(String name) {
    int sp = name.indexOf(' ');
    if (sp > 0
        && insight.allTitles.contains(
            name.substring(0, sp).replace(".", "").toLowerCase(Locale.ROOT)))
      return name.substring(sp + 1).strip();
    return name;
  }

  // --- open questions

  /** The sentences holding most of the question's words (at least {@link #OPEN_COVERAGE}). */
  private List<Found> open(List<TextSpans.Word> question, List<CaseSource> sources, Read read) {
    Set<String> names = new LinkedHashSet<>();
    for (CaseSource s : sources)
      if (s.record().child() != null && s.record().child().name() != null)
        names.addAll(uk.casesearch.engine.search.PhraseMatcher.words(s.record().child().name()));
    Set<String> wanted = new LinkedHashSet<>();
    for (TextSpans.Word w : question)
      if (!FILLER.contains(w.norm()) && !names.contains(w.norm())) wanted.add(w.norm());
    if (wanted.size() < 2) return List.of();
    Map<Found, Double> scored = new LinkedHashMap<>();
    for (CaseSource s : sources) {
      CaseRecord r = s.record();
      String text = r.text();
      Found bestOfRecord = null;
      double best = 0;
      for (Sentence st : read.of(r)) {
        TextSpans.Span sp = st.span;
        Set<String> held = new LinkedHashSet<>();
        for (TextSpans.Word w : st.words) if (wanted.contains(w.norm())) held.add(w.norm());
        double share = (double) held.size() / wanted.size();
        if (share >= OPEN_COVERAGE && share > best) {
          best = share;
          bestOfRecord = new Found(r.date(), r, sp.of(text), sp.start(), sp.end(), "low");
        }
      }
      if (bestOfRecord != null) scored.put(bestOfRecord, best);
    }
    return scored.entrySet().stream()
        .sorted(
            Map.Entry.<Found, Double>comparingByValue()
                .reversed()
                .thenComparing(
                    e -> e.getKey().date(), Comparator.nullsLast(Comparator.reverseOrder())))
        .limit(OPEN_SENTENCES)
        .map(Map.Entry::getKey)
        .toList();
  }

  // --- the answer

  private static CaseAnswer answer(
      String question, CaseAnswer.Understood u, List<Found> found, String lead) {
    StringBuilder text = new StringBuilder(lead);
    List<CaseAnswer.Citation> cites = new ArrayList<>();
    String confidence = "high";
    for (Found f : found) {
      if (text.length() > lead.length()) text.append(' ');
      if (f.date() != null) text.append(DAY.format(f.date())).append(": ");
      text.append(f.sentence().strip()).append(" [").append(f.record().id()).append(']');
      CaseRecord r = f.record();
      cites.add(new CaseAnswer.Citation(r.id(), r.date(), r.type(), r.title(), f.start(), f.end()));
      confidence = weaker(confidence, f.confidence());
    }
    return new CaseAnswer(question, true, text.toString(), confidence, cites, u);
  }

  private static String weaker(String a, String b) {
    List<String> order = List.of("low", "medium", "high");
    return order.indexOf(a) <= order.indexOf(b) ? a : b;
  }

  private static CaseAnswer nothing(String question, CaseAnswer.Understood u, String said) {
    return new CaseAnswer(question, false, said == null ? "" : said, null, List.of(), u);
  }
}
