package uk.casesearch.engine.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import uk.casesearch.engine.ingest.CaseRecord;
import uk.casesearch.engine.insight.InsightLexicon.Stance;
import uk.casesearch.engine.insight.RecordInsight.Form;
import uk.casesearch.engine.insight.RecordInsight.Mention;

/**
 * Builds a case's eco-map from the records a caller may see and their stored findings. People rows
 * name the case's people with their relation; the text's mentions are resolved to them (a full
 * name, an honorific with a surname, a first name, a word for a relation), so "Gran", "the maternal
 * grandmother" and her full name are one node. A person named in the text and on no row is a node
 * of their own. Stances come from the cues attributed to each person's mentions.
 */
public final class EcoMapBuilder {

  /** Evidence sentences shown per node. */
  static final int EVIDENCE = 5;

  private final InsightLexicon lexicon;

  public EcoMapBuilder(InsightLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** One person or place while the map is built. */
  private static final class Person {
    final String key;
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> relations = new LinkedHashMap<>();
    final Map<String, Integer> kinds = new LinkedHashMap<>();
    final Set<String> rowRecords = new TreeSet<>();
    final Set<String> textRecords = new TreeSet<>();
    final List<Found> mentions = new ArrayList<>();
    final boolean fromRows;

    Person(String key, boolean fromRows) {
      this.key = key;
      this.fromRows = fromRows;
    }

    String top(Map<String, Integer> m) {
      return m.entrySet().stream()
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(e -> -e.getKey().length()))
          .map(Map.Entry::getKey)
          .orElse(null);
    }

    String kind() {
      String k = top(kinds);
      return k == null ? "community" : k;
    }

    String relation() {
      return top(relations);
    }

    int weight() {
      return rowRecords.size() + textRecords.size();
    }

    String lastWord() {
      String[] p = key.split(" ");
      return p[p.length - 1];
    }

    String firstWord() {
      return key.split(" ")[0];
    }
  }

  private record Found(CaseSource source, Mention mention) {}

