package jnic.stack.icmp;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jnic.driver.time.EventLoop;
import jnic.stack.iface.Host;
import jnic.stack.iface.ProtocolHandler;
import jnic.stack.iface.StackCounter;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.driver.Checksum;
import jnic.stack.wire.IcmpMessage;
import jnic.stack.wire.Ipv4Address;
import jnic.stack.wire.Ipv4Packet;
import jnic.stack.wire.Parsed;

/**
 * ICMP (RFC 792, RFC 1122 section 3.2.2): answers echo requests, sends and receives error
 * messages, and pings. Errors about datagrams this host sent go to the protocol that sent them.
 */
public final class Icmp implements ProtocolHandler {
    /** RFC 1812 section 4.3.2.3: an error message with its quote fits in 576 bytes. */
    private static final int ERROR_DATAGRAM_LIMIT = 576;

    private record Outstanding(CompletableFuture<EchoReply> result, ByteBuffer data, long sentAt, EventLoop.Timer timer) {
    }

    private final Host host;
    private final int identifier;
    private final Map<Integer, Outstanding> outstanding = new HashMap<>();
    private int nextSequence;

    public Icmp(Host host, int identifier) {
        this.host = host;
        this.identifier = identifier & 0xFFFF;
    }

    /** The identifier this host's echo requests carry. */
    public int identifier() {
        return identifier;
    }

    @Override
    public void receive(Ipv4Packet p, boolean broadcast) {
        host.counters().increment(StackCounter.ICMP_IN);
        Parsed<IcmpMessage> parsed = IcmpMessage.parse(p.payload());
        if (!parsed.isOk()) {
            host.counters().malformed(StackCounter.ICMP_MALFORMED, parsed.error());
            return;
        }
        IcmpMessage m = parsed.value();
        if (m.type() == IcmpMessage.ECHO_REQUEST && m.code() == 0) {
            if (broadcast) {
                host.counters().increment(StackCounter.ICMP_IGNORED); // as Linux's icmp_echo_ignore_broadcasts (RFC 1122 leaves it open)
                return;
            }
            send(p.destination(), p.source(), IcmpMessage.echo(IcmpMessage.ECHO_REPLY, m.identifier(), m.sequence(), m.data()));
            host.counters().increment(StackCounter.ICMP_ECHO_REPLIES_OUT);
        } else if (m.type() == IcmpMessage.ECHO_REPLY) {
            echoReply(p, m);
        } else if (m.isError()) {
            errorInput(m);
        } else {
            host.counters().increment(StackCounter.ICMP_IGNORED);
        }
    }

    private void echoReply(Ipv4Packet p, IcmpMessage m) {
        Outstanding o = m.identifier() == identifier ? outstanding.get(m.sequence()) : null;
        if (o == null || !o.data.equals(m.data())) {
            host.counters().increment(StackCounter.ICMP_IGNORED); // not ours, late, or its data came back changed
            return;
        }
        outstanding.remove(m.sequence());
        o.timer.cancel();
        o.result.complete(new EchoReply(p.source(), m.sequence(), m.data().remaining(), p.ttl(), host.now() - o.sentAt));
    }

    private void errorInput(IcmpMessage m) {
        host.counters().increment(StackCounter.ICMP_ERRORS_IN);
        Parsed<Ipv4Packet> quoted = Ipv4Packet.parseQuoted(m.data());
        if (!quoted.isOk() || !host.ip().isLocal(quoted.value().source())) {
            host.counters().increment(StackCounter.ICMP_IGNORED);
            return;
        }
        ProtocolHandler h = quoted.value().protocol() == Ipv4Packet.PROTOCOL_ICMP ? this : host.ip().handler(quoted.value().protocol());
        if (h != null) {
            h.icmpError(m, quoted.value());
        }
    }

    /** An error about one of our echo requests fails its ping. */
    @Override
    public void icmpError(IcmpMessage error, Ipv4Packet quoted) {
        ByteBuffer q = quoted.payload();
        if (q.remaining() < IcmpMessage.HEADER_LENGTH || (q.get(q.position()) & 0xFF) != IcmpMessage.ECHO_REQUEST
                || (q.getShort(q.position() + 4) & 0xFFFF) != identifier) {
            return;
        }
        Outstanding o = outstanding.remove(q.getShort(q.position() + 6) & 0xFFFF);
        if (o != null) {
            o.timer.cancel();
            o.result.completeExceptionally(describe(error, quoted.destination()));
        }
    }

    /** The socket error an ICMP error stands for, as Linux reports it to applications. */
    public static SocketError describe(IcmpMessage error, Ipv4Address about) {
        String what = "ICMP type " + error.type() + " code " + error.code() + " about " + about;
        if (error.type() == IcmpMessage.DESTINATION_UNREACHABLE) {
            switch (error.code()) {
                case IcmpMessage.CODE_NET_UNREACHABLE: return new SocketError(Errno.ENETUNREACH, what);
                case IcmpMessage.CODE_PORT_UNREACHABLE: return new SocketError(Errno.ECONNREFUSED, what);
                case IcmpMessage.CODE_FRAGMENTATION_NEEDED: return new SocketError(Errno.EMSGSIZE, what + ", next-hop MTU " + (error.restOfHeader() & 0xFFFF));
                default: return new SocketError(Errno.EHOSTUNREACH, what);
            }
        }
        return new SocketError(Errno.EHOSTUNREACH, what + (error.type() == IcmpMessage.TIME_EXCEEDED ? " (time exceeded)" : ""));
    }

