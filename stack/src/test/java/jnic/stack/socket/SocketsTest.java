package jnic.stack.socket;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.time.WallClockLoop;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The descriptor API as a C programmer would use it, from ordinary threads, blocking and with
 * O_NONBLOCK and poll: the hosts run on a wall-clock loop and a thread moves frames across the
 * loopback segment.
 */
class SocketsTest {
    final WallClockLoop loop = new WallClockLoop("sockets-test");
    final LoopbackHub hub = new LoopbackHub();
    final Host a = new Host("a", loop, HostConfig.DEFAULT.withSeed(1));
    final Host b = new Host("b", loop, HostConfig.DEFAULT.withSeed(2));
    final Sockets as = new Sockets(a);
    final Sockets bs = new Sockets(b);
    volatile boolean running = true;
    /** While set, nothing crosses the segment (frames wait in the hub). */
    private boolean cut;

    final Thread wire = new Thread(
            () -> {
                while (running) {
                    synchronized (this) {
                        if (!cut) {
                            hub.pump();
                        }
                    }
                    LockSupport.parkNanos(50_000);
                }
            },
            "loopback-wire");

    /** Cuts the wire or mends it; once cut, no pump is under way, so nothing more crosses. */
    synchronized void cut(boolean on) {
        cut = on;
    }

    SocketsTest() {
        a.attach(hub.attach("a0", MacAddress.parse("02:00:00:00:00:0a")), InterfaceAddress.parse("10.1.0.1/24"));
        b.attach(hub.attach("b0", MacAddress.parse("02:00:00:00:00:0b")), InterfaceAddress.parse("10.1.0.2/24"));
        wire.setDaemon(true);
        wire.start();
    }

    @AfterEach
    void stop() throws Exception {
        running = false;
        wire.join();
        loop.close();
    }

    /** b's listening socket on port 7, its accepts bounded by {@code acceptTimeoutMillis}. */
    private int listenOnPort7(int acceptTimeoutMillis) throws SocketError {
        int listening = bs.socket(Sockets.Type.STREAM);
        bs.bind(listening, Ipv4Address.ANY, 7);
        bs.listen(listening, 4);
        bs.setOption(listening, Sockets.Option.SO_RCVTIMEO, acceptTimeoutMillis);
        return listening;
    }

