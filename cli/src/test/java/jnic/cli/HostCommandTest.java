package jnic.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import jnic.driver.tap.NetworkNamespace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jnic host --tap} with the kernel as the client: the test moves the TAP device the command
 * made into a namespace of its own, then Python fetches a page, curl two on one connection, and nc
 * uses the echo port, TCP and UDP. Skipped, with the reason, without root, TAP or the tools.
 */
class HostCommandTest {
    @Test
    void theKernelFetchesAPageAndEchoesThroughAJnicHost(@TempDir Path dir) throws Exception {
        assumeTrue(NetworkNamespace.run("which", "nc", "python3", "curl") == 0, "skipped: nc, python3 or curl missing");
        Files.writeString(dir.resolve("index.html"), "<p>hello from jnic host</p>\n");
        try (HostInNamespace namespace = HostInNamespace.start(
                "jcli",
                "10.217.0.2/24",
                "10.217.0.1/24",
                "--serve-http",
                dir.toString(),
                "--echo",
                "7",
                "--seconds",
                "8")) {
            String page = namespace.exec(
                    "python3",
                    "-c",
                    "import urllib.request,sys; sys.stdout.write(urllib.request.urlopen('http://10.217.0.2/', timeout=5).read().decode())");
            assertEquals("<p>hello from jnic host</p>\n", page);
            assertEquals(
                    "<p>hello from jnic host</p>\n1 <p>hello from jnic host</p>\n0 ",
                    namespace.exec(
                            "curl",
                            "-s",
                            "--max-time",
                            "5",
                            "-w",
                            "%{num_connects} ",
                            "http://10.217.0.2/",
                            "http://10.217.0.2/index.html"),
                    "curl fetches both pages on one connection");
            assertEquals("tcp echo\n", namespace.exec("bash", "-c", "echo 'tcp echo' | nc -N -w 3 10.217.0.2 7"));
            assertEquals("udp echo\n", namespace.exec("bash", "-c", "echo 'udp echo' | nc -u -w 1 10.217.0.2 7"));
            assertEquals(0, namespace.exitStatus(20), "the host stopped after its --seconds");
        }
    }

    @Test
    void filesOutsideTheRootAreNotServed(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "a");
        var ok = HostCommand.serveFile(
                dir, new jnic.stack.http.HttpMessage.Request("GET", "/a.txt", java.util.Map.of()));
        assertEquals(200, ok.status());
        assertEquals("text/plain; charset=utf-8", ok.headers().get("content-type"));
        var escape = HostCommand.serveFile(
                dir, new jnic.stack.http.HttpMessage.Request("GET", "/../../etc/passwd", java.util.Map.of()));
        assertEquals(404, escape.status());
        assertTrue(escape.bodyText().contains("no file"));
        var post = HostCommand.serveFile(
                dir, new jnic.stack.http.HttpMessage.Request("POST", "/a.txt", java.util.Map.of()));
        assertEquals(405, post.status());
    }
}
