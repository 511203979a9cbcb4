package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import jnic.driver.loopback.LoopbackHub;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/**
 * Three holes in one window: the first transmissions of the 3rd, 6th and 9th data segments are
 * lost. With SACK (RFC 2018) the sender learns of all three from the duplicate ACKs and resends
 * them in one round trip; with NewReno alone it finds one hole per round trip. Neither needs a
 * timeout.
 */
class TcpSackTest {
    record Outcome(long nanos, long sackRetransmits, long retransmits, long timeouts, long sackBlocksSent) {}

    private Outcome run(boolean sack) throws Exception {
        TestNet net = new TestNet();
        LoopbackHub seg = net.segment();
        TcpConfig tcp = TcpConfig.DEFAULT.withSack(sack);
        Host client = net.host(
                "client", seg, "10.0.0.1/24", HostConfig.DEFAULT.withSeed(1).withTcp(tcp));
        Host server = net.host(
                "server", seg, "10.0.0.2/24", HostConfig.DEFAULT.withSeed(2).withTcp(tcp));
        TcpListener l = server.tcp().listen(80, 4);
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> connected = client.tcp().connect(server.address(), 80);
        assertTrue(net.runUntil(() -> connected.isDone() && accepted.isDone(), 1000));
        int iss = connected.join().connection().initialSendSequence();
        Set<Integer> dropped = new HashSet<>();
        seg.dropWhen(frame -> {
            TestNet.TcpOnWire w = TestNet.tcpIn(frame);
            if (w == null || !w.ip().source().equals(client.address())) {
                return false;
            }
            int index = (w.tcp().sequence() - iss - 1) / 1460;
            return w.tcp().data().hasRemaining()
                    && (index == 2 || index == 5 || index == 8)
                    && dropped.add(index); // first time only
        });
        byte[] data = new byte[20 * 1460];
        new Random(9).nextBytes(data);
        long start = net.lan.clock().nanos();
        connected.join().writeAsync(data, 0, data.length);
        TcpTest.Sink sink = new TcpTest.Sink(accepted.join());
        connected.join().shutdownOutput();
        assertTrue(net.runUntil(sink.done::isDone, 60_000));
        assertArrayEquals(data, sink.done.join());
        assertEquals(3, dropped.size());
        // RACK's log holds what is outstanding, and only a SACK connection keeps one (without SACK nothing trims it).
        assertTrue(net.runUntil(
                () -> connected.join().connection().sendUnacknowledged()
                        == connected.join().connection().sendNext(),
                1_000));
        assertEquals(0, connected.join().connection().rackLogSize(), "nothing outstanding, nothing logged");
        return new Outcome(
                net.lan.clock().nanos() - start,
                client.counters().get(StackCounter.TCP_SACK_RETRANSMITS),
                client.counters().get(StackCounter.TCP_RETRANSMITS),
                client.counters().get(StackCounter.TCP_TIMEOUTS),
                server.counters().get(StackCounter.TCP_SACK_BLOCKS_OUT));
    }

    @Test
    void sackRepairsThreeHolesInOneRoundTripWhereNewRenoTakesThree() throws Exception {
        Outcome withSack = run(true);
        Outcome newReno = run(false);
        System.out.println("three holes: SACK " + withSack + ", NewReno " + newReno);
        assertEquals(0, withSack.timeouts());
        assertEquals(0, newReno.timeouts());
        assertEquals(3, withSack.retransmits(), "exactly the three lost segments, nothing else");
        assertEquals(3, withSack.sackRetransmits());
        assertTrue(withSack.sackBlocksSent() > 0, "the receiver reported its out-of-order data");
        assertEquals(0, newReno.sackBlocksSent());
        assertTrue(
                withSack.nanos() < newReno.nanos(),
                "SACK " + withSack.nanos() + " ns, NewReno " + newReno.nanos() + " ns");
    }
}
