package jnic.cli.trace;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.MacAddress;
import jnic.sim.Pcapng;

/**
 * The hardware's part of a trace, read from what the simulated world recorded: every frame of
 * the pcapng capture (as its sender put it on the medium, FCS included), and, from one adapter's
 * VCD, the clock-level detail of its first bursts (line coding, the receive verdicts of the
 * address filter and FCS checker, the interrupt line). The FCS is checked here against
 * java.util.zip.CRC32, and the bytes decoded from the VCD's line samples against the capture.
 */
public final class LineNarrator {
    private static final int PREAMBLE_BYTES = 7;
    /** The shortest frame without its FCS (IEEE 802.3 4.4.2): shorter is a runt, counted as one. */
    private static final int MIN_FRAME = 60;

    private static final int FCS_BYTES = 4;

    private final Map<MacAddress, String> hosts;
    /** Line samples per clock on the phy build: a bit cell (hdl-gen's Generate.SAMPLES_PER_BIT). */
    private static final int SAMPLES_PER_CELL = 8;

    private final boolean manchester;

    /** {@code hosts}: who owns each station address; {@code manchester}: the phy build (else the byte-wide line of the fast build). */
    public LineNarrator(Map<MacAddress, String> hosts, boolean manchester) {
        this.hosts = Map.copyOf(hosts);
        this.manchester = manchester;
    }

    /** One LINE event per captured frame. */
    public List<TraceEvent> frames(List<Pcapng.Packet> packets) {
        List<TraceEvent> out = new ArrayList<>();
        for (Pcapng.Packet p : packets) {
            out.add(frame(p));
        }
        return out;
    }

    /** The same for the capture of one wire of a network, each event saying which wire. */
    public List<TraceEvent> frames(List<Pcapng.Packet> packets, String wire) {
        List<TraceEvent> out = new ArrayList<>();
        for (TraceEvent e : frames(packets)) {
            out.add(new TraceEvent(e.nanos(), e.host(), e.layer(), "on " + wire + ": " + e.text(), e.to()));
        }
        return out;
    }

    /**
     * What {@code host}'s adapter received damaged, from its receive capture: each frame whose FCS
     * did not check (bit errors on the line changed it), which the adapter dropped without an
     * interrupt, so its driver never saw it.
     */
    public List<TraceEvent> damaged(String host, List<Pcapng.Packet> received) {
        List<TraceEvent> out = new ArrayList<>();
        for (Pcapng.Packet p : received) {
            if (!p.crcError() && !p.symbolError()) {
                continue;
            }
            byte[] f = p.bytes();
            String from = f.length >= 12 ? hosts.getOrDefault(MacAddress.of(Arrays.copyOfRange(f, 6, 12)), "?") : "?";
            String text = f.length < MIN_FRAME + FCS_BYTES
                    ? String.format(
                            Locale.ROOT,
                            "a fragment of %d bytes arrives (from %s, if its source field is intact)%s: shorter than"
                                    + " any frame (a runt, IEEE 802.3 4.2.4.2.2), bit errors on the line cut it; the"
                                    + " adapter drops it and counts it in RX_RUNTS; no interrupt, the driver never sees it",
                            f.length,
                            from,
                            p.symbolError() ? " with a Manchester code violation" : "")
                    : String.format(
                            Locale.ROOT,
                            "a frame of %d bytes arrives (from %s, if its source field is intact)%s and its FCS does not"
                                    + " check: bit errors on the line changed it (IEEE 802.3 clause 3.2.9); the adapter"
                                    + " drops it and counts it in RX_FCS_ERRORS; no interrupt, the driver never sees it",
                            f.length,
                            from,
                            p.symbolError() ? " with a Manchester code violation" : "");
            out.add(new TraceEvent(p.nanos(), host, TraceLayer.ADAPTER, text, null));
        }
        return out;
    }

