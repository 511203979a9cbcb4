package jnic.stack.nio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.netty.util.concurrent.DefaultThreadFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jnic.driver.tap.KernelPeer;
import jnic.stack.KernelHost;
import jnic.stack.KernelHostTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Netty's HTTP server, unmodified, on a jnic host whose interface is a TAP device, with the Linux
 * kernel's curl as the client, in a network namespace the test makes (10.218.0.1 is the kernel,
 * 10.218.0.2 is jnic; nothing leaves the namespace): a 1 MiB GET and a 1 MiB POST byte for byte,
 * then 100 requests on one kept-alive connection. Skipped, with the reason, where TAP, namespaces
 * or curl are missing.
 */
class NettyOverTapTest extends KernelHostTest {
    private static final String URL = "http://10.218.0.2:8080";
    private static final int MIB = 1 << 20;

    @TempDir
    Path dir;

    @Override
    protected KernelHost start() throws Exception {
        assumeTrue(KernelPeer.run("which", "curl") == 0, "skipped: curl is not installed");
        return KernelHost.create("jnetty", "10.218.0.1/24", "10.218.0.2/24", "02:4a:4e:00:01:10", 21);
    }

    @Test
    void curlGetsAndPostsMegabytesAndKeepsItsConnection() throws Exception {
        try (NettyHttpServer netty = new NettyHttpServer(
                        new JnicSelectorProvider(host),
                        new DefaultThreadFactory("netty-over-tap"),
                        Addresses.socketAddress(host.address(), 8080))
                .awaitBound()) {
            Path got = dir.resolve("got");
            String code = peer.exec(
                    "curl", "-s", "--max-time", "30", "-o", got.toString(), "-w", "%{http_code}", URL + "/blob/" + MIB);
            assertEquals("200", code.trim());
            assertArrayEquals(NettyHttpServer.blob(MIB), Files.readAllBytes(got), "1 MiB GET, byte for byte");

            byte[] upload = new byte[MIB];
            new Random(11).nextBytes(upload);
            Path sent = dir.resolve("sent");
            Files.write(sent, upload);
            Path echoed = dir.resolve("echoed");
            code = peer.exec(
                    "curl",
                    "-s",
                    "--max-time",
                    "30",
                    "--data-binary",
                    "@" + sent,
                    "-H",
                    "Content-Type: application/octet-stream",
                    "-o",
                    echoed.toString(),
                    "-w",
                    "%{http_code}",
                    URL + "/echo");
            assertEquals("200", code.trim());
            assertArrayEquals(upload, Files.readAllBytes(echoed), "1 MiB POST echoed, byte for byte");

            List<String> command = new ArrayList<>(List.of("curl", "-s", "--max-time", "60"));
            StringBuilder expected = new StringBuilder();
            for (int i = 0; i < 100; i++) {
                int n = 1 + i * 97;
                command.addAll(
                        List.of("-o", "/dev/null", "-w", "%{http_code} %{size_download}\\n", URL + "/blob/" + n));
                expected.append("200 ").append(n).append('\n');
            }
            assertEquals(expected.toString(), peer.exec(command.toArray(String[]::new)));
            assertEquals(3, netty.connections(), "one connection per curl: the 100 requests shared one");
        }
    }
}
