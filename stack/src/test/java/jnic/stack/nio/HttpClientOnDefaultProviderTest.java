package jnic.stack.nio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.spi.SelectorProvider;
import java.time.Duration;
import java.util.Random;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two unmodified Java programs talk HTTP across jnic's simulated adapters: Netty's HTTP server on
 * one host (given jnic's provider) and the JDK's {@code java.net.http.HttpClient} on the other,
 * which only uses the JVM's default provider. So this class runs in a JVM of its own, started with
 * {@code -Djava.nio.channels.spi.SelectorProvider=jnic.stack.nio.JnicSelectorProvider} (the
 * pom's second surefire run); the client's host is named with
 * {@link JnicSelectorProvider#useAsDefaultFor}. Both hosts sit on the fast build's cable, the
 * Verilated NICs and their driver in between. (In the JVM of the other tests, where the property is
 * not set, it is skipped: it always runs in its own.)
 */
@EnabledIfSystemProperty(named = "java.nio.channels.spi.SelectorProvider", matches = "jnic\\.stack\\.nio\\..*")
class HttpClientOnDefaultProviderTest {
    private static final int MIB = 1 << 20;

    @Test
    void theJdksHttpClientGetsAndPostsMegabytesFromNettyOverSimulatedAdapters() throws Exception {
        assertInstanceOf(
                JnicSelectorProvider.class,
                SelectorProvider.provider(),
                "this test runs in a JVM whose NIO provider is jnic's (the pom says so)");
        try (SimLan lan = SimLan.create(SimLan.Options.cable(SimLan.Build.FAST))) {
            Host client = new Host("client", lan, HostConfig.DEFAULT.withSeed(1));
            Host server = new Host("server", lan, HostConfig.DEFAULT.withSeed(2));
            SimNic clientNic = lan.open(0, SimNic.Config.defaults());
            SimNic serverNic = lan.open(1, SimNic.Config.defaults());
            client.attach(clientNic, InterfaceAddress.parse("192.168.7.2/24"));
            server.attach(serverNic, InterfaceAddress.parse("192.168.7.1/24"));
            JnicSelectorProvider.useAsDefaultFor(client);
            lan.start();
            try (NettyHttpServer netty = new NettyHttpServer(
                            new JnicSelectorProvider(server),
                            lan.applicationThreads("netty"),
                            Addresses.socketAddress(server.address(), 8080))
                    .awaitBound()) {
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(30))
                        .build();
                URI base = URI.create("http://" + server.address() + ":8080");

                HttpResponse<byte[]> got = http.send(
                        HttpRequest.newBuilder(base.resolve("/blob/" + MIB)).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, got.statusCode());
                assertArrayEquals(NettyHttpServer.blob(MIB), got.body(), "1 MiB GET, byte for byte");

                byte[] upload = new byte[MIB];
                new Random(9).nextBytes(upload);
                HttpResponse<byte[]> echoed = http.send(
                        HttpRequest.newBuilder(base.resolve("/echo"))
                                .POST(HttpRequest.BodyPublishers.ofByteArray(upload))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(200, echoed.statusCode());
                assertArrayEquals(upload, echoed.body(), "1 MiB POST echoed, byte for byte");

                for (int i = 0; i < 100; i++) {
                    int n = 1 + i * 97;
                    HttpResponse<byte[]> small = http.send(
                            HttpRequest.newBuilder(base.resolve("/blob/" + n)).build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    assertArrayEquals(NettyHttpServer.blob(n), small.body(), "request " + i);
                }
                HttpResponse<byte[]> missing = http.send(
                        HttpRequest.newBuilder(base.resolve("/nothing")).build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(404, missing.statusCode());
                assertEquals(1, netty.connections(), "103 requests on one kept-alive connection");
                // Two MiB went to the client and one to the server, in frames through the Verilated NICs.
                assertTrue(
                        clientNic.statistics().rxBytes() > 2 * MIB,
                        clientNic.statistics().toString());
                assertTrue(
                        serverNic.statistics().rxBytes() > MIB,
                        serverNic.statistics().toString());
                assertEquals(
                        0,
                        clientNic.statistics().rxDropped()
                                + serverNic.statistics().rxDropped());
            }
        }
    }
}
