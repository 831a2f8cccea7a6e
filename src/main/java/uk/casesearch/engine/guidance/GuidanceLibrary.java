package uk.casesearch.engine.guidance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import uk.casesearch.engine.insight.TextSpans;

/**
 * The guidance collection as read: every document's numbered paragraphs, searched by the words they
 * share with a query (rarer words weigh more), a question answered with the paragraph sentence that
 * holds most of its words (cited by document and paragraph number as written), and a local
 * procedure checked against every statutory document. Never mixed with case records.
 */
public final class GuidanceLibrary {

  /** The share of a question's word weight a sentence must hold to answer it. */
  static final double ANSWER_COVERAGE = 0.6;

  /**
   * The words of asking ("how often", "what should"), as {@link PolicyChecker#stems} folds them.
   */
  private static final Set<String> ASKING =
      PolicyChecker.stems(
          "how often long many much what when who whom which why where does do did should need"
              + " needs can could would please tell me");

  private final Map<String, GuidanceDocument> documents = new LinkedHashMap<>();
  private final List<Indexed> paragraphs = new ArrayList<>();
  private final Map<String, Double> idf = new HashMap<>();
  private final PolicyChecker checker = new PolicyChecker();

  private record Indexed(
      GuidanceDocument doc, GuidanceDocument.Paragraph para, Set<String> stems) {}

  /** A paragraph found, with its score. */
  public record Hit(
      String documentId,
      String title,
      String kind,
      String paragraph,
      String heading,
      String text,
      int start,
      int end,
      double score) {}

  /** An answer from the guidance: a sentence of a paragraph, cited; nothing when none holds it. */
  public record Answer(String question, boolean found, String answer, List<Citation> citations) {}

  /** Where an answer's sentence stands: its document, paragraph number and offsets in the text. */
  public record Citation(String documentId, String title, String paragraph, int start, int end) {}

  public GuidanceLibrary(List<GuidanceDocument> docs) {
    for (GuidanceDocument d : docs) documents.put(d.id(), d);
    Map<String, Integer> df = new HashMap<>();
    for (GuidanceDocument d : documents.values())
      for (GuidanceDocument.Paragraph p : d.paragraphs()) {
        Set<String> stems = PolicyChecker.stems(p.text());
        paragraphs.add(new Indexed(d, p, stems));
        for (String s : stems) df.merge(s, 1, Integer::sum);
      }
    df.forEach((w, n) -> idf.put(w, Math.log(1 + (double) paragraphs.size() / n)));
  }

  public Optional<GuidanceDocument> document(String id) {
    return Optional.ofNullable(documents.get(id));
  }

  public List<GuidanceDocument> documents() {
    return List.copyOf(documents.values());
  }

  private double weight(String stem) {
    return idf.getOrDefault(stem, Math.log(1 + paragraphs.size()));
  }

  /** The paragraphs that share the query's words, best first. */
  public List<Hit> search(String query, int limit) {
    Set<String> wanted = PolicyChecker.stems(query);
    double total = 0;
    for (String w : wanted) total += weight(w);
    List<Hit> out = new ArrayList<>();
    if (total == 0) return out;
    for (Indexed i : paragraphs) {
      double shared = 0;
      for (String w : wanted) if (i.stems().contains(w)) shared += weight(w);
      if (shared == 0) continue;
      GuidanceDocument.Paragraph p = i.para();
      out.add(
          new Hit(
              i.doc().id(),
              i.doc().title(),
              i.doc().kind().label(),
              p.number(),
              p.heading(),
              p.text(),
              p.start(),
              p.end(),
              shared / total));
    }
    out.sort(Comparator.comparingDouble(Hit::score).reversed().thenComparing(Hit::documentId));
    return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
  }

  /**
   * The sentence of the best paragraphs holding most of the question's words, statutory documents
   * first where two hold as much.
   */
  public Answer ask(String question) {
    Set<String> wanted = new java.util.LinkedHashSet<>(PolicyChecker.stems(question));
    wanted.removeAll(ASKING);
    double total = 0;
    for (String w : wanted) total += weight(w);
    String best = null;
    Citation cite = null;
    double bestScore = 0;
    for (Hit h : search(question, 10)) {
      GuidanceDocument d = documents.get(h.documentId());
      for (TextSpans.Span whole : TextSpans.sentences(h.text())) {
        TextSpans.Span sp = withoutNumber(whole, h);
        String sentence = sp.of(h.text());
        Set<String> has = PolicyChecker.stems(sentence);
        double shared = 0;
        for (String w : wanted) if (has.contains(w)) shared += weight(w);
        double score = total == 0 ? 0 : shared / total;
        if (d.kind() == GuidanceDocument.Kind.STATUTORY) score += 1e-6;
        if (score > bestScore) {
          bestScore = score;
          best = sentence;
          cite =
              new Citation(
                  d.id(), d.title(), h.paragraph(), h.start() + sp.start(), h.start() + sp.end());
        }
      }
    }
    if (best == null || bestScore < ANSWER_COVERAGE)
      return new Answer(question, false, "", List.of());
    String where =
        cite.paragraph() == null ? cite.documentId() : cite.documentId() + " " + cite.paragraph();
    return new Answer(question, true, best.strip() + " [" + where + "]", List.of(cite));
  }

  /** A paragraph's first sentence without the paragraph's number, which the citation gives. */
  private static TextSpans.Span withoutNumber(TextSpans.Span sp, Hit h) {
    if (sp.start() != 0 || h.paragraph() == null || !h.text().startsWith(h.paragraph())) return sp;
    int at = h.paragraph().length();
    while (at < sp.end() && !Character.isLetterOrDigit(h.text().charAt(at))) at++;
    return at < sp.end() ? new TextSpans.Span(at, sp.end()) : sp;
  }

  /** The findings of a local procedure checked against every statutory document. */
  public List<PolicyChecker.Finding> check(GuidanceDocument local) {
    List<GuidanceDocument> statutory = new ArrayList<>();
    for (GuidanceDocument d : documents.values())
      if (d.kind() == GuidanceDocument.Kind.STATUTORY) statutory.add(d);
    return checker.check(local, statutory);
  }
}