    /**
     * The frames {@code host}'s adapter heard on a hub that were for another station: every
     * station on a hub hears every frame, and the address filter (IEEE 802.3 clause 4.2.9,
     * destination address recognition) drops those not for it before they reach the buffer memory.
     */
    public List<TraceEvent> filtered(String host, MacAddress address, List<Pcapng.Packet> received) {
        List<TraceEvent> out = new ArrayList<>();
        for (Pcapng.Packet p : received) {
            byte[] f = p.bytes();
            if (p.crcError() || p.symbolError() || f.length < 14 + 4) {
                continue;
            }
            MacAddress destination = MacAddress.of(Arrays.copyOfRange(f, 0, 6));
            if (destination.isGroup() || destination.equals(address)) {
                continue;
            }
            MacAddress source = MacAddress.of(Arrays.copyOfRange(f, 6, 12));
            out.add(new TraceEvent(
                    p.nanos(),
                    host,
                    TraceLayer.ADAPTER,
                    "hears " + hosts.getOrDefault(source, source.toString()) + " -> "
                            + hosts.getOrDefault(destination, destination.toString()) + " (" + f.length
                            + " bytes) on the hub, as every station on a hub does; its address filter discards it:"
                            + " the destination " + destination + " is not its address " + address
                            + ", nor broadcast or multicast (RX_FILTERED counts it)",
                    null));
        }
        return out;
    }

    private static final Pattern COLLISION = Pattern.compile(
            "at ([\\d.]+) us: collision: station (\\d+)'s attempt, (\\d+) bytes on the line(?: \\(([^)]*)\\))?, jammed");

    /**
     * What the adapters' CSMA/CD did, from the notes in a line capture: each collision, each backoff
     * drawn and each deferral, one event at the station concerned; {@code stations} names the
     * world's stations by index.
     */
    public List<TraceEvent> mediaAccess(List<Pcapng.Packet> packets, List<String> stations) {
        List<TraceEvent> out = new ArrayList<>(collisions(packets, stations));
        out.addAll(backoffs(packets, stations));
        out.addAll(deferrals(packets, stations));
        return out;
    }

    /**
     * The collisions the line capture noted (as comments on the frame after them), one event at
     * each station whose attempt collided: IEEE 802.3 clause 4.2.3.2.4 and 4.2.3.2.5.
     */
    private List<TraceEvent> collisions(List<Pcapng.Packet> packets, List<String> stations) {
        return fromNotes(
                packets,
                COLLISION,
                stations,
                m -> "collision: its attempt met another station's on the hub after " + m.group(3) + " bytes"
                        + (m.group(4) == null ? "" : " (" + m.group(4) + ")") + "; it stops, sends the 32-bit"
                        + " jam so every station sees the collision (IEEE 802.3 clause 4.2.3.2.4), counts the"
                        + " attempt (COLLISIONS) and waits a random number of slot times, 0 to 2^min(n, 10) - 1"
                        + " after the n-th collision (truncated binary exponential backoff, clause 4.2.3.2.5),"
                        + " then tries again");
    }

    /**
     * One ADAPTER event for each note in the capture's comments that {@code note} finds: at the
     * time in its group 1, at the station whose index is its group 2, saying {@code text}.
     */
    private static List<TraceEvent> fromNotes(
            List<Pcapng.Packet> packets, Pattern note, List<String> stations, Function<Matcher, String> text) {
        List<TraceEvent> out = new ArrayList<>();
        for (Pcapng.Packet p : packets) {
            Matcher m = note.matcher(p.comment());
            while (m.find()) {
                int station = Integer.parseInt(m.group(2));
                out.add(new TraceEvent(
                        Math.round(Double.parseDouble(m.group(1)) * 1000),
                        station < stations.size() ? stations.get(station) : "station " + station,
                        TraceLayer.ADAPTER,
                        text.apply(m),
                        null));
            }
        }
        return out;
    }

    private static final Pattern BACKOFF = Pattern.compile(
            "at ([\\d.]+) us: backoff: station (\\d+) draws (\\d+) slot times after its collision (\\d+) \\(0 to (\\d+)\\)");

    /**
     * The backoffs the adapters drew, as the line capture noted them from each adapter's backoff
     * monitor: one event at the station that drew it (IEEE 802.3 clause 4.2.3.2.5).
     */
    private List<TraceEvent> backoffs(List<Pcapng.Packet> packets, List<String> stations) {
        double slotMicroseconds = 512 * (manchester ? 0.1 : 0.01);
        return fromNotes(
                packets,
                BACKOFF,
                stations,
                m -> String.format(
                        Locale.ROOT,
                        "backoff: after collision %s of this frame it draws r = %s from 0 to %s (2^min(n, 10)"
                                + " - 1, clause 4.2.3.2.5) and waits r slot times of 512 bit times, %.1f us;"
                                + " then it defers to carrier and tries again",
                        m.group(4),
                        m.group(3),
                        m.group(5),
                        Integer.parseInt(m.group(3)) * slotMicroseconds));
    }