    private static String readAll(Sockets s, int fd) throws SocketError {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[1000];
        for (int n; (n = s.recv(fd, buf, 0, buf.length)) > 0; ) {
            out.write(buf, 0, n);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anEchoServerAndClientWithTheCallsOfCSockets() throws Exception {
        int listening = bs.socket(Sockets.Type.STREAM);
        bs.bind(listening, Ipv4Address.ANY, 7);
        bs.listen(listening, 4);
        CompletableFuture<Void> server = CompletableFuture.runAsync(() -> {
            try {
                int c = bs.accept(listening);
                byte[] all = readAll(bs, c).getBytes(StandardCharsets.UTF_8);
                bs.send(c, all, 0, all.length);
                bs.close(c);
            } catch (SocketError e) {
                throw new IllegalStateException(e);
            }
        });
        int fd = as.socket(Sockets.Type.STREAM);
        as.setOption(fd, Sockets.Option.TCP_NODELAY, 1);
        as.setOption(fd, Sockets.Option.SO_RCVTIMEO, 5000);
        as.connect(fd, b.address(), 7);
        byte[] hello = "hello, descriptors".getBytes(StandardCharsets.UTF_8);
        assertEquals(hello.length, as.send(fd, hello, 0, hello.length));
        as.shutdown(fd, Sockets.How.WRITE);
        assertEquals("hello, descriptors", readAll(as, fd), "echoed, then 0 at the server's FIN");
        as.close(fd);
        server.get(5, TimeUnit.SECONDS);
        bs.close(listening);
        assertEquals(0, as.open());
    }

    @Test
    void errorsHaveTheirPosixNames() throws Exception {
        int fd = as.socket(Sockets.Type.STREAM);
        as.setOption(fd, Sockets.Option.SO_RCVTIMEO, 5000);
        assertEquals(
                Errno.ECONNREFUSED,
                assertThrows(SocketError.class, () -> as.connect(fd, b.address(), 9))
                        .errno());
        assertEquals(
                Errno.EBADF,
                assertThrows(SocketError.class, () -> as.close(999)).errno());
        int unconnected = as.socket(Sockets.Type.STREAM);
        assertEquals(
                Errno.ENOTCONN,
                assertThrows(SocketError.class, () -> as.recv(unconnected, new byte[1], 0, 1))
                        .errno());
        int l1 = bs.socket(Sockets.Type.STREAM);
        bs.bind(l1, Ipv4Address.ANY, 80);
        bs.listen(l1, 1);
        int l2 = bs.socket(Sockets.Type.STREAM);
        bs.bind(l2, Ipv4Address.ANY, 80);
        assertEquals(
                Errno.EADDRINUSE,
                assertThrows(SocketError.class, () -> bs.listen(l2, 1)).errno());
        assertEquals(
                Errno.EADDRNOTAVAIL,
                assertThrows(
                                SocketError.class,
                                () -> bs.bind(bs.socket(Sockets.Type.STREAM), Ipv4Address.parse("10.9.9.9"), 1))
                        .errno());
        assertEquals(
                Errno.EINVAL,
                assertThrows(SocketError.class, () -> as.setOption(fd, Sockets.Option.SO_RCVBUF, 10))
                        .errno());
    }

    @Test
    void datagramsAndReceiveTimeouts() throws Exception {
        int server = bs.socket(Sockets.Type.DGRAM);
        bs.bind(server, Ipv4Address.ANY, 5353);
        bs.setOption(server, Sockets.Option.SO_RCVTIMEO, 200);
        assertEquals(
                Errno.ETIMEDOUT,
                assertThrows(SocketError.class, () -> bs.recvFrom(server)).errno());
        int client = as.socket(Sockets.Type.DGRAM);
        as.connect(client, b.address(), 5353);
        as.send(client, new byte[] {1, 2, 3}, 0, 3);
        bs.setOption(server, Sockets.Option.SO_RCVTIMEO, 5000);
        Sockets.From f = bs.recvFrom(server);
        assertEquals(a.address(), f.address());
        assertEquals(3, f.data().length);
        bs.sendTo(server, new byte[] {9}, 0, 1, f.address(), f.port());
        as.setOption(client, Sockets.Option.SO_RCVTIMEO, 5000);
        byte[] one = new byte[1];
        assertEquals(1, as.recv(client, one, 0, 1));
        assertEquals(9, one[0]);
    }

    @Test
    void lingerZeroResetsThePeer() throws Exception {
        int listening = bs.socket(Sockets.Type.STREAM);
        bs.bind(listening, Ipv4Address.ANY, 7);
        bs.listen(listening, 4);
        int fd = as.socket(Sockets.Type.STREAM);
        as.connect(fd, b.address(), 7);
        bs.setOption(listening, Sockets.Option.SO_RCVTIMEO, 5000);
        int c = bs.accept(listening);
        as.setOption(fd, Sockets.Option.SO_LINGER, 0);
        as.close(fd);
        bs.setOption(c, Sockets.Option.SO_RCVTIMEO, 5000);
        assertEquals(
                Errno.ECONNRESET,
                assertThrows(SocketError.class, () -> bs.recv(c, new byte[1], 0, 1))
                        .errno());
    }

    @Test
    void lingerWaitsForThePeersAcknowledgmentOrTheLingerTime() throws Exception {
        int listening = listenOnPort7(5000);
        byte[] data = new byte[20_000];

        // The wire is cut: nothing can be acknowledged, so close waits the whole linger time, then
        // returns, and the data and the FIN still go once the wire is back.
        int fd = as.socket(Sockets.Type.STREAM);
        as.connect(fd, b.address(), 7);
        int c = bs.accept(listening);
        cut(true);
        as.send(fd, data, 0, data.length);
        as.setOption(fd, Sockets.Option.SO_LINGER, 1);
        long t0 = System.nanoTime();
        as.close(fd);
        long waited = (System.nanoTime() - t0) / 1_000_000;
        cut(false);
        assertTrue(waited >= 1000 && waited < 3000, "close waited " + waited + " ms for a 1 s linger");
        bs.setOption(c, Sockets.Option.SO_RCVTIMEO, 5000);
        assertEquals(data.length, readAll(bs, c).length());

        // The wire works: close returns once the peer has acknowledged the FIN, long before the
        // linger time, and by then the peer's stack holds all the data and the FIN: with the wire
        // cut again, the peer still reads every byte and the end of the stream.
        fd = as.socket(Sockets.Type.STREAM);
        as.connect(fd, b.address(), 7);
        c = bs.accept(listening);
        as.send(fd, data, 0, data.length);
        as.setOption(fd, Sockets.Option.SO_LINGER, 30);
        t0 = System.nanoTime();
        as.close(fd);
        waited = (System.nanoTime() - t0) / 1_000_000;
        cut(true);
        assertTrue(waited < 5000, "close waited " + waited + " ms");
        bs.setOption(c, Sockets.Option.SO_RCVTIMEO, 200);
        assertEquals(data.length, readAll(bs, c).length());
        cut(false);
    }

    /** A blocking call that times out leaves nothing behind to swallow what comes next. */
    @Test
    void aTimedOutReadOrAcceptLosesNothing() throws Exception {
        int listening = listenOnPort7(100);
        assertEquals(
                Errno.ETIMEDOUT,
                assertThrows(SocketError.class, () -> bs.accept(listening)).errno());
        int fd = as.socket(Sockets.Type.STREAM);
        as.connect(fd, b.address(), 7);
        bs.setOption(listening, Sockets.Option.SO_RCVTIMEO, 5000);
        int c = bs.accept(listening); // the connection went to this accept, not to the one that timed out
        bs.setOption(c, Sockets.Option.SO_RCVTIMEO, 100);
        assertEquals(
                Errno.ETIMEDOUT,
                assertThrows(SocketError.class, () -> bs.recv(c, new byte[8], 0, 8))
                        .errno());
        as.send(fd, "late".getBytes(StandardCharsets.UTF_8), 0, 4);
        bs.setOption(c, Sockets.Option.SO_RCVTIMEO, 5000);
        byte[] got = new byte[8];
        assertEquals(4, bs.recv(c, got, 0, 8), "the bytes went to this read, not to the one that timed out");
        assertEquals("late", new String(got, 0, 4, StandardCharsets.UTF_8));
    }

    private static SocketError fails(Errno expected, org.junit.jupiter.api.function.Executable call) {
        SocketError e = assertThrows(SocketError.class, call);
        assertEquals(expected, e.errno(), e.getMessage());
        return e;
    }

    /** poll over one descriptor; its revents. */
    private static int pollOne(Sockets s, int fd, int events, int timeoutMillis) throws SocketError {
        Sockets.PollFd p = new Sockets.PollFd(fd, events);
        int n = s.poll(new Sockets.PollFd[] {p}, timeoutMillis);
        assertEquals(p.revents() != 0 ? 1 : 0, n);
        return p.revents();
    }

    @Test
    void descriptorsReuseTheLowestFreeNumber() throws Exception {
        int first = as.socket(Sockets.Type.STREAM);
        int second = as.socket(Sockets.Type.DGRAM);
        int third = as.socket(Sockets.Type.STREAM);
        assertEquals(List.of(3, 4, 5), List.of(first, second, third), "0, 1 and 2 are stdin, stdout and stderr");
        as.close(second);
        assertEquals(4, as.socket(Sockets.Type.STREAM), "POSIX: the lowest number not open");
        assertEquals(6, as.socket(Sockets.Type.STREAM));

        int listening = listenOnPort7(5000);
        int spare = bs.socket(Sockets.Type.STREAM);
        assertEquals(List.of(3, 4, 5), List.of(listening, spare, bs.socket(Sockets.Type.DGRAM)));
        bs.close(spare);
        int fd = as.socket(Sockets.Type.STREAM);
        as.connect(fd, b.address(), 7);
        assertEquals(4, bs.accept(listening), "accept, too, takes the lowest free number");
    }

    @Test
    void nonBlockingCallsFailWithEagainInsteadOfWaiting() throws Exception {
        int listening = listenOnPort7(5000);
        bs.setNonBlocking(listening, true);
        assertTrue(bs.isNonBlocking(listening));
        fails(Errno.EAGAIN, () -> bs.accept(listening));
        assertEquals(Errno.EWOULDBLOCK, Errno.EAGAIN);

        int fd = as.socket(Sockets.Type.STREAM);
        as.connect(fd, b.address(), 7);
        assertEquals(Sockets.POLLIN, pollOne(bs, listening, Sockets.POLLIN, 5000), "a connection to accept");
        int c = bs.accept(listening);
        assertFalse(bs.isNonBlocking(c), "accept does not pass O_NONBLOCK on, as on Linux");
        bs.setNonBlocking(c, true);
        long t0 = System.nanoTime();
        fails(Errno.EAGAIN, () -> bs.recv(c, new byte[8], 0, 8));
        assertTrue(System.nanoTime() - t0 < 1_000_000_000L, "at once");

        as.send(fd, "late".getBytes(StandardCharsets.UTF_8), 0, 4);
        assertEquals(Sockets.POLLIN, pollOne(bs, c, Sockets.POLLIN, 5000));
        byte[] got = new byte[8];
        assertEquals(4, bs.recv(c, got, 0, 8));
        fails(Errno.EAGAIN, () -> bs.recv(c, got, 0, 8));

        // A full send buffer: a non-blocking send takes what fits, then EAGAIN; POLLOUT once it drains.
        as.setNonBlocking(fd, true);
        cut(true);
        byte[] big = new byte[1 << 20];
        int taken = as.send(fd, big, 0, big.length);
        assertTrue(taken > 0 && taken < big.length, "took " + taken);
        fails(Errno.EAGAIN, () -> as.send(fd, big, 0, big.length));
        assertEquals(0, pollOne(as, fd, Sockets.POLLOUT, 0), "no room while nothing is acknowledged");
        cut(false);
        assertEquals(Sockets.POLLOUT, pollOne(as, fd, Sockets.POLLOUT, 5000));

        int udp = bs.socket(Sockets.Type.DGRAM);
        bs.bind(udp, Ipv4Address.ANY, 5353);
        bs.setNonBlocking(udp, true);
        fails(Errno.EAGAIN, () -> bs.recvFrom(udp));
        fails(Errno.EAGAIN, () -> bs.recv(udp, got, 0, 8));
    }

    @Test
    void aNonBlockingConnectIsInProgressThenPollSaysWritableAndSoErrorSaysHowItEnded() throws Exception {
        int listening = listenOnPort7(5000);
        int fd = as.socket(Sockets.Type.STREAM);
        as.setNonBlocking(fd, true);
        cut(true); // the SYN waits in the hub: the connect stays in progress
        fails(Errno.EINPROGRESS, () -> as.connect(fd, b.address(), 7));
        fails(Errno.EALREADY, () -> as.connect(fd, b.address(), 7));
        assertEquals(0, pollOne(as, fd, Sockets.POLLIN | Sockets.POLLOUT, 0), "in progress: nothing yet");
        fails(Errno.EAGAIN, () -> as.recv(fd, new byte[1], 0, 1));
        cut(false);
        assertEquals(Sockets.POLLOUT, pollOne(as, fd, Sockets.POLLIN | Sockets.POLLOUT, 5000));
        assertEquals(0, as.getOption(fd, Sockets.Option.SO_ERROR), "connected");
        fails(Errno.EISCONN, () -> as.connect(fd, b.address(), 7));
        int c = bs.accept(listening);
        byte[] hi = "hi".getBytes(StandardCharsets.UTF_8);
        assertEquals(2, as.send(fd, hi, 0, 2));
        byte[] got = new byte[2];
        assertEquals(2, bs.recv(c, got, 0, 2));
        assertArrayEquals(hi, got);

        int refused = as.socket(Sockets.Type.STREAM);
        as.setNonBlocking(refused, true);
        fails(Errno.EINPROGRESS, () -> as.connect(refused, b.address(), 9));
        int revents = pollOne(as, refused, Sockets.POLLOUT, 5000);
        assertEquals(
                Sockets.POLLOUT | Sockets.POLLERR | Sockets.POLLHUP,
                revents,
                "Linux's answer for a refused connect (with POLLIN, not asked for here)");
        assertEquals(Errno.ECONNREFUSED.number(), as.getOption(refused, Sockets.Option.SO_ERROR));
        assertEquals(Errno.ECONNREFUSED, Errno.of(111));
        assertEquals(0, as.getOption(refused, Sockets.Option.SO_ERROR), "reading SO_ERROR clears it");
        fails(Errno.ENOTCONN, () -> as.recv(refused, got, 0, 2));

        int nowhere = as.socket(Sockets.Type.STREAM);
        as.setNonBlocking(nowhere, true);
        fails(Errno.ENETUNREACH, () -> as.connect(nowhere, Ipv4Address.parse("192.0.2.1"), 7));
    }

    @Test
    void pollReportsWhatPosixSaysForEachKindOfDescriptor() throws Exception {
        int fresh = as.socket(Sockets.Type.STREAM);
        int udp = as.socket(Sockets.Type.DGRAM);
        as.bind(udp, Ipv4Address.ANY, 4000);
        Sockets.PollFd[] fds = {
            new Sockets.PollFd(fresh, Sockets.POLLIN | Sockets.POLLOUT),
            new Sockets.PollFd(udp, Sockets.POLLIN),
            new Sockets.PollFd(-1, Sockets.POLLIN),
            new Sockets.PollFd(99, 0)
        };
        assertEquals(2, as.poll(fds, 0));
        assertEquals(Sockets.POLLOUT | Sockets.POLLHUP, fds[0].revents(), "a stream socket connected to nothing");
        assertEquals(0, fds[1].revents(), "no datagram yet");
        assertEquals(0, fds[2].revents(), "a negative descriptor is skipped");
        assertEquals(Sockets.POLLNVAL, fds[3].revents(), "not open: POLLNVAL, though not asked for");

        long t0 = System.nanoTime();
        assertEquals(0, pollOne(as, udp, Sockets.POLLIN, 200));
        long waited = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(waited >= 190 && waited < 2000, "a 200 ms timeout waited " + waited + " ms");

        int sender = bs.socket(Sockets.Type.DGRAM);
        CompletableFuture<Integer> woken = CompletableFuture.supplyAsync(() -> {
            try {
                return pollOne(as, udp, Sockets.POLLIN, -1);
            } catch (SocketError e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(100);
        assertFalse(woken.isDone(), "no datagram: poll sleeps");
        bs.sendTo(sender, new byte[] {1}, 0, 1, a.address(), 4000);
        assertEquals(Sockets.POLLIN, woken.get(5, TimeUnit.SECONDS), "a datagram wakes a poll without a timeout");

        // The end of a stream is readable, and a stream shut down both ways is hung up.
        int listening = listenOnPort7(5000);
        int fd = as.socket(Sockets.Type.STREAM);
        as.connect(fd, b.address(), 7);
        int c = bs.accept(listening);
        assertEquals(Sockets.POLLOUT, pollOne(as, fd, Sockets.POLLIN | Sockets.POLLOUT, 0));
        bs.shutdown(c, Sockets.How.WRITE);
        assertEquals(Sockets.POLLIN, pollOne(as, fd, Sockets.POLLIN, 5000), "the FIN: recv returns 0 at once");
        assertEquals(0, as.recv(fd, new byte[1], 0, 1));
        as.shutdown(fd, Sockets.How.WRITE);
        assertEquals(Sockets.POLLIN | Sockets.POLLHUP, pollOne(as, fd, Sockets.POLLIN, 5000));
        as.close(fd);
        assertEquals(Sockets.POLLNVAL, pollOne(as, fd, Sockets.POLLIN, 0));
    }

    @Test
    void aPollDrivenEchoServerServesManyClientsAtOnce() throws Exception {
        int clients = 24;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(clients);
        try (PollEchoServer server = new PollEchoServer(bs, 7)) {
            List<CompletableFuture<Boolean>> done = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                byte[] data = new byte[20_000 + 1000 * i];
                new Random(i).nextBytes(data);
                done.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                int fd = as.socket(Sockets.Type.STREAM);
                                as.setOption(fd, Sockets.Option.SO_RCVTIMEO, 10_000);
                                as.connect(fd, b.address(), 7);
                                as.send(fd, data, 0, data.length);
                                as.shutdown(fd, Sockets.How.WRITE);
                                ByteArrayOutputStream echoed = new ByteArrayOutputStream();
                                byte[] buf = new byte[4096];
                                for (int n; (n = as.recv(fd, buf, 0, buf.length)) > 0; ) {
                                    echoed.write(buf, 0, n);
                                }
                                as.close(fd);
                                return java.util.Arrays.equals(data, echoed.toByteArray());
                            } catch (SocketError e) {
                                throw new IllegalStateException(e);
                            }
                        },
                        pool));
            }
            for (CompletableFuture<Boolean> f : done) {
                assertTrue(f.get(30, TimeUnit.SECONDS), "every client got its own bytes back");
            }
            assertEquals(clients, server.served(), "echoed " + server.echoed());
            assertTrue(server.mostAtOnce() > 1, "clients were served side by side: " + server.mostAtOnce());
            long before = server.polls();
            Thread.sleep(500);
            assertTrue(server.polls() - before <= 8, "idle, poll sleeps out its 100 ms timeout");
        } finally {
            pool.shutdown();
        }
        assertEquals(0, bs.open());
    }

