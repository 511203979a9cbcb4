package jnic.stack.udp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Malformed;
import jnic.net.wire.UdpDatagram;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/** UDP between hosts on one loopback segment in virtual time: datagrams without a checksum, and connected sockets. */
class UdpTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host a = net.host("a", seg, "10.0.0.1/24");
    final Host b = net.host("b", seg, "10.0.0.2/24");
    final Host c = net.host("c", seg, "10.0.0.3/24");

    private static byte[] bytes(String s) {
        return s.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }

    /** {@code d} from a's port 4000 to b, as a builds it, checksum field and all. */
    private void sendRaw(UdpDatagram d) {
        a.loop()
                .execute(() -> a.ip().send(Ipv4Packet.of(
                        64,
                        Ipv4Packet.PROTOCOL_UDP,
                        a.address(),
                        b.address(),
                        1,
                        d.toBuffer(a.address(), b.address()))));
        net.runFor(20);
    }

    @Test
    void aDatagramWithoutAChecksumIsAcceptedAndCountedAndABadOneIsNot() throws Exception {
        UdpSocket rx = b.udp().open(9000);
        sendRaw(new UdpDatagram(4000, 9000, false, ByteBuffer.wrap(bytes("unchecked"))));
        UdpSocket.Datagram d = rx.poll();
        assertArrayEquals(bytes("unchecked"), d.data(), "RFC 768: a zero checksum field means none was computed");
        assertEquals(4000, d.sourcePort());
        assertEquals(1, b.counters().get(StackCounter.UDP_NO_CHECKSUM));

        // A non-zero checksum that does not verify is still dropped (RFC 1122 section 4.1.3.4), and counted.
        byte[] wrong = bytes("checked");
        a.loop().execute(() -> {
            ByteBuffer u = new UdpDatagram(4000, 9000, ByteBuffer.wrap(wrong)).toBuffer(a.address(), b.address());
            u.put(UdpDatagram.HEADER_LENGTH, (byte) (u.get(UdpDatagram.HEADER_LENGTH) ^ 1));
            a.ip().send(Ipv4Packet.of(64, Ipv4Packet.PROTOCOL_UDP, a.address(), b.address(), 2, u));
        });
        net.runFor(20);
        assertNull(rx.poll());
        assertEquals(1, b.counters().get(StackCounter.UDP_MALFORMED));
        assertEquals(1, b.counters().get(Malformed.BAD_CHECKSUM));
        assertEquals(1, b.counters().get(StackCounter.UDP_NO_CHECKSUM));
        assertEquals(2, b.counters().get(StackCounter.UDP_IN));
    }

    @Test
    void aConnectedSocketSendsToItsPeerAndReceivesFromItOnly() throws Exception {
        UdpSocket server = b.udp().open(7);
        UdpSocket stranger = c.udp().open(7);
        UdpSocket s = a.udp().open(0);
        assertEquals(
                Errno.EDESTADDRREQ,
                assertThrows(SocketError.class, () -> s.send(bytes("where?"))).errno());
        s.connect(b.address(), 7);
        assertEquals(b.address(), s.remoteAddress());
        assertEquals(7, s.remotePort());
        s.send(bytes("to the peer"));
        net.runFor(20);
        UdpSocket.Datagram got = server.poll();
        assertArrayEquals(bytes("to the peer"), got.data());
        server.sendTo(bytes("from the peer"), got.source(), got.sourcePort());
        stranger.sendTo(bytes("from a stranger"), a.address(), s.localPort());
        net.runFor(20);
        assertArrayEquals(bytes("from the peer"), s.poll().data());
        assertNull(s.poll(), "the stranger's datagram is not received");
        assertEquals(1, a.counters().get(StackCounter.UDP_NO_PORT), "it found no socket, as on Linux");
        assertEquals(
                Errno.ECONNREFUSED,
                assertThrows(SocketError.class, () -> stranger.sendTo(new byte[1], a.address(), s.localPort()))
                        .errno(),
                "and was answered with port unreachable, as Linux answers it");

        s.disconnect();
        assertNull(s.remoteAddress());
        stranger.sendTo(bytes("again"), a.address(), s.localPort());
        net.runFor(20);
        assertArrayEquals(bytes("again"), s.poll().data(), "disconnected: datagrams from anyone");
    }

    @Test
    void portUnreachableFromThePeerFailsAWaitingReceiveWithEconnrefused() throws Exception {
        UdpSocket s = a.udp().open(0);
        s.connect(b.address(), 9); // nothing listens there
        CompletableFuture<UdpSocket.Datagram> waiting = s.receiveAsync();
        s.send(bytes("anyone?"));
        net.runFor(20);
        assertTrue(waiting.isDone(), "the ICMP error wakes the waiting receive");
        SocketError e = (SocketError)
                assertThrows(CompletionException.class, waiting::join).getCause();
        assertEquals(Errno.ECONNREFUSED, e.errno());
        assertNull(s.pendingError(), "reported once");

        // An error about a datagram to another destination is not this socket's; one about the peer is
        // reported by the next call when no receive waits.
        s.sendTo(bytes("elsewhere"), c.address(), 9);
        net.runFor(20);
        assertEquals(2, a.counters().get(StackCounter.ICMP_ERRORS_IN));
        assertEquals(
                Errno.EAGAIN, assertThrows(SocketError.class, s::receiveNow).errno());
        s.send(bytes("still nobody"));
        net.runFor(20);
        assertEquals(
                Errno.ECONNREFUSED,
                assertThrows(SocketError.class, s::receiveNow).errno());
        assertEquals(
                Errno.EAGAIN, assertThrows(SocketError.class, s::receiveNow).errno());
        assertFalse(s.readable());
    }
}
