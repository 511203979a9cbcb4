package jnic.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes the summary as summary.json and as report.html: a table, and per benchmark a bar plot of
 * the ratios on a log scale with 1 (the reference) marked, in inline SVG (self-contained).
 */
public final class BenchReport {
    private BenchReport() {}

    public static void writeJson(Path file, String machine, List<BenchSummary.Row> rows) throws IOException {
        Map<String, Object> top = new LinkedHashMap<>();
        top.put("machine", machine);
        top.put("rows", rows);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), top);
    }

    public static void writeHtml(Path file, String machine, List<BenchSummary.Row> rows) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(
                        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>jnic benchmarks</title>\n<style>\n")
                .append("body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }\n")
                .append(
                        "table { border-collapse: collapse; } td, th { padding: 3px 8px; border-bottom: 1px solid #ddd; text-align: left; }\n")
                .append("td.n { text-align: right; font-variant-numeric: tabular-nums; }\n")
                .append("svg text { font: 12px system-ui, sans-serif; }\n</style></head><body>\n")
                .append("<h1>jnic benchmarks</h1>\n<p>")
                .append(escape(machine))
                .append("</p>\n")
                .append(
                        "<p>Each figure is shown with a reference measured in the same run, and their ratio. Plots: ratios on a log scale; "
                                + "the line marks 1, the reference. For times (ns/frame, us/frame) the ratio is reference over figure, so above 1 is "
                                + "always better.</p>\n");
        b.append(
                "<table><tr><th>benchmark</th><th>figure</th><th>value</th><th>reference</th><th>reference value</th><th>ratio</th></tr>\n");
        for (BenchSummary.Row r : rows) {
            b.append("<tr><td>")
                    .append(r.benchmark())
                    .append("</td><td>")
                    .append(escape(r.what()))
                    .append("</td><td class=n>")
                    .append(format(r.value()))
                    .append(' ')
                    .append(escape(r.unit()))
                    .append("</td><td>")
                    .append(escape(r.reference()))
                    .append("</td><td class=n>")
                    .append(format(r.referenceValue()))
                    .append("</td><td class=n>")
                    .append(String.format(Locale.ROOT, "%.3g", r.ratio()))
                    .append("</td></tr>\n");
        }
        b.append("</table>\n");
        Map<String, List<BenchSummary.Row>> byBench = new LinkedHashMap<>();
        rows.forEach(r -> byBench.computeIfAbsent(r.benchmark(), k -> new java.util.ArrayList<>())
                .add(r));
        byBench.forEach((bench, list) ->
                b.append("<h2>").append(bench).append("</h2>\n").append(plot(list)));
        b.append("</body></html>\n");
        Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
    }

    /** Horizontal bars of log10(ratio), from 1/1000 to 1000, with the reference line at 1. */
    static String plot(List<BenchSummary.Row> rows) {
        int label = 430;
        int width = 420;
        int barHeight = 18;
        int height = rows.size() * (barHeight + 6) + 30;
        double min = -3;
        double max = 3;
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" role=\"img\">%n",
                label + width + 80,
                height));
        double one = label + width * (0 - min) / (max - min);
        for (int k = (int) min; k <= max; k++) {
            double x = label + width * (k - min) / (max - min);
            s.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"0\" x2=\"%.1f\" y2=\"%d\" stroke=\"%s\"/>%n",
                    x,
                    x,
                    height - 18,
                    k == 0 ? "#000" : "#ddd"));
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    x,
                    height - 4,
                    k < 0 ? "1/" + (long) Math.pow(10, -k) : String.valueOf((long) Math.pow(10, k))));
        }
        for (int i = 0; i < rows.size(); i++) {
            BenchSummary.Row r = rows.get(i);
            double v = Math.max(min, Math.min(max, Math.log10(r.ratio())));
            double x = label + width * (v - min) / (max - min);
            int y = i * (barHeight + 6) + 4;
            s.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                    label - 8,
                    y + 13,
                    escape(r.what())));
            s.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
                    Math.min(x, one),
                    y,
                    Math.abs(x - one),
                    barHeight,
                    r.ratio() >= 1 ? "#2e7d32" : "#c62828",
                    escape(String.format(Locale.ROOT, "%.3g x %s", r.ratio(), r.reference()))));
            s.append(String.format(
                    Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%.3g</text>%n", Math.max(x, one) + 4, y + 13, r.ratio()));
        }
        return s.append("</svg>\n").toString();
    }

    public static String format(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%,.0f", v) : String.format(Locale.ROOT, "%.3g", v);
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