    /**
     * Sends an ICMP error about {@code original} to its source, unless RFC 1122 section 3.2.2
     * forbids one: about an ICMP error, a broadcast or multicast, a fragment other than the
     * first, or from a source that is not a single host. It quotes the header and as much data
     * as fits in 576 bytes (RFC 1812 section 4.3.2.3).
     */
    public void error(Ipv4Packet original, int type, int code, int restOfHeader) {
        Ipv4Address src = original.source();
        if (original.fragmentOffset() != 0 || src.isAny() || src.isLimitedBroadcast() || src.isMulticast()
                || original.destination().isMulticast() || host.ip().isBroadcast(original.destination())) {
            return;
        }
        if (original.protocol() == Ipv4Packet.PROTOCOL_ICMP) {
            ByteBuffer d = original.payload();
            if (d.remaining() < 1 || IcmpMessage.isErrorType(d.get(d.position()) & 0xFF)) {
                return;
            }
        }
        int quotedData = Math.min(original.payload().remaining(),
                ERROR_DATAGRAM_LIMIT - Ipv4Packet.MIN_HEADER_LENGTH - IcmpMessage.HEADER_LENGTH - original.headerLength());
        Ipv4Packet quote = original.withPayload(original.payload().slice(original.payload().position(), quotedData));
        ByteBuffer quoteBytes = ByteBuffer.wrap(quote.toBytes());
        quoteBytes.putShort(2, (short) original.length()); // the quote shows the original's total length
        quoteBytes.putShort(10, (short) 0);
        quoteBytes.putShort(10, (short) Checksum.of(quoteBytes, 0, original.headerLength()));
        Ipv4Address from;
        try {
            from = host.ip().isLocal(original.destination()) ? original.destination() : host.ip().sourceFor(src);
        } catch (SocketError e) {
            host.counters().increment(StackCounter.IP_NO_ROUTE);
            return;
        }
        send(from, src, new IcmpMessage(type, code, restOfHeader, quoteBytes));
        host.counters().increment(StackCounter.ICMP_ERRORS_OUT);
    }

    private void send(Ipv4Address from, Ipv4Address to, IcmpMessage m) {
        host.counters().increment(StackCounter.ICMP_OUT);
        host.ip().send(Ipv4Packet.of(host.config().defaultTtl(), Ipv4Packet.PROTOCOL_ICMP, from, to, host.ip().nextIdentification(), m.toBuffer()));
    }

    /**
     * Sends one echo request with {@code dataLength} bytes of data; the future completes with the
     * reply, or fails with a {@link SocketError}: ETIMEDOUT after {@code timeout}, or what an ICMP
     * error said (EHOSTUNREACH, ENETUNREACH...). Callable from any thread.
     */
    public CompletableFuture<EchoReply> echo(Ipv4Address destination, int dataLength, Duration timeout) {
        if (dataLength < 0 || dataLength > Ipv4Packet.MAX_LENGTH - Ipv4Packet.MIN_HEADER_LENGTH - IcmpMessage.HEADER_LENGTH) {
            throw new IllegalArgumentException("echo data is 0 to 65507 bytes, not " + dataLength);
        }
        CompletableFuture<EchoReply> result = new CompletableFuture<>();
        host.onLoop(() -> {
            Ipv4Address source;
            try {
                source = host.ip().sourceFor(destination);
            } catch (SocketError e) {
                result.completeExceptionally(e);
                return;
            }
            int sequence = nextSequence;
            nextSequence = (nextSequence + 1) & 0xFFFF;
            byte[] data = new byte[dataLength];
            for (int i = 0; i < dataLength; i++) {
                data[i] = (byte) (sequence + i); // a pattern, so a reply with changed data is noticed
            }
            EventLoop.Timer timer = host.loop().schedule(timeout.toNanos(), () -> {
                if (outstanding.remove(sequence) != null) {
                    result.completeExceptionally(new SocketError(Errno.ETIMEDOUT, "no echo reply from " + destination + " in " + timeout.toMillis() + " ms"));
                }
            });
            Outstanding old = outstanding.put(sequence, new Outstanding(result, ByteBuffer.wrap(data), host.now(), timer));
            if (old != null) {
                old.timer.cancel();
                old.result.completeExceptionally(new SocketError(Errno.ETIMEDOUT, "sequence number reused"));
            }
            send(source, destination, IcmpMessage.echo(IcmpMessage.ECHO_REQUEST, identifier, sequence, ByteBuffer.wrap(data)));
        });
        return result;
    }

    /**
     * {@code count} echo requests, one every {@code interval}, each waited for up to
     * {@code timeout}; completes when all have answered or timed out.
     */
    public CompletableFuture<PingSummary> ping(Ipv4Address destination, int count, Duration interval, int dataLength, Duration timeout) {
        List<CompletableFuture<EchoReply>> each = new ArrayList<>();
        CompletableFuture<PingSummary> summary = new CompletableFuture<>();
        host.onLoop(() -> {
            for (int i = 0; i < count; i++) {
                CompletableFuture<EchoReply> f = new CompletableFuture<>();
                each.add(f);
                host.loop().schedule(interval.toNanos() * i, () -> echo(destination, dataLength, timeout).whenComplete((r, e) -> {
                    if (e != null) {
                        f.completeExceptionally(e);
                    } else {
                        f.complete(r);
                    }
                }));
            }
            CompletableFuture.allOf(each.stream().map(f -> f.handle((r, e) -> r)).toArray(CompletableFuture[]::new))
                    .thenRun(() -> {
                        List<EchoReply> replies = new ArrayList<>();
                        List<String> errors = new ArrayList<>();
                        for (CompletableFuture<EchoReply> f : each) {
                            f.handle((r, e) -> {
                                if (r != null) {
                                    replies.add(r);
                                } else {
                                    errors.add(e.getMessage());
                                }
                                return null;
                            });
                        }
                        summary.complete(new PingSummary(count, replies, errors));
                    });
        });
        return summary;
    }
}
