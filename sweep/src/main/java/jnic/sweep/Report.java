package jnic.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A sweep's HTML report, {@code report.html}: what ran and how long it took, the grid's plots
 * (inline SVG, also written alone as {@code plot-N.svg}) and the runs' rows (every failed one, and
 * the first {@link SweepMain#ROWS_SHOWN} others); self-contained, in the style of the bench's report.
 */
final class Report {
    private Report() {}

    /** The file name of the grid's {@code index}th plot (from 1). */
    static String plotFile(int index) {
        return "plot-" + index + ".svg";
    }

    static void write(Path out, String headline, List<Plot> plots, List<RunResult> results) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(
                        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>jnic sweep</title>\n<style>\n")
                .append("body { font: 14px/1.4 system-ui, sans-serif; margin: 1.5em; color: #222; }\n")
                .append("table { border-collapse: collapse; font-size: 12px; }\n")
                .append("td, th { padding: 2px 6px; border-bottom: 1px solid #ddd; text-align: right; }\n")
                .append("td.t, th.t { text-align: left; }\n")
                .append("</style></head><body>\n<h1>jnic sweep</h1>\n<p>")
                .append(Plot.escape(headline))
                .append("</p>\n");
        for (int i = 0; i < plots.size(); i++) {
            String svg = plots.get(i).svg(results);
            Files.writeString(out.resolve(plotFile(i + 1)), svg, StandardCharsets.UTF_8);
            b.append("<h2>")
                    .append(Plot.escape(plots.get(i).title()))
                    .append("</h2>\n")
                    .append(svg);
        }
        b.append("<h2>Runs</h2>\n<table>\n<tr>");
        String[] columns = RunResult.CSV_HEADER.split(",");
        for (String c : columns) {
            b.append(c.equals("error") || c.equals("medium") || c.equals("build") ? "<th class=t>" : "<th>")
                    .append(c)
                    .append("</th>");
        }
        b.append("</tr>\n");
        List<RunResult> shown = new java.util.ArrayList<>(
                results.stream().filter(r -> r.error() != null).toList()); // every failure, with its seed
        results.stream()
                .filter(r -> r.error() == null)
                .limit(SweepMain.ROWS_SHOWN)
                .forEach(shown::add);
        for (RunResult r : shown) {
            b.append("<tr>");
            Plot.cells(r)
                    .forEach((column, cell) -> b.append(
                                    column.equals("error") || column.equals("medium") || column.equals("build")
                                            ? "<td class=t>"
                                            : "<td>")
                            .append(Plot.escape(column.equals("error") ? (r.error() == null ? "" : r.error()) : cell))
                            .append("</td>"));
            b.append("</tr>\n");
        }
        b.append("</table>\n");
        if (shown.size() < results.size()) {
            b.append("<p>The failed runs and the first ")
                    .append(SweepMain.ROWS_SHOWN)
                    .append(" others of ")
                    .append(results.size())
                    .append("; every run is in runs.csv.</p>\n");
        }
        b.append("</body></html>\n");
        Files.writeString(out.resolve("report.html"), b.toString(), StandardCharsets.UTF_8);
    }
}
