package uk.casesearch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Passage texts at any scale. With the judged case corpus present (../shared/eval/dev, or
 * -Dbench.dev), it grows that corpus: each new passage, with a new id, is four sentences drawn from
 * different records, so the vocabulary, the sentence shapes and the term statistics are those of
 * real-looking case notes. Without it, sentences are made from a small social-care vocabulary.
 * Seeded: the same size gives the same passages.
 */
public final class ScaledCorpus {

  private static final String[] FALLBACK_WORDS =
      ("visit home mother father child children school attendance nursery health visitor police incident "
              + "domestic abuse neglect food cupboards bedroom dirty clothes bruise injury plan safety conference "
              + "strategy meeting assessment review contact supervised family centre worker social manager team "
              + "referral concern disclosure alcohol drugs mental health housing rent arrears benefits GP dentist "
              + "appointment missed attended engagement refused door letter telephone call week month term agreed")
          .split(" ");

  private final List<String> sentences;

  private ScaledCorpus(List<String> sentences) {
    this.sentences = sentences;
  }

  /** Sentences of at least 30 characters from these texts. */
  public static ScaledCorpus fromTexts(List<String> texts) {
    List<String> sentences = new ArrayList<>();
    for (String t : texts) sentences.addAll(sentences(t));
    if (sentences.isEmpty()) throw new IllegalArgumentException("no sentences in the texts");
    return new ScaledCorpus(sentences);
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : text.split("(?<=[.!?])\\s+|\\n+")) {
      if (s.strip().length() >= 30) out.add(s.strip());
    }
    return out;
  }

  static ScaledCorpus load() throws IOException {
    Path records =
        Path.of(System.getProperty("bench.dev", "../../shared/eval/dev")).resolve("records.jsonl");
    List<String> sentences = new ArrayList<>();
    if (Files.exists(records)) {
      ObjectMapper json = new ObjectMapper();
      try (BufferedReader in = Files.newBufferedReader(records)) {
        for (String line; (line = in.readLine()) != null; ) {
          if (line.isBlank()) continue;
          JsonNode text = json.readTree(line).get("text");
          if (text != null) sentences.addAll(sentences(text.asText()));
        }
      }
      System.out.printf("scaling the case corpus at %s: %d sentences%n", records, sentences.size());
    }
    if (sentences.isEmpty()) {
      SplittableRandom r = new SplittableRandom(VectorData.SEED);
      for (int i = 0; i < 20_000; i++) {
        StringBuilder sb = new StringBuilder();
        int words = 8 + r.nextInt(16);
        for (int w = 0; w < words; w++)
          sb.append(w == 0 ? "" : " ").append(FALLBACK_WORDS[r.nextInt(FALLBACK_WORDS.length)]);
        sentences.add(sb.append('.').toString());
      }
      System.out.println("no case corpus found: synthetic sentences");
    }
    return new ScaledCorpus(sentences);
  }

  /** Passage {@code i}: four sentences, about 400 to 800 characters. */
  public String passage(int i) {
    SplittableRandom r = new SplittableRandom(VectorData.SEED * 31 + i);
    StringBuilder sb = new StringBuilder();
    for (int s = 0; s < 4; s++)
      sb.append(s == 0 ? "" : " ").append(sentences.get(r.nextInt(sentences.size())));
    return sb.toString();
  }

  /** Short queries made of words from the corpus, as people type them. */
  public List<String> queries(int n) {
    SplittableRandom r = new SplittableRandom(~VectorData.SEED);
    List<String> out = new ArrayList<>();
    while (out.size() < n) {
      String[] words =
          sentences
              .get(r.nextInt(sentences.size()))
              .replaceAll("[^A-Za-z ]", " ")
              .trim()
              .split("\\s+");
      if (words.length < 4) continue;
      int start = r.nextInt(words.length - 3);
      out.add(String.join(" ", words[start], words[start + 1], words[start + 3]));
    }
    return out;
  }
}