  public EcoMap build(String caseId, List<CaseSource> sources) {
    EcoMap.Child child = child(sources);
    String childKey =
        child == null || child.name() == null
            ? null
            : TextSpans.nameKey(child.name(), lexicon.allTitles);
    Map<String, Person> people = new LinkedHashMap<>();
    // People rows first: they say who each person is.
    for (CaseSource s : sources) {
      for (CaseRecord.Person row : s.record().people()) {
        if (row.name() == null || row.name().isBlank()) continue;
        String key = TextSpans.nameKey(row.name(), lexicon.allTitles);
        if (key.isEmpty() || key.equals(childKey)) continue;
        Person p = people.computeIfAbsent(key, k -> new Person(k, true));
        p.names.merge(row.name().strip(), 1, Integer::sum);
        if (row.relationToChild() != null && !row.relationToChild().isBlank())
          p.relations.merge(row.relationToChild().strip(), 1, Integer::sum);
        p.kinds.merge(kindOf(row.kind()), 1, Integer::sum);
        p.rowRecords.add(s.record().id());
      }
    }
    // Full names in the text that no row holds are people of their own.
    for (CaseSource s : sources) {
      for (Mention m : s.insight().mentions()) {
        if (m.form() != Form.NAME || m.key().equals(childKey)) continue;
        Person p = people.get(m.key());
        if (p == null) {
          p = new Person(m.key(), false);
          people.put(m.key(), p);
        }
        if (!p.fromRows) {
          p.names.merge(m.text(), 1, Integer::sum);
          p.kinds.merge(textKind(m), 1, Integer::sum);
          voteRelation(p, m, s.insight().mentions());
        }
      }
    }
    // Then every mention to its person.
    for (CaseSource s : sources) {
      for (Mention m : s.insight().mentions()) {
        Person p = resolve(m, people, childKey);
        if (p == null && m.form() == Form.TITLED) {
          p = new Person(m.title() + " " + m.key(), false);
          p.names.merge(m.text(), 1, Integer::sum);
          p.kinds.merge(
              lexicon.professionalTitles.contains(m.title()) ? "professional" : "community",
              1,
              Integer::sum);
          people.put(p.key, p);
        }
        if (p != null && !p.fromRows && m.form() == Form.TITLED)
          voteRelation(p, m, s.insight().mentions());
        if (p == null) continue;
        p.mentions.add(new Found(s, m));
        p.textRecords.add(s.record().id());
      }
    }
    // Whoever writes the case's records is a professional on it: its social worker unless a row
    // or the text says otherwise.
    Map<Person, Map<String, Integer>> authored = new HashMap<>();
    for (CaseSource s : sources) {
      if (s.record().author() == null) continue;
      Person p = people.get(TextSpans.nameKey(s.record().author(), lexicon.allTitles));
      if (p == null || p.fromRows) continue;
      p.kinds.merge("professional", 3, Integer::sum);
      String type = s.record().type() == null ? "" : s.record().type().toLowerCase(Locale.ROOT);
      String rel = lexicon.authors.getOrDefault(type, lexicon.authors.get("default"));
      if (rel != null)
        authored.computeIfAbsent(p, k -> new HashMap<>()).merge(rel, 1, Integer::sum);
    }
    authored.forEach(
        (p, rels) -> {
          if (p.relations.isEmpty()) p.relations.putAll(rels);
        });
    Map<String, LocalDate> dates = new HashMap<>();
    LocalDate latest = null;
    for (CaseSource s : sources) {
      dates.put(s.record().id(), s.record().date());
      if (s.record().date() != null && (latest == null || s.record().date().isAfter(latest)))
        latest = s.record().date();
    }
    List<EcoMap.Node> nodes = new ArrayList<>();
    Map<String, Double> raw = new LinkedHashMap<>();
    Map<Person, String> ids = new HashMap<>();
    List<Person> ordered = new ArrayList<>(people.values());
    ordered.sort(Comparator.comparingInt(Person::weight).reversed().thenComparing(p -> p.key));
    for (Person p : ordered) {
      if (p.weight() == 0) continue;
      String id = "n-" + p.key.replaceAll("[^a-z0-9]+", "-");
      ids.put(p, id);
      Set<String> records = new TreeSet<>(p.rowRecords);
      records.addAll(p.textRecords);
      LocalDate first = null, last = null;
      for (String r : records) {
        LocalDate d = dates.get(r);
        if (d == null) continue;
        if (first == null || d.isBefore(first)) first = d;
        if (last == null || d.isAfter(last)) last = d;
      }
      String kind = p.kind();
      String relation =
          p.relation() != null
              ? p.relation()
              : kind.equals("professional") ? "professional" : "named in records";
      Stance stance = stance(p, kind, relation);
      nodes.add(
          new EcoMap.Node(
              id,
              displayName(p),
              kind,
              relation,
              stance.label(),
              p.mentions.size(),
              List.copyOf(records),
              first,
              last,
              evidence(p, stance)));
      raw.put(id, strength(p, last, latest));
    }
    double max = raw.values().stream().mapToDouble(Double::doubleValue).max().orElse(1);
    List<EcoMap.Edge> edges = new ArrayList<>();
    for (EcoMap.Node n : nodes) {
      double st = Math.round(100 * raw.get(n.id()) / max) / 100.0;
      edges.add(new EcoMap.Edge("child", n.id(), n.relation(), st, n.records()));
    }
    edges.addAll(between(ordered, ids));
    return new EcoMap(caseId, child, List.copyOf(nodes), List.copyOf(edges));
  }

  private static EcoMap.Child child(List<CaseSource> sources) {
    for (CaseSource s : sources) {
      CaseRecord.Child c = s.record().child();
      if (c != null) return new EcoMap.Child(c.id(), c.name(), c.dob());
    }
    return null;
  }

  private static String kindOf(String rowKind) {
    if (rowKind == null || rowKind.isBlank()) return "community";
    return rowKind.strip().toLowerCase(Locale.ROOT);
  }

  private String textKind(Mention m) {
    if (m.title() != null && lexicon.professionalTitles.contains(m.title())) return "professional";
    if (m.hint() != null) return "professional";
    return "community";
  }

  /** Characters between a name and a word for a role that the record writes beside it. */
  static final int BESIDE = 25;

