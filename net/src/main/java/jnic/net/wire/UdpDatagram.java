package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * A UDP datagram over IPv4 (RFC 768). The checksum covers a pseudo-header of source and
 * destination address, protocol and length. RFC 768: "An all zero transmitted checksum value means
 * that the transmitter generated no checksum"; such a datagram parses unchecked, with
 * {@link #checksummed} false (RFC 1122 section 4.1.3.4 lets an application choose to have it
 * discarded; by default it is passed on, as Linux does). A computed zero is sent as 0xFFFF, so a
 * checksummed datagram never carries zero. The rule is IPv4's: over IPv6 a zero checksum is
 * invalid (RFC 8200 section 8.1).
 *
 * @param checksummed whether the checksum field holds a checksum; false for a zero field, which
 *     {@link #emit} writes as it is
 */
public record UdpDatagram(int sourcePort, int destinationPort, boolean checksummed, ByteBuffer data) {
    public static final int HEADER_LENGTH = 8;
    public static final int MAX_DATA = Ipv4Packet.MAX_LENGTH - Ipv4Packet.MIN_HEADER_LENGTH - HEADER_LENGTH;

    /** Where the checksum field lies in the header. */
    public static final int CHECKSUM_OFFSET = 6;

    public UdpDatagram {
        if (sourcePort < 0 || sourcePort > 0xFFFF || destinationPort < 0 || destinationPort > 0xFFFF) {
            throw new IllegalArgumentException("UDP ports are 16 bits, not " + sourcePort + " and " + destinationPort);
        }
        if (data.remaining() > MAX_DATA) {
            throw new IllegalArgumentException(
                    "a UDP datagram carries at most " + MAX_DATA + " bytes over IPv4, not " + data.remaining());
        }
    }

    /** A datagram with a checksum, as this stack sends them. */
    public UdpDatagram(int sourcePort, int destinationPort, ByteBuffer data) {
        this(sourcePort, destinationPort, true, data);
    }

    /** Parses and, when the checksum field is not zero, verifies it against the pseudo-header. */
    public static Parsed<UdpDatagram> parse(ByteBuffer b, Ipv4Address source, Ipv4Address destination) {
        int s = b.position();
        if (b.remaining() < HEADER_LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        int length = b.getShort(s + 4) & 0xFFFF;
        if (length < HEADER_LENGTH) {
            return Parsed.error(Malformed.BAD_LENGTH);
        }
        if (length > b.remaining()) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        boolean checksummed = (b.getShort(s + CHECKSUM_OFFSET) & 0xFFFF) != 0;
        if (checksummed && sum(b, s, length, source, destination) != 0) {
            return Parsed.error(Malformed.BAD_CHECKSUM);
        }
        return Parsed.ok(new UdpDatagram(
                b.getShort(s) & 0xFFFF,
                b.getShort(s + 2) & 0xFFFF,
                checksummed,
                b.slice(s + HEADER_LENGTH, length - HEADER_LENGTH)));
    }

    private static int sum(ByteBuffer b, int index, int length, Ipv4Address source, Ipv4Address destination) {
        return Checksum.finish(Checksum.add(
                Checksum.pseudoHeader(source.value(), destination.value(), Ipv4Packet.PROTOCOL_UDP, length),
                b,
                index,
                length));
    }

    public int length() {
        return HEADER_LENGTH + data.remaining();
    }

    /**
     * Writes header, data and checksum at {@code index}; the addresses are the IPv4 header's. The
     * checksum field is 0 when the datagram is not {@link #checksummed}.
     */
    public void emit(ByteBuffer out, int index, Ipv4Address source, Ipv4Address destination) {
        out.putShort(index, (short) sourcePort);
        out.putShort(index + 2, (short) destinationPort);
        out.putShort(index + 4, (short) length());
        out.putShort(index + CHECKSUM_OFFSET, (short) 0);
        out.put(index + HEADER_LENGTH, data, data.position(), data.remaining());
        if (checksummed) {
            int c = sum(out, index, length(), source, destination);
            out.putShort(index + CHECKSUM_OFFSET, (short) (c == 0 ? 0xFFFF : c));
        }
    }

    public ByteBuffer toBuffer(Ipv4Address source, Ipv4Address destination) {
        ByteBuffer b = ByteBuffer.allocate(length());
        emit(b, 0, source, destination);
        return b;
    }
}
