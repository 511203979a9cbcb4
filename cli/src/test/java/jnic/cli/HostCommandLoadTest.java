package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.driver.tap.NetworkNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ApacheBench against {@code jnic host --serve-http}: 2000 requests, 100 at a time, each on a
 * connection of its own that the server closes first, so the server holds thousands of
 * connections in TIME-WAIT, the kernel reuses client ports whose 4-tuple is still in it, and more
 * handshakes are under way at once than the server's SYN backlog holds. No SYN of the kernel's
 * has to be sent twice (its nstat counts TcpExtTCPSynRetrans) and no request fails. Skipped,
 * with the reason, without root, TAP, ab or nstat.
 */
class HostCommandLoadTest {
    @Test
    void abGetsEveryPageWithoutARetransmittedSyn(@TempDir Path dir) throws Exception {
        assumeTrue(NetworkNamespace.run("which", "ab", "nstat", "curl") == 0, "skipped: ab, nstat or curl missing");
        Files.writeString(dir.resolve("index.html"), "<p>hello from jnic host</p>\n");
        try (HostInNamespace h = HostInNamespace.start(
                "jab", "10.219.0.2/24", "10.219.0.1/24", "--serve-http", dir.toString(), "--seconds", "15")) {
            assertEquals(
                    "200",
                    h.exec(
                            "curl",
                            "-s",
                            "-o",
                            "/dev/null",
                            "-w",
                            "%{http_code}",
                            "--max-time",
                            "5",
                            "http://10.219.0.2/"));
            long before = synRetransmissions(h);
            String ab = h.exec("ab", "-q", "-n", "2000", "-c", "100", "http://10.219.0.2/");
            long retransmitted = synRetransmissions(h) - before;
            assertTrue(ab.contains("Complete requests:      2000"), ab);
            assertTrue(ab.contains("Failed requests:        0"), ab);
            assertEquals(0, retransmitted, "the kernel's TcpExtTCPSynRetrans during the run\n" + ab);
            assertEquals(0, h.exitStatus(30), "the host stopped after its --seconds");
        }
    }

    /** The namespace's TcpExtTCPSynRetrans, absolute (nstat -s: its history file, which every namespace shares, stays as it is). */
    private static long synRetransmissions(HostInNamespace h) throws Exception {
        Matcher m = Pattern.compile("TcpExtTCPSynRetrans\\s+(\\d+)")
                .matcher(h.exec("nstat", "-asz", "TcpExtTCPSynRetrans"));
        assertTrue(m.find(), "nstat printed the counter");
        return Long.parseLong(m.group(1));
    }
}
