package jnic.stack.tap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jnic.driver.tap.KernelPeer;
import jnic.net.wire.Ipv4Address;
import jnic.stack.KernelHost;
import jnic.stack.KernelHostTest;
import jnic.stack.dns.DnsResponder;
import jnic.stack.http.HttpClient;
import jnic.stack.http.HttpMessage;
import jnic.stack.http.HttpServer;
import jnic.stack.icmp.PingSummary;
import jnic.stack.iface.StackCounter;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A jnic host on a TAP device and the Linux kernel as its peer, in a network namespace the test
 * makes (10.214.0.1 is the kernel, 10.214.0.2 is jnic); nothing leaves the namespace. The kernel's
 * own tools talk to jnic: ping (also with fragments), nc -u both ways, glibc's resolver against
 * jnic's DNS responder. Skipped, with the reason, where TAP, namespaces or the tools are missing.
 */
class LinuxInteropTest extends KernelHostTest {
    private static final Ipv4Address KERNEL = Ipv4Address.parse("10.214.0.1");

    @Override
    protected KernelHost start() throws Exception {
        assumeTrue(
                KernelPeer.run("which", "ping", "nc", "getent") == 0,
                "skipped: ping, nc (netcat-openbsd) or getent is not installed");
        return KernelHost.create("jstk", "10.214.0.1/24", "10.214.0.2/24", "02:4a:4e:00:01:02", 9);
    }

    @BeforeEach
    void setUp() throws Exception {
        peer.resolver("10.214.0.2");
    }

    @Test
    void theKernelPingsJnicAlsoWithFragmentsAndJnicPingsTheKernel() throws Exception {
        String small = peer.exec("ping", "-c", "3", "-i", "0.2", "-W", "2", "10.214.0.2");
        assertTrue(small.contains("3 received"), small);
        String big = peer.exec("ping", "-c", "2", "-i", "0.2", "-W", "2", "-s", "5000", "10.214.0.2");
        assertTrue(big.contains("2 received"), "5008-byte echoes, fragmented both ways: " + big);
        assertTrue(host.counters().get(StackCounter.REASSEMBLY_OK) >= 2);
        assertTrue(host.counters().get(StackCounter.IP_FRAGMENTS_OUT) >= 8);

        PingSummary s = host.icmp()
                .ping(KERNEL, 3, Duration.ofMillis(100), 3000, Duration.ofSeconds(2))
                .get(10, TimeUnit.SECONDS);
        assertEquals(3, s.received(), s.toString());
        assertEquals(64, s.replies().get(0).ttl(), "the kernel's default TTL");
    }

