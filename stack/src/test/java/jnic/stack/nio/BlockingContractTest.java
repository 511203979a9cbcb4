package jnic.stack.nio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.DatagramChannel;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import jnic.stack.nio.ChannelContractTest.JdkNetwork;
import jnic.stack.nio.ChannelContractTest.JnicNetwork;
import jnic.stack.nio.ChannelContractTest.Network;
import org.junit.jupiter.api.Test;

/**
 * What ends a blocking call, checked as {@link ChannelContractTest} checks the rest: each scenario
 * runs on the JDK's provider over 127.0.0.1 (the reference) and on jnic's, and what it records
 * (results, exceptions, whether the channel is still open, the thread's interrupt status) must be
 * the same. A close from another thread, an interrupt of the waiting thread, and the socket
 * adaptors' SO_TIMEOUT and connect timeout.
 *
 * <p>Where one thread must act while the other waits in a call, it waits until the other has
 * shown it is about to make the call, then 300 ms of wall time more: the call is under way by then
 * on either provider (on jnic simulated time stands still meanwhile, as the acting thread runs).
 */
class BlockingContractTest {
    private static final long SETTLE_MILLIS = 300;

    private static String outcome(Callable<Object> step) {
        try {
            return "ok " + step.call();
        } catch (Exception e) {
            return e.getClass().getName();
        }
    }

    /** How another thread ends the call a channel's thread waits in. */
    enum Ending {
        CLOSE,
        INTERRUPT
    }

    /** What the waiting thread left: the call's outcome, the channel's state and its interrupt status (cleared). */
    private static String after(String call, java.nio.channels.Channel c) {
        return call + ", open " + c.isOpen() + ", interrupted " + Thread.interrupted();
    }

