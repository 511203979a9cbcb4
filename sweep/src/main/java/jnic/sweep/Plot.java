package jnic.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * One plot a grid asks for, {@code plot = Y[+Y...] vs X [by C[+C...]] [log-x] [log-y]} (columns
 * of {@code runs.csv}), drawn as a self-contained SVG line plot: a series per combination of the
 * {@code by} columns' values, each a colour; per series, the first Y (what was measured) as a solid
 * line with points and any further Y (a model, say) dashed in the same colour. Each point is the
 * mean over the series' runs with that X (the seeds, and any other grid values the series does not
 * tell apart); failed runs are left out, and on a log axis so are values that are not positive.
 */
public record Plot(List<String> ys, String x, List<String> by, boolean logX, boolean logY) {
    private static final List<String> COLUMNS = List.of(RunResult.CSV_HEADER.split(","));
    private static final String[] COLOURS = {
        "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf", "#7f7f7f", "#bcbd22"
    };
    private static final String[] DASHES = {"", "6 4", "2 3", "8 3 2 3"};
    private static final int WIDTH = 900;
    private static final int HEIGHT = 420;
    private static final int LEFT = 70;
    private static final int RIGHT = 340;
    private static final int TOP = 30;
    private static final int BOTTOM = 50;

    /** Parses a plot line's value; the exception names what is wrong. */
    public static Plot parse(String text, String where) throws Grid.GridException {
        List<String> words = List.of(text.strip().split("\\s+"));
        int vs = words.indexOf("vs");
        if (vs != 1 || words.size() < 3) {
            throw new Grid.GridException(
                    where + ": a plot is 'Y[+Y...] vs X [by C[+C...]] [log-x] [log-y]', not '" + text.strip() + "'");
        }
        List<String> ys = List.of(words.get(0).split("\\+"));
        String x = words.get(2);
        List<String> by = List.of();
        boolean logX = false;
        boolean logY = false;
        for (int i = 3; i < words.size(); i++) {
            String w = words.get(i);
            if (w.equals("by") && i + 1 < words.size()) {
                by = List.of(words.get(++i).split("\\+"));
            } else if (w.equals("log-x")) {
                logX = true;
            } else if (w.equals("log-y")) {
                logY = true;
            } else {
                throw new Grid.GridException(where + ": '" + w + "' in a plot: 'by C', 'log-x' or 'log-y' expected");
            }
        }
        List<String> named = new ArrayList<>(ys);
        named.add(x);
        named.addAll(by);
        for (String c : named) {
            if (!COLUMNS.contains(c) || c.equals("error")) {
                throw new Grid.GridException(where + ": '" + c + "' is not a column of runs.csv ("
                        + String.join(", ", COLUMNS.subList(0, COLUMNS.size() - 1)) + ")");
            }
        }
        if (ys.size() > DASHES.length) {
            throw new Grid.GridException(where + ": at most " + DASHES.length + " Y columns in a plot");
        }
        return new Plot(ys, x, by, logX, logY);
    }

    /** What the plot shows, in words: its title. */
    public String title() {
        return String.join(" and ", ys) + " against " + x + (by.isEmpty() ? "" : ", by " + String.join(", ", by));
    }

