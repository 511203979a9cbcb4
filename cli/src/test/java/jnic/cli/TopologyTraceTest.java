package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.cli.topology.Network;
import jnic.cli.topology.Topology;
import jnic.cli.trace.TraceEvent;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.trace.TraceLayer;
import jnic.sim.Pcapng;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jnic trace} (by default {@code --topology seed --build phy}): the story across the seed's network (a hub, two routers with a
 * 576-byte-MTU cable between them, a switch). What the hosts and routers narrate about IP (the TTL
 * at each hop, the fragments a router cuts and their reassembly, the ICMP errors) is checked
 * against the IPv4 headers in every wire's capture, read here byte by byte (RFC 791's layout).
 */
class TopologyTraceTest {
    @TempDir
    static Path dir;

    static TopologyDemo.Result run;
    static List<TraceEvent> events;
    /** Every IPv4 datagram (or fragment) captured on any wire, with the wire. */
    static List<Captured> captured = new ArrayList<>();

    /** An IPv4 header as captured: the fields the narration speaks of. */
    record Captured(
            String wire,
            String source,
            String destination,
            int id,
            int ttl,
            int protocol,
            int offset,
            boolean moreFragments,
            int payloadBytes,
            byte[] payload) {}

    @BeforeAll
    static void trace() throws Exception {
        Topology seed = Topology.read("seed");
        // On the phy build, as the default trace runs it.
        Topology phy =
                new Topology("phy", seed.seed(), seed.bitErrorRate(), seed.frameLoss(), seed.segments(), seed.hosts());
        run = TopologyDemo.run(
                phy,
                dir,
                Demo.DEFAULT_PAGE_BYTES,
                "client",
                20_000,
                lan -> new TraceRecorder(lan.clock()),
                new PrintStream(OutputStream.nullOutputStream()));
        events = new TraceCommand().topologyEvents(run, true);
        for (Network.Wire w : run.wires()) {
            for (Pcapng.Packet p : Pcapng.read(w.capture())) {
                byte[] f = p.bytes();
                if (f.length < 14 + 20 + 4 || (f[12] & 0xFF) != 0x08 || f[13] != 0) {
                    continue;
                }
                int ip = 14;
                int headerBytes = (f[ip] & 0xF) * 4;
                int total = u16(f, ip + 2);
                int flagsOffset = u16(f, ip + 6);
                byte[] payload = Arrays.copyOfRange(f, ip + headerBytes, ip + total);
                captured.add(new Captured(
                        w.name(),
                        address(f, ip + 12),
                        address(f, ip + 16),
                        u16(f, ip + 4),
                        f[ip + 8] & 0xFF,
                        f[ip + 9] & 0xFF,
                        (flagsOffset & 0x1FFF) * 8,
                        (flagsOffset & 0x2000) != 0,
                        total - headerBytes,
                        payload));
            }
        }
    }

