package uk.casesearch.engine.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ChunkerTest {

  private final Chunker chunker = new Chunker(new Chunker.Config(200, 60));

  @Test
  void shortTextIsOnePassageWithExactOffsets() {
    String text = "  Home visit completed. Mum was present.  ";
    List<Passage> ps = chunker.chunk(text);
    assertEquals(1, ps.size());
    Passage p = ps.getFirst();
    assertEquals("Home visit completed. Mum was present.", p.text());
    assertEquals(p.text(), text.substring(p.start(), p.end()));
  }

  @Test
  void blankTextHasNoPassages() {
    assertTrue(chunker.chunk("").isEmpty());
    assertTrue(chunker.chunk(" \n\t ").isEmpty());
  }

  @Test
  void longTextSplitsAtSentencesWithinBudgetAndOverlaps() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 40; i++)
      sb.append("Sentence number ").append(i).append(" is about the visit. ");
    String text = sb.toString();
    List<Passage> ps = chunker.chunk(text);
    assertTrue(ps.size() > 3, "expected several passages, got " + ps.size());
    for (int i = 0; i < ps.size(); i++) {
      Passage p = ps.get(i);
      assertEquals(i, p.number());
      assertEquals(
          p.text(), text.substring(p.start(), p.end()), "offsets must point at the passage");
      assertTrue(p.text().length() <= 200, "passage over budget: " + p.text().length());
      assertTrue(p.text().startsWith("Sentence"), "passage must start at a sentence: " + p.text());
      assertTrue(p.text().endsWith("visit."), "passage must end at a sentence: " + p.text());
      if (i > 0) {
        assertTrue(p.start() < ps.get(i - 1).end(), "consecutive passages must overlap");
        assertTrue(p.start() > ps.get(i - 1).start(), "passages must advance");
      }
    }
    assertEquals(
        text.stripTrailing().length(),
        ps.getLast().end(),
        "the last passage reaches the end of the text");
  }

  @Test
  void linesAreUnitsAndRunOnTextIsCutAtSpaces() {
    String table = "word ".repeat(120);
    String text = "Contact date: 14/02/2015\nReferrer: police\n" + table;
    List<Passage> ps = chunker.chunk(text);
    for (Passage p : ps) {
      assertTrue(p.text().length() <= 200, "over budget: " + p.text().length());
      assertEquals(p.text(), text.substring(p.start(), p.end()));
    }
    assertTrue(ps.getFirst().text().startsWith("Contact date: 14/02/2015\nReferrer: police"));
  }

  @Test
  void everyCharacterOfRandomTextIsCovered() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] words = {
      "the", "child", "was", "seen.", "Mum", "said", "no!", "school?", "\n", "visit", "—", "😀"
    };
    for (int round = 0; round < 50; round++) {
      StringBuilder sb = new StringBuilder();
      int n = random.nextInt(400);
      for (int i = 0; i < n; i++)
        sb.append(words[random.nextInt(words.length)]).append(random.nextInt(5) == 0 ? "" : " ");
      String text = sb.toString();
      List<Passage> ps = chunker.chunk(text);
      int covered = 0;
      for (Passage p : ps) {
        assertEquals(p.text(), text.substring(p.start(), p.end()), "seed " + seed);
        assertTrue(
            p.start() <= covered || text.substring(covered, p.start()).isBlank(),
            "gap before passage, seed " + seed);
        covered = Math.max(covered, p.end());
      }
      assertTrue(text.substring(covered).isBlank(), "text after the last passage, seed " + seed);
    }
  }

  @Test
  void rejectsBadConfig() {
    assertThrows(IllegalArgumentException.class, () -> new Chunker.Config(10, 0));
    assertThrows(IllegalArgumentException.class, () -> new Chunker.Config(200, 150));
  }
}