    private static final Pattern DEFERRAL =
            Pattern.compile("at ([\\d.]+) us: deferral: station (\\d+)'s frame waits for the line");

    /**
     * The deferrals the adapters made, as the line capture noted them from each adapter's monitor:
     * one event at the station whose frame waited (IEEE 802.3 clause 4.2.3.2.1).
     */
    private List<TraceEvent> deferrals(List<Pcapng.Packet> packets, List<String> stations) {
        return fromNotes(
                packets,
                DEFERRAL,
                stations,
                m -> "defers: its frame is ready while it senses another station's carrier on the line; it waits"
                        + " for the line to fall quiet and then the 96-bit interframe gap, in two parts (carrier"
                        + " in the first 64 bit times starts the gap again; IEEE 802.3 clause 4.2.3.2.1), then"
                        + " sends (DEFERRALS counts it)");
    }

    private TraceEvent frame(Pcapng.Packet p) {
        byte[] f = p.bytes();
        if (f.length < 14 + 4) {
            return new TraceEvent(
                    p.nanos(),
                    "line",
                    TraceLayer.LINE,
                    "a fragment of " + f.length + " bytes (" + p.comment() + ")",
                    null);
        }
        MacAddress destination = MacAddress.of(Arrays.copyOfRange(f, 0, 6));
        MacAddress source = MacAddress.of(Arrays.copyOfRange(f, 6, 12));
        int type = (f[12] & 0xFF) << 8 | f[13] & 0xFF;
        int data = f.length - 4;
        CRC32 crc = new CRC32();
        crc.update(f, 0, data);
        long fcs = (f[data] & 0xFFL)
                | (f[data + 1] & 0xFFL) << 8
                | (f[data + 2] & 0xFFL) << 16
                | (f[data + 3] & 0xFFL) << 24;
        int padding = padding(f, type, data);
        double microseconds = (PREAMBLE_BYTES + 1 + f.length) * 8 * (manchester ? 0.1 : 0.01);
        String to = destination.isGroup() ? "all" : hosts.getOrDefault(destination, destination.toString());
        String text = String.format(
                Locale.ROOT,
                "%s -> %s: preamble %d x 0x55 and SFD 0xD5, then %d bytes: destination %s, source %s, "
                        + "EtherType 0x%04X (%s)%s, FCS 0x%08X, %s; %.1f us on the line at %s%s",
                hosts.getOrDefault(source, source.toString()),
                to,
                PREAMBLE_BYTES,
                f.length,
                destination,
                source,
                type,
                typeName(type),
                padding > 0 ? ", " + padding + " bytes of padding to the " + MIN_FRAME + "-byte minimum" : "",
                fcs,
                fcs == crc.getValue()
                        ? "the CRC-32 of the bytes before it (java.util.zip.CRC32 agrees)"
                        : "NOT the CRC-32 of the frame (0x" + Long.toHexString(crc.getValue()) + ")",
                microseconds,
                manchester ? "10 Mb/s" : "100 Mb/s",
                p.comment().isEmpty() ? "" : " [" + p.comment() + "]");
        return new TraceEvent(p.nanos(), hosts.getOrDefault(source, "line"), TraceLayer.LINE, text, to);
    }

    private static String typeName(int type) {
        return switch (type) {
            case 0x0800 -> "IPv4";
            case 0x0806 -> "ARP";
            default -> "unknown";
        };
    }

    /** Bytes after the payload that only pad the frame to 60 (ARP's 28 bytes, IPv4's total length). */
    private static int padding(byte[] f, int type, int data) {
        int payload;
        if (type == 0x0806) {
            payload = 28;
        } else if (type == 0x0800 && data >= 18) {
            payload = (f[16] & 0xFF) << 8 | f[17] & 0xFF;
        } else {
            return 0;
        }
        return Math.max(0, data - 14 - payload);
    }

    // ---- one adapter's clock-level detail, from its VCD -------------------------------------

