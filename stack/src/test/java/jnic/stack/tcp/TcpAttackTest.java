package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/** RFC 5961's blind-injection cases and a SYN flood against the backlog, from a third station on the segment. */
class TcpAttackTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final Host server = net.host("server", seg, "10.0.0.2/24");
    final LoopbackDevice attacker = seg.attach("attacker", MacAddress.parse("02:66:66:66:66:66"));
    TcpSocket clientSocket;
    TcpSocket serverSocket;

    private void connect() throws Exception {
        TestNet.Connected connected = net.connect(client, server, 80);
        clientSocket = connected.client();
        serverSocket = connected.server();
    }

    /** A segment that claims to come from {@code from}:{@code port}, sent to the server. */
    private void inject(Ipv4Address from, int port, int seq, int ack, int flags) throws Exception {
        inject(from, port, seq, ack, flags, ByteBuffer.allocate(0));
    }

    private void inject(Ipv4Address from, int port, int seq, int ack, int flags, ByteBuffer data) throws Exception {
        TcpSegment s = new TcpSegment(port, 80, seq, ack, flags, 1000, 0, ByteBuffer.allocate(0), data);
        Ipv4Packet p = Ipv4Packet.of(
                64, Ipv4Packet.PROTOCOL_TCP, from, server.address(), 1, s.toBuffer(from, server.address()));
        attacker.send(new EthernetFrame(
                        server.interfaces().get(0).macAddress(),
                        attacker.macAddress(),
                        EtherType.IPV4,
                        ByteBuffer.wrap(p.toBytes()))
                .toBytes());
        net.runFor(1);
    }

    @Test
    void aResetInsideTheWindowButNotExactGetsAChallengeAckAndTheConnectionLives() throws Exception {
        connect();
        TcpConnection s = serverSocket.connection();
        inject(client.address(), clientSocket.localPort(), s.receiveNext() + 100, 0, TcpSegment.RST);
        assertEquals(1, server.counters().get(StackCounter.TCP_CHALLENGE_ACKS));
        assertEquals(TcpState.ESTABLISHED, serverSocket.state());
        assertEquals(
                TcpState.ESTABLISHED,
                clientSocket.state(),
                "the client got the challenge ACK and, as all is well, ignored it");

        inject(client.address(), clientSocket.localPort(), s.receiveNext() + 70_000, 0, TcpSegment.RST);
        assertEquals(TcpState.ESTABLISHED, serverSocket.state(), "outside the window: dropped");

        inject(client.address(), clientSocket.localPort(), s.receiveNext(), 0, TcpSegment.RST);
        assertEquals(TcpState.CLOSED, serverSocket.state(), "exactly RCV.NXT: reset");
    }

    @Test
    void aSynOnAnEstablishedConnectionGetsAChallengeAck() throws Exception {
        connect();
        inject(
                client.address(),
                clientSocket.localPort(),
                serverSocket.connection().receiveNext() + 5,
                0,
                TcpSegment.SYN);
        assertEquals(1, server.counters().get(StackCounter.TCP_CHALLENGE_ACKS));
        assertEquals(TcpState.ESTABLISHED, serverSocket.state());
    }

    @Test
    void dataWithAnAckFromTheFarPastIsDropped() throws Exception {
        connect();
        TcpConnection s = serverSocket.connection();
        inject(
                client.address(),
                clientSocket.localPort(),
                s.receiveNext(),
                s.sendUnacknowledged() - 1_000_000,
                TcpSegment.ACK);
        assertEquals(
                1,
                server.counters().get(StackCounter.TCP_CHALLENGE_ACKS),
                "RFC 5961 section 5.2: older than SND.UNA - MAX.SND.WND");
        assertEquals(TcpState.ESTABLISHED, serverSocket.state());
    }

    /**
     * The peer (or anyone who knows the window) sends full segments that start a few bytes apart
     * above a hole, each holding bytes the others hold too. What waits for the hole is held once,
     * so memory stays within twice the receive buffer (one-byte steps held 3.0 MB before), and the
     * stream is still delivered exactly when the hole is filled.
     */
    @Test
    void overlappingSegmentsAboveAHoleAreHeldOnce() throws Exception {
        connect();
        byte[] stream = stream(4000);
        int delivered = overlapThenFill(stream, 7);
        assertEquals(1 + 1999 / 7 * 7 + 1460, delivered, "everything up to the last segment's end");
        assertEquals(0, server.counters().get(StackCounter.TCP_OUT_OF_ORDER_DROPPED));
    }

    /** One byte apart, each segment adds a one-byte piece: the memory bound stops them, the drops are counted, and what is delivered is right. */
    @Test
    void piecesBeyondTheMemoryBoundAreDroppedAndCounted() throws Exception {
        connect();
        byte[] stream = stream(4000);
        int delivered = overlapThenFill(stream, 1);
        assertTrue(server.counters().get(StackCounter.TCP_OUT_OF_ORDER_DROPPED) > 0);
        assertTrue(delivered > 1460 && delivered < 3460, delivered + " bytes delivered");
    }

    private static byte[] stream(int n) {
        byte[] b = new byte[n];
        new java.util.Random(7).nextBytes(b);
        return b;
    }

    /**
     * Sends 1460-byte segments of {@code stream} at offsets 1, 1 + step, ... up to 2000 past
     * RCV.NXT, checks the memory held, then sends the first byte and reads what became readable:
     * it must be the stream's own bytes. Returns how many there were.
     */
    private int overlapThenFill(byte[] stream, int step) throws Exception {
        TcpConnection s = serverSocket.connection();
        int rcvNxt = s.receiveNext();
        int ack = s.sendNext();
        for (int offset = 1; offset <= 2000; offset += step) {
            inject(
                    client.address(),
                    clientSocket.localPort(),
                    rcvNxt + offset,
                    ack,
                    TcpSegment.ACK,
                    ByteBuffer.wrap(stream, offset, 1460).slice());
        }
        int buffer = server.tcp().config().receiveBuffer();
        assertTrue(
                s.outOfOrderMemory() <= 2L * buffer,
                s.outOfOrderMemory() + " bytes held out of order for a " + buffer + "-byte buffer");
        inject(
                client.address(),
                clientSocket.localPort(),
                rcvNxt,
                ack,
                TcpSegment.ACK,
                ByteBuffer.wrap(stream, 0, 1).slice());
        byte[] got = new byte[stream.length];
        int n = 0;
        for (int r; (r = s.read(got, n, got.length - n)) > 0; ) {
            n += r;
        }
        assertEquals(
                java.util.Arrays.toString(java.util.Arrays.copyOf(stream, n)),
                java.util.Arrays.toString(java.util.Arrays.copyOf(got, n)));
        assertEquals(0, s.outOfOrderMemory(), "nothing is left held once the hole is filled");
        return n;
    }

    @Test
    void aSynFloodFillsTheBacklogWithoutLockingOutARealClient() throws Exception {
        TcpListener l = server.tcp().listen(80, 8);
        for (int i = 0; i < 200; i++) {
            inject(
                    Ipv4Address.of(10, 0, 0, 100 + i % 100),
                    1024 + i,
                    i * 7919,
                    0,
                    TcpSegment.SYN); // spoofed, never answered
        }
        assertEquals(8, l.halfOpen(), "read between turns of the loop this thread drives");
        assertEquals(
                192,
                server.counters().get(StackCounter.TCP_BACKLOG_DROPS),
                "the oldest half-open one made room each time");
        assertEquals(0, server.tcp().bufferMemory(), "half-open connections hold no buffers");
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> real = client.tcp().connect(server.address(), 80);
        assertTrue(net.runUntil(() -> real.isDone() && accepted.isDone(), 5000), "the genuine client still gets in");
        assertEquals(TcpState.ESTABLISHED, real.join().state());
        assertEquals(real.join().localPort(), accepted.join().remotePort());
    }
}
