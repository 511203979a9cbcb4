package jnic.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A grid of world runs, read from a text file of {@code key = value, value, ...} lines ({@code #}
 * starts a comment): every combination of the values is one {@link RunSpec}. Keys: medium, build,
 * stations, ber, ppm, frame_bytes, load, seeds (values or ranges {@code A..B}), duration_ms,
 * scenario, frame_loss. A key left out takes its default (hub, fast, 2 stations, no bit errors,
 * 0 ppm, 1518-byte frames, load 1.2, seed 1, 10 ms, traffic, no frame loss). A key that is not one of these, or a value that does not parse, is not
 * finite or is given twice, is an error that names its line. Lines {@code plot = ...} (as many as
 * wanted) ask for plots of the results ({@link Plot}).
 */
public final class Grid {
    private static final Map<String, String> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("medium", "hub");
        DEFAULTS.put("build", "fast");
        DEFAULTS.put("stations", "2");
        DEFAULTS.put("ber", "0");
        DEFAULTS.put("ppm", "0");
        DEFAULTS.put("frame_bytes", "1518");
        DEFAULTS.put("load", "1.2");
        DEFAULTS.put("seeds", "1");
        DEFAULTS.put("duration_ms", "10");
        DEFAULTS.put("scenario", "traffic");
        DEFAULTS.put("frame_loss", "0");
    }

    /** A grid file that does not say what it should. */
    public static final class GridException extends Exception {
        private static final long serialVersionUID = 1L;

        GridException(String message) {
            super(message);
        }
    }

    private Grid() {}

    public static List<RunSpec> read(Path file) throws IOException, GridException {
        return parse(Files.readAllLines(file), file.toString());
    }

    public static List<Plot> readPlots(Path file) throws IOException, GridException {
        return plots(Files.readAllLines(file), file.toString());
    }

    /** The plots {@code lines} ask for, in order. */
    public static List<Plot> plots(List<String> lines, String name) throws GridException {
        List<Plot> plots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            int eq = line.indexOf('=');
            if (eq > 0 && line.substring(0, eq).strip().equals(PLOT)) {
                plots.add(Plot.parse(line.substring(eq + 1), name + " line " + (i + 1)));
            }
        }
        return plots;
    }

    private static final String PLOT = "plot";

    /** The runs {@code lines} describe, in a fixed order (the keys' order above, the values' as written). */
    public static List<RunSpec> parse(List<String> lines, String name) throws GridException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        DEFAULTS.forEach((k, v) -> values.put(k, List.of(v)));
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).replaceFirst("#.*", "").strip();
            if (line.isEmpty()) {
                continue;
            }
            String where = name + " line " + (i + 1);
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new GridException(where + ": 'key = value, ...' expected, not '" + line + "'");
            }
            String key = line.substring(0, eq).strip();
            if (key.equals(PLOT)) {
                continue; // read by plots()
            }
            if (!DEFAULTS.containsKey(key)) {
                throw new GridException(
                        where + ": '" + key + "' is not a grid key (" + String.join(", ", DEFAULTS.keySet()) + ")");
            }
            if (!seen.add(key)) {
                throw new GridException(where + ": '" + key + "' is given twice");
            }
            List<String> list = new ArrayList<>();
            for (String v : line.substring(eq + 1).split(",")) {
                v = v.strip();
                if (v.isEmpty()) {
                    throw new GridException(where + ": an empty value");
                }
                if (key.equals("seeds") && v.contains("..")) {
                    long[] range = range(v, where);
                    for (long n = 0; n <= range[1] - range[0]; n++) { // by count: B may be Long.MAX_VALUE
                        list.add(Long.toString(range[0] + n));
                    }
                } else {
                    list.add(v);
                }
            }
            Set<String> distinct = new java.util.HashSet<>();
            for (String v : list) {
                if (!distinct.add(v)) {
                    throw new GridException(where + ": '" + v + "' is given twice for " + key);
                }
            }
            values.put(key, list);
        }
        List<RunSpec> runs = new ArrayList<>();
        try {
            for (String medium : values.get("medium")) {
                for (String build : values.get("build")) {
                    for (String stations : values.get("stations")) {
                        for (String ber : values.get("ber")) {
                            for (String ppm : values.get("ppm")) {
                                for (String frame : values.get("frame_bytes")) {
                                    for (String load : values.get("load")) {
                                        for (String seed : values.get("seeds")) {
                                            for (String duration : values.get("duration_ms")) {
                                                for (String scenario : values.get("scenario")) {
                                                    for (String frameLoss : values.get("frame_loss")) {
                                                        runs.add(new RunSpec(
                                                                medium,
                                                                build,
                                                                Integer.parseInt(stations),
                                                                Double.parseDouble(ber),
                                                                Double.parseDouble(ppm),
                                                                Integer.parseInt(frame),
                                                                Double.parseDouble(load),
                                                                Long.parseLong(seed),
                                                                Double.parseDouble(duration),
                                                                scenario,
                                                                Double.parseDouble(frameLoss)));
                                                    }
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        } catch (NumberFormatException e) {
            throw new GridException(name + ": not a number: " + e.getMessage());
        }
        for (RunSpec r : runs) {
            if (!Double.isFinite(r.ber())
                    || !Double.isFinite(r.ppm())
                    || !Double.isFinite(r.load())
                    || !Double.isFinite(r.durationMs())
                    || !Double.isFinite(r.frameLoss())) {
                throw new GridException(
                        name + ": ber, ppm, load, duration_ms and frame_loss are finite numbers: " + r.csv());
            }
            if (!r.scenario().equals("traffic") && !r.scenario().equals("hostile")) {
                throw new GridException(name + ": scenario is traffic or hostile, not " + r.scenario());
            }
        }
        return runs;
    }

    private static long[] range(String v, String where) throws GridException {
        String[] ends = v.split("\\.\\.", -1);
        try {
            if (ends.length != 2) {
                throw new GridException(where + ": a range is A..B, not " + v);
            }
            long a = Long.parseLong(ends[0].strip());
            long b = Long.parseLong(ends[1].strip());
            if (b < a || b - a < 0 || b - a > 1_000_000) { // b - a < 0: it overflowed
                throw new GridException(where + ": a range is A..B with A <= B, at most 10^6 apart, not " + v);
            }
            return new long[] {a, b};
        } catch (NumberFormatException e) {
            throw new GridException(where + ": a range is A..B of whole numbers, not " + v);
        }
    }
}
