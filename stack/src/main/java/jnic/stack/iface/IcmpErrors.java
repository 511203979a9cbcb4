package jnic.stack.iface;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.Checksum;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.TokenBucket;

/**
 * ICMP error messages as the IP layer sends them (RFC 792, RFC 1122 section 3.2.2.1, RFC 1812
 * section 4.3.2), and what one means to an application. IP sends its own errors (protocol or port
 * unreachable, TTL exceeded, fragmentation needed, reassembly timeout), as smoltcp's interface
 * does, so no layer below the transports calls up into ICMP.
 *
 * <p>Rate limiting (RFC 1812 section 4.3.2.8 asks for one and leaves its form open): Linux's,
 * with its sysctls in {@link IpConfig}. Only the types whose bit is set in the rate mask are
 * limited (icmp_ratemask, 0x1818 by default: destination unreachable, source quench, time
 * exceeded, parameter problem); never fragmentation needed (path MTU discovery must not starve)
 * nor an error to the host itself (Linux exempts loopback). Echo replies are no errors and never
 * pass here ({@code jnic.stack.icmp.Icmp} sends them): they are not limited, as with Linux's
 * default mask. A message goes only if two token buckets ({@link TokenBucket}) allow it: its
 * destination's (a burst of 6, then one per icmp_ratelimit: Linux's inet_peer bucket, here kept
 * for the {@value #DESTINATIONS} destinations most recently sent to; one forgotten starts full
 * again) and the host's (a burst of icmp_msgs_burst, then icmp_msgs_per_sec). As Linux has done
 * since 2024 ("icmp: change the order of rate limits"), the host's bucket is looked at first but
 * spent last, only once the destination's has allowed the message, so that errors a destination
 * is refused do not drain the host's credit (a side channel to an off-path observer). Each refusal is counted under the bucket that made
 * it. Unlike Linux, which takes 0 to 2 host-wide tokens at random per message against that
 * side channel, one message takes exactly one token: the limits hold to the message.
 */
public final class IcmpErrors {
    /** RFC 1812 section 4.3.2.3: an error message with its quote fits in 576 bytes. */
    private static final int ERROR_DATAGRAM_LIMIT = 576;
    /** A destination's bucket holds this many messages (Linux's XRLIM_BURST_FACTOR). */
    private static final int DESTINATION_BURST = 6;
    /** Destinations whose buckets are kept; the least recently used is forgotten first. */
    private static final int DESTINATIONS = 1024;