  /**
   * A relation for a person the rows do not name: the role written in brackets after the name ("Dr
   * Grace Pennock (GP)", "Lorraine Firth (family time worker)"), else a word for a role written
   * just before or after it ("the GP, Dr Briggs").
   */
  private void voteRelation(Person p, Mention m, List<Mention> all) {
    if (m.hint() != null) {
      List<CueMatcher.Hit<String>> hits =
          lexicon.roles.find(TextSpans.words(m.hint(), 0, m.hint().length()));
      if (!hits.isEmpty()) {
        p.relations.merge(hits.getFirst().value(), 2, Integer::sum);
        return;
      }
      if (m.hint().length() <= 40 && m.hint().equals(m.hint().toLowerCase(Locale.ROOT))) {
        p.relations.merge(m.hint(), 1, Integer::sum);
        return;
      }
    }
    // A professional is not "Mum": only words for professionals count for one.
    boolean professional = "professional".equals(textKind(m));
    for (Mention r : all) {
      if (r.form() != Form.ROLE) continue;
      String kind = lexicon.roleKinds.getOrDefault(r.key(), "family");
      if (professional != kind.equals("professional")) continue;
      boolean beside =
          r.sentenceStart() == m.sentenceStart()
              && ((r.end() <= m.start() && m.start() - r.end() <= BESIDE)
                  || (r.start() >= m.end() && r.start() - m.end() <= BESIDE));
      if (beside) p.relations.merge(r.key(), 2, Integer::sum);
    }
    if (m.title() != null && lexicon.titleRelations.containsKey(m.title()))
      p.relations.merge(lexicon.titleRelations.get(m.title()), 1, Integer::sum);
  }

  /** The person a mention names, or null when the case has nobody it can be. */
  private Person resolve(Mention m, Map<String, Person> people, String childKey) {
    switch (m.form()) {
      case NAME:
        return m.key().equals(childKey) ? null : people.get(m.key());
      case TITLED:
        {
          boolean professional = lexicon.professionalTitles.contains(m.title());
          return best(
              people.values().stream()
                  .filter(p -> p.lastWord().equals(m.key()) && !p.kind().equals("place"))
                  .toList(),
              professional);
        }
      case FIRST:
        return best(
            people.values().stream()
                .filter(
                    p ->
                        p.firstWord().equals(m.key())
                            && p.key.contains(" ")
                            && !p.kind().equals("place"))
                .toList(),
            false);
      case ROLE:
        return best(
            people.values().stream().filter(p -> relationMatches(p.relation(), m.key())).toList(),
            false);
      default:
        return null;
    }
  }

  private static boolean relationMatches(String relation, String wanted) {
    if (relation == null) return false;
    String r = relation.toLowerCase(Locale.ROOT);
    String w = wanted.toLowerCase(Locale.ROOT);
    if (r.equals(w)) return true;
    // "Gran" is the grandmother the case has, maternal or paternal; "Dad" the father.
    String head = w.substring(w.lastIndexOf(' ') + 1);
    return head.length() > 3
        && (r.equals(head) || r.endsWith(" " + head))
        && !r.startsWith("half")
        && !r.startsWith("step");
  }

  private static Person best(List<Person> candidates, boolean professional) {
    Person best = null;
    for (Person p : candidates) {
      boolean fits = professional == p.kind().equals("professional");
      if (best == null) best = p;
      else {
        boolean bestFits = professional == best.kind().equals("professional");
        if (fits && !bestFits || fits == bestFits && p.weight() > best.weight()) best = p;
      }
    }
    return best;
  }

  private static String displayName(Person p) {
    String name = p.top(p.names);
    return name == null ? p.key : name;
  }

  /**
   * A stance from the cues given to a person's mentions, counted once a sentence: professionals and
   * places are neutral; a carer the records name as such is protective.
   */
  private Stance stance(Person p, String kind, String relation) {
    String rel = relation.toLowerCase(Locale.ROOT);
    if (rel.contains("foster carer") || rel.contains("kinship") || rel.contains("special guardian"))
      return Stance.PROTECTIVE;
    if (kind.equals("professional") || kind.equals("place") || kind.equals("organisation"))
      return Stance.NEUTRAL;
    Map<Stance, Set<String>> sentences = cueSentences(p);
    int risk = sentences.get(Stance.RISK).size();
    int protective = sentences.get(Stance.PROTECTIVE).size();
    int concern = sentences.get(Stance.CONCERN).size();
    if (risk >= MIN_RISK && risk >= protective) return Stance.RISK;
    if (protective >= 1) return Stance.PROTECTIVE;
    if (concern + risk >= MIN_CONCERN) return Stance.CONCERN;
    return Stance.NEUTRAL;
  }

