package jnic.cli.trace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GTKWave save file for an adapter's VCD: the signals grouped by hardware stage (the line, the
 * PHY, the MII, MAC transmit, CSMA/CD, MAC receive, the address filter, the buffer rings, the
 * registers and host bus, ...), each group the signals of one component's scope, and the view
 * opening where the adapter first drives the line. Only the line's group starts open; the others
 * open with a click. GTKWave reads it with {@code gtkwave FILE.gtkw}.
 *
 * <p>The format is GTKWave's own: {@code [dumpfile]} and {@code [timestart]} (in the dump's time
 * unit, picoseconds here), then traces, each a full signal name with its bit range, preceded by
 * a flags line: {@code @28} a bit shown in binary, {@code @22} a vector in hex, {@code @800200}
 * and {@code @1000200} (with {@code @c00200} for a closed one) a group's start and end around a
 * {@code -title} line.
 */
public final class GtkwSaveFile {
    /** Titles of the stages by their scope within the adapter (the Java field names). */
    private static final Map<String, String> TITLES = Map.ofEntries(
            Map.entry("mac_1.phy", "PHY: Manchester encoder, decoder, nibble framer (line clock)"),
            Map.entry("mac_1.phy.decoder", "PHY: Manchester decoder, clock recovery"),
            Map.entry("mac_1.phy.encoder", "PHY: Manchester encoder"),
            Map.entry("mac_1.phy.framer", "PHY: SFD hunt and nibbles"),
            Map.entry("mac_1.reconciliation_1", "MII and reconciliation sublayer (MII clock)"),
            Map.entry("mac_1.reconciliation_1.delimiter", "MAC receive: last-byte marker"),
            Map.entry("mac_1.tx", "MAC transmit: preamble, padding, FCS, gap"),
            Map.entry("mac_1.tx.fcs", "MAC transmit: CRC-32"),
            Map.entry("mac_1.csma", "MAC: CSMA/CD"),
            Map.entry("mac_1.byteFramer", "MAC receive: byte framer"),
            Map.entry("mac_1.byteFramer.delimiter", "MAC receive: last-byte marker"),
            Map.entry("mac_1.rxCheck", "MAC receive: FCS, length checks"),
            Map.entry("mac_1.rxCheck.fcsCheck", "MAC receive: CRC-32"),
            Map.entry("mac_1.filter", "address filter"),
            Map.entry("mac_1", "MAC"),
            Map.entry("txRing", "buffer memory: transmit ring"),
            Map.entry("rxRing", "buffer memory: receive ring"),
            Map.entry("stats", "statistics counters"),
            Map.entry("selfTest_1", "self-test"),
            Map.entry("rom", "address ROM loader"));

    private GtkwSaveFile() {}

    /**
     * Writes the save file for {@code vcd}, a VCD of one adapter whose top module is {@code top}
     * (NicPhy or NicFast); returns the time (ps) the view opens at.
     */
    public static long write(Path file, Path vcd, String top) throws IOException {
        List<Vcd.Declaration> all = Vcd.declarations(vcd);
        String adapter = top + "." + top;
        Map<String, List<Vcd.Declaration>> byScope = new LinkedHashMap<>();
        List<Vcd.Declaration> line = new ArrayList<>();
        for (Vcd.Declaration d : all) {
            if (d.scope().equals(top)) {
                if (d.name().startsWith("line")) {
                    line.add(d);
                }
            } else if (d.scope().startsWith(adapter)) {
                byScope.computeIfAbsent(d.scope(), k -> new ArrayList<>()).add(d);
            }
        }
        if (line.isEmpty()) {
            throw new IOException(vcd + " has no line ports under " + top + ": not a VCD of a " + top);
        }
        String out = top
                + (line.stream().anyMatch(d -> d.name().equals("lineOutActive")) ? ".lineOutActive" : ".lineOutValid");
        List<Vcd.Change> changes = Vcd.read(vcd, java.util.Set.of(out)).changes(out);
        long start = changes.stream()
                .filter(c -> c.value() != 0)
                .mapToLong(Vcd.Change::timePs)
                .findFirst()
                .orElse(changes.isEmpty() ? 0 : changes.get(0).timePs());

        StringBuilder s = new StringBuilder();
        s.append("[*] GTKWave save file written by jnic: ").append(top).append("'s signals grouped by stage\n");
        s.append("[dumpfile] \"").append(vcd.toAbsolutePath()).append("\"\n");
        s.append("[timestart] ").append(start).append('\n');
        group(s, "the line (in and out of the adapter)", line, true);
        for (Map.Entry<String, List<Vcd.Declaration>> e : byScope.entrySet()) {
            String within = e.getKey().equals(adapter) ? "" : e.getKey().substring(adapter.length() + 1);
            String title = within.isEmpty() ? "registers, host bus, interrupt" : TITLES.getOrDefault(within, within);
            group(s, title, e.getValue(), false);
        }
        Files.writeString(file, s.toString(), StandardCharsets.US_ASCII);
        return start;
    }

    private static void group(StringBuilder s, String title, List<Vcd.Declaration> signals, boolean open) {
        s.append(open ? "@800200\n" : "@c00200\n").append('-').append(title).append('\n');
        for (Vcd.Declaration d : signals) {
            s.append(d.range().isEmpty() ? "@28\n" : "@22\n")
                    .append(d.fullName())
                    .append('\n');
        }
        s.append("@1000200\n-").append(title).append('\n');
    }
}
