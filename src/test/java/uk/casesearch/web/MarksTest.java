package uk.casesearch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class MarksTest {

  @Test
  void marksWholeWordsInAnyCaseAndEscapesTheRest() {
    assertEquals(
        "<mark>Gran</mark> &amp; Mum &lt;b&gt; collect; <mark>gran</mark>&#39;s, not granite",
        Marks.mark("Gran & Mum <b> collect; gran's, not granite", Set.of("gran")));
    assertEquals("a &lt;script&gt;", Marks.mark("a <script>", Set.of()));
    assertEquals(
        "the <mark>safety plan</mark> and <mark>safety</mark>",
        Marks.mark("the safety plan and safety", Set.of("safety", "safety plan")));
  }

  @Test
  void wordsAreKeptForTheUserWhoSearchedOnly() {
    Marks marks = new Marks();
    String token = marks.keep("sam", Set.of("gran"));
    assertEquals(Set.of("gran"), marks.words("sam", token));
    assertEquals(Set.of(), marks.words("tess", token));
    assertEquals(Set.of(), marks.words("sam", "not-a-token"));
    assertEquals(null, marks.keep("sam", Set.of()));
  }
}