    /** A run's cells by column name. */
    static Map<String, String> cells(RunResult r) {
        List<String> values = List.of(r.csv().split(",", COLUMNS.size()));
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < COLUMNS.size(); i++) {
            m.put(COLUMNS.get(i), values.get(i));
        }
        return m;
    }

    private static double number(String cell) {
        try {
            return cell.isEmpty() ? Double.NaN : Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** One line: a series' values of one Y column, x to mean y. */
    private record Line(String label, int colour, int dash, TreeMap<Double, Double> points) {}

    private List<Line> lines(List<RunResult> results) {
        Map<String, List<Map<String, String>>> series = new LinkedHashMap<>();
        for (RunResult r : results) {
            if (r.error() != null) {
                continue;
            }
            Map<String, String> c = cells(r);
            List<String> key = new ArrayList<>();
            for (String b : by) {
                key.add(b + " " + c.get(b));
            }
            series.computeIfAbsent(String.join(", ", key), k -> new ArrayList<>())
                    .add(c);
        }
        List<Line> out = new ArrayList<>();
        int colour = 0;
        for (var e : series.entrySet()) {
            for (int j = 0; j < ys.size(); j++) {
                String y = ys.get(j);
                Map<Double, double[]> sums = new TreeMap<>();
                for (Map<String, String> c : e.getValue()) {
                    double xv = number(c.get(x));
                    double yv = number(c.get(y));
                    if (!Double.isFinite(xv) || !Double.isFinite(yv) || logX && xv <= 0 || logY && yv <= 0) {
                        continue;
                    }
                    double[] s = sums.computeIfAbsent(xv, k -> new double[2]);
                    s[0] += yv;
                    s[1]++;
                }
                TreeMap<Double, Double> points = new TreeMap<>();
                sums.forEach((xv, s) -> points.put(xv, s[0] / s[1]));
                if (!points.isEmpty()) {
                    String label = (e.getKey().isEmpty() ? "" : e.getKey() + ": ") + y;
                    out.add(new Line(label, colour % COLOURS.length, j, points));
                }
            }
            colour++;
        }
        return out;
    }

    /** The SVG of this plot of {@code results}. */
    public String svg(List<RunResult> results) {
        List<Line> lines = lines(results);
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"system-ui, sans-serif\" font-size=\"12\">%n",
                WIDTH,
                HEIGHT,
                WIDTH,
                HEIGHT));
        b.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        b.append(String.format(
                Locale.ROOT, "<text x=\"%d\" y=\"18\" font-size=\"14\">%s</text>%n", LEFT, escape(title())));
        if (lines.isEmpty()) {
            b.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">no runs to plot</text>%n", LEFT, HEIGHT / 2));
            return b.append("</svg>\n").toString();
        }
        double[] xr = range(lines, true);
        double[] yr = range(lines, false);
        Axis ax = new Axis(xr[0], xr[1], logX, LEFT, WIDTH - RIGHT);
        Axis ay = new Axis(yr[0], yr[1], logY, HEIGHT - BOTTOM, TOP);
        b.append(String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>%n",
                LEFT,
                TOP,
                WIDTH - RIGHT - LEFT,
                HEIGHT - BOTTOM - TOP));
        for (double t : ax.ticks()) {
            double px = ax.at(t);
            b.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%s</text>%n",
                    px,
                    TOP,
                    px,
                    HEIGHT - BOTTOM,
                    px,
                    HEIGHT - BOTTOM + 16,
                    label(t)));
        }
        for (double t : ay.ticks()) {
            double py = ay.at(t);
            b.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/>"
                            + "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>%n",
                    LEFT,
                    py,
                    WIDTH - RIGHT,
                    py,
                    LEFT - 6,
                    py + 4,
                    label(t)));
        }
        b.append(String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%s%s</text>%n",
                (LEFT + WIDTH - RIGHT) / 2,
                HEIGHT - 12,
                escape(x),
                logX ? " (log)" : ""));
        b.append(String.format(
                Locale.ROOT,
                "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\">%s%s</text>%n",
                (TOP + HEIGHT - BOTTOM) / 2,
                escape(String.join(", ", ys)),
                logY ? " (log)" : ""));
        int legendY = TOP + 4;
        for (Line l : lines) {
            String colour = COLOURS[l.colour()];
            StringBuilder path = new StringBuilder();
            l.points()
                    .forEach((xv, yv) -> path.append(path.isEmpty() ? "M" : " L")
                            .append(String.format(Locale.ROOT, "%.1f %.1f", ax.at(xv), ay.at(yv))));
            b.append(String.format(
                    Locale.ROOT,
                    "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"1.6\"%s/>%n",
                    path,
                    colour,
                    dash(l.dash())));
            if (l.dash() == 0) {
                l.points()
                        .forEach((xv, yv) -> b.append(String.format(
                                Locale.ROOT,
                                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"2.8\" fill=\"%s\"/>%n",
                                ax.at(xv),
                                ay.at(yv),
                                colour)));
            }
            int lx = WIDTH - RIGHT + 12;
            b.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.6\"%s/>"
                            + "<text x=\"%d\" y=\"%d\" font-size=\"11\">%s</text>%n",
                    lx,
                    legendY,
                    lx + 22,
                    legendY,
                    colour,
                    dash(l.dash()),
                    lx + 28,
                    legendY + 4,
                    escape(l.label())));
            legendY += 15;
        }
        return b.append("</svg>\n").toString();
    }

    private static String dash(int i) {
        return DASHES[i].isEmpty() ? "" : " stroke-dasharray=\"" + DASHES[i] + "\"";
    }

    private static double[] range(List<Line> lines, boolean ofX) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Line l : lines) {
            for (var e : l.points().entrySet()) {
                double v = ofX ? e.getKey() : e.getValue();
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        return new double[] {lo, hi};
    }

    /** A linear or decimal-log axis from data values to pixels, with ticks at round values. */
    private static final class Axis {
        final double lo;
        final double hi;
        final boolean log;
        final double from;
        final double to;

        Axis(double min, double max, boolean log, double from, double to) {
            this.log = log;
            this.from = from;
            this.to = to;
            if (log) {
                double a = Math.floor(Math.log10(min));
                double b = Math.ceil(Math.log10(max));
                this.lo = a;
                this.hi = b > a ? b : a + 1;
            } else {
                double span = max - min;
                if (span <= 1e-9 * Math.max(Math.abs(min), Math.abs(max))) {
                    span = 0; // equal values that rounding set a hair apart (a mean of 3 against one of 2)
                    min = max;
                }
                double pad = span > 0 ? span * 0.05 : Math.max(Math.abs(max) * 0.1, 1);
                double a = min >= 0 && min - pad < 0 ? 0 : min - pad; // a quantity that cannot be negative starts at 0
                this.lo = a;
                this.hi = max + pad;
            }
        }

        double at(double v) {
            double t = log ? Math.log10(v) : v;
            return from + (t - lo) / (hi - lo) * (to - from);
        }

        double[] ticks() {
            if (log) {
                int n = (int) (hi - lo) + 1;
                double[] t = new double[n];
                for (int i = 0; i < n; i++) {
                    t[i] = Math.pow(10, lo + i);
                }
                return t;
            }
            double step = niceStep((hi - lo) / 5);
            double first = Math.ceil(lo / step) * step;
            List<Double> t = new ArrayList<>();
            for (int i = 0; i <= 12; i++) { // by count: a step too small to move v cannot loop for ever
                double v = first + i * step;
                if (v > hi + step * 1e-9) {
                    break;
                }
                t.add(Math.abs(v) < step * 1e-9 ? 0 : v);
            }
            return t.stream().mapToDouble(Double::doubleValue).toArray();
        }

        private static double niceStep(double raw) {
            double p = Math.pow(10, Math.floor(Math.log10(raw)));
            double f = raw / p;
            return (f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10) * p;
        }
    }

    private static String label(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e6) {
            return Long.toString((long) v);
        }
        if (Math.abs(v) >= 1e6 || Math.abs(v) < 1e-3) {
            return String.format(Locale.ROOT, "%.0e", v);
        }
        String s = String.format(Locale.ROOT, "%.4g", v);
        return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    @Override
    public String toString() {
        return String.join("+", ys) + " vs " + x + (by.isEmpty() ? "" : " by " + String.join("+", by))
                + (logX ? " log-x" : "") + (logY ? " log-y" : "");
    }
}