    private static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | b[at + 1] & 0xFF;
    }

    private static String address(byte[] b, int at) {
        return (b[at] & 0xFF) + "." + (b[at + 1] & 0xFF) + "." + (b[at + 2] & 0xFF) + "." + (b[at + 3] & 0xFF);
    }

    private static List<Matcher> matching(String host, String regex) {
        Pattern p = Pattern.compile(regex);
        List<Matcher> out = new ArrayList<>();
        for (TraceEvent e : events) {
            Matcher m = p.matcher(e.text());
            if (e.host().equals(host) && e.layer() == TraceLayer.IP && m.find()) {
                out.add(m);
            }
        }
        return out;
    }

    @Test
    void thePageArrivesAndTheTraceCoversEveryWire() {
        assertTrue(run.ok(), "the page arrived intact");
        for (Network.Wire w : run.wires()) {
            if (w.name().contains("printer")) {
                continue; // nothing of the story crosses the printer's cable but the switch's floods
            }
            assertTrue(
                    events.stream()
                            .anyMatch(e ->
                                    e.layer() == TraceLayer.LINE && e.text().startsWith("on " + w.name())),
                    "frames narrated on " + w.name());
        }
    }

    @Test
    void eachRouterTakesOneFromTheTtlAsTheCapturesShowOnEitherSide() {
        Pattern forward = Pattern.compile(
                "forwards datagram (\\S+) -> (\\S+) \\(id (\\d+), (\\d+) bytes(?:, a fragment at offset (\\d+)[^)]*)?\\).* TTL (\\d+) -> (\\d+)");
        int checked = 0;
        for (String router : List.of("r1", "r2")) {
            for (Matcher m : matching(router, forward.pattern())) {
                int id = Integer.parseInt(m.group(3));
                int offset = m.group(5) == null ? 0 : Integer.parseInt(m.group(5));
                int before = Integer.parseInt(m.group(6));
                int after = Integer.parseInt(m.group(7));
                assertEquals(before - 1, after, "one less");
                List<Integer> ttls = captured.stream()
                        .filter(c -> c.source().equals(m.group(1))
                                && c.destination().equals(m.group(2))
                                && c.id() == id
                                && c.offset() == offset)
                        .map(Captured::ttl)
                        .toList();
                assertTrue(
                        ttls.contains(before) && ttls.contains(after),
                        router + " forwards id " + id + " with TTL " + before + " -> " + after
                                + "; the captures hold TTLs " + ttls);
                checked++;
            }
        }
        assertTrue(checked >= 20, "datagrams forwarded both ways through both routers: " + checked);
        // The client's datagrams reach the server two routers on, with 64 - 2.
        List<Captured> atServer = captured.stream()
                .filter(c -> c.wire().equals("server-switch-server")
                        && c.source().equals("192.168.1.2")
                        && c.protocol() == 6)
                .toList();
        assertFalse(atServer.isEmpty());
        assertTrue(atServer.stream().allMatch(c -> c.ttl() == 62), "TCP from the client arrives with TTL 62");
    }

    @Test
    void aRouterCutsWhatDoesNotFitTheNarrowCableAndTheClientPutsItBackTogether() {
        Pattern cut = Pattern.compile(
                "datagram (\\S+) -> (\\S+) \\(id (\\d+), (\\d+) bytes\\) does not fit (\\S+)'s MTU of (\\d+) bytes.*cut into (\\d+) fragments.*?: (offset .*)$");
        Pattern piece = Pattern.compile("offset (\\d+) \\(field (\\d+)\\), (\\d+) bytes, (MF|last)");
        List<Matcher> cuts = new ArrayList<>(matching("r2", cut.pattern()));
        cuts.addAll(matching("r1", cut.pattern()));
        assertFalse(cuts.isEmpty(), "the server's full-size segments are cut on the way to the 576-byte cable");
        Map<Integer, Integer> sizes = new HashMap<>();
        for (Matcher m : cuts) {
            int id = Integer.parseInt(m.group(3));
            int mtu = Integer.parseInt(m.group(6));
            List<String> narrated = new ArrayList<>();
            Matcher p = piece.matcher(m.group(8));
            int data = 0;
            while (p.find()) {
                int offset = Integer.parseInt(p.group(1));
                assertEquals(offset / 8, Integer.parseInt(p.group(2)), "the field counts 8-byte units");
                assertTrue(20 + Integer.parseInt(p.group(3)) <= mtu, "each fragment fits the MTU");
                narrated.add(offset + "/" + p.group(3) + "/" + p.group(4));
                data += Integer.parseInt(p.group(3));
            }
            assertEquals(Integer.parseInt(m.group(7)), narrated.size());
            assertEquals(Integer.parseInt(m.group(4)) - 20, data, "the pieces hold the datagram's data");
            List<String> onTheCable = captured.stream()
                    .filter(c -> c.wire().equals("backbone")
                            && c.id() == id
                            && c.source().equals(m.group(1)))
                    .map(c -> c.offset() + "/" + c.payloadBytes() + "/" + (c.moreFragments() ? "MF" : "last"))
                    .distinct()
                    .sorted()
                    .toList();
            assertEquals(narrated.stream().sorted().toList(), onTheCable, "id " + id + " as the capture holds it");
            sizes.put(id, Integer.parseInt(m.group(4)));
        }
        Pattern whole = Pattern.compile("\\(id (\\d+)\\) arrives: .*reassembled into one datagram of (\\d+) bytes");
        List<Matcher> reassembled = matching("client", whole.pattern());
        assertEquals(sizes.size(), reassembled.size(), "every cut datagram is put back together at the client");
        for (Matcher m : reassembled) {
            assertEquals(
                    sizes.get(Integer.parseInt(m.group(1))), Integer.parseInt(m.group(2)), "at its original length");
        }
    }

    @Test
    void theRoutersAnswerTheTracerouteProbesWithTimeExceededAsCaptured() {
        Pattern sends = Pattern.compile(
                "sends ICMP time exceeded in transit \\(type 11, code 0\\) to (\\S+) about its datagram to (\\S+) \\(id (\\d+)\\)");
        for (String router : List.of("r1", "r2")) {
            List<Matcher> m = matching(router, sends.pattern());
            assertEquals(1, m.size(), router + " answers the probe whose TTL ends there");
            int id = Integer.parseInt(m.get(0).group(3));
            assertTrue(
                    matching(router, "\\(id " + id + "\\) is not for us and arrives with TTL 1")
                                    .size()
                            == 1,
                    router + " says why");
            // On the office hub, an ICMP type 11 to the client quoting the probe's header (its id at bytes 12-13).
            assertTrue(
                    captured.stream()
                            .anyMatch(c -> c.wire().equals("office-hub")
                                    && c.protocol() == 1
                                    && c.destination().equals(m.get(0).group(1))
                                    && (c.payload()[0] & 0xFF) == 11
                                    && u16(c.payload(), 8 + 4) == id),
                    "the capture holds " + router + "'s time exceeded about id " + id);
        }
    }

    /**
     * The rest of the story's steps in the same run: every adapter's start-up (the self-test of
     * each of the 11: eight host interfaces and three switch ports), the client program's
     * descriptor calls in order, and each hub station's filter discards, as many as its
     * RX_FILTERED counter.
     */
    @Test
    void theSameRunTellsStartUpTheSocketAndEachHubStationsDiscards() {
        assertEquals(
                run.stationNames().size(),
                events.stream()
                        .filter(e ->
                                e.layer() == TraceLayer.DRIVER && e.text().startsWith("start-up: the self-test passed"))
                        .count(),
                "a self-test narrated for every adapter");
        List<String> calls = events.stream()
                .filter(e -> e.host().equals("client") && e.layer() == TraceLayer.APPLICATION)
                .map(TraceEvent::text)
                .filter(t -> t.matches("^(socket|connect|send|recv|close)\\(.*"))
                .map(t -> t.substring(0, t.indexOf('(')))
                .distinct()
                .toList();
        assertEquals(List.of("socket", "connect", "send", "recv", "close"), calls, "the program's calls, in order");
        assertFalse(run.heard().isEmpty(), "the hub's stations");
        for (TopologyDemo.Heard h : run.heard()) {
            long discards = events.stream()
                    .filter(e -> e.host().equals(h.host()) && e.text().contains("its address filter discards it"))
                    .count();
            assertEquals(h.filtered(), discards, h.host() + "'s RX_FILTERED");
        }
        assertTrue(run.heard().stream().anyMatch(h -> h.filtered() > 0), "someone discarded frames for others");
        assertTrue(
                events.stream()
                        .anyMatch(e -> e.host().equals("client") && e.text().startsWith("hears a burst")),
                "the client adapter's clock-level detail from its VCD");
    }
}
