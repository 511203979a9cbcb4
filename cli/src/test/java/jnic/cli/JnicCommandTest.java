package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jnic.driver.sim.SimLan;
import jnic.sim.Medium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JnicCommandTest {
    /** Runs the command with stdout and stderr captured: {exit code, output}. */
    static Object[] jnic(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            int code = Jnic.run(args);
            return new Object[] {code, buffer.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void badArgumentsSayWhatIsWrongAndExitNonZero() {
        Object[] none = jnic();
        assertEquals(2, none[0]);
        assertTrue(((String) none[1]).contains("a command is missing"), (String) none[1]);
        Object[] medium = jnic("demo", "--medium", "wifi");
        assertEquals(2, medium[0]);
        assertTrue(((String) medium[1]).contains("'wifi' is not a medium: cable or hub"), (String) medium[1]);
        Object[] unknown = jnic("frobnicate");
        assertEquals(2, unknown[0]);
        assertTrue(((String) unknown[1]).contains("frobnicate"), (String) unknown[1]);
        Object[] help = jnic("demo", "--help");
        assertEquals(0, help[0]);
        assertTrue(((String) help[1]).contains("--medium"));
    }

    /** The demo end to end: the page arrives, and tshark (when installed) reads the capture as DNS, TCP and HTTP, nothing malformed. */
    @Test
    void theDemoFetchesThePageAndItsCaptureIsClean(@TempDir Path dir) throws Exception {
        Demo.Result r = Demo.run(new Demo.Options(Medium.CABLE, SimLan.Build.PHY, dir, 1, 5000));
        assertTrue(r.ok(), "200 OK and the page, byte for byte");
        assertEquals(List.of(jnic.net.wire.Ipv4Address.parse("192.168.7.1")), r.resolved());
        assertTrue(Files.size(r.pcapng()) > 0 && Files.size(r.vcd()) > 0);
        assertEquals(0L, r.clientNic().get(jnic.sim.nic.NicRegisterMap.Counter.RX_FCS_ERRORS));
        if (!Files.isExecutable(Path.of("/usr/bin/tshark"))) {
            System.out.println("tshark is not installed: the capture was checked for size only");
            return;
        }
        Process p = new ProcessBuilder(
                        "/usr/bin/tshark",
                        "-r",
                        r.pcapng().toString(),
                        "-T",
                        "fields",
                        "-e",
                        "_ws.col.Protocol",
                        "-e",
                        "_ws.col.Info",
                        "-e",
                        "_ws.malformed")
                .redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertTrue(out.contains("Standard query") && out.contains("A www.jnic.test"), out);
        assertTrue(out.contains("GET / HTTP/1.1"), out);
        assertTrue(out.contains("HTTP/1.1 200 OK"), out);
        assertTrue(out.contains("[SYN]") && out.contains("[FIN, ACK]"), out);
        assertTrue(!out.contains("Malformed"), "nothing malformed: " + out);
        assertEquals(
                r.framesOnWire(),
                out.lines()
                        .filter(l -> !l.isBlank() && !l.startsWith("Running as"))
                        .count());
    }

    /** gen writes just the tops asked for, each the same as the committed verilog-out/ file (kept fresh by hdl-gen's test). */
    @Test
    void genWritesTheTopsAskedForAsCommitted(@TempDir Path dir) throws Exception {
        Object[] r = jnic("gen", "--out", dir.toString(), "--build", "fast", "--width", "32");
        assertEquals(0, r[0], (String) r[1]);
        try (var files = Files.list(dir)) {
            assertEquals(
                    List.of("Crc32W32.v", "MacFast.v", "NicFast.v"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        for (String f : List.of("Crc32W32.v", "MacFast.v", "NicFast.v")) {
            assertEquals(Files.readString(Path.of("../verilog-out", f)), Files.readString(dir.resolve(f)), f);
        }
        Object[] bad = jnic("gen", "--out", dir.toString(), "--width", "12");
        assertEquals(2, bad[0]);
        assertTrue(((String) bad[1]).contains("--width 12: the CRC-32 core comes in [8, 16, 32, 64] bits"), (String)
                bad[1]);
    }

    @Test
    void simRunsAWorldAndCountsEveryFrame(@TempDir Path dir) throws Exception {
        Path pcap = dir.resolve("sim.pcapng");
        Object[] r = jnic("sim", "--frames", "20", "--pcap", pcap.toString());
        assertEquals(0, r[0], (String) r[1]);
        String out = (String) r[1];
        assertTrue(out.lines().anyMatch(l -> l.trim().matches("0\\s+20\\s+20\\s+20\\s+0\\s+0\\s+0")), out);
        assertTrue(out.contains("(40 frames)"), out);
        assertTrue(Files.size(pcap) > 40 * 60);
        Object[] bad = jnic("sim", "--stations", "3");
        assertEquals(2, bad[0]);
        assertTrue(((String) bad[1]).contains("--stations: 2 on a cable, not 3"), (String) bad[1]);
    }

    @Test
    void simWritesTheVcdWindowAskedForAndAGtkwaveSaveFileOfItsSignals(@TempDir Path dir) throws Exception {
        Path vcd = dir.resolve("nic.vcd");
        Object[] r = jnic(
                "sim",
                "--build",
                "phy",
                "--frames",
                "2",
                "--vcd",
                vcd.toString(),
                "--vcd-from",
                "12ms",
                "--vcd-length",
                "20000");
        assertEquals(0, r[0], (String) r[1]);
        // The window: 12 ms (the adapters' start-up, self-tests included, takes about 13.4), then 20 000
        // bit clocks of 100 ns (2 ms); the VCD holds nothing else.
        long from = 12_000_000_000L;
        long to = from + 20_000 * 100_000L;
        List<Long> times = Files.readAllLines(vcd).stream()
                .filter(l -> l.startsWith("#"))
                .map(l -> Long.parseLong(l.substring(1)))
                .toList();
        assertTrue(
                !times.isEmpty() && times.get(0) >= from && times.get(times.size() - 1) < to, "window " + times.get(0));

        Path gtkw = dir.resolve("nic.gtkw");
        List<String> lines = Files.readAllLines(gtkw);
        assertTrue(lines.contains("[dumpfile] \"" + vcd.toAbsolutePath() + "\""), lines.get(1));
        java.util.Set<String> traces = new java.util.HashSet<>();
        int open = 0;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.equals("@800200") || l.equals("@c00200")) {
                open++;
            } else if (l.equals("@1000200")) {
                open--;
            } else if (!l.isEmpty() && Character.isLetter(l.charAt(0))) {
                traces.add(l.replaceAll("\\[[0-9:]+\\]$", "")); // the VCD reader names vectors without their range
            }
            assertTrue(open == 0 || open == 1, "groups do not nest, at line " + i);
        }
        assertEquals(0, open, "every group is closed");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-PHY")), "a group for the PHY");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("-MII")), "and one for the MII");
        assertTrue(traces.size() > 300, "the adapter's signals: " + traces.size());
        // Every trace names a signal of the VCD (the reader fails on a name it does not find).
        jnic.cli.trace.Vcd.read(vcd, traces);
        long start = Long.parseLong(lines.stream()
                .filter(l -> l.startsWith("[timestart] "))
                .findFirst()
                .orElseThrow()
                .substring(12));
        List<jnic.cli.trace.Vcd.Change> line = jnic.cli.trace.Vcd.read(vcd, java.util.Set.of("NicPhy.lineOutActive"))
                .changes("NicPhy.lineOutActive");
        long firstSending = line.stream()
                .filter(c -> c.value() == 1)
                .findFirst()
                .orElseThrow()
                .timePs();
        assertEquals(firstSending, start, "it opens where the adapter first drives the line");

        Object[] bad = jnic("sim", "--vcd", vcd.toString(), "--vcd-from", "2parsecs");
        assertEquals(2, bad[0]);
        assertTrue(((String) bad[1]).contains("--vcd-from: clocks (a whole number) or a time"), (String) bad[1]);
    }
}
