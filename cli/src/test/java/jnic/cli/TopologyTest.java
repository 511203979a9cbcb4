package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jnic.cli.topology.Topology;
import jnic.driver.Tshark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Topology files and the seed's whole path: client on a hub with a chatty neighbour, router, a
 * cable with a 576-byte MTU, router, a switch with a printer and the server. The captures of the
 * wires, read by tshark, show ARP for the gateway, the TTL falling hop by hop and the fragments on
 * the small-MTU cable; the same seed gives the same bytes on every wire.
 */
class TopologyTest {
    static final String GOOD = """
            {
              "build": "fast",
              "segments": [
                {"name": "a", "kind": "cable"}
              ],
              "hosts": [
                {"name": "x", "interfaces": [{"segment": "a", "address": "10.0.0.1/24"}]},
                {"name": "y", "interfaces": [{"segment": "a", "address": "10.0.0.2/24"}]}
              ]
            }
            """;

    @Test
    void theBuiltInSeedAndASmallFileRead() throws Exception {
        Topology seed = Topology.read("seed");
        assertEquals(3, seed.segments().size());
        assertEquals(6, seed.hosts().size());
        Topology t = Topology.parse("t.json", GOOD);
        assertEquals("fast", t.build());
        assertEquals(1, t.seed(), "the default seed");
    }

    /** Each bad file: what it says, with the line of the problem. */
    @Test
    void badFilesSayTheLineAndTheProblem() {
        assertBad("t.json:4: Unrecognized field \"knd\"", GOOD.replace("\"kind\"", "\"knd\""));
        assertBad("t.json:1: Unexpected character", "{ build: fast }");
        assertBad(
                "t.json:8: host 'y': no segment named 'b'",
                GOOD.replace(
                        "\"segment\": \"a\", \"address\": \"10.0.0.2", "\"segment\": \"b\", \"address\": \"10.0.0.2"));
        assertBad("t.json:4: segment 'a': kind must be cable, hub or switch, not 'bus'", GOOD.replace("cable", "bus"));
        assertBad(
                "t.json:8: host 'y': '10.0.0.2' is not an address with a prefix length (like 192.168.1.2/24)",
                GOOD.replace("10.0.0.2/24", "10.0.0.2"));
        assertBad("t.json:7: two hosts are named 'x'", GOOD.replace("\"name\": \"y\"", "\"name\": \"x\""));
        assertBad(
                "t.json:4: segment 'a': a cable joins exactly 2 interfaces, not 3",
                GOOD.replace(
                        "\"10.0.0.2/24\"}]}",
                        "\"10.0.0.2/24\"}]},\n{\"name\": \"z\", \"interfaces\": [{\"segment\": \"a\", \"address\": \"10.0.0.3/24\"}]}"));
        assertBad(
                "t.json:7: host 'x': gateway 10.9.9.9 is on none of its subnets",
                GOOD.replace("{\"name\": \"x\",", "{\"name\": \"x\", \"gateway\": \"10.9.9.9\","));
        assertBad("t.json:2: build must be fast or phy, not 'slow'", GOOD.replace("\"fast\"", "\"slow\""));
        assertBad("t.json: the file holds no network (null)", "null");
        assertBad(
                "t.json: a segment or a host is null", GOOD.replace("{\"name\": \"a\", \"kind\": \"cable\"}", "null"));
        assertBad(
                "t.json:7: host 'x': route via 10.9.9.1, on none of its subnets",
                GOOD.replace(
                        "{\"name\": \"x\",",
                        "{\"name\": \"x\", \"routes\": [{\"to\": \"10.8.0.0/16\", \"via\": \"10.9.9.1\"}],"));
        StringBuilder many =
                new StringBuilder("{\"segments\": [{\"name\": \"s\", \"kind\": \"switch\"}], \"hosts\": [");
        for (int i = 1; i <= 33; i++) {
            many.append(i > 1 ? "," : "")
                    .append("{\"name\": \"h")
                    .append(i)
                    .append("\", \"interfaces\": [{\"segment\": \"s\", \"address\": \"10.0.0.")
                    .append(i)
                    .append("/24\"}]}");
        }
        assertBad(
                "t.json: 66 adapters (switch ports included), more than the 64 a simulated world holds",
                many.append("]}").toString());
    }

    private static void assertBad(String expected, String text) {
        Topology.TopologyException e =
                assertThrows(Topology.TopologyException.class, () -> Topology.parse("t.json", text));
        assertTrue(e.getMessage().startsWith(expected), "expected '" + expected + "...', got: " + e.getMessage());
    }