  static final int MIN_RISK = 2;
  static final int MIN_CONCERN = 2;

  private static Map<Stance, Set<String>> cueSentences(Person p) {
    Map<Stance, Set<String>> out = new LinkedHashMap<>();
    for (Stance s : Stance.values()) out.put(s, new TreeSet<>());
    for (Found f : p.mentions)
      for (RecordInsight.Cue c : f.mention().cues())
        out.get(c.stance()).add(f.source().record().id() + ":" + f.mention().sentenceStart());
    return out;
  }

  /** The sentences behind the stance first, then where the person is first named. */
  private static List<EcoMap.Evidence> evidence(Person p, Stance stance) {
    List<EcoMap.Evidence> out = new ArrayList<>();
    Set<String> seen = new TreeSet<>();
    List<Found> sorted = new ArrayList<>(p.mentions);
    sorted.sort(
        Comparator.comparing(
            (Found f) -> f.source().record().date(),
            Comparator.nullsLast(Comparator.naturalOrder())));
    if (stance != Stance.NEUTRAL) {
      for (Found f : sorted) {
        for (RecordInsight.Cue c : f.mention().cues()) {
          if (c.stance() != stance || out.size() >= EVIDENCE) continue;
          add(out, seen, f, stance.label() + ": " + c.phrase());
        }
      }
    }
    int named = 0;
    for (Found f : sorted) {
      if (out.size() >= EVIDENCE || named >= 2) break;
      if (add(out, seen, f, "named as " + f.mention().text())) named++;
    }
    return List.copyOf(out);
  }

  private static boolean add(List<EcoMap.Evidence> out, Set<String> seen, Found f, String reason) {
    Mention m = f.mention();
    CaseRecord r = f.source().record();
    if (m.sentenceEnd() <= m.sentenceStart() || m.sentenceEnd() > r.text().length()) return false;
    if (!seen.add(r.id() + ":" + m.sentenceStart())) return false;
    return out.add(
        new EcoMap.Evidence(
            r.id(),
            r.date(),
            r.text().substring(m.sentenceStart(), m.sentenceEnd()),
            m.sentenceStart(),
            m.sentenceEnd(),
            reason));
  }

  /** How often, how recently and how directly the records name a person. */
  private static double strength(Person p, LocalDate last, LocalDate latest) {
    double s = Math.log1p(p.textRecords.size()) + 0.5 * Math.log1p(p.rowRecords.size());
    if (last != null && latest != null && !last.isBefore(latest.minusMonths(6))) s += 0.5;
    return s;
  }

  /** Links between two people: named together in a sentence, with the records that do. */
  private static List<EcoMap.Edge> between(List<Person> people, Map<Person, String> ids) {
    Map<String, Map<String, Set<String>>> together = new LinkedHashMap<>();
    Map<String, List<String>> bySentence = new LinkedHashMap<>();
    for (Person p : people) {
      String id = ids.get(p);
      if (id == null || p.kind().equals("place")) continue;
      for (Found f : p.mentions)
        bySentence
            .computeIfAbsent(
                f.source().record().id() + ":" + f.mention().sentenceStart(),
                k -> new ArrayList<>())
            .add(id);
    }
    for (Map.Entry<String, List<String>> e : bySentence.entrySet()) {
      List<String> here = e.getValue().stream().distinct().sorted().toList();
      String record = e.getKey().substring(0, e.getKey().lastIndexOf(':'));
      for (int i = 0; i < here.size(); i++)
        for (int j = i + 1; j < here.size(); j++)
          together
              .computeIfAbsent(here.get(i), k -> new LinkedHashMap<>())
              .computeIfAbsent(here.get(j), k -> new TreeSet<>())
              .add(record);
    }
    List<EcoMap.Edge> out = new ArrayList<>();
    int max = 1;
    for (Map<String, Set<String>> m : together.values())
      for (Set<String> r : m.values()) max = Math.max(max, r.size());
    for (Map.Entry<String, Map<String, Set<String>>> a : together.entrySet())
      for (Map.Entry<String, Set<String>> b : a.getValue().entrySet())
        if (b.getValue().size() >= 2)
          out.add(
              new EcoMap.Edge(
                  a.getKey(),
                  b.getKey(),
                  "named together",
                  Math.round(100.0 * b.getValue().size() / max) / 100.0,
                  List.copyOf(b.getValue())));
    return out;
  }
}
