package jnic.cli.trace;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The value changes of chosen signals in a VCD file (IEEE 1364 section 18), as Verilator writes
 * it: scopes and vars in the header, then "#time" lines and "0id", "1id" or "bVALUE id" changes.
 * Signals are named by their hierarchical path with dots, e.g. {@code NicPhy.mac_1.filter_accept}.
 * x and z read as 0.
 */
public final class Vcd {
    /** A signal took {@code value} at {@code timePs}. */
    public record Change(long timePs, long value) {}

    private final Map<String, List<Change>> changes;

    private Vcd(Map<String, List<Change>> changes) {
        this.changes = changes;
    }

    /** A signal declared in a VCD header: its scope (dotted path), name, and bit range (or ""). */
    public record Declaration(String scope, String name, String range) {
        /** Its full name as GTKWave and {@link #read} take it: scope, name and range, e.g. {@code NicPhy.NicPhy.irq}. */
        public String fullName() {
            return scope + "." + name + range;
        }
    }

    /** Every signal the header declares, in the order it declares them. */
    public static List<Declaration> declarations(Path file) throws IOException {
        List<Declaration> out = new ArrayList<>();
        Deque<String> scope = new ArrayDeque<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] t = line.trim().split("\\s+");
                switch (t[0]) {
                    case "$scope" -> scope.addLast(t[2]);
                    case "$upscope" -> scope.pollLast();
                    case "$var" ->
                        out.add(new Declaration(
                                String.join(".", scope), t[4], t.length > 6 && t[5].startsWith("[") ? t[5] : ""));
                    case "$enddefinitions" -> {
                        return out;
                    }
                    default -> {}
                }
            }
        } catch (IndexOutOfBoundsException e) {
            throw new IOException(file + " is not a VCD file as Verilator writes them", e);
        }
        throw new IOException(file + " has no $enddefinitions: not a whole VCD header");
    }

    /** Reads the changes of {@code signals} (a missing one gives an IOException naming it). */
    public static Vcd read(Path file, Set<String> signals) throws IOException {
        Map<String, List<String>> idToNames = new HashMap<>();
        Map<String, List<Change>> found = new LinkedHashMap<>();
        Deque<String> scope = new ArrayDeque<>();
        long time = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.US_ASCII)) {
            boolean header = true;
            for (String line; (line = in.readLine()) != null; ) {
                line = line.trim();
                if (line.isEmpty()) {
                    continue;
                }
                if (header) {
                    String[] t = line.split("\\s+");
                    switch (t[0]) {
                        case "$scope" -> scope.addLast(t[2]);
                        case "$upscope" -> scope.pollLast();
                        case "$var" -> {
                            String name = String.join(".", scope) + "." + t[4];
                            if (signals.contains(name)) {
                                idToNames
                                        .computeIfAbsent(t[3], k -> new ArrayList<>())
                                        .add(name);
                                found.put(name, new ArrayList<>());
                            }
                        }
                        case "$enddefinitions" -> header = false;
                        default -> {}
                    }
                    continue;
                }
                char c = line.charAt(0);
                if (c == '#') {
                    time = Long.parseLong(line.substring(1));
                } else if (c == '0' || c == '1' || c == 'x' || c == 'z' || c == 'X' || c == 'Z') {
                    record(idToNames, found, line.substring(1), time, c == '1' ? 1 : 0);
                } else if (c == 'b' || c == 'B') {
                    int space = line.indexOf(' ');
                    if (space > 1) {
                        String bits = line.substring(1, space)
                                .replace('x', '0')
                                .replace('z', '0')
                                .replace('X', '0')
                                .replace('Z', '0');
                        record(
                                idToNames,
                                found,
                                line.substring(space + 1).trim(),
                                time,
                                Long.parseUnsignedLong(bits, 2));
                    }
                }
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            throw new IOException(file + " is not a VCD file as Verilator writes them", e);
        }
        for (String s : signals) {
            if (!found.containsKey(s)) {
                throw new IOException(file + " has no signal " + s);
            }
        }
        return new Vcd(found);
    }

    private static void record(
            Map<String, List<String>> idToNames, Map<String, List<Change>> found, String id, long time, long value) {
        List<String> names = idToNames.get(id);
        if (names == null) {
            return;
        }
        for (String n : names) {
            List<Change> list = found.get(n);
            if (list.isEmpty() || list.get(list.size() - 1).value() != value) { // a dump repeats unchanged values
                list.add(new Change(time, value));
            }
        }
    }

    /** The changes of {@code signal}, in time order (the first is its value when the dump began). */
    public List<Change> changes(String signal) {
        List<Change> c = changes.get(signal);
        if (c == null) {
            throw new IllegalArgumentException("not read: " + signal);
        }
        return c;
    }
}
