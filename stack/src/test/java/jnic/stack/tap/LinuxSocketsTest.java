package jnic.stack.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import jnic.driver.NetDevice;
import jnic.driver.tap.KernelPeer;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Parsed;
import jnic.net.wire.UdpDatagram;
import jnic.stack.Errno;
import jnic.stack.ForwardingDevice;
import jnic.stack.KernelHost;
import jnic.stack.KernelHostTest;
import jnic.stack.SocketError;
import jnic.stack.iface.StackCounter;
import jnic.stack.socket.PollEchoServer;
import jnic.stack.socket.Sockets;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;

/**
 * UDP and the descriptor API with the Linux kernel as the peer, over a TAP device in a network
 * namespace the test makes, on TEST-NET-1 (RFC 5737: 192.0.2.1 is the kernel, 192.0.2.2 is
 * jnic); nothing leaves the namespace. Python's sockets in the namespace send UDP without a
 * checksum (SO_NO_CHECK), are a connected socket's peer, and connect to a poll-driven jnic server
 * by the dozen. Skipped, with the reason, where TAP, namespaces or Python are missing.
 */
class LinuxSocketsTest extends KernelHostTest {
    private static final Ipv4Address KERNEL = Ipv4Address.parse("192.0.2.1");
    /** SO_NO_CHECK at SOL_SOCKET (asm-generic/socket.h): Linux then sends IPv4 UDP without a checksum. */
    private static final int SO_NO_CHECK = 11;

    private UdpChecksumWatch device;

    /** Passes every frame through, noting the checksum field of each UDP datagram that arrives, by destination port. */
    static final class UdpChecksumWatch extends ForwardingDevice {
        record Seen(int destinationPort, int checksumField) {}

        final List<Seen> seen = new CopyOnWriteArrayList<>();

        UdpChecksumWatch(NetDevice inner) {
            super(inner);
        }

        @Override
        public void setHandler(FrameHandler handler) {
            inner.setHandler(frame -> {
                note(frame);
                handler.onFrame(frame);
            });
        }

        private void note(byte[] frame) {
            Parsed<EthernetFrame> eth = EthernetFrame.parse(frame);
            if (!eth.isOk() || eth.value().etherType() != EtherType.IPV4) {
                return;
            }
            Parsed<Ipv4Packet> ip = Ipv4Packet.parse(eth.value().payload());
            if (!ip.isOk() || ip.value().protocol() != Ipv4Packet.PROTOCOL_UDP) {
                return;
            }
            Parsed<UdpDatagram> udp = UdpDatagram.parse(
                    ip.value().payload(), ip.value().source(), ip.value().destination());
            if (udp.isOk()) {
                java.nio.ByteBuffer b = ip.value().payload();
                seen.add(new Seen(
                        udp.value().destinationPort(),
                        b.getShort(b.position() + UdpDatagram.CHECKSUM_OFFSET) & 0xFFFF));
            }
        }

        int checksumTo(int port) {
            return seen.stream()
                    .filter(s -> s.destinationPort() == port)
                    .mapToInt(Seen::checksumField)
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no datagram to port " + port + " came: " + seen));
        }
    }

    @Override
    protected KernelHost start() throws Exception {
        assumeTrue(KernelPeer.run("which", "python3") == 0, "skipped: python3 is not installed");
        return KernelHost.create(
                "jsock",
                "192.0.2.1/24",
                "192.0.2.2/24",
                "02:4a:4e:00:01:04",
                11,
                tap -> device = new UdpChecksumWatch(tap));
    }

    private String python(String script) throws Exception {
        return peer.exec("python3", "-c", script).trim();
    }

