package jnic.stack.icmp;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import jnic.driver.time.EventLoop;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Parsed;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.IcmpErrors;
import jnic.stack.iface.IpLayer;
import jnic.stack.iface.ProtocolHandler;
import jnic.stack.iface.StackCounter;

/**
 * ICMP (RFC 792, RFC 1122 section 3.2.2) as a protocol on IP: answers echo requests, pings, and
 * hands each error message that arrives about a datagram this host sent to the protocol that sent
 * it. The errors this host sends are the IP layer's ({@link IcmpErrors}).
 */
public final class Icmp implements ProtocolHandler {
    private record Outstanding(
            CompletableFuture<EchoReply> result, ByteBuffer data, long sentAt, EventLoop.Timer timer) {}

    private final IpLayer ip;
    private final int identifier;
    private final Map<Integer, Outstanding> outstanding = new HashMap<>();
    private int nextSequence;

    public Icmp(IpLayer ip, int identifier) {
        this.ip = ip;
        this.identifier = identifier & 0xFFFF;
    }

    /** The identifier this host's echo requests carry. */
    public int identifier() {
        return identifier;
    }

    @Override
    public void receive(Ipv4Packet p, boolean broadcast) {
        ip.counters().increment(StackCounter.ICMP_IN);
        Parsed<IcmpMessage> parsed = IcmpMessage.parse(p.payload());
        if (!parsed.isOk()) {
            ip.counters().malformed(StackCounter.ICMP_MALFORMED, parsed.error());
            return;
        }
        IcmpMessage m = parsed.value();
        if (m.type() == IcmpMessage.ECHO_REQUEST && m.code() == 0) {
            if (broadcast) {
                ip.counters()
                        .increment(
                                StackCounter
                                        .ICMP_IGNORED); // as Linux's icmp_echo_ignore_broadcasts (RFC 1122 leaves it
                // open)
                return;
            }
            send(
                    p.destination(),
                    p.source(),
                    IcmpMessage.echo(IcmpMessage.ECHO_REPLY, m.identifier(), m.sequence(), m.data()));
            ip.counters().increment(StackCounter.ICMP_ECHO_REPLIES_OUT);
        } else if (m.type() == IcmpMessage.ECHO_REPLY) {
            echoReply(p, m);
        } else if (m.isError()) {
            errorInput(p, m);
        } else {
            ip.counters().increment(StackCounter.ICMP_IGNORED);
        }
    }

    private void echoReply(Ipv4Packet p, IcmpMessage m) {
        Outstanding o = m.identifier() == identifier ? outstanding.get(m.sequence()) : null;
        if (o == null || !o.data.equals(m.data())) {
            ip.counters().increment(StackCounter.ICMP_IGNORED); // not ours, late, or its data came back changed
            return;
        }
        outstanding.remove(m.sequence());
        o.timer.cancel();
        o.result.complete(new EchoReply(p.source(), m.sequence(), m.data().remaining(), p.ttl(), ip.now() - o.sentAt));
    }

    private void errorInput(Ipv4Packet p, IcmpMessage m) {
        ip.counters().increment(StackCounter.ICMP_ERRORS_IN);
        Parsed<Ipv4Packet> quoted = Ipv4Packet.parseQuoted(m.data());
        if (!quoted.isOk() || !ip.isLocal(quoted.value().source())) {
            ip.counters().increment(StackCounter.ICMP_IGNORED);
            return;
        }
        ProtocolHandler h = quoted.value().protocol() == Ipv4Packet.PROTOCOL_ICMP
                ? this
                : ip.handler(quoted.value().protocol());
        if (h != null) {
            h.icmpError(m, p.source(), quoted.value());
        }
    }

    /** An error about one of our echo requests fails its ping. */
    @Override
    public void icmpError(IcmpMessage error, Ipv4Address reporter, Ipv4Packet quoted) {
        ByteBuffer q = quoted.payload();
        if (q.remaining() < IcmpMessage.HEADER_LENGTH
                || (q.get(q.position()) & 0xFF) != IcmpMessage.ECHO_REQUEST
                || (q.getShort(q.position() + 4) & 0xFFFF) != identifier) {
            return;
        }
        Outstanding o = outstanding.remove(q.getShort(q.position() + 6) & 0xFFFF);
        if (o != null) {
            o.timer.cancel();
            o.result.completeExceptionally(IcmpErrors.describe(error, quoted.destination()));
        }
    }

    private void send(Ipv4Address from, Ipv4Address to, IcmpMessage m) {
        ip.counters().increment(StackCounter.ICMP_OUT);
        ip.send(Ipv4Packet.of(
                ip.defaultTtl(), Ipv4Packet.PROTOCOL_ICMP, from, to, ip.nextIdentification(), m.toBuffer()));
    }

    /**
     * Sends one echo request with {@code dataLength} bytes of data; the future completes with the
     * reply, or fails with a {@link SocketError}: ETIMEDOUT after {@code timeout}, or what an ICMP
     * error said (EHOSTUNREACH, ENETUNREACH...). Callable from any thread.
     */
    public CompletableFuture<EchoReply> echo(Ipv4Address destination, int dataLength, Duration timeout) {
        if (dataLength < 0
                || dataLength > Ipv4Packet.MAX_LENGTH - Ipv4Packet.MIN_HEADER_LENGTH - IcmpMessage.HEADER_LENGTH) {
            throw new IllegalArgumentException("echo data is 0 to 65507 bytes, not " + dataLength);
        }
        CompletableFuture<EchoReply> result = new CompletableFuture<>();
        ip.onLoop(() -> {
            Ipv4Address source;
            try {
                source = ip.sourceFor(destination);
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
            EventLoop.Timer timer = ip.loop().schedule(timeout.toNanos(), () -> {
                if (outstanding.remove(sequence) != null) {
                    result.completeExceptionally(new SocketError(
                            Errno.ETIMEDOUT,
                            "no echo reply from " + destination + " in " + timeout.toMillis() + " ms"));
                }
            });
            Outstanding old =
                    outstanding.put(sequence, new Outstanding(result, ByteBuffer.wrap(data), ip.now(), timer));
            if (old != null) {
                old.timer.cancel();
                old.result.completeExceptionally(new SocketError(Errno.ETIMEDOUT, "sequence number reused"));
            }
            send(
                    source,
                    destination,
                    IcmpMessage.echo(IcmpMessage.ECHO_REQUEST, identifier, sequence, ByteBuffer.wrap(data)));
        });
        return result;
    }

    /**
     * {@code count} echo requests, one every {@code interval}, each waited for up to
     * {@code timeout}; completes when all have answered or timed out.
     */
    public CompletableFuture<PingSummary> ping(
            Ipv4Address destination, int count, Duration interval, int dataLength, Duration timeout) {
        List<CompletableFuture<EchoReply>> each = new ArrayList<>();
        CompletableFuture<PingSummary> summary = new CompletableFuture<>();
        ip.onLoop(() -> {
            for (int i = 0; i < count; i++) {
                CompletableFuture<EchoReply> f = new CompletableFuture<>();
                each.add(f);
                ip.loop()
                        .schedule(
                                interval.toNanos() * i,
                                () -> echo(destination, dataLength, timeout).whenComplete((r, e) -> {
                                    if (e != null) {
                                        f.completeExceptionally(e);
                                    } else {
                                        f.complete(r);
                                    }
                                }));
            }
            CompletableFuture.allOf(
                            each.stream().map(f -> f.handle((r, e) -> r)).toArray(CompletableFuture[]::new))
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
