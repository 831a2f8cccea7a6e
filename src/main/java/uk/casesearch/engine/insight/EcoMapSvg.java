package uk.casesearch.engine.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Draws an eco-map as SVG: the child at the centre, each person or place on a ring around them
 * (closer the stronger the link), kinds by shape (family a circle, professional a square, community
 * a diamond, place or organisation a triangle), stances by colour and line style (protective a
 * solid green line, risk a dashed red one, concern a dotted orange one, neutral a thin grey one),
 * line width by strength, a legend, text labels, and a {@code <title>} and {@code <desc>} that say
 * the same for screen readers. Colours are GOV.UK Design System colours.
 */
public final class EcoMapSvg {

  private static final int WIDTH = 960;
  private static final int HEIGHT = 760;
  private static final int CX = 480;
  private static final int CY = 360;

  private static final Map<String, String> COLOUR =
      Map.of(
          "protective", "#00703c", "risk", "#d4351c", "concern", "#f47738", "neutral", "#505a5f");
  private static final Map<String, String> DASH =
      Map.of("protective", "", "risk", "10 6", "concern", "2 5", "neutral", "");

  private static final List<String> KIND_ORDER =
      List.of("family", "community", "professional", "place", "organisation");

  private EcoMapSvg() {}

  public static String draw(EcoMap map) {
    StringBuilder svg = new StringBuilder();
    String child =
        map.child() == null || map.child().name() == null ? map.caseId() : map.child().name();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append(
            "\" role=\"img\" aria-labelledby=\"ecomap-title ecomap-desc\" font-family=\"Arial, sans-serif\">\n");
    svg.append("<title id=\"ecomap-title\">Eco-map for ").append(esc(child)).append("</title>\n");
    svg.append("<desc id=\"ecomap-desc\">").append(esc(describe(map, child))).append("</desc>\n");
    svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
    Map<String, double[]> at = new HashMap<>();
    List<EcoMap.Node> nodes = map.nodes();
    Map<String, Double> strength = new HashMap<>();
    for (EcoMap.Edge e : map.edges())
      if (e.from().equals("child")) strength.put(e.to(), e.strength());
    // Each kind in a sector of its own (family, then community, professionals, places), strongest
    // first within it; neighbours alternate between three rings so that their labels do not meet.
    List<EcoMap.Node> around = new ArrayList<>(map.nodes());
    around.sort(
        Comparator.comparingInt((EcoMap.Node x) -> KIND_ORDER.indexOf(x.kind()))
            .thenComparing(x -> -strength.getOrDefault(x.id(), 0.0))
            .thenComparing(EcoMap.Node::id));
    int n = around.size();
    for (int i = 0; i < n; i++) {
      EcoMap.Node node = around.get(i);
      double s = strength.getOrDefault(node.id(), 0.0);
      double radius = n <= 8 ? 130 + (1 - s) * 160 : 170 + (1 - s) * 60 + (i % 3) * 55;
      double angle = 2 * Math.PI * i / Math.max(1, n) - Math.PI / 2;
      at.put(
          node.id(),
          new double[] {CX + radius * Math.cos(angle), CY + radius * Math.sin(angle) * 0.85});
    }
    svg.append("<g class=\"links\">\n");
    for (EcoMap.Edge e : map.edges()) {
      double[] a = e.from().equals("child") ? new double[] {CX, CY} : at.get(e.from());
      double[] b = at.get(e.to());
      if (a == null || b == null) continue;
      String stance = e.from().equals("child") ? stanceOf(nodes, e.to()) : "neutral";
      String dash = DASH.get(stance);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\"%s%s><title>%s</title></line>\n",
              a[0],
              a[1],
              b[0],
              b[1],
              COLOUR.get(stance),
              1 + 5 * e.strength(),
              dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"",
              e.from().equals("child") ? "" : " opacity=\"0.5\"",
              esc(e.relation() + ", " + e.records().size() + " records")));
    }
    svg.append("</g>\n<g class=\"people\">\n");
    for (EcoMap.Node node : nodes) {
      double[] p = at.get(node.id());
      String colour = COLOUR.getOrDefault(node.stance(), COLOUR.get("neutral"));
      svg.append("<g><title>")
          .append(esc(node.name() + ", " + node.relation() + ", " + node.stance()))
          .append("</title>");
      svg.append(shape(node.kind(), p[0], p[1], colour));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"13\" fill=\"#0b0c0c\">%s</text>",
              p[0],
              p[1] + 30,
              esc(node.name())));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\" fill=\"#505a5f\">%s</text></g>\n",
              p[0],
              p[1] + 44,
              esc(node.relation())));
    }
    svg.append("</g>\n");
    svg.append(
        String.format(
            Locale.ROOT,
            "<g class=\"child\"><circle cx=\"%d\" cy=\"%d\" r=\"34\" fill=\"#1d70b8\"/><text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"bold\" fill=\"#ffffff\">%s</text></g>\n",
            CX,
            CY,
            CX,
            CY + 5,
            esc(firstName(child))));
    legend(svg);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static String stanceOf(List<EcoMap.Node> nodes, String id) {
    for (EcoMap.Node n : nodes) if (n.id().equals(id)) return n.stance();
    return "neutral";
  }

  private static String shape(String kind, double x, double y, String colour) {
    return switch (kind) {
      case "professional" ->
          String.format(
              Locale.ROOT,
              "<rect x=\"%.1f\" y=\"%.1f\" width=\"28\" height=\"28\" fill=\"%s\"/>",
              x - 14,
              y - 14,
              colour);
      case "community" ->
          String.format(
              Locale.ROOT,
              "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
              x,
              y - 17,
              x + 17,
              y,
              x,
              y + 17,
              x - 17,
              y,
              colour);
      case "place", "organisation" ->
          String.format(
              Locale.ROOT,
              "<polygon points=\"%.1f,%.1f %.1f,%.1f %.1f,%.1f\" fill=\"%s\"/>",
              x,
              y - 17,
              x + 16,
              y + 13,
              x - 16,
              y + 13,
              colour);
      default ->
          String.format(
              Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"15\" fill=\"%s\"/>", x, y, colour);
    };
  }

  private static void legend(StringBuilder svg) {
    int x = 20;
    int y = HEIGHT - 70;
    svg.append("<g class=\"legend\" font-size=\"12\" fill=\"#0b0c0c\">\n");
    svg.append(
        String.format(
            Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-weight=\"bold\">Key</text>\n", x, y - 8));
    String[][] kinds = {
      {"family", "Family"},
      {"professional", "Professional"},
      {"community", "Community"},
      {"place", "Place or organisation"}
    };
    for (int i = 0; i < kinds.length; i++) {
      int kx = x + 10 + i * 150;
      svg.append(shape(kinds[i][0], kx, y + 10, COLOUR.get("neutral")));
      svg.append(
          String.format(
              Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>\n", kx + 24, y + 14, kinds[i][1]));
    }
    String[] stances = {"protective", "risk", "concern", "neutral"};
    for (int i = 0; i < stances.length; i++) {
      int lx = x + i * 150;
      String dash = DASH.get(stances[i]);
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"3\"%s/>",
              lx,
              y + 45,
              lx + 40,
              y + 45,
              COLOUR.get(stances[i]),
              dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\""));
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\">%s</text>\n",
              lx + 48,
              y + 49,
              Character.toUpperCase(stances[i].charAt(0)) + stances[i].substring(1)));
    }
    svg.append("</g>\n");
  }

  /** The map in words: who is around the child, by stance. */
  static String describe(EcoMap map, String child) {
    if (map.nodes().isEmpty()) return "The records you may see name nobody around " + child + ".";
    StringBuilder sb =
        new StringBuilder(map.nodes().size() + " people and places around " + child + ": ");
    for (int i = 0; i < map.nodes().size(); i++) {
      EcoMap.Node n = map.nodes().get(i);
      if (i > 0) sb.append("; ");
      sb.append(n.name())
          .append(" (")
          .append(n.relation())
          .append(", ")
          .append(n.stance())
          .append(')');
    }
    return sb.append('.').toString();
  }

  private static String firstName(String name) {
    int sp = name.indexOf(' ');
    return sp < 0 ? name : name.substring(0, sp);
  }

  private static String esc(String s) {
    if (s == null) return "";
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> {
          if (c >= 0x20 || c == '\t' || c == '\n') sb.append(c);
        }
      }
    }
    return sb.toString();
  }
}