    @Test
    void aConnectedDatagramSocketSendsAndReceivesWithoutAddressesAndHearsOfRefusal() throws Exception {
        int server = bs.socket(Sockets.Type.DGRAM);
        bs.bind(server, Ipv4Address.ANY, 5353);
        bs.setOption(server, Sockets.Option.SO_RCVTIMEO, 5000);
        int client = as.socket(Sockets.Type.DGRAM);
        as.setOption(client, Sockets.Option.SO_RCVTIMEO, 5000);
        fails(Errno.EDESTADDRREQ, () -> as.send(client, new byte[1], 0, 1));
        as.connect(client, b.address(), 5353);
        as.send(client, new byte[] {1, 2, 3}, 0, 3);
        Sockets.From f = bs.recvFrom(server);
        bs.sendTo(server, new byte[] {4}, 0, 1, f.address(), f.port());
        byte[] one = new byte[1];
        assertEquals(1, as.recv(client, one, 0, 1));
        assertEquals(4, one[0]);

        int closedPort = as.socket(Sockets.Type.DGRAM);
        as.connect(closedPort, b.address(), 9);
        as.send(closedPort, new byte[1], 0, 1);
        as.setOption(closedPort, Sockets.Option.SO_RCVTIMEO, 5000);
        fails(Errno.ECONNREFUSED, () -> as.recv(closedPort, one, 0, 1));
        as.send(closedPort, new byte[1], 0, 1);
        assertEquals(
                Sockets.POLLERR,
                pollOne(as, closedPort, Sockets.POLLIN, 5000),
                "the ICMP error wakes the poll: POLLERR, though not asked for");
        assertEquals(Errno.ECONNREFUSED.number(), as.getOption(closedPort, Sockets.Option.SO_ERROR));
        assertEquals(Sockets.POLLOUT, pollOne(as, closedPort, Sockets.POLLIN | Sockets.POLLOUT, 0));
        as.disconnect(closedPort);
        fails(Errno.EDESTADDRREQ, () -> as.send(closedPort, new byte[1], 0, 1));
    }
}
