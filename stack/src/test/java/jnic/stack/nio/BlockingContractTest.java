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
 * <p>Where one thread must act while another waits in a call, it first waits until that thread's
 * stack shows the wait: in one of the JDK's blocking native calls ({@code sun.nio.ch}) or a lock, or in jnic's
 * {@code Blocking.await} or {@code CallLock}. (On jnic simulated time stands still meanwhile, as
 * the acting thread runs.) Every reference result is also checked against what the JDK documents,
 * so a scenario that did not test what it says fails instead of agreeing vacuously.
 */
class BlockingContractTest {

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

    /** Waits until {@code t} waits in a call: its stack in the JDK's native calls or a lock, or in jnic's wait. */
    static void awaitBlocked(Thread t) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            for (StackTraceElement e : t.getStackTrace()) {
                String c = e.getClassName();
                String m = e.getMethodName();
                if (c.startsWith("sun.nio.ch.") && e.isNativeMethod() // the JDK's blocking read0, accept, poll, ...
                        || c.equals("jnic.stack.Blocking") && m.equals("await")
                        || c.equals("jnic.stack.CallLock") && m.equals("lock")
                        || c.equals("java.util.concurrent.locks.ReentrantLock")) {
                    return;
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError(t + " did not come to wait in a call");
    }

    private static void end(Ending how, java.nio.channels.Channel channel, Thread waiting) throws Exception {
        awaitBlocked(waiting);
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
                        end(how, n.await(client), n.await(reader));
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
                    c.write(ByteBuffer.wrap(new byte[] {1}));
                    // Only once the write has returned: the server may see its byte before then, and
                    // an interrupt still in the write would end the write, not the read.
                    reader.complete(Thread.currentThread());
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

    /**
     * A blocking write of more than both ends' buffers hold, to a peer that does not read, ended by
     * a close: the JDK's (on Linux) returns the count of the bytes taken before the close, and the
     * channel is closed.
     */
    private static List<Object> blockedWrite(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        CompletableFuture<SocketChannel> client = new CompletableFuture<>();
        CompletableFuture<Thread> writer = new CompletableFuture<>();
        return n.both(
                () -> {
                    SocketChannel s = listening.accept(); // and never reads
                    try {
                        end(Ending.CLOSE, client.get(), writer.get());
                        return "closed the writer's channel";
                    } finally {
                        s.close();
                        listening.close();
                    }
                },
                () -> {
                    SocketChannel c = n.client().openSocketChannel();
                    c.connect(at);
                    client.complete(c);
                    writer.complete(Thread.currentThread());
                    int size = 64 << 20;
                    String wrote = outcome(() -> {
                        long written = c.write(ByteBuffer.allocate(size));
                        return written > 0 && written < size
                                ? "a part"
                                : written; // how much fitted before the close varies
                    });
                    return after(wrote, c);
                });
    }

    /** shutdownInput by another thread while a read waits: the read returns the end of the stream. */
    private static List<Object> shutdownDuringRead(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        CompletableFuture<SocketChannel> client = new CompletableFuture<>();
        CompletableFuture<Thread> reader = new CompletableFuture<>();
        return n.both(
                () -> {
                    try (SocketChannel s = listening.accept()) {
                        awaitBlocked(reader.get());
                        client.get().shutdownInput();
                        return "peer sees " + s.read(ByteBuffer.allocate(1));
                    } finally {
                        listening.close();
                    }
                },
                () -> {
                    SocketChannel c = n.client().openSocketChannel();
                    c.connect(at);
                    client.complete(c);
                    reader.complete(Thread.currentThread());
                    String read = outcome(() -> c.read(ByteBuffer.allocate(10)));
                    String result = after(read, c) + ", read again " + c.read(ByteBuffer.allocate(1));
                    c.close();
                    return result;
                });
    }

    /** Two threads accept on one channel (one waits for the other's accept) while a client connects twice. */
    private static List<Object> twoAcceptors(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        Callable<Object> acceptor = () -> {
            try (SocketChannel s = listening.accept()) {
                ByteBuffer one = ByteBuffer.allocate(1);
                s.read(one);
                return "accepted " + one.get(0);
            }
        };
        List<Object> results = n.all(List.of(acceptor, acceptor, () -> {
            List<String> ends = new ArrayList<>();
            for (byte b = 1; b <= 2; b++) {
                SocketChannel c = n.client().openSocketChannel();
                c.connect(at);
                c.write(ByteBuffer.wrap(new byte[] {b}));
                ends.add("connection " + b + " ends " + c.read(ByteBuffer.allocate(1)));
                c.close();
            }
            return ends;
        }));
        listening.close();
        List<Object> sorted = new ArrayList<>(results.subList(0, 2)); // which acceptor took which is open
        sorted.sort(java.util.Comparator.comparing(Object::toString));
        sorted.add(results.get(2));
        return sorted;
    }

    /** configureBlocking while another thread's read waits: it waits for the read, which the peer's byte ends. */
    private static List<Object> configureWhileReading(Network n) throws Exception {
        ServerSocketChannel listening = n.server().openServerSocketChannel();
        listening.bind(n.listenAt(), 4);
        SocketAddress at = listening.getLocalAddress();
        CompletableFuture<SocketChannel> client = new CompletableFuture<>();
        CompletableFuture<Thread> reader = new CompletableFuture<>();
        CompletableFuture<Thread> configurer = new CompletableFuture<>();
        List<Object> results = n.all(List.of(
                () -> {
                    try (SocketChannel s = listening.accept()) {
                        awaitBlocked(configurer.get()); // waits for the read to end
                        s.write(ByteBuffer.wrap(new byte[] {7}));
                        return "peer sees " + s.read(ByteBuffer.allocate(1));
                    }
                },
                () -> {
                    SocketChannel c = n.client().openSocketChannel();
                    c.connect(at);
                    client.complete(c);
                    reader.complete(Thread.currentThread());
                    return "read " + outcome(() -> c.read(ByteBuffer.allocate(10)));
                },
                () -> {
                    configurer.complete(Thread.currentThread());
                    SocketChannel c = n.await(client);
                    awaitBlocked(reader.get());
                    c.configureBlocking(false);
                    String result = "non-blocking " + !c.isBlocking() + ", read " + c.read(ByteBuffer.allocate(1));
                    c.close();
                    return result;
                }));
        listening.close();
        return results;
    }

    /**
     * Runs a scenario on the JDK's provider, checks it recorded {@code documented} (what the JDK
     * documents for it), then runs it on jnic's, which must record the same.
     */
    private static void same(List<Object> documented, Callable<List<Object>> jdk, Callable<List<Object>> jnic)
            throws Exception {
        List<Object> reference = CompletableFuture.supplyAsync(() -> {
                    try {
                        return jdk.call();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .get(60, TimeUnit.SECONDS);
        assertEquals(documented, reference, "the JDK's own channels");
        assertEquals(reference, jnic.call(), "jnic's channels");
    }

    private static final String ASYNC_CLOSE =
            "java.nio.channels.AsynchronousCloseException, open false, interrupted false";
    private static final String BY_INTERRUPT =
            "java.nio.channels.ClosedByInterruptException, open false, interrupted true";

    @Test
    void aCloseEndsABlockedReadWriteAcceptAndReceiveAsOnTheJdk() throws Exception {
        same(
                List.of("peer sees -1", ASYNC_CLOSE),
                () -> blockedRead(new JdkNetwork(), Ending.CLOSE),
                () -> blockedRead(new JnicNetwork(), Ending.CLOSE));
        same(
                List.of("closed the writer's channel", "ok a part, open false, interrupted false"),
                () -> blockedWrite(new JdkNetwork()),
                () -> blockedWrite(new JnicNetwork()));
        same(
                List.of(ASYNC_CLOSE, "ended"),
                () -> blockedAccept(new JdkNetwork(), Ending.CLOSE),
                () -> blockedAccept(new JnicNetwork(), Ending.CLOSE));
        same(
                List.of(ASYNC_CLOSE, "ended"),
                () -> blockedReceive(new JdkNetwork(), Ending.CLOSE),
                () -> blockedReceive(new JnicNetwork(), Ending.CLOSE));
    }

    @Test
    void anInterruptClosesTheChannelAndEndsTheCallAsOnTheJdk() throws Exception {
        same(
                List.of("peer sees -1", BY_INTERRUPT),
                () -> blockedRead(new JdkNetwork(), Ending.INTERRUPT),
                () -> blockedRead(new JnicNetwork(), Ending.INTERRUPT));
        same(
                List.of(BY_INTERRUPT, "ended"),
                () -> blockedAccept(new JdkNetwork(), Ending.INTERRUPT),
                () -> blockedAccept(new JnicNetwork(), Ending.INTERRUPT));
        same(
                List.of(BY_INTERRUPT, "ended"),
                () -> blockedReceive(new JdkNetwork(), Ending.INTERRUPT),
                () -> blockedReceive(new JnicNetwork(), Ending.INTERRUPT));
        same(
                List.of(
                        "peer sees -1",
                        List.of(
                                "non-blocking read: ok 0, open true, interrupted true",
                                "blocking write: " + BY_INTERRUPT,
                                "blocking connect: " + BY_INTERRUPT)),
                () -> interruptedBefore(new JdkNetwork()),
                () -> interruptedBefore(new JnicNetwork()));
    }

    @Test
    void shutdownInputEndsAWaitingReadAsOnTheJdk() throws Exception {
        same(
                List.of("peer sees -1", "ok -1, open true, interrupted false, read again -1"),
                () -> shutdownDuringRead(new JdkNetwork()),
                () -> shutdownDuringRead(new JnicNetwork()));
    }

    @Test
    void threadsWaitTheirTurnForAChannelAsOnTheJdk() throws Exception {
        same(
                List.of("accepted 1", "accepted 2", List.of("connection 1 ends -1", "connection 2 ends -1")),
                () -> twoAcceptors(new JdkNetwork()),
                () -> twoAcceptors(new JnicNetwork()));
        same(
                List.of("peer sees -1", "read ok 1", "non-blocking true, read 0"),
                () -> configureWhileReading(new JdkNetwork()),
                () -> configureWhileReading(new JnicNetwork()));
    }

    @Test
    void theAdaptorsTimeoutsAreTheJdks() throws Exception {
        same(
                List.of(
                        List.of(
                                "timeout 200",
                                "accept: java.net.SocketTimeoutException",
                                "open true",
                                "receive: java.net.SocketTimeoutException",
                                "open true",
                                "peer sees -1"),
                        List.of(
                                "timeout 300",
                                "read: java.net.SocketTimeoutException",
                                "open true",
                                "read again: ok 120",
                                "timeout after close: java.net.SocketException")),
                () -> soTimeouts(new JdkNetwork()),
                () -> soTimeouts(new JnicNetwork()));
        same(
                List.of(
                        "listening, never accepting",
                        "after some connected: java.net.SocketTimeoutException, open false"),
                () -> connectTimeout(new JdkNetwork()),
                () -> connectTimeout(new JnicNetwork()));
    }
}
