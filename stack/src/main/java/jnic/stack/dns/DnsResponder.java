package jnic.stack.dns;

import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.DnsMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Parsed;
import jnic.stack.SocketError;
import jnic.stack.host.Host;
import jnic.stack.udp.UdpSocket;

/**
 * A tiny authoritative DNS server for A records, for tests and the demo: names it knows get their
 * addresses; unknown names get NXDOMAIN; a query it cannot read gets FORMERR when it has a header
 * to answer to, and other opcodes NOTIMP (RFC 1035 section 4.1.1).
 */
public final class DnsResponder implements AutoCloseable {
    private final Host host;
    private final UdpSocket socket;
    private final long ttl;
    private final Map<String, Ipv4Address> names = new ConcurrentHashMap<>();
    private final AtomicLong queries = new AtomicLong();
    private final AtomicLong malformed = new AtomicLong();

    public DnsResponder(Host host, int port, long ttlSeconds) throws SocketError {
        this.host = host;
        this.ttl = ttlSeconds;
        this.socket = host.udp().open(port);
        host.onLoop(this::receive);
    }

    public DnsResponder add(String name, Ipv4Address address) {
        names.put(
                DnsMessage.query(0, name, DnsMessage.TYPE_A).questions().get(0).name(), address);
        return this;
    }

    public long queries() {
        return queries.get();
    }

    public long malformed() {
        return malformed.get();
    }

    private void receive() {
        socket.receiveAsync().thenAccept(d -> {
            answer(d);
            receive();
        });
    }

    private void answer(UdpSocket.Datagram d) {
        queries.incrementAndGet();
        Parsed<DnsMessage> parsed = DnsMessage.parse(ByteBuffer.wrap(d.data()));
        DnsMessage reply;
        if (!parsed.isOk()
                || parsed.value().isResponse()
                || parsed.value().questions().size() != 1) {
            malformed.incrementAndGet();
            if (d.data().length < DnsMessage.HEADER_LENGTH
                    || parsed.isOk() && parsed.value().isResponse()) {
                return; // nothing to answer to, or a response: never answer those (no loops between servers)
            }
            ByteBuffer h = ByteBuffer.wrap(d.data());
            reply = new DnsMessage(
                    h.getShort(0) & 0xFFFF,
                    flags(h.getShort(2) & 0xFFFF, DnsMessage.RCODE_FORMAT_ERROR),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        } else {
            DnsMessage q = parsed.value();
            DnsMessage.Question question = q.questions().get(0);
            Ipv4Address address = names.get(question.name());
            if (q.opcode() != 0) {
                reply = new DnsMessage(
                        q.id(),
                        flags(q.flags(), DnsMessage.RCODE_NOT_IMPLEMENTED),
                        q.questions(),
                        List.of(),
                        List.of(),
                        List.of());
            } else if (address == null) {
                reply = new DnsMessage(
                        q.id(),
                        flags(q.flags(), DnsMessage.RCODE_NAME_ERROR),
                        q.questions(),
                        List.of(),
                        List.of(),
                        List.of());
            } else {
                List<DnsMessage.ResourceRecord> answers =
                        question.type() == DnsMessage.TYPE_A && question.qclass() == DnsMessage.CLASS_IN
                                ? List.of(DnsMessage.ResourceRecord.a(question.name(), ttl, address))
                                : List.of();
                reply = new DnsMessage(
                        q.id(),
                        flags(q.flags(), DnsMessage.RCODE_NO_ERROR),
                        q.questions(),
                        answers,
                        List.of(),
                        List.of());
            }
        }
        if (host.tracer().enabled()) {
            host.tracer()
                    .event(
                            TraceLayer.DNS,
                            String.format(
                                    "query id 0x%04X from %s: answers %s (RCODE %d)",
                                    reply.id(),
                                    d.source(),
                                    reply.answers().isEmpty()
                                            ? "nothing"
                                            : reply.answers().get(0).name() + " A "
                                                    + reply.answers().get(0).address(),
                                    reply.rcode()));
        }
        try {
            socket.sendTo(reply.toBytes(), d.source(), d.sourcePort());
        } catch (SocketError e) {
            malformed.incrementAndGet();
        }
    }

    /** Response, authoritative, the query's opcode and RD bit, and {@code rcode}. */
    private static int flags(int queryFlags, int rcode) {
        return DnsMessage.FLAG_RESPONSE | DnsMessage.FLAG_AUTHORITATIVE | queryFlags & 0x7900 | rcode;
    }

    @Override
    public void close() {
        socket.close();
    }
}
