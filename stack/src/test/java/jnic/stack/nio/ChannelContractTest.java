package jnic.stack.nio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.channels.spi.SelectorProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jnic.driver.loopback.LoopbackHub;
import jnic.stack.Blocking;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import org.junit.jupiter.api.Test;

/**
 * The channels' contract, checked against the JDK's own provider over 127.0.0.1 as the
 * independent reference: the same scenarios run on both, and what they observe (bytes, results,
 * the exceptions thrown and where) must be the same. jnic's side runs on two hosts of an in-memory
 * LAN, the server and the client each an application thread of the loop.
 */
class ChannelContractTest {
    /** Where a scenario runs: two providers, where the server listens, and how two bodies run at once. */
    interface Network {
        SelectorProvider server();

        SelectorProvider client();

        SocketAddress listenAt();

        /** A port nothing listens on, at the server's address. */
        SocketAddress nobodyAt();

        /** Runs the bodies at once, each on a thread of its own; their results in order. */
        List<Object> all(List<Callable<Object>> bodies) throws Exception;

        /**
         * {@code f}'s value, for a body waiting for another body's step that needs the network
         * (on a simulated LAN a plain wait would hold simulated time still).
         */
        default <T> T await(CompletableFuture<T> f) throws Exception {
            return f.get(30, TimeUnit.SECONDS);
        }

        default List<Object> both(Callable<Object> server, Callable<Object> client) throws Exception {
            return all(List.of(server, client));
        }
    }

    /** The JDK's provider over loopback, the bodies on plain threads. */
    static final class JdkNetwork implements Network {
        @Override
        public SelectorProvider server() {
            return SelectorProvider.provider();
        }

        @Override
        public SelectorProvider client() {
            return SelectorProvider.provider();
        }

        @Override
        public SocketAddress listenAt() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        }

