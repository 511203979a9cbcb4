package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/**
 * A server that closes first keeps each 4-tuple in TIME-WAIT for two MSLs. A new SYN for that
 * 4-tuple reopens it (RFC 1122 section 4.2.2.13), and at the connection limit the oldest
 * TIME-WAIT connection makes room, so neither makes a client retransmit its SYN.
 */
class TcpTimeWaitTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final LoopbackDevice station = seg.attach("station", MacAddress.parse("02:66:66:66:66:66"));
    final List<TestNet.TcpOnWire> wire = new ArrayList<>();

    {
        TestNet.watchTcp(seg, wire::add);
    }

    /** Connects, lets the server close first, and the client after it: the server ends in TIME-WAIT. */
    private TcpSocket serverClosesFirst(Host server, TcpListener l) throws Exception {
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> connected = client.tcp().connect(server.address(), 80);
        assertTrue(net.runUntil(() -> connected.isDone() && accepted.isDone(), 1000));
        accepted.join().close();
        net.runFor(5);
        connected.join().close();
        net.runFor(5);
        assertEquals(TcpState.TIME_WAIT, accepted.join().state());
        return accepted.join();
    }

    @Test
    void aSynAboveWhatTheOldConnectionReceivedReopensIt() throws Exception {
        Host server = net.host("server", seg, "10.0.0.2/24");
        TcpListener l = server.tcp().listen(80, 8);
        TcpSocket old = serverClosesFirst(server, l);
        TcpConnection c = old.connection();
        int port = old.remotePort();
        client.close(); // from now on the station speaks for the client's address (and sends no resets)

        sendSyn(server, port, c.receiveNext() - 10); // an old duplicate: TIME-WAIT answers with its ACK
        assertEquals(TcpState.TIME_WAIT, c.state());
        assertEquals(0, server.counters().get(StackCounter.TCP_TIME_WAIT_REOPENED));

        int oldSndNxt = c.sendNext();
        sendSyn(server, port, c.receiveNext() + 1_000_000);
        assertEquals(1, server.counters().get(StackCounter.TCP_TIME_WAIT_REOPENED));
        assertEquals(TcpState.CLOSED, c.state());
        TcpSegment synAck = wire.get(wire.size() - 1).tcp();
        assertTrue(synAck.has(TcpSegment.SYN) && synAck.has(TcpSegment.ACK));
        assertEquals(oldSndNxt + 65537, synAck.sequence(), "an ISN above anything the old connection sent, as Linux");
        assertEquals(1, l.halfOpen());
    }

    private void sendSyn(Host server, int port, int seq) throws Exception {
        TcpSegment syn = new TcpSegment(
                port, 80, seq, 0, TcpSegment.SYN, 65535, 0, ByteBuffer.allocate(0), ByteBuffer.allocate(0));
        TestNet.sendFrom(
                station,
                server,
                Ipv4Packet.of(
                        64,
                        Ipv4Packet.PROTOCOL_TCP,
                        client.address(),
                        server.address(),
                        1,
                        syn.toBuffer(client.address(), server.address())));
        net.runFor(1);
    }

    @Test
    void atTheConnectionLimitTheOldestTimeWaitMakesRoom() throws Exception {
        Host server = net.host(
                "server",
                seg,
                "10.0.0.2/24",
                HostConfig.DEFAULT.withSeed(2).withTcp(TcpConfig.DEFAULT.withMaxConnections(3)));
        TcpListener l = server.tcp().listen(80, 8);
        List<TcpSocket> old = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            old.add(serverClosesFirst(server, l));
        }
        assertEquals(3, server.tcp().timeWaitCount());
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> connected = client.tcp().connect(server.address(), 80);
        assertTrue(net.runUntil(() -> connected.isDone() && accepted.isDone(), 1000));
        assertEquals(TcpState.ESTABLISHED, connected.join().state());
        assertEquals(1, server.counters().get(StackCounter.TCP_TIME_WAIT_RECYCLED));
        assertEquals(TcpState.CLOSED, old.get(0).state(), "the one in TIME-WAIT longest");
        assertEquals(TcpState.TIME_WAIT, old.get(1).state());
        assertEquals(0, client.counters().get(StackCounter.TCP_TIMEOUTS), "no SYN retransmitted");
    }
}
