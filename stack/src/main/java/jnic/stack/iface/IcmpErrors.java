package jnic.stack.iface;

import java.nio.ByteBuffer;
import jnic.net.wire.Checksum;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.stack.Errno;
import jnic.stack.SocketError;

/**
 * ICMP error messages as the IP layer sends them (RFC 792, RFC 1122 section 3.2.2.1, RFC 1812
 * section 4.3.2), and what one means to an application. IP sends its own errors (protocol or port
 * unreachable, TTL exceeded, fragmentation needed, reassembly timeout), as smoltcp's interface
 * does, so no layer below the transports calls up into ICMP.
 */
public final class IcmpErrors {
    /** RFC 1812 section 4.3.2.3: an error message with its quote fits in 576 bytes. */
    private static final int ERROR_DATAGRAM_LIMIT = 576;

    private final Ipv4 ip;

    IcmpErrors(Ipv4 ip) {
        this.ip = ip;
    }

    /**
     * Sends an ICMP error about {@code original} to its source, unless RFC 1122 section 3.2.2
     * forbids one: about an ICMP error, a broadcast or multicast, a fragment other than the
     * first, or from a source that is not a single host. It quotes the header and as much data
     * as fits in 576 bytes (RFC 1812 section 4.3.2.3).
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
        ip.counters().increment(StackCounter.ICMP_OUT);
        ip.counters().increment(StackCounter.ICMP_ERRORS_OUT);
        ip.send(Ipv4Packet.of(
                ip.defaultTtl(), Ipv4Packet.PROTOCOL_ICMP, from, src, ip.nextIdentification(), m.toBuffer()));
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