    @Test
    void udpBothWaysWithNc() throws Exception {
        UdpSocket echo = host.udp().open(7);
        echo.receiveAsync().thenAccept(new java.util.function.Consumer<UdpSocket.Datagram>() {
            @Override
            public void accept(UdpSocket.Datagram d) {
                try {
                    echo.sendTo(d.data(), d.source(), d.sourcePort());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                echo.receiveAsync().thenAccept(this);
            }
        });
        String echoed = peer.exec("bash", "-c", "echo jnic-echo | nc -u -w 1 10.214.0.2 7");
        assertEquals("jnic-echo\n", echoed, "nc sent a datagram to jnic's echo port and printed the answer");

        Process listener = peer.start("timeout", "5", "nc", "-u", "-l", "-W", "1", "7001");
        Thread.sleep(500);
        UdpSocket s = host.udp().open(0);
        s.sendTo("from-jnic\n".getBytes(StandardCharsets.US_ASCII), KERNEL, 7001);
        assertTrue(listener.waitFor(10, TimeUnit.SECONDS));
        assertArrayEquals(
                "from-jnic\n".getBytes(StandardCharsets.US_ASCII),
                listener.getInputStream().readAllBytes());
    }

    @Test
    void glibcsResolverAsksJnicsDnsResponder() throws Exception {
        DnsResponder dns = new DnsResponder(host, 53, 60).add("www.jnic.test", Ipv4Address.parse("10.214.0.80"));
        String answer = peer.exec("getent", "ahostsv4", "www.jnic.test");
        assertTrue(answer.startsWith("10.214.0.80"), "getent printed: " + answer);
        String missing = peer.exec("getent", "ahostsv4", "nope.jnic.test");
        assertEquals("", missing, "NXDOMAIN: getent finds nothing");
        assertTrue(dns.queries() >= 2);
        assertEquals(0, dns.malformed());
    }

    @Test
    void theKernelsNcSendsAMegabyteToAJnicServer() throws Exception {
        byte[] data = new byte[1 << 20];
        new java.util.Random(7).nextBytes(data);
        Path file = Files.createTempFile("jnic-tcp", ".bin");
        Files.write(file, data);
        try (TcpListener listener = host.tcp().listen(8080, 4)) {
            Process nc = peer.start("bash", "-c", "nc -N -w 10 10.214.0.2 8080 < " + file);
            TcpSocket s = listener.accept(Duration.ofSeconds(10));
            s.timeout(Duration.ofSeconds(20));
            byte[] got = s.inputStream().readAllBytes();
            s.close();
            assertTrue(nc.waitFor(20, TimeUnit.SECONDS), "nc ended after jnic's FIN");
            assertArrayEquals(data, got, "the kernel's stream, byte-exact");
            assertTrue(
                    peer.tap().largeFramesReceived() > 0,
                    "the kernel sent segments longer than the MTU, uncut (segmentation offload)");
            assertTrue(
                    peer.tap().checksumsCompleted() > 0,
                    "and left their checksums partial, for the device to complete");
            kernelSawNoViolations();
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aJnicClientSendsAMegabyteToTheKernelsNc() throws Exception {
        byte[] data = new byte[1 << 20];
        new java.util.Random(8).nextBytes(data);
        Path out = Files.createTempFile("jnic-tcp", ".out");
        try {
            Process nc = peer.start("bash", "-c", "timeout 30 nc -l -N 8081 > " + out);
            Thread.sleep(500);
            TcpSocket s = host.tcp().connect(KERNEL, 8081).get(10, TimeUnit.SECONDS);
            s.timeout(Duration.ofSeconds(20));
            s.outputStream().write(data);
            s.shutdownOutput();
            assertEquals(-1, s.inputStream().read(), "the kernel closes its side when it has read our FIN");
            assertTrue(nc.waitFor(20, TimeUnit.SECONDS));
            assertArrayEquals(data, Files.readAllBytes(out), "jnic's stream, byte-exact, as nc wrote it");
            assertTrue(
                    peer.tap().segmentedFramesSent() > 0,
                    "jnic handed the kernel segments to cut (segmentation offload)");
            assertEquals(peer.tap().segmentedFramesSent(), host.counters().get(StackCounter.TCP_SEGMENTATION_OFFLOADS));
            s.close();
            kernelSawNoViolations();
        } finally {
            Files.delete(out);
        }
    }

    @Test
    void httpBothWaysWithPython() throws Exception {
        byte[] page = "<html><body>served by jnic</body></html>\n".getBytes(StandardCharsets.UTF_8);
        try (HttpServer server = HttpServer.pages(host, 8080, java.util.Map.of("/", page), "text/html")) {
            String fetched = peer.exec(
                    "python3",
                    "-c",
                    "import urllib.request,sys; r=urllib.request.urlopen('http://10.214.0.2:8080/', timeout=10); "
                            + "sys.stdout.write(str(r.status)+' '+r.headers['Content-Type']+' '+r.read().decode())");
            assertEquals(
                    "200 text/html " + new String(page, StandardCharsets.UTF_8),
                    fetched,
                    "Python's urllib fetched jnic's page");
            assertEquals(1, server.served(), "the server counted the one request");
        }
        Path dir = Files.createTempDirectory("jnic-www");
        Files.writeString(dir.resolve("index.html"), "<html>served by Linux</html>\n");
        Process python = peer.start(
                "python3", "-m", "http.server", "--bind", "10.214.0.1", "--directory", dir.toString(), "8000");
        try {
            HttpMessage.Response r = null;
            for (int attempt = 0; attempt < 20 && r == null; attempt++) {
                try {
                    r = HttpClient.get(host, KERNEL, 8000, "10.214.0.1", "/index.html")
                            .get(10, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException notYet) {
                    Thread.sleep(200); // the server is still starting: ECONNREFUSED
                }
            }
            assertEquals(200, r.status());
            assertEquals("<html>served by Linux</html>\n", r.bodyText());
        } finally {
            python.destroy();
            python.waitFor(5, TimeUnit.SECONDS);
            Files.delete(dir.resolve("index.html"));
            Files.delete(dir);
        }
    }

    /**
     * The kernel's own TCP counters in the namespace (nstat): no bad segments, no checksum errors,
     * no resets either way, no SACK blocks it had to discard, no challenge ACKs (RFC 5961), no abort on data.
     */
    private void kernelSawNoViolations() throws Exception {
        java.util.Map<String, Long> n = new java.util.HashMap<>();
        for (String line : peer.exec("nstat", "-asz").split("\n")) {
            String[] f = line.trim().split("\\s+");
            if (f.length >= 2 && f[1].matches("[0-9]+")) {
                n.put(f[0], Long.parseLong(f[1]));
            }
        }
        // A megabyte takes at least 16 segments even at 64 KiB each (jnic's segmentation offload), more in the other
        // direction.
        assertTrue(
                n.containsKey("TcpInSegs") && n.get("TcpInSegs") >= 16,
                "nstat works in the namespace: " + n.get("TcpInSegs"));
        for (String counter : new String[] {
            "TcpInErrs",
            "TcpInCsumErrors",
            "TcpOutRsts",
            "TcpEstabResets",
            "TcpExtTCPSACKDiscard",
            "TcpExtTCPChallengeACK",
            "TcpExtTCPAbortOnData"
        }) {
            assertEquals(0L, n.getOrDefault(counter, 0L), "the kernel counted " + counter);
        }
    }
}
