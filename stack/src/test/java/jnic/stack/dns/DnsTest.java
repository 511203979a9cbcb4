package jnic.stack.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.DnsMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Malformed;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.udp.UdpSocket;
import org.junit.jupiter.api.Test;

class DnsTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host client = net.host("client", seg, "10.0.0.1/24");
    final Host server = net.host("server", seg, "10.0.0.53/24");
    static final Ipv4Address WWW = Ipv4Address.parse("10.0.0.80");

    private DnsClient resolver() {
        return new DnsClient(client, server.address(), Duration.ofSeconds(2), 3, new Random(4));
    }

    private <T> Throwable failure(CompletableFuture<T> f) {
        assertTrue(net.runUntil(f::isDone, 20_000));
        return assertThrows(CompletionException.class, f::join).getCause();
    }

    @Test
    void aKnownNameResolvesAndAnUnknownOneIsNxdomain() throws Exception {
        DnsResponder responder = new DnsResponder(server, 53, 300).add("www.jnic.test", WWW);
        CompletableFuture<List<Ipv4Address>> f = resolver().resolve("WWW.jnic.test.");
        assertTrue(net.runUntil(f::isDone, 1000));
        assertEquals(List.of(WWW), f.join());
        DnsException e = assertInstanceOf(DnsException.class, failure(resolver().resolve("nope.jnic.test")));
        assertEquals(DnsMessage.RCODE_NAME_ERROR, e.rcode());
        assertEquals(2, responder.queries());
    }

    @Test
    void aSilentServerIsTriedThreeTimesThenEtimedout() throws Exception {
        UdpSocket silent = server.udp().open(53);
        long start = net.lan.clock().nanos();
        SocketError e = assertInstanceOf(SocketError.class, failure(resolver().resolve("www.jnic.test")));
        assertEquals(Errno.ETIMEDOUT, e.errno());
        assertEquals(3, silent.queued(), "three queries reached the server");
        assertEquals(6_000_000_000L, net.lan.clock().nanos() - start);
    }

    @Test
    void aClosedServerPortIsEconnrefused() {
        SocketError e = assertInstanceOf(SocketError.class, failure(resolver().resolve("www.jnic.test")));
        assertEquals(Errno.ECONNREFUSED, e.errno());
    }

    @Test
    void aResponseWithTheWrongIdIsIgnoredAndTheRightOneTaken() throws Exception {
        UdpSocket fake = server.udp().open(53);
        DnsClient resolver = resolver();
        CompletableFuture<List<Ipv4Address>> f = resolver.resolve("www.jnic.test");
        assertTrue(net.runUntil(() -> fake.queued() == 1, 1000));
        UdpSocket.Datagram q = fake.poll();
        DnsMessage query = DnsMessage.parse(ByteBuffer.wrap(q.data())).value();
        for (int id : new int[] {query.id() ^ 1, query.id()}) {
            DnsMessage answer = new DnsMessage(
                    id,
                    DnsMessage.FLAG_RESPONSE,
                    query.questions(),
                    List.of(DnsMessage.ResourceRecord.a("www.jnic.test", 60, WWW)),
                    List.of(),
                    List.of());
            fake.sendTo(answer.toBytes(), q.source(), q.sourcePort());
        }
        assertTrue(net.runUntil(f::isDone, 1000));
        assertEquals(List.of(WWW), f.join());
        assertEquals(1, resolver.ignoredResponses());
    }

    @Test
    void compressionPointersAreFollowedOnlyBackwards() {
        // RFC 1035 section 4.1.4's example shape: "f.isi.arpa" then "foo" + pointer to it.
        byte[] m = {
            0,
            1,
            (byte) 0x81,
            (byte) 0x80,
            0,
            2,
            0,
            0,
            0,
            0,
            0,
            0,
            1,
            'f',
            3,
            'i',
            's',
            'i',
            4,
            'a',
            'r',
            'p',
            'a',
            0,
            0,
            1,
            0,
            1,
            3,
            'f',
            'o',
            'o',
            (byte) 0xC0,
            12,
            0,
            1,
            0,
            1
        };
        DnsMessage d = DnsMessage.parse(ByteBuffer.wrap(m)).value();
        assertEquals("f.isi.arpa", d.questions().get(0).name());
        assertEquals("foo.f.isi.arpa", d.questions().get(1).name());
        byte[] loop = m.clone();
        loop[33] = 28; // the pointer now points at its own label: a loop
        assertEquals(
                Malformed.BAD_FIELD, DnsMessage.parse(ByteBuffer.wrap(loop)).error());
        byte[] cut = java.util.Arrays.copyOf(m, 30);
        assertEquals(Malformed.TRUNCATED, DnsMessage.parse(ByteBuffer.wrap(cut)).error());
    }
}
