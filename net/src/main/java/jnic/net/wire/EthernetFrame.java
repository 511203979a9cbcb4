package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * An Ethernet II frame as the device hands it over (IEEE 802.3 clause 3.2 without preamble, SFD
 * and FCS): destination, source, EtherType, payload. The payload is a view into the frame's
 * buffer, and may carry the padding a short frame got on the wire.
 */
public record EthernetFrame(MacAddress destination, MacAddress source, int etherType, ByteBuffer payload) {
    /** Destination (6), source (6), EtherType (2). */
    public static final int HEADER_LENGTH = 14;

    public static final int ETHERTYPE_OFFSET = 12;
    /** Standard Ethernet payload, the MTU of an Ethernet link (IEEE 802.3 clause 3.2.7). */
    public static final int MTU = 1500;

    public EthernetFrame {
        if (etherType < 0 || etherType > 0xFFFF) {
            throw new IllegalArgumentException("an EtherType is 16 bits, not " + etherType);
        }
    }

    /** The EtherType of a frame at least {@link #HEADER_LENGTH} bytes long, without parsing the rest. */
    public static int etherType(byte[] frame) {
        return (frame[ETHERTYPE_OFFSET] & 0xFF) << 8 | frame[ETHERTYPE_OFFSET + 1] & 0xFF;
    }

    public static Parsed<EthernetFrame> parse(byte[] frame) {
        return parse(ByteBuffer.wrap(frame));
    }

    /** Parses the bytes from the buffer's position to its limit. */
    public static Parsed<EthernetFrame> parse(ByteBuffer buffer) {
        int start = buffer.position();
        if (buffer.remaining() < HEADER_LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        byte[] mac = new byte[12];
        buffer.get(start, mac);
        return Parsed.ok(new EthernetFrame(
                MacAddress.of(mac, 0),
                MacAddress.of(mac, 6),
                buffer.getShort(start + ETHERTYPE_OFFSET) & 0xFFFF,
                buffer.slice(start + HEADER_LENGTH, buffer.remaining() - HEADER_LENGTH)));
    }

    public int length() {
        return HEADER_LENGTH + payload.remaining();
    }

    /** Writes the frame at {@code index}. */
    public void emit(ByteBuffer out, int index) {
        emitHeader(destination, source, etherType, out, index);
        out.put(index + HEADER_LENGTH, payload, payload.position(), payload.remaining());
    }

    /** Writes just a header, for senders that build the payload in place behind it. */
    public static void emitHeader(MacAddress destination, MacAddress source, int etherType, ByteBuffer out, int index) {
        out.put(index, destination.toBytes());
        out.put(index + 6, source.toBytes());
        out.putShort(index + ETHERTYPE_OFFSET, (short) etherType);
    }

    public byte[] toBytes() {
        byte[] b = new byte[length()];
        emit(ByteBuffer.wrap(b), 0);
        return b;
    }
}
