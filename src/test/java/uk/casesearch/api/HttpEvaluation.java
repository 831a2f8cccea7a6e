package uk.casesearch.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.restassured.specification.RequestSpecification;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.casesearch.engine.eval.EvalReport;
import uk.casesearch.engine.eval.JudgedQuery;
import uk.casesearch.engine.eval.Regression;

/**
 * Judged queries run over HTTP as a client would search (the first page, a scoped query filtered to
 * its case), in each of a regression's modes, and checked against the regression's figures.
 */
public final class HttpEvaluation {

  /**
   * What a run measured.
   *
   * @param measured mode to category to figures
   * @param report the figures and every check, for the test's output
   */
  public record Outcome(Map<String, Map<String, EvalReport.Figures>> measured, String report) {

    /** The overall nDCG@10 of a mode. */
    public double ndcg10(String mode) {
      return measured.get(mode).get("all").ndcg10();
    }
  }

  private HttpEvaluation() {}

  /**
   * Runs the queries, prints the report and fails unless every figure the regression expects is
   * within its tolerance (saying what to paste into the file when a change is intended).
   *
   * @param apiKey the key to search with (null: the requests' default credentials)
   */
  public static Outcome runAndCheck(
      String title, List<JudgedQuery> queries, Regression regression, String apiKey)
      throws JsonProcessingException {
    Map<String, EvalReport> reports = new LinkedHashMap<>();
    for (String mode : regression.modes()) reports.put(mode, new EvalReport(mode));
    for (JudgedQuery q : queries) {
      for (Map.Entry<String, EvalReport> e : reports.entrySet()) {
        RequestSpecification request =
            apiKey == null ? given() : given().header("X-API-Key", apiKey);
        request =
            request
                .queryParam("q", q.text())
                .queryParam("mode", e.getKey())
                .queryParam("limit", "10");
        if (q.scopeCaseId() != null) request.queryParam("case", q.scopeCaseId());
        long t0 = System.nanoTime();
        List<String> ranked =
            request
                .get("/api/v1/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("hits.id", String.class);
        e.getValue().add(q, ranked, (System.nanoTime() - t0) / 1000);
      }
    }
    Map<String, Map<String, EvalReport.Figures>> measured = new LinkedHashMap<>();
    StringBuilder report = new StringBuilder(title + "\n");
    reports.forEach(
        (mode, r) -> {
          measured.put(mode, r.figures());
          report.append(r.markdown());
        });
    List<Regression.Check> checks = regression.check(measured);
    checks.forEach(c -> report.append(c).append('\n'));
    System.out.println(report);
    String asExpected = new YAMLMapper().writeValueAsString(Regression.asExpected(measured));
    assertFalse(
        checks.isEmpty(), regression.name() + " expects no figures:\n" + report + asExpected);
    assertTrue(
        checks.stream().allMatch(Regression.Check::ok),
        "figures moved beyond the tolerance; if intended, update "
            + regression.name()
            + ".yaml:\n"
            + report
            + "\n"
            + asExpected);
    return new Outcome(measured, report.toString());
  }
}
