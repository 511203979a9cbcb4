package jnic.stack.socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
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
 * The blocking descriptor API as a C programmer would use it, from ordinary threads: the hosts run
 * on a wall-clock loop and a thread moves frames across the loopback segment.
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
    volatile boolean cut;

    final Thread wire = new Thread(
            () -> {
                while (running) {
                    if (!cut) {
                        hub.pump();
                    }
                    LockSupport.parkNanos(50_000);
                }
            },
            "loopback-wire");

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
        cut = true;
        as.send(fd, data, 0, data.length);
        as.setOption(fd, Sockets.Option.SO_LINGER, 1);
        long t0 = System.nanoTime();
        as.close(fd);
        long waited = (System.nanoTime() - t0) / 1_000_000;
        cut = false;
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
        cut = true;
        assertTrue(waited < 5000, "close waited " + waited + " ms");
        bs.setOption(c, Sockets.Option.SO_RCVTIMEO, 200);
        assertEquals(data.length, readAll(bs, c).length());
        cut = false;
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
}
