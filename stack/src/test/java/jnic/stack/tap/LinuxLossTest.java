package jnic.stack.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.driver.tap.KernelPeer;
import jnic.net.wire.Ipv4Address;
import jnic.stack.KernelHost;
import jnic.stack.KernelHostTest;
import jnic.stack.iface.StackCounter;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TCP between jnic and the Linux kernel under random loss made on the kernel's side: nftables
 * rules in the test's namespace drop a share of the TCP packets the kernel receives from jnic
 * (input hook) and of those it sends to jnic (output hook), chosen by {@code numgen random}
 * (this kernel has no netem). Both directions move a few MiB, SHA-256 exact; the time bound is
 * generous so that only a stall fails it (the benchmark, {@code jnic bench --only tcp}, gives the
 * figures against Linux to Linux under the same loss).
 */
class LinuxLossTest extends KernelHostTest {
    private static final Ipv4Address KERNEL = Ipv4Address.parse("10.215.0.1");
    private static final int BYTES = 4 << 20;
    /** What only a stall exceeds: Linux to Linux moves the data in well under a second at 5 % loss. */
    private static final Duration BOUND = Duration.ofSeconds(60);

    @Override
    protected KernelHost start() throws Exception {
        assumeTrue(
                KernelPeer.run("which", "nft", "nc", "sha256sum") == 0,
                "skipped: nft (nftables), nc (netcat-openbsd) or sha256sum is not installed");
        return KernelHost.create("jloss", "10.215.0.1/24", "10.215.0.2/24", "02:4a:4e:00:01:03", 11);
    }

    /** Drops {@code percent} % of the TCP packets going each way, on the kernel's side of the link. */
    private void loss(int percent) throws Exception {
        String drop = "meta l4proto tcp numgen random mod 100 < " + percent + " counter drop";
        Path rules = Files.createTempFile("jnic-loss", ".nft");
        try {
            Files.writeString(
                    rules,
                    String.join(
                            "\n",
                            "table inet jnicloss {",
                            "  chain in { type filter hook input priority 0; policy accept; " + drop + "; }",
                            "  chain out { type filter hook output priority 0; policy accept; " + drop + "; }",
                            "}",
                            ""));
            assertEquals("", peer.exec("nft", "-f", rules.toString()), "nft accepted the rules");
        } finally {
            Files.delete(rules);
        }
    }

    /** Packets the rules dropped, both ways (the counters of the two drop rules). */
    private long dropped() throws Exception {
        Matcher m = Pattern.compile("packets (\\d+)").matcher(peer.exec("nft", "list", "table", "inet", "jnicloss"));
        long n = 0;
        while (m.find()) {
            n += Long.parseLong(m.group(1));
        }
        return n;
    }

    @ParameterizedTest(name = "{0} % loss")
    @ValueSource(ints = {1, 5})
    void theKernelSendsToJnicUnderLoss(int percent) throws Exception {
        byte[] data = randomBytes(percent);
        Path file = Files.createTempFile("jnic-loss", ".bin");
        Files.write(file, data);
        loss(percent);
        long started = System.nanoTime();
        try (TcpListener listener = host.tcp().listen(8080, 4)) {
            Process nc = peer.start("bash", "-c", "nc -N -w 30 10.215.0.2 8080 < " + file);
            TcpSocket s = listener.accept(Duration.ofSeconds(10));
            s.timeout(BOUND);
            byte[] got = s.inputStream().readAllBytes();
            long elapsed = System.nanoTime() - started;
            s.close();
            assertTrue(nc.waitFor(30, TimeUnit.SECONDS), "nc ended after jnic's FIN");
            assertEquals(sha256(data), sha256(got), "the kernel's stream, SHA-256 exact");
            report("kernel -> jnic", percent, elapsed);
        } finally {
            Files.delete(file);
        }
    }

    @ParameterizedTest(name = "{0} % loss")
    @ValueSource(ints = {1, 5})
    void jnicSendsToTheKernelUnderLoss(int percent) throws Exception {
        byte[] data = randomBytes(percent + 100);
        Path out = Files.createTempFile("jnic-loss", ".out");
        try {
            Process nc = peer.start("bash", "-c", "timeout 90 nc -l -N 8081 > " + out);
            Thread.sleep(500);
            loss(percent);
            long started = System.nanoTime();
            TcpSocket s = host.tcp().connect(KERNEL, 8081).get(20, TimeUnit.SECONDS);
            s.timeout(BOUND);
            s.outputStream().write(data);
            s.shutdownOutput();
            assertEquals(-1, s.inputStream().read(), "the kernel closes its side when it has read our FIN");
            long elapsed = System.nanoTime() - started;
            assertTrue(nc.waitFor(30, TimeUnit.SECONDS));
            s.close();
            String theirs = peer.exec("sha256sum", out.toString()).split(" ")[0];
            assertEquals(sha256(data), theirs, "jnic's stream, SHA-256 exact, as nc wrote it");
            report("jnic -> kernel", percent, elapsed);
        } finally {
            Files.delete(out);
        }
    }

    private void report(String direction, int percent, long elapsedNanos) throws Exception {
        System.out.printf(
                "%s, %d %% loss: %d MiB in %.2f s (%.0f Mb/s); %d packets dropped; jnic: %d fast retransmits,"
                        + " %d timeouts, %d tail-loss probes, %d retransmits%n",
                direction,
                percent,
                BYTES >> 20,
                elapsedNanos / 1e9,
                BYTES * 8e3 / elapsedNanos,
                dropped(),
                host.counters().get(StackCounter.TCP_FAST_RETRANSMITS),
                host.counters().get(StackCounter.TCP_TIMEOUTS),
                host.counters().get(StackCounter.TCP_LOSS_PROBES),
                host.counters().get(StackCounter.TCP_RETRANSMITS));
    }

    private static byte[] randomBytes(long seed) {
        byte[] data = new byte[BYTES];
        new Random(seed).nextBytes(data);
        return data;
    }

    private static String sha256(byte[] data) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
    }
}