    @Test
    void theSeedsWholePathHopByHopWithItsCaptures(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        TopologyDemo.Result r = TopologyDemo.run(
                Topology.read("seed"),
                dir,
                3000,
                "r1",
                5000,
                null,
                new PrintStream(report, true, StandardCharsets.UTF_8));
        String text = report.toString(StandardCharsets.UTF_8);
        assertTrue(r.ok(), text);
        assertEquals(
                List.of("192.168.1.1", "10.0.0.2", "192.168.2.2"),
                r.path().stream().map(h -> h.from().toString()).toList(),
                text);
        assertTrue(r.path().get(2).destination());
        assertTrue(text.contains("r2: ") && text.contains("fragments made"), text);
        assertTrue(Files.size(dir.resolve("r1-nic.vcd")) > 10_000, "the router's adapter, signal by signal");
        if (!Tshark.installed()) {
            System.out.println("tshark is not installed: the captures were not dissected");
            return;
        }
        // ARP for the gateway on the client's hub, the client asking (not the gateway's own announcement).
        List<String[]> arp = Tshark.fields(
                dir.resolve("office-hub.pcapng"),
                "arp.opcode == 1 && arp.dst.proto_ipv4 == 192.168.1.1 && arp.src.proto_ipv4 != 192.168.1.1",
                "arp.src.proto_ipv4");
        assertEquals("192.168.1.2", arp.get(0)[0]);
        // The TTL of the client's SYN falls by one per router: 64 on the hub, 63 on the backbone, 62 at the server.
        assertEquals("64", firstSyn(dir.resolve("office-hub.pcapng")));
        assertEquals("63", firstSyn(dir.resolve("backbone.pcapng")));
        assertEquals("62", firstSyn(dir.resolve("server-switch-server.pcapng")));
        // The page's full-sized segments cross the 576-byte backbone in fragments, none longer than the MTU.
        List<String[]> fragments = Tshark.fields(
                dir.resolve("backbone.pcapng"), "ip.flags.mf == 1 || ip.frag_offset > 0", "ip.len", "ip.src");
        assertTrue(fragments.size() >= 3, "fragments on the backbone: " + fragments.size());
        for (String[] f : fragments) {
            assertTrue(Integer.parseInt(f[0]) <= 576, "a fragment of " + f[0] + " bytes");
            assertEquals("192.168.2.2", f[1], "the server's page, fragmented by r2");
        }
        // Every wire reads clean: collisions on the hub are notes in the comments, not frames.
        for (String wire : List.of(
                "office-hub", "backbone", "server-switch-r2", "server-switch-printer", "server-switch-server")) {
            assertEquals(
                    List.of(),
                    Tshark.fields(dir.resolve(wire + ".pcapng"), "_ws.malformed", "frame.comment").stream()
                            .map(f -> String.join(" ", f))
                            .toList(),
                    wire + ": nothing malformed");
        }
        // The switch sent the client's unicast frames to the server's port only: the printer's wire has none.
        assertEquals(
                0,
                Tshark.fields(dir.resolve("server-switch-printer.pcapng"), "tcp || dns", "frame.number")
                        .size());
    }

    @Test
    void theSameSeedGivesTheSameBytesOnEveryWire(@TempDir Path dir) throws Exception {
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        Topology seed = Topology.read("seed");
        assertTrue(TopologyDemo.run(seed, dir.resolve("one"), 2000, quiet).ok());
        assertTrue(TopologyDemo.run(seed, dir.resolve("two"), 2000, quiet).ok());
        for (String wire : List.of(
                "office-hub", "backbone", "server-switch-r2", "server-switch-printer", "server-switch-server")) {
            // pcapng's section header names the writing application only; frames carry simulated time.
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve("one").resolve(wire + ".pcapng")),
                    Files.readAllBytes(dir.resolve("two").resolve(wire + ".pcapng")),
                    wire);
        }
    }

    private static String firstSyn(Path capture) throws Exception {
        return Tshark.fields(capture, "tcp.flags.syn == 1 && tcp.flags.ack == 0", "ip.ttl")
                .get(0)[0];
    }

    @Test
    void theCommandsTakeATopologyAndRefuseABadOneWithTheLine(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, GOOD.replace("cable", "bus"));
        for (String command : List.of("demo", "sim")) {
            Object[] badFile = JnicCommandTest.jnic(command, "--topology", bad.toString());
            String text = (String) badFile[1];
            assertEquals(2, badFile[0], text);
            assertTrue(text.contains(bad + ":4: segment 'a': kind must be cable, hub or switch, not 'bus'"), text);
            Object[] tap = JnicCommandTest.jnic(command, "--topology", "cable");
            assertEquals(2, tap[0]);
            assertTrue(((String) tap[1]).contains("has a TAP station (role tap): run it with jnic lan"));
        }
        ByteArrayOutputStream report = new ByteArrayOutputStream();
        int pages = TopologyDemo.runFor(
                Topology.read("seed"), dir.resolve("sim"), 10, new PrintStream(report, true, StandardCharsets.UTF_8));
        assertTrue(pages >= 3, report.toString(StandardCharsets.UTF_8));
        assertTrue(report.toString(StandardCharsets.UTF_8).contains(pages + " pages fetched intact, 0 failed"));
    }
}