    @Test
    void aDatagramTheKernelSendsWithoutAChecksumArrivesAndIsCounted() throws Exception {
        UdpSocket rx = host.udp().open(9000);
        UdpSocket checked = host.udp().open(9001);
        String sent = python("import socket\n"
                + "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                + "s.setsockopt(socket.SOL_SOCKET, " + SO_NO_CHECK + ", 1)\n"
                + "s.sendto(b'no checksum', ('192.0.2.2', 9000))\n"
                + "t = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                + "t.sendto(b'checksum', ('192.0.2.2', 9001))\n"
                + "print('sent')");
        assertEquals("sent", sent);
        UdpSocket.Datagram d = rx.receive(Duration.ofSeconds(5));
        assertEquals("no checksum", new String(d.data(), StandardCharsets.US_ASCII));
        assertEquals(KERNEL, d.source());
        assertEquals(
                "checksum", new String(checked.receive(Duration.ofSeconds(5)).data(), StandardCharsets.US_ASCII));
        assertEquals(0, device.checksumTo(9000), "the frame's checksum field was zero: SO_NO_CHECK");
        assertNotEquals(0, device.checksumTo(9001));
        assertEquals(1, host.counters().get(StackCounter.UDP_NO_CHECKSUM));
        assertEquals(0, host.counters().get(StackCounter.UDP_MALFORMED));
    }

    @Test
    void aConnectedDatagramSocketTalksToAPythonPeerOnlyAndHearsTheKernelsPortUnreachable() throws Exception {
        Process echo = peer.start(
                "timeout",
                "20",
                "python3",
                "-c",
                "import socket\n"
                        + "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                        + "s.bind(('192.0.2.1', 7001))\n"
                        + "print('ready', flush=True)\n"
                        + "while True:\n"
                        + "    data, who = s.recvfrom(2048)\n"
                        + "    s.sendto(b'echo:' + data, who)\n");
        try {
            Sockets sockets = new Sockets(host);
            int ourPort = 40001;
            int fd = sockets.socket(Sockets.Type.DGRAM);
            sockets.bind(fd, Ipv4Address.ANY, ourPort);
            sockets.connect(fd, KERNEL, 7001);
            sockets.setOption(fd, Sockets.Option.SO_RCVTIMEO, 5000);
            awaitReady(echo);
            byte[] buf = new byte[100];
            sockets.send(fd, "hello".getBytes(StandardCharsets.US_ASCII), 0, 5);
            int n = sockets.recv(fd, buf, 0, buf.length);
            assertEquals("echo:hello", new String(buf, 0, n, StandardCharsets.US_ASCII));
            sockets.setNonBlocking(fd, true);

            // A stranger (another kernel socket) sends to our connected port: it finds no socket here and its
            // sender, connected to us, hears port unreachable as ECONNREFUSED, as between two Linux hosts.
            String stranger = python("import socket\n"
                    + "s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)\n"
                    + "s.connect(('192.0.2.2', " + ourPort + "))\n"
                    + "s.settimeout(3)\n"
                    + "s.send(b'let me in')\n"
                    + "try:\n"
                    + "    s.recv(100)\n"
                    + "    print('answered')\n"
                    + "except ConnectionRefusedError:\n"
                    + "    print('refused')\n"
                    + "except socket.timeout:\n"
                    + "    print('silence')\n");
            assertEquals("refused", stranger);
            assertEquals(1, host.counters().get(StackCounter.UDP_NO_PORT));
            assertEquals(
                    Errno.EAGAIN,
                    assertThrows(SocketError.class, () -> sockets.recv(fd, buf, 0, buf.length))
                            .errno(),
                    "the stranger's datagram was not received");

            // Nothing listens on the kernel's port 7999: its port unreachable comes back as ECONNREFUSED.
            int lonely = sockets.socket(Sockets.Type.DGRAM);
            sockets.connect(lonely, KERNEL, 7999);
            sockets.setOption(lonely, Sockets.Option.SO_RCVTIMEO, 5000);
            sockets.send(lonely, new byte[] {1}, 0, 1);
            assertEquals(
                    Errno.ECONNREFUSED,
                    assertThrows(SocketError.class, () -> sockets.recv(lonely, buf, 0, buf.length))
                            .errno(),
                    () -> "counters: " + host.counters());
            assertEquals(1, host.counters().get(StackCounter.ICMP_ERRORS_IN));
        } finally {
            echo.destroy();
            echo.waitFor(5, TimeUnit.SECONDS);
        }
    }

