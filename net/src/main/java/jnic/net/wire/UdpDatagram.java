package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * A UDP datagram (RFC 768). The checksum covers a pseudo-header of source and destination
 * address, protocol and length; a zero checksum field means the sender computed none, and a
 * computed zero is sent as 0xFFFF.
 */
public record UdpDatagram(int sourcePort, int destinationPort, ByteBuffer data) {
    public static final int HEADER_LENGTH = 8;
    public static final int MAX_DATA = Ipv4Packet.MAX_LENGTH - Ipv4Packet.MIN_HEADER_LENGTH - HEADER_LENGTH;

    public UdpDatagram {
        if (sourcePort < 0 || sourcePort > 0xFFFF || destinationPort < 0 || destinationPort > 0xFFFF) {
            throw new IllegalArgumentException("UDP ports are 16 bits, not " + sourcePort + " and " + destinationPort);
        }
        if (data.remaining() > MAX_DATA) {
            throw new IllegalArgumentException(
                    "a UDP datagram carries at most " + MAX_DATA + " bytes over IPv4, not " + data.remaining());
        }
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
        if ((b.getShort(s + 6) & 0xFFFF) != 0 && sum(b, s, length, source, destination) != 0) {
            return Parsed.error(Malformed.BAD_CHECKSUM);
        }
        return Parsed.ok(new UdpDatagram(
                b.getShort(s) & 0xFFFF,
                b.getShort(s + 2) & 0xFFFF,
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

    /** Writes header, data and checksum at {@code index}; the addresses are the IPv4 header's. */
    public void emit(ByteBuffer out, int index, Ipv4Address source, Ipv4Address destination) {
        out.putShort(index, (short) sourcePort);
        out.putShort(index + 2, (short) destinationPort);
        out.putShort(index + 4, (short) length());
        out.putShort(index + 6, (short) 0);
        out.put(index + HEADER_LENGTH, data, data.position(), data.remaining());
        int c = sum(out, index, length(), source, destination);
        out.putShort(index + 6, (short) (c == 0 ? 0xFFFF : c));
    }

    public ByteBuffer toBuffer(Ipv4Address source, Ipv4Address destination) {
        ByteBuffer b = ByteBuffer.allocate(length());
        emit(b, 0, source, destination);
        return b;
    }
}