        @Override
        public SocketAddress nobodyAt() {
            try (ServerSocketChannel s = ServerSocketChannel.open()) { // a port that was free a moment ago
                s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                return s.getLocalAddress();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public List<Object> all(List<Callable<Object>> bodies) throws Exception {
            List<CompletableFuture<Object>> running = new ArrayList<>();
            for (Callable<Object> body : bodies) {
                CompletableFuture<Object> f = new CompletableFuture<>();
                Thread t = new Thread(() -> {
                    try {
                        f.complete(body.call());
                    } catch (Throwable e) {
                        f.completeExceptionally(e);
                    }
                });
                t.setDaemon(true);
                t.start();
                running.add(f);
            }
            List<Object> results = new ArrayList<>();
            for (CompletableFuture<Object> f : running) {
                results.add(f.get(30, TimeUnit.SECONDS));
            }
            return results;
        }
    }

    /** jnic: two hosts on an in-memory LAN in virtual time, the bodies on application threads. */
    static final class JnicNetwork implements Network {
        final TestNet net = new TestNet();
        final LoopbackHub segment = net.segment();
        final Host a = net.host("a", segment, "10.3.0.1/24");
        final Host b = net.host("b", segment, "10.3.0.2/24");

        final SelectorProvider client = new JnicSelectorProvider(a);
        final SelectorProvider server = new JnicSelectorProvider(b);

        @Override
        public SelectorProvider server() {
            return server;
        }

        @Override
        public SelectorProvider client() {
            return client;
        }

        @Override
        public SocketAddress listenAt() {
            return Addresses.socketAddress(b.address(), 8080);
        }

        @Override
        public SocketAddress nobodyAt() {
            return Addresses.socketAddress(b.address(), 8081);
        }

        @Override
        public <T> T await(CompletableFuture<T> f) throws Exception {
            return Blocking.answer(a.loop(), f); // waits as the stack's calls wait: simulated time goes on
        }

        @Override
        public List<Object> all(List<Callable<Object>> bodies) throws Exception {
            List<CompletableFuture<Object>> running = new ArrayList<>();
            for (int i = 0; i < bodies.size(); i++) {
                running.add(net.lan.startApplication("body " + i, bodies.get(i)));
            }
            assertTrue(net.runUntil(() -> running.stream().allMatch(CompletableFuture::isDone), 60_000), "all ended");
            List<Object> results = new ArrayList<>();
            for (CompletableFuture<Object> f : running) {
                results.add(f.get());
            }
            return results;
        }
    }

    /** What a step threw, by class, or "ok" with its result. */
    private static String outcome(Callable<Object> step) {
        try {
            return "ok " + step.call();
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    /**
     * An echo with gathering writes and scattering reads: the client writes 3 buffers (100 000
     * bytes), shuts its output, reads the server's answer (the bytes reversed, written as one
     * buffer and then two) into 2 buffers at a time until the end of the stream; then the calls a closed or half-closed channel refuses.
     */
    private static List<Object> echo(Network n) throws Exception {
        byte[] message = new byte[100_000];
        new Random(5).nextBytes(message);
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        List<Object> seen = n.both(
                () -> {
                    try (SocketChannel s = listening.accept()) {
                        ByteArrayOutputStream got = new ByteArrayOutputStream();
                        ByteBuffer buffer = ByteBuffer.allocate(7_000);
                        while (s.read(buffer) >= 0) {
                            buffer.flip();
                            got.write(buffer.array(), 0, buffer.limit());
                            buffer.clear();
                        }
                        byte[] reversed = got.toByteArray();
                        for (int i = 0; i < reversed.length / 2; i++) {
                            byte t = reversed[i];
                            reversed[i] = reversed[reversed.length - 1 - i];
                            reversed[reversed.length - 1 - i] = t;
                        }
                        int half = reversed.length / 2;
                        s.write(ByteBuffer.wrap(reversed, 0, 10)); // one buffer, then a gathering write
                        s.write(new ByteBuffer[] {
                            ByteBuffer.wrap(reversed, 10, half - 10),
                            ByteBuffer.wrap(reversed, half, reversed.length - half)
                        });
                        s.shutdownOutput();
                        String writeAfterShutdown = outcome(() -> s.write(ByteBuffer.wrap(new byte[] {1})));
                        return got.size() + " bytes; write after shutdownOutput: " + writeAfterShutdown;
                    } finally {
                        listening.close();
                    }
                },
                () -> {
                    SocketChannel c = n.client().openSocketChannel();
                    List<String> steps = new ArrayList<>();
                    steps.add("remote before connect: " + c.getRemoteAddress());
                    steps.add("read before connect: " + outcome(() -> c.read(ByteBuffer.allocate(1))));
                    steps.add("connect: " + c.connect(at) + ", connected " + c.isConnected());
                    c.write(new ByteBuffer[] {
                        ByteBuffer.wrap(message, 0, 10),
                        ByteBuffer.wrap(message, 10, 50_000),
                        ByteBuffer.wrap(message, 50_010, message.length - 50_010)
                    });
                    c.shutdownOutput();
                    ByteArrayOutputStream answer = new ByteArrayOutputStream();
                    ByteBuffer[] two = {ByteBuffer.allocate(3_000), ByteBuffer.allocate(5_000)};
                    while (c.read(two) >= 0) {
                        for (ByteBuffer b : two) {
                            b.flip();
                            answer.write(b.array(), 0, b.limit());
                            b.clear();
                        }
                    }
                    steps.add("read at the end: " + c.read(ByteBuffer.allocate(1)));
                    byte[] expected = new byte[message.length];
                    for (int i = 0; i < message.length; i++) {
                        expected[i] = message[message.length - 1 - i];
                    }
                    steps.add("answer intact: " + Arrays.equals(expected, answer.toByteArray()));
                    c.close();
                    steps.add("open after close: " + c.isOpen());
                    steps.add("read after close: " + outcome(() -> c.read(ByteBuffer.allocate(1))));
                    steps.add("remote after close: " + outcome(c::getRemoteAddress));
                    steps.add("connect after close: " + outcome(() -> c.connect(at)));
                    return steps;
                });
        return seen;
    }

    /** A connection to a port nobody listens on. */
    private static String refused(Network n) throws Exception {
        SocketAddress nobody = n.nobodyAt();
        return (String) n.both(() -> "", () -> {
                    try (SocketChannel c = n.client().openSocketChannel()) {
                        return outcome(() -> c.connect(nobody));
                    }
                })
                .get(1);
    }

    @Test
    void anEchoWithGatheringAndScatteringIsTheSameOnJnicAsOnTheJdksOwnChannels() throws Exception {
        List<Object> jdk = echo(new JdkNetwork());
        List<Object> jnic = echo(new JnicNetwork());
        assertEquals(jdk, jnic);
        assertTrue(jnic.get(1).toString().contains("answer intact: true"), jnic.toString());
    }

    @Test
    void aRefusedConnectionIsAConnectExceptionOnBoth() throws Exception {
        String jdk = refused(new JdkNetwork());
        assertEquals("java.net.ConnectException", jdk);
        assertEquals(jdk, refused(new JnicNetwork()));
    }
}
