package jnic.stack.nio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import jnic.stack.nio.ChannelContractTest.JdkNetwork;
import jnic.stack.nio.ChannelContractTest.JnicNetwork;
import jnic.stack.nio.ChannelContractTest.Network;
import org.junit.jupiter.api.Test;

/**
 * Non-blocking channels and selectors, checked as {@link ChannelContractTest} checks the blocking
 * ones: each scenario runs on the JDK's provider over 127.0.0.1 (the reference) and on jnic's,
 * and what it records must be the same. Only what the contracts fix is recorded (results,
 * exceptions, ready sets, bytes), not what depends on timing (how many bytes a read returned).
 */
class SelectorContractTest {
    private static String outcome(Callable<Object> step) {
        try {
            return "ok " + step.call();
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    /** Waits on {@code selector} until {@code key} is selected; returns its ready set and clears the selection. */
    private static int await(Selector selector, SelectionKey key) throws Exception {
        for (; ; ) {
            selector.select(10_000);
            if (selector.selectedKeys().remove(key)) {
                return key.readyOps();
            }
        }
    }

    /**
     * An echo driven by selectors on both ends: the server accepts (OP_ACCEPT), reads until the
     * client's end of stream (OP_READ) and writes the bytes back reversed (OP_WRITE); the client
     * connects without blocking (OP_CONNECT, finishConnect), writes 300 000 bytes as room comes,
     * shuts its output and reads the answer.
     */
    private static List<Object> echo(Network n) throws Exception {
        byte[] message = new byte[300_000];
        new Random(7).nextBytes(message);
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 8);
        listening.configureBlocking(false);
        SocketAddress at = listening.getLocalAddress();
        return n.both(
                () -> {
                    List<String> steps = new ArrayList<>();
                    try (Selector selector = n.server().openSelector()) {
                        SelectionKey accepting = listening.register(selector, SelectionKey.OP_ACCEPT);
                        steps.add("ready to accept: " + await(selector, accepting));
                        SocketChannel s = listening.accept();
                        steps.add("accepted blocking: " + s.isBlocking() + ", connected " + s.isConnected());
                        s.configureBlocking(false);
                        SelectionKey key = s.register(selector, SelectionKey.OP_READ);
                        ByteArrayOutputStream got = new ByteArrayOutputStream();
                        ByteBuffer buffer = ByteBuffer.allocateDirect(9_000);
                        for (int r = 0; r >= 0; ) {
                            steps.add(await(selector, key) == SelectionKey.OP_READ ? null : "not OP_READ");
                            while ((r = s.read(buffer)) > 0) {
                                buffer.flip();
                                byte[] b = new byte[buffer.remaining()];
                                buffer.get(b);
                                got.write(b);
                                buffer.clear();
                            }
                        }
                        byte[] reversed = got.toByteArray();
                        for (int i = 0; i < reversed.length / 2; i++) {
                            byte t = reversed[i];
                            reversed[i] = reversed[reversed.length - 1 - i];
                            reversed[reversed.length - 1 - i] = t;
                        }
                        ByteBuffer[] out = {
                            ByteBuffer.wrap(reversed, 0, 1000), ByteBuffer.wrap(reversed, 1000, reversed.length - 1000)
                        };
                        key.interestOps(SelectionKey.OP_WRITE);
                        while (out[1].hasRemaining()) {
                            steps.add(await(selector, key) == SelectionKey.OP_WRITE ? null : "not OP_WRITE");
                            s.write(out);
                        }
                        s.shutdownOutput();
                        key.cancel();
                        steps.add("key valid after cancel: " + key.isValid());
                        steps.add("interestOps after cancel: " + outcome(key::interestOps));
                        s.close();
                        steps.add("bytes: " + got.size());
                    } finally {
                        listening.close();
                    }
                    steps.removeIf(x -> x == null);
                    return steps;
                },
                () -> {
                    List<String> steps = new ArrayList<>();
                    SocketChannel c = n.client().openSocketChannel();
                    c.configureBlocking(false);
                    try (Selector selector = n.client().openSelector()) {
                        steps.add("finishConnect before connect: " + outcome(c::finishConnect));
                        steps.add("connect: " + c.connect(at) + ", pending " + c.isConnectionPending());
                        SelectionKey key = c.register(selector, SelectionKey.OP_CONNECT);
                        steps.add("ready: " + await(selector, key));
                        steps.add("finishConnect: " + c.finishConnect() + ", connected " + c.isConnected()
                                + ", pending " + c.isConnectionPending());
                        steps.add("finishConnect again: " + c.finishConnect());
                        ByteBuffer out = ByteBuffer.wrap(message);
                        key.interestOps(SelectionKey.OP_WRITE);
                        while (out.hasRemaining()) {
                            steps.add(await(selector, key) == SelectionKey.OP_WRITE ? null : "not OP_WRITE");
                            c.write(out);
                        }
                        c.shutdownOutput();
                        key.interestOps(SelectionKey.OP_READ);
                        ByteArrayOutputStream answer = new ByteArrayOutputStream();
                        ByteBuffer[] two = {ByteBuffer.allocate(2_000), ByteBuffer.allocateDirect(3_000)};
                        for (long r = 0; r >= 0; ) {
                            steps.add(await(selector, key) == SelectionKey.OP_READ ? null : "not OP_READ");
                            while ((r = c.read(two)) > 0) {
                                for (ByteBuffer b : two) {
                                    b.flip();
                                    byte[] bytes = new byte[b.remaining()];
                                    b.get(bytes);
                                    answer.write(bytes);
                                    b.clear();
                                }
                            }
                        }
                        byte[] expected = new byte[message.length];
                        for (int i = 0; i < message.length; i++) {
                            expected[i] = message[message.length - 1 - i];
                        }
                        steps.add("answer intact: " + Arrays.equals(expected, answer.toByteArray()));
                        c.close();
                        steps.add("key valid after the channel closed: " + key.isValid());
                        selector.selectNow();
                        steps.add("keys after the next selection: "
                                + selector.keys().size());
                    }
                    steps.removeIf(x -> x == null);
                    return steps;
                });
    }

    /** A non-blocking connect to a port nobody listens on: OP_CONNECT comes, finishConnect says why, the channel closes. */
    private static List<Object> refused(Network n) throws Exception {
        SocketAddress nobody = n.nobodyAt();
        return n.both(() -> "", () -> {
            List<String> steps = new ArrayList<>();
            SocketChannel c = n.client().openSocketChannel();
            c.configureBlocking(false);
            try (Selector selector = n.client().openSelector()) {
                steps.add("connect: " + c.connect(nobody));
                SelectionKey key = c.register(selector, SelectionKey.OP_CONNECT);
                steps.add("ready: " + await(selector, key));
                steps.add("finishConnect: " + outcome(c::finishConnect));
                steps.add("open after: " + c.isOpen());
            }
            return steps;
        });
    }

    /** The selector's and keys' own rules, with no traffic. */
    private static List<Object> rules(Network n) throws Exception {
        return n.both(() -> "", () -> {
            List<String> steps = new ArrayList<>();
            Selector selector = n.client().openSelector();
            steps.add("selectNow on nothing: " + selector.selectNow());
            selector.wakeup();
            long start = System.nanoTime();
            steps.add("select after wakeup: " + selector.select());
            steps.add("returned at once: " + (System.nanoTime() - start < 5_000_000_000L));
            steps.add("selected-key set grows: "
                    + outcome(() -> selector.selectedKeys().add(null)));
            SocketChannel c = n.client().openSocketChannel();
            steps.add("register blocking: " + outcome(() -> c.register(selector, SelectionKey.OP_READ)));
            c.configureBlocking(false);
            SelectionKey key = c.register(selector, SelectionKey.OP_READ, "attached");
            steps.add("attachment: " + key.attachment() + ", interest " + key.interestOps());
            steps.add("OP_ACCEPT on a socket: " + outcome(() -> key.interestOps(SelectionKey.OP_ACCEPT)));
            steps.add("register again: " + (c.register(selector, SelectionKey.OP_WRITE) == key) + ", interest "
                    + key.interestOps());
            steps.add("blocking while registered: " + outcome(() -> c.configureBlocking(true)));
            steps.add("read unconnected: " + outcome(() -> c.read(ByteBuffer.allocate(1))));
            c.setOption(StandardSocketOptions.TCP_NODELAY, true);
            steps.add("TCP_NODELAY through the socket: " + c.socket().getTcpNoDelay());
            c.socket().setKeepAlive(true);
            steps.add("SO_KEEPALIVE through the channel: " + c.getOption(StandardSocketOptions.SO_KEEPALIVE));
            steps.add("socket connected: " + c.socket().isConnected() + ", closed "
                    + c.socket().isClosed() + ", address " + c.socket().getRemoteSocketAddress());
            key.cancel();
            steps.add("interest after cancel: " + outcome(key::interestOps));
            steps.add("keys before the next selection: " + selector.keys().size());
            selector.selectNow();
            steps.add("keys after: " + selector.keys().size());
            c.close();
            steps.add("socket closed: " + c.socket().isClosed());
            ServerSocketChannel s = n.server().openServerSocketChannel();
            s.configureBlocking(false);
            steps.add("accept unbound: " + outcome(s::accept));
            steps.add("server socket bound: " + s.socket().isBound());
            s.bind(n.listenAt());
            steps.add("accept with none waiting: " + s.accept() + ", bound "
                    + s.socket().isBound());
            s.close();
            selector.close();
            steps.add("keys of a closed selector: " + outcome(selector::keys));
            steps.add("select on a closed selector: " + outcome(selector::selectNow));
            return steps;
        });
    }

    /** Datagrams: an unconnected exchange, a non-blocking receive with none queued, OP_READ, then a connected one. */
    private static List<Object> datagrams(Network n) throws Exception {
        DatagramChannel server = n.server().openDatagramChannel();
        server.bind(n.listenAt());
        SocketAddress at = server.getLocalAddress();
        return n.both(
                () -> {
                    List<String> steps = new ArrayList<>();
                    ByteBuffer b = ByteBuffer.allocate(100);
                    for (int i = 0; i < 3; i++) {
                        SocketAddress from = server.receive(b);
                        b.flip();
                        steps.add("got " + b.remaining() + " bytes, first " + b.get(0));
                        server.send(b, from); // echoes
                        b.clear();
                    }
                    server.close();
                    return steps;
                },
                () -> {
                    List<String> steps = new ArrayList<>();
                    DatagramChannel c = n.client().openDatagramChannel();
                    c.configureBlocking(false);
                    steps.add("local before: " + c.getLocalAddress());
                    steps.add("receive with none: " + c.receive(ByteBuffer.allocate(10)));
                    steps.add("bound by receive: " + (c.getLocalAddress() != null));
                    steps.add("read unconnected: " + outcome(() -> c.read(ByteBuffer.allocate(1))));
                    try (Selector selector = n.client().openSelector()) {
                        SelectionKey key = c.register(selector, SelectionKey.OP_READ);
                        steps.add("sent: " + c.send(ByteBuffer.wrap(new byte[] {1, 2, 3}), at));
                        steps.add("ready: " + await(selector, key));
                        ByteBuffer small = ByteBuffer.allocate(2);
                        steps.add("from the server: " + c.receive(small).equals(at) + ", kept " + small.position());
                        steps.add("sent: " + c.send(ByteBuffer.wrap(new byte[] {4, 5, 6, 7}), at));
                        await(selector, key);
                        ByteBuffer[] two = {ByteBuffer.allocate(1), ByteBuffer.allocate(10)};
                        c.connect(at);
                        steps.add("connected to the server: "
                                + c.getRemoteAddress().equals(at));
                        steps.add("read connected: " + c.read(two) + " " + two[0].get(0) + " " + two[1].get(0));
                        steps.add("write connected: " + c.write(ByteBuffer.wrap(new byte[] {9})));
                        await(selector, key);
                        ByteBuffer one = ByteBuffer.allocate(5);
                        steps.add("read: " + c.read(one) + " " + one.get(0));
                        steps.add("socket connected: " + c.socket().isConnected() + ", port matches "
                                + (c.socket().getPort() == ((InetSocketAddress) at).getPort()));
                    }
                    c.close();
                    return steps;
                });
    }

    /**
     * A selection by an interrupted thread returns at once with what is ready and leaves the
     * status set; shutdownInput makes a channel readable (a read then returns the end).
     */
    private static List<Object> interruptsAndShutdown(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        return n.both(
                () -> {
                    try (SocketChannel s = listening.accept()) {
                        s.write(ByteBuffer.wrap(new byte[] {42}));
                        return "peer sees " + s.read(ByteBuffer.allocate(1));
                    } finally {
                        listening.close();
                    }
                },
                () -> {
                    List<String> steps = new ArrayList<>();
                    SocketChannel c = n.client().openSocketChannel();
                    c.connect(at);
                    c.configureBlocking(false);
                    try (Selector selector = n.client().openSelector()) {
                        SelectionKey key = c.register(selector, SelectionKey.OP_READ);
                        steps.add("ready: " + await(selector, key));
                        Thread.currentThread().interrupt();
                        steps.add("select interrupted: " + selector.select() + ", selected "
                                + selector.selectedKeys().contains(key) + ", still interrupted "
                                + Thread.currentThread().isInterrupted());
                        ByteBuffer one = ByteBuffer.allocate(1);
                        steps.add("read: " + c.read(one) + " " + one.get(0));
                        selector.selectedKeys().clear();
                        steps.add("select interrupted, none ready: " + selector.select(60_000) + ", still interrupted "
                                + Thread.interrupted());
                        steps.add("channel open: " + c.isOpen() + ", key valid " + key.isValid());
                        c.shutdownInput();
                        steps.add("after shutdownInput: " + selector.select(10_000) + ", ready " + key.readyOps());
                        steps.add("read: " + c.read(ByteBuffer.allocate(1)));
                        steps.add("socket input shut: " + c.socket().isInputShutdown());
                    }
                    c.close();
                    return steps;
                });
    }

    @Test
    void interruptedSelectionsAndAShutInputAreTheSameOnBoth() throws Exception {
        List<Object> jdk = interruptsAndShutdown(new JdkNetwork());
        assertEquals(jdk, interruptsAndShutdown(new JnicNetwork()));
    }

    @Test
    void aSelectorDrivenEchoIsTheSameOnJnicAsOnTheJdksOwnChannels() throws Exception {
        List<Object> jdk = echo(new JdkNetwork());
        List<Object> jnic = echo(new JnicNetwork());
        assertEquals(jdk, jnic);
        assertTrue(jnic.get(1).toString().contains("answer intact: true"), jnic.toString());
    }

    @Test
    void aRefusedNonBlockingConnectEndsTheSameOnBoth() throws Exception {
        List<Object> jdk = refused(new JdkNetwork());
        assertTrue(jdk.get(1).toString().contains("java.net.ConnectException"), jdk.toString());
        assertEquals(jdk, refused(new JnicNetwork()));
    }

    @Test
    void selectorsAndKeysFollowTheSameRulesOnBoth() throws Exception {
        assertEquals(rules(new JdkNetwork()), rules(new JnicNetwork()));
    }

    @Test
    void datagramChannelsBehaveTheSameOnBoth() throws Exception {
        List<Object> jdk = datagrams(new JdkNetwork());
        assertEquals(jdk, datagrams(new JnicNetwork()));
    }
}
