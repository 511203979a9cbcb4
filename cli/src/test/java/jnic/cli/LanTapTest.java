package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jnic.cli.topology.Network;
import jnic.cli.topology.Topology;
import jnic.driver.Tshark;
import jnic.driver.tap.KernelPeer;
import jnic.driver.tap.NetworkNamespace;
import jnic.driver.tap.TapDevice;
import jnic.net.wire.MacAddress;
import jnic.sim.nic.NicRegisterMap.Counter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux kernel as a station of the simulated LAN ({@code jnic lan}): its TAP device's frames
 * cross a generated adapter, the simulated line and (in the seed) a hub, two routers and a switch
 * to a jnic server, and back. The kernel lives in a network namespace this test makes; its side is
 * configured with the very commands {@code jnic lan} prints. ping, curl, nc and headless Chromium
 * are the kernel's own programs; the simulated world runs paced so it never gets ahead of wall time.
 */
class LanTapTest {
    static final byte[] BIG = new byte[256 << 10];

    static {
        new Random(42).nextBytes(BIG);
    }

    /** The kernel in namespace {@code ns} behind TAP {@code name}, a station of {@code t}. */
    record Lan(NetworkNamespace ns, TapDevice tap, Network network) implements AutoCloseable {
        static Lan start(String tag, Topology t, Path captures) throws Exception {
            NetworkNamespace ns = KernelPeer.namespace(tag);
            String name = tag + KernelPeer.suffix();
            TapDevice tap = null;
            Network n = null;
            try {
                tap = TapDevice.open(name, MacAddress.parse("02:4a:4e:54:41:51"), false);
                tap.promiscuous(true);
                Topology withTap = t.withTapStation();
                n = Network.build(withTap, captures, Map.of("/", Demo.page(Demo.DEFAULT_PAGE_BYTES), "/big", BIG), tap);
                n.lan().startPacedToWallClock();
                assertEquals(0, NetworkNamespace.run("ip", "link", "set", "dev", name, "netns", ns.name()));
                for (String line : LanCommand.setUpCommands(name, withTap)) {
                    assertTrue(line.startsWith("$ "), line);
                    String[] command = ("ip -n " + ns.name() + " " + line.substring("$ ip ".length())).split(" ");
                    assertEquals(0, NetworkNamespace.run(command), line);
                }
                return new Lan(ns, tap, n);
            } catch (Exception | Error e) {
                if (n != null) {
                    n.close();
                }
                if (tap != null) {
                    tap.close();
                }
                ns.close();
                throw e;
            }
        }

        String sh(String script) throws Exception {
            return ns.exec("bash", "-c", script);
        }

        /** The kernel's nc sends 1 MiB of random bytes to the jnic server's echo port; all of it must come back. */
        void echoMebibyte(Path dir, long seed, int timeoutSeconds) throws Exception {
            Path sent = dir.resolve("sent");
            Path back = dir.resolve("back");
            byte[] mib = new byte[1 << 20];
            new Random(seed).nextBytes(mib);
            Files.write(sent, mib);
            String nc =
                    sh("timeout " + timeoutSeconds + " nc -N 198.51.100.1 7 < " + sent + " > " + back + "; echo rc=$?");
            assertTrue(nc.contains("rc=0"), nc);
            assertEquals(
                    sha256(mib), sha256(Files.readAllBytes(back)), "1 MiB to the echo server and back, byte-exact");
        }