    /**
     * ADAPTER events for {@code host}'s adapter from its VCD (top module {@code top}, NicPhy or
     * NicFast), clocks of {@code periodPs}: each burst it sent (line coding shown, decoded bytes
     * checked against {@code packets}), each receive verdict, each rise of the interrupt line.
     */
    public List<TraceEvent> adapter(Path vcdFile, String top, long periodPs, String host, List<Pcapng.Packet> packets)
            throws IOException {
        String in = top + "." + top + ".";
        String active = top + (manchester ? ".lineOutActive" : ".lineOutValid");
        String level = top + (manchester ? ".lineOutLevel" : ".lineOutData");
        String carrier = top + (manchester ? ".lineInActive" : ".lineInValid");
        String irq = top + ".irq";
        String[] rx = {
            "mac_1_rxValid",
            "mac_1_rxLast",
            "mac_1_rxAccept",
            "mac_1_rxFcsError",
            "mac_1_rxUnicast",
            "mac_1_rxBroadcast",
            "mac_1_rxMulticast",
            "mac_1_rxLength"
        };
        Set<String> wanted = new HashSet<>(List.of(active, level, carrier, irq));
        for (String s : rx) {
            wanted.add(in + s);
        }
        Vcd vcd = Vcd.read(vcdFile, wanted);
        long first = Long.MAX_VALUE;
        long last = 0;
        for (String s : wanted) {
            for (Vcd.Change c : vcd.changes(s)) {
                first = Math.min(first, c.timePs());
                last = Math.max(last, c.timePs());
            }
        }
        if (first == Long.MAX_VALUE) {
            return List.of();
        }
        int clocks = (int) ((last - first) / periodPs) + 1;
        long start = first - first % periodPs;
        long[] on = sample(vcd, active, start, periodPs, clocks);
        long[] line = sample(vcd, level, start, periodPs, clocks);
        // The phy build's line is a bit cell of samples per clock, bit 0 first in time.
        int perClock = manchester ? SAMPLES_PER_CELL : 1;
        long[] lineSamples = manchester ? new long[clocks * perClock] : line;
        if (manchester) {
            for (int k = 0; k < clocks; k++) {
                for (int j = 0; j < perClock; j++) {
                    lineSamples[k * perClock + j] = line[k] >>> j & 1;
                }
            }
        }
        long[] hearing = sample(vcd, carrier, start, periodPs, clocks);
        long[] interrupt = sample(vcd, irq, start, periodPs, clocks);
        long[][] r = new long[rx.length][];
        for (int i = 0; i < rx.length; i++) {
            r[i] = sample(vcd, in + rx[i], start, periodPs, clocks);
        }
        List<TraceEvent> out = new ArrayList<>();
        for (int k = 1; k < clocks; k++) {
            long nanos = (start + k * periodPs) / 1000;
            if (on[k] != 0 && on[k - 1] == 0) {
                int end = k;
                while (end < clocks && on[end] != 0) {
                    end++;
                }
                out.add(new TraceEvent(
                        nanos,
                        host,
                        TraceLayer.ADAPTER,
                        end == clocks
                                ? "the MAC starts a burst that runs past the end of the VCD window (--vcd-cycles)"
                                : burst(
                                        Arrays.copyOfRange(lineSamples, k * perClock, end * perClock),
                                        nanos,
                                        periodPs / perClock,
                                        periodPs,
                                        packets)));
            }
            if (hearing[k] != 0 && hearing[k - 1] == 0) {
                out.add(new TraceEvent(
                        nanos,
                        host,
                        TraceLayer.ADAPTER,
                        manchester
                                ? "hears a burst on the line: the Manchester decoder recovers the sender's clock from the mid-bit transitions, "
                                        + "then the framer waits for the SFD"
                                : "hears a burst on the line; the framer waits for the SFD"));
            }
            // The verdicts come with the last byte, held for a whole clock of the MAC's (an MII clock,
            // 4 bit clocks, on the phy build): one event where they start.
            if (r[0][k] != 0 && r[1][k] != 0 && (r[0][k - 1] == 0 || r[1][k - 1] == 0)) {
                out.add(new TraceEvent(
                        nanos,
                        host,
                        TraceLayer.ADAPTER,
                        verdict(r[2][k] != 0, r[3][k] != 0, r[4][k] != 0, r[5][k] != 0, r[6][k] != 0, (int) r[7][k])));
            }
            if (interrupt[k] != 0 && interrupt[k - 1] == 0) {
                out.add(new TraceEvent(
                        nanos, host, TraceLayer.ADAPTER, "raises its interrupt line (IRQ) for the driver"));
            }
        }
        return out;
    }