    private final Ipv4 ip;
    private final TokenBucket host;
    private final Map<Ipv4Address, TokenBucket> destinations = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Ipv4Address, TokenBucket> eldest) {
            return size() > DESTINATIONS;
        }
    };

    IcmpErrors(Ipv4 ip) {
        this.ip = ip;
        this.host =
                TokenBucket.perSecond(ip.config().icmpMsgsPerSec(), ip.config().icmpMsgsBurst(), ip.now());
    }

    /**
     * Whether an error of {@code type} and {@code code} to {@code destination} may go now, by the
     * rate limits (see the class comment); a refusal is counted. Loop only.
     */
    private boolean rateAllows(int type, int code, Ipv4Address destination) {
        IpConfig c = ip.config();
        if (type >= 32
                || (c.icmpRateMask() & (1 << type)) == 0
                || type == IcmpMessage.DESTINATION_UNREACHABLE && code == IcmpMessage.CODE_FRAGMENTATION_NEEDED
                || ip.isLocal(destination)) {
            return true;
        }
        long now = ip.now();
        if (!host.available(now)) {
            ip.counters().increment(StackCounter.ICMP_OUT_RATE_LIMIT_GLOBAL);
            return false;
        }
        if (!c.icmpRateLimit().isZero()) {
            TokenBucket b = destinations.computeIfAbsent(
                    destination, d -> new TokenBucket(c.icmpRateLimit().toNanos(), DESTINATION_BURST, now));
            if (!b.take(now)) {
                ip.counters().increment(StackCounter.ICMP_OUT_RATE_LIMIT_HOST);
                return false;
            }
        }
        host.take(now);
        return true;
    }

    /**
     * Sends an ICMP error about {@code original} to its source, unless RFC 1122 section 3.2.2
     * forbids one: about an ICMP error, a broadcast or multicast, a fragment other than the
     * first, or from a source that is not a single host, or the rate limits hold it back. It
     * quotes the header and as much data as fits in 576 bytes (RFC 1812 section 4.3.2.3).
     */
    void send(Ipv4Packet original, int type, int code, int restOfHeader) {
        Ipv4Address src = original.source();
        if (original.fragmentOffset() != 0
                || src.isAny()
                || src.isLimitedBroadcast()
                || src.isMulticast()
                || original.destination().isMulticast()
                || ip.isBroadcast(original.destination())) {
            return;
        }
        if (original.protocol() == Ipv4Packet.PROTOCOL_ICMP) {
            ByteBuffer d = original.payload();
            if (d.remaining() < 1 || IcmpMessage.isErrorType(d.get(d.position()) & 0xFF)) {
                return;
            }
        }
        if (!rateAllows(type, code, src)) {
            return;
        }
        int quotedData = Math.min(
                original.payload().remaining(),
                ERROR_DATAGRAM_LIMIT
                        - Ipv4Packet.MIN_HEADER_LENGTH
                        - IcmpMessage.HEADER_LENGTH
                        - original.headerLength());
        Ipv4Packet quote =
                original.withPayload(original.payload().slice(original.payload().position(), quotedData));
        ByteBuffer quoteBytes = ByteBuffer.wrap(quote.toBytes());
        quoteBytes.putShort(2, (short) original.length()); // the quote shows the original's total length
        quoteBytes.putShort(10, (short) 0);
        quoteBytes.putShort(10, (short) Checksum.of(quoteBytes, 0, original.headerLength()));
        Ipv4Address from;
        try {
            from = ip.isLocal(original.destination()) ? original.destination() : ip.sourceFor(src);
        } catch (SocketError e) {
            ip.counters().increment(StackCounter.IP_NO_ROUTE);
            return;
        }
        IcmpMessage m = new IcmpMessage(type, code, restOfHeader, quoteBytes);
        if (ip.tracer().enabled()) {
            ip.tracer()
                    .event(
                            TraceLayer.IP,
                            String.format(
                                    "sends ICMP %s (type %d, code %d) to %s about its datagram to %s (id %d),"
                                            + " quoting the datagram's header and first bytes (RFC 792, RFC 1812"
                                            + " section 4.3.2.3)",
                                    name(type, code),
                                    type,
                                    code,
                                    src,
                                    original.destination(),
                                    original.identification()));
        }
        ip.counters().increment(StackCounter.ICMP_OUT);
        ip.counters().increment(StackCounter.ICMP_ERRORS_OUT);
        ip.send(Ipv4Packet.of(
                ip.defaultTtl(), Ipv4Packet.PROTOCOL_ICMP, from, src, ip.nextIdentification(), m.toBuffer()));
    }

    /** An ICMP error's name in words (RFC 792). */
    static String name(int type, int code) {
        if (type == IcmpMessage.TIME_EXCEEDED) {
            return code == IcmpMessage.CODE_TTL_EXCEEDED ? "time exceeded in transit" : "reassembly time exceeded";
        }
        if (type == IcmpMessage.DESTINATION_UNREACHABLE) {
            return switch (code) {
                case IcmpMessage.CODE_NET_UNREACHABLE -> "net unreachable";
                case IcmpMessage.CODE_HOST_UNREACHABLE -> "host unreachable";
                case IcmpMessage.CODE_PROTOCOL_UNREACHABLE -> "protocol unreachable";
                case IcmpMessage.CODE_PORT_UNREACHABLE -> "port unreachable";
                case IcmpMessage.CODE_FRAGMENTATION_NEEDED -> "fragmentation needed and DF set";
                default -> "destination unreachable";
            };
        }
        return "error";
    }

    /** The socket error an ICMP error stands for, as Linux reports it to applications. */
    public static SocketError describe(IcmpMessage error, Ipv4Address about) {
        String what = "ICMP type " + error.type() + " code " + error.code() + " about " + about;
        if (error.type() == IcmpMessage.DESTINATION_UNREACHABLE) {
            switch (error.code()) {
                case IcmpMessage.CODE_NET_UNREACHABLE:
                    return new SocketError(Errno.ENETUNREACH, what);
                case IcmpMessage.CODE_PORT_UNREACHABLE:
                    return new SocketError(Errno.ECONNREFUSED, what);
                case IcmpMessage.CODE_FRAGMENTATION_NEEDED:
                    return new SocketError(Errno.EMSGSIZE, what + ", next-hop MTU " + (error.restOfHeader() & 0xFFFF));
                default:
                    return new SocketError(Errno.EHOSTUNREACH, what);
            }
        }
        return new SocketError(
                Errno.EHOSTUNREACH, what + (error.type() == IcmpMessage.TIME_EXCEEDED ? " (time exceeded)" : ""));
    }
}