    /** Waits for a Python script in the namespace to print "ready" (its socket is bound), rather than probing it. */
    private static void awaitReady(Process p) throws Exception {
        java.io.BufferedReader r = new java.io.BufferedReader(
                new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.US_ASCII));
        assertEquals("ready", r.readLine(), "the script started");
    }

    @Test
    void aPollDrivenJnicServerEchoesToManyKernelClientsAtOnce() throws Exception {
        Sockets sockets = new Sockets(host);
        int clients = 32;
        try (PollEchoServer server = new PollEchoServer(sockets, 7007)) {
            String out = python("import socket, threading, random\n"
                    + "ok = []\n"
                    + "def client(i):\n"
                    + "    data = random.Random(i).randbytes(50000 + 997 * i)\n"
                    + "    s = socket.create_connection(('192.0.2.2', 7007), timeout=20)\n"
                    + "    def send():\n"
                    + "        s.sendall(data)\n"
                    + "        s.shutdown(socket.SHUT_WR)\n"
                    + "    t = threading.Thread(target=send)\n"
                    + "    t.start()\n"
                    + "    got = bytearray()\n"
                    + "    while True:\n"
                    + "        b = s.recv(65536)\n"
                    + "        if not b:\n"
                    + "            break\n"
                    + "        got += b\n"
                    + "    t.join()\n"
                    + "    s.close()\n"
                    + "    ok.append(bytes(got) == data)\n"
                    + "ts = [threading.Thread(target=client, args=(i,)) for i in range(" + clients + ")]\n"
                    + "[t.start() for t in ts]\n"
                    + "[t.join() for t in ts]\n"
                    + "print(sum(ok), 'of', len(ok))\n");
            assertEquals(clients + " of " + clients, out, "every kernel client got its own bytes back");
            assertEquals(clients, server.served());
            assertTrue(server.mostAtOnce() > 1, "side by side: " + server.mostAtOnce());
        }
    }

    @Test
    void aNonBlockingConnectToTheKernelReportsSuccessOrRefusalThroughPollAndSoError() throws Exception {
        Sockets sockets = new Sockets(host);
        int refused = sockets.socket(Sockets.Type.STREAM);
        sockets.setNonBlocking(refused, true);
        assertEquals(
                Errno.EINPROGRESS,
                assertThrows(SocketError.class, () -> sockets.connect(refused, KERNEL, 7101))
                        .errno());
        Sockets.PollFd p = new Sockets.PollFd(refused, Sockets.POLLOUT);
        assertEquals(1, sockets.poll(new Sockets.PollFd[] {p}, 5000));
        assertEquals(Sockets.POLLOUT | Sockets.POLLERR | Sockets.POLLHUP, p.revents(), "the kernel's reset");
        assertEquals(Errno.ECONNREFUSED.number(), sockets.getOption(refused, Sockets.Option.SO_ERROR));

        Process listener = peer.start(
                "timeout",
                "20",
                "python3",
                "-c",
                "import socket\n"
                        + "s = socket.create_server(('192.0.2.1', 7100))\n"
                        + "print('ready', flush=True)\n"
                        + "c, _ = s.accept()\n"
                        + "c.sendall(b'hi from linux')\n"
                        + "c.close()\n");
        try {
            awaitReady(listener);
            int fd = sockets.socket(Sockets.Type.STREAM);
            sockets.setNonBlocking(fd, true);
            assertEquals(
                    Errno.EINPROGRESS,
                    assertThrows(SocketError.class, () -> sockets.connect(fd, KERNEL, 7100))
                            .errno());
            Sockets.PollFd out = new Sockets.PollFd(fd, Sockets.POLLOUT);
            assertEquals(1, sockets.poll(new Sockets.PollFd[] {out}, 5000));
            assertEquals(Sockets.POLLOUT, out.revents());
            assertEquals(0, sockets.getOption(fd, Sockets.Option.SO_ERROR), "connected");
            Sockets.PollFd in = new Sockets.PollFd(fd, Sockets.POLLIN);
            byte[] buf = new byte[100];
            StringBuilder got = new StringBuilder();
            while (true) {
                assertEquals(1, sockets.poll(new Sockets.PollFd[] {in}, 5000));
                int n = sockets.recv(fd, buf, 0, buf.length);
                if (n == 0) {
                    break;
                }
                got.append(new String(buf, 0, n, StandardCharsets.US_ASCII));
            }
            assertEquals("hi from linux", got.toString());
            sockets.close(fd);
        } finally {
            listener.destroy();
            listener.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