    private static String verdict(
            boolean accept, boolean fcsError, boolean unicast, boolean broadcast, boolean multicast, int length) {
        String filter = unicast
                ? "destination is our station address: accepted"
                : broadcast
                        ? "destination is broadcast: accepted"
                        : multicast
                                ? "destination is a group whose hash bin is set: accepted"
                                : accept ? "accepted (promiscuous)" : "destination not ours: filtered out";
        String fcs = !fcsError
                ? "the FCS checks (the CRC-32 over frame and FCS leaves the right residue)"
                : length < MIN_FRAME
                        ? "the FCS does NOT check and the frame is a runt: dropped, RX_RUNTS + 1"
                        : "the FCS does NOT check: dropped, RX_FCS_ERRORS + 1 (RX_GIANTS instead if over MAX_LENGTH)";
        return "with the last byte (" + length + " bytes without the FCS) come the verdicts: address filter: " + filter
                + "; " + fcs + (accept && !fcsError ? "; the frame stays in its receive slot, RX_FRAMES + 1" : "");
    }

    /** How a burst looked on the line, decoded and compared with the capture. */
    private String burst(long[] samples, long nanos, long samplePs, long periodPs, List<Pcapng.Packet> packets) {
        byte[] bytes;
        String coding;
        if (manchester) {
            int half = Integer.MAX_VALUE;
            int transitions = 0;
            int run = 1;
            for (int i = 1; i < samples.length; i++) {
                if (samples[i] != samples[i - 1]) {
                    transitions++;
                    half = Math.min(half, run);
                    run = 1;
                } else {
                    run++;
                }
            }
            if (half == Integer.MAX_VALUE) {
                return "the MAC starts a burst with no level change at all: not Manchester code";
            }
            int perBit = 2 * half;
            bytes = new byte[samples.length / perBit / 8];
            for (int bit = 0; bit < bytes.length * 8; bit++) {
                bytes[bit / 8] |= (byte)
                        ((samples[bit * perBit + perBit * 3 / 4] & 1) << (bit % 8)); // the second half cell is the bit
            }
            StringBuilder wave = new StringBuilder();
            for (int i = 0; i < 16 * perBit && i < samples.length; i += half) {
                wave.append(samples[i] != 0 ? '-' : '_');
            }
            coding = String.format(
                    Locale.ROOT,
                    "Manchester code (IEEE 802.3 clause 7.3.1.1), %d samples of %.1f ns per bit: the first two bytes "
                            + "look like %s, a transition in the middle of every bit (the receiver's clock) and one at the edge between equal bits; "
                            + "%d transitions in %d bits",
                    perBit,
                    samplePs / 1000.0,
                    wave,
                    transitions,
                    samples.length / perBit);
        } else {
            bytes = new byte[samples.length];
            for (int i = 0; i < samples.length; i++) {
                bytes[i] = (byte) samples[i];
            }
            coding = "a byte per clock on the fast build's byte-wide line (no line code)";
        }
        int k = 0;
        while (k < bytes.length && bytes[k] == 0x55) {
            k++;
        }
        boolean framed = k < bytes.length && bytes[k] == (byte) 0xD5;
        String check = "";
        if (framed) {
            byte[] frame = Arrays.copyOfRange(bytes, k + 1, bytes.length);
            Pcapng.Packet same = null;
            for (Pcapng.Packet p : packets) {
                if (Math.abs(p.nanos() - nanos) <= periodPs / 1000 + 1) {
                    same = p;
                }
            }
            check = same == null
                    ? "; not in the capture"
                    : Arrays.equals(same.bytes(), frame)
                            ? "; decoded from the samples, the " + frame.length
                                    + " bytes after the SFD equal the captured frame"
                            : "; decoded from the samples, the bytes after the SFD DIFFER from the captured frame";
        }
        return String.format(
                Locale.ROOT,
                "the MAC starts a burst: %d x 0x55 (preamble) %s, %s%s",
                k,
                framed ? "then 0xD5 (SFD)" : "and no SFD",
                coding,
                check);
    }

    /** {@code signal}'s value in each of {@code clocks} clocks from {@code start} (read at the start of each clock). */
    private static long[] sample(Vcd vcd, String signal, long start, long periodPs, int clocks) {
        long[] out = new long[clocks];
        List<Vcd.Change> changes = vcd.changes(signal);
        int next = 0;
        long value = 0;
        for (int k = 0; k < clocks; k++) {
            long t = start + k * periodPs;
            while (next < changes.size() && changes.get(next).timePs() <= t) {
                value = changes.get(next++).value();
            }
            out[k] = value;
        }
        return out;
    }
}