    private static void end(Ending how, java.nio.channels.Channel channel, Thread waiting) throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        if (how == Ending.CLOSE) {
            channel.close();
        } else {
            waiting.interrupt();
        }
    }

    /** A blocking read of a connection the peer keeps open and silent, ended by the server's thread. */
    private static List<Object> blockedRead(Network n, Ending how) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        CompletableFuture<SocketChannel> client = new CompletableFuture<>();
        CompletableFuture<Thread> reader = new CompletableFuture<>();
        return n.both(
                () -> {
                    try (SocketChannel s = listening.accept()) {
                        s.read(ByteBuffer.allocate(1)); // the client is about to read
                        end(how, client.get(), reader.get());
                        return "peer sees " + s.read(ByteBuffer.allocate(1)); // the end or a reset
                    } catch (java.io.IOException e) {
                        return "peer sees " + e.getClass().getName();
                    } finally {
                        listening.close();
                    }
                },
                () -> {
                    SocketChannel c = n.client().openSocketChannel();
                    c.connect(at);
                    client.complete(c);
                    reader.complete(Thread.currentThread());
                    c.write(ByteBuffer.wrap(new byte[] {1}));
                    return after(outcome(() -> c.read(ByteBuffer.allocate(10))), c);
                });
    }

    /** A blocking accept nobody connects to, ended by another thread. */
    private static List<Object> blockedAccept(Network n, Ending how) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        CompletableFuture<Thread> acceptor = new CompletableFuture<>();
        return n.both(
                () -> {
                    acceptor.complete(Thread.currentThread());
                    return after(outcome(listening::accept), listening);
                },
                () -> {
                    end(how, listening, acceptor.get());
                    return "ended";
                });
    }

    /** A blocking receive on a datagram channel nobody sends to, ended by another thread. */
    private static List<Object> blockedReceive(Network n, Ending how) throws Exception {
        DatagramChannel d = n.server().openDatagramChannel();
        d.bind(n.listenAt());
        CompletableFuture<Thread> receiver = new CompletableFuture<>();
        return n.both(
                () -> {
                    receiver.complete(Thread.currentThread());
                    return after(outcome(() -> d.receive(ByteBuffer.allocate(100))), d);
                },
                () -> {
                    end(how, d, receiver.get());
                    return "ended";
                });
    }

    /** Calls by a thread interrupted before them: blocking ones close the channel, non-blocking ones do not care. */
    private static List<Object> interruptedBefore(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        return n.both(
                () -> {
                    try (SocketChannel s = listening.accept()) {
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
                    Thread.currentThread().interrupt();
                    steps.add("non-blocking read: " + after(outcome(() -> c.read(ByteBuffer.allocate(1))), c));
                    c.configureBlocking(true);
                    Thread.currentThread().interrupt();
                    steps.add("blocking write: " + after(outcome(() -> c.write(ByteBuffer.allocate(1))), c));
                    SocketChannel other = n.client().openSocketChannel();
                    Thread.currentThread().interrupt();
                    steps.add("blocking connect: " + after(outcome(() -> other.connect(at)), other));
                    return steps;
                });
    }

    /**
     * The adaptors' SO_TIMEOUT: a read, an accept and a receive that wait longer fail with a
     * SocketTimeoutException and leave the socket usable (the read then gets the byte sent after).
     */
    private static List<Object> soTimeouts(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        return n.both(
                () -> {
                    List<String> steps = new ArrayList<>();
                    try (SocketChannel s = listening.accept()) {
                        s.read(ByteBuffer.allocate(1)); // the client's read timed out
                        s.write(ByteBuffer.wrap(new byte[] {'x'}));
                        ServerSocket server = listening.socket();
                        server.setSoTimeout(200);
                        steps.add("timeout " + server.getSoTimeout());
                        steps.add("accept: " + outcome(server::accept));
                        steps.add("open " + listening.isOpen());
                        DatagramChannel d = n.server().openDatagramChannel();
                        d.bind(n.listenAt());
                        DatagramSocket ds = d.socket();
                        ds.setSoTimeout(200);
                        steps.add("receive: "
                                + outcome(() -> {
                                    ds.receive(new DatagramPacket(new byte[10], 10));
                                    return "a datagram";
                                }));
                        steps.add("open " + d.isOpen());
                        d.close();
                        steps.add("peer sees " + s.read(ByteBuffer.allocate(1)));
                        return steps;
                    } finally {
                        listening.close();
                    }
                },
                () -> {
                    List<String> steps = new ArrayList<>();
                    SocketChannel c = n.client().openSocketChannel();
                    c.connect(at);
                    Socket socket = c.socket();
                    socket.setSoTimeout(300);
                    InputStream in = socket.getInputStream();
                    steps.add("timeout " + socket.getSoTimeout());
                    steps.add("read: " + outcome(in::read));
                    steps.add("open " + c.isOpen());
                    socket.getOutputStream().write('g'); // the server answers now
                    steps.add("read again: " + outcome(in::read));
                    c.close();
                    steps.add("timeout after close: " + outcome(socket::getSoTimeout));
                    return steps;
                });
    }

    /**
     * Socket.connect with a timeout to a listener whose accept queue is full, so it drops SYNs
     * (Linux and jnic both): the first connect that finds it full fails with a
     * SocketTimeoutException and leaves the channel closed. How many fit first differs (Linux
     * takes one more than the backlog) and is not compared.
     */
    private static List<Object> connectTimeout(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 1);
        SocketAddress at = listening.getLocalAddress();
        try {
            return n.both(() -> "listening, never accepting", () -> {
                List<SocketChannel> opened = new ArrayList<>();
                try {
                    for (int i = 0; i < 10; i++) {
                        SocketChannel c = n.client().openSocketChannel();
                        opened.add(c);
                        String r = outcome(() -> {
                            c.socket().connect(at, 500);
                            return "connected";
                        });
                        if (!r.equals("ok connected")) {
                            return "after " + (i > 0 ? "some" : "none") + " connected: " + r + ", open " + c.isOpen();
                        }
                    }
                    return "all 10 connected";
                } finally {
                    for (SocketChannel c : opened) {
                        c.close();
                    }
                }
            });
        } finally {
            listening.close();
        }
    }

    private static void same(Callable<List<Object>> jdk, Callable<List<Object>> jnic) throws Exception {
        List<Object> reference = CompletableFuture.supplyAsync(() -> {
                    try {
                        return jdk.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(60, TimeUnit.SECONDS);
        assertEquals(reference, jnic.call());
    }

    @Test
    void aCloseEndsABlockedReadAcceptAndReceiveAsOnTheJdk() throws Exception {
        same(() -> blockedRead(new JdkNetwork(), Ending.CLOSE), () -> blockedRead(new JnicNetwork(), Ending.CLOSE));
        same(() -> blockedAccept(new JdkNetwork(), Ending.CLOSE), () -> blockedAccept(new JnicNetwork(), Ending.CLOSE));
        same(
                () -> blockedReceive(new JdkNetwork(), Ending.CLOSE),
                () -> blockedReceive(new JnicNetwork(), Ending.CLOSE));
    }

    @Test
    void anInterruptClosesTheChannelAndEndsTheCallAsOnTheJdk() throws Exception {
        same(
                () -> blockedRead(new JdkNetwork(), Ending.INTERRUPT),
                () -> blockedRead(new JnicNetwork(), Ending.INTERRUPT));
        same(
                () -> blockedAccept(new JdkNetwork(), Ending.INTERRUPT),
                () -> blockedAccept(new JnicNetwork(), Ending.INTERRUPT));
        same(
                () -> blockedReceive(new JdkNetwork(), Ending.INTERRUPT),
                () -> blockedReceive(new JnicNetwork(), Ending.INTERRUPT));
        same(() -> interruptedBefore(new JdkNetwork()), () -> interruptedBefore(new JnicNetwork()));
    }

    @Test
    void theAdaptorsTimeoutsAreTheJdks() throws Exception {
        same(() -> soTimeouts(new JdkNetwork()), () -> soTimeouts(new JnicNetwork()));
        same(() -> connectTimeout(new JdkNetwork()), () -> connectTimeout(new JnicNetwork()));
    }
}