        @Override
        public void close() throws java.io.IOException {
            network.close();
            tap.close();
            ns.close();
        }
    }

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    @Test
    void theKernelPingsFetchesEchoesAndBrowsesAcrossTheSimulatedAdapters(@TempDir Path dir) throws Exception {
        try (Lan lan = Lan.start("jlan", Topology.read("cable"), dir)) {
            String ping = lan.sh("ping -c 20 -i 0.05 -s 56 -W 2 198.51.100.1");
            assertTrue(ping.contains("20 received"), ping);
            String big = lan.sh("ping -c 20 -i 0.05 -s 3000 -W 2 198.51.100.1");
            assertTrue(big.contains("20 received"), "3028-byte datagrams, fragmented by the kernel: " + big);

            Path got = dir.resolve("big");
            String curl = lan.sh("curl -s -S -m 60 -o " + got + " http://198.51.100.1/big; echo rc=$?");
            assertTrue(curl.contains("rc=0"), curl);
            assertEquals(sha256(BIG), sha256(Files.readAllBytes(got)), "256 KiB from the jnic server, SHA-256 equal");

            lan.echoMebibyte(dir, 7, 60);

            Path chromium = Path.of("/usr/bin/chromium");
            if (Files.isExecutable(chromium)) {
                String dom = lan.sh("timeout 120 " + chromium
                        + " --headless --no-sandbox --disable-gpu --dump-dom http://198.51.100.1/ 2>/dev/null");
                assertTrue(dom.contains("<h1>It works</h1>"), "the rendered page: " + dom);
            } else {
                System.out.println("chromium is not installed: the browser part was skipped");
            }
            assertTrue(lan.network().tapStation().toLine() > 700, "the kernel's frames went through the adapter");
            assertEquals(0, lan.network().tapStation().toLineDropped());
        }
        if (Tshark.installed()) {
            List<String[]> frames =
                    Tshark.fields(dir.resolve("cable.pcapng"), "eth.src == 02:4a:4e:54:41:50", "frame.len");
            assertTrue(frames.size() > 700, "the kernel's frames on the wire: " + frames.size());
            assertEquals(
                    0,
                    Tshark.fields(
                                    dir.resolve("cable.pcapng"),
                                    "_ws.malformed || _ws.expert.severity == error",
                                    "frame.number")
                            .size());
        }
    }

    @Test
    void withBitErrorsTheKernelsTcpRecoversWhatTheAdaptersDropped(@TempDir Path dir) throws Exception {
        Topology cable = Topology.read("cable");
        Topology noisy = new Topology(cable.build(), 3, 1e-6, 0, cable.segments(), cable.hosts());
        try (Lan lan = Lan.start("jber", noisy, null)) {
            lan.echoMebibyte(dir, 8, 120);
            long fcs = 0;
            for (Network.Attachment a : lan.network().attachments()) {
                fcs += a.adapter().hardwareCounters().get(Counter.RX_FCS_ERRORS);
            }
            assertTrue(fcs > 0, "the adapters dropped frames with a bad FCS: " + fcs);
        }
    }

    @Test
    void theKernelInTheClientsPlaceFetchesThePageAcrossTheSeedsRoutersAndSwitch(@TempDir Path dir) throws Exception {
        try (Lan lan = Lan.start("jseed", Topology.read("seed"), dir)) {
            String page = lan.sh("curl -s -S -m 60 http://192.168.2.2/; echo rc=$?");
            assertTrue(page.contains("rc=0") && page.contains("<h1>It works</h1>"), page);
            Path got = dir.resolve("big");
            String curl = lan.sh("curl -s -S -m 120 -o " + got + " http://192.168.2.2/big; echo rc=$?");
            assertTrue(curl.contains("rc=0"), curl);
            assertEquals(sha256(BIG), sha256(Files.readAllBytes(got)), "256 KiB across two routers and a switch");
            // The client's hub is busy by design (the chatty station's broadcasts collide with the rest), so
            // a ping may be lost there; every reply that comes has crossed both routers.
            String ping = lan.sh("ping -c 5 -i 0.2 -W 2 192.168.2.2");
            java.util.regex.Matcher received =
                    java.util.regex.Pattern.compile("(\\d+) received").matcher(ping);
            assertTrue(received.find() && Integer.parseInt(received.group(1)) >= 3, ping);
            assertEquals(
                    Integer.parseInt(received.group(1)),
                    ping.split("ttl=62", -1).length - 1,
                    "every reply with TTL 62, two routers on the way: " + ping);
        }
        if (Tshark.installed()) {
            List<String[]> onBackbone =
                    Tshark.fields(dir.resolve("backbone.pcapng"), "tcp && ip.src == 192.168.1.2", "ip.ttl");
            assertTrue(
                    !onBackbone.isEmpty() && onBackbone.stream().allMatch(r -> r[0].equals("63")),
                    "the kernel's segments on the backbone, one router on: " + onBackbone.size());
        }
        assertTrue(
                new String(Demo.page(Demo.DEFAULT_PAGE_BYTES), StandardCharsets.UTF_8).contains("<h1>It works</h1>"));
    }
}
