package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * An IPv4 datagram or fragment (RFC 791 section 3.1). Version, header length, total length and
 * header checksum are not fields: {@link #emit} derives them and {@link #parse} checks them.
 * Options are carried as raw bytes (a multiple of 4, at most 40); the payload is a view.
 *
 * @param fragmentOffset in bytes (a multiple of 8), not the wire's 8-byte units
 */
public record Ipv4Packet(
        int typeOfService,
        int identification,
        boolean dontFragment,
        boolean moreFragments,
        int fragmentOffset,
        int ttl,
        int protocol,
        Ipv4Address source,
        Ipv4Address destination,
        ByteBuffer options,
        ByteBuffer payload) {
    public static final int MIN_HEADER_LENGTH = 20;
    public static final int MAX_HEADER_LENGTH = 60;
    public static final int MAX_LENGTH = 65535;
    /** The least MTU of any IPv4 link: a 60-byte header and an 8-byte fragment (RFC 791). */
    public static final int MIN_MTU = 68;

    public static final int PROTOCOL_ICMP = 1;
    public static final int PROTOCOL_TCP = 6;
    public static final int PROTOCOL_UDP = 17;
    private static final ByteBuffer NO_OPTIONS = ByteBuffer.allocate(0);
    private static final int FLAG_DF = 0x4000;
    private static final int FLAG_MF = 0x2000;
    private static final int OFFSET_MASK = 0x1FFF;

    public Ipv4Packet {
        check(typeOfService, 0xFF, "type of service");
        check(identification, 0xFFFF, "identification");
        check(ttl, 0xFF, "TTL");
        check(protocol, 0xFF, "protocol");
        if (fragmentOffset < 0 || fragmentOffset % 8 != 0 || fragmentOffset / 8 > OFFSET_MASK) {
            throw new IllegalArgumentException(
                    "a fragment offset is a multiple of 8 below 65536, not " + fragmentOffset);
        }
        if (options.remaining() % 4 != 0 || options.remaining() > MAX_HEADER_LENGTH - MIN_HEADER_LENGTH) {
            throw new IllegalArgumentException(
                    "options are padded to a multiple of 4 bytes, at most 40, not " + options.remaining());
        }
        if (MIN_HEADER_LENGTH + options.remaining() + payload.remaining() > MAX_LENGTH) {
            throw new IllegalArgumentException("an IPv4 datagram has at most 65535 bytes");
        }
    }

    /** A datagram without options, unfragmented. */
    public static Ipv4Packet of(
            int ttl,
            int protocol,
            Ipv4Address source,
            Ipv4Address destination,
            int identification,
            ByteBuffer payload) {
        return new Ipv4Packet(
                0, identification, false, false, 0, ttl, protocol, source, destination, NO_OPTIONS, payload);
    }

    private static void check(int v, int max, String what) {
        if (v < 0 || v > max) {
            throw new IllegalArgumentException("the " + what + " is 0 to " + max + ", not " + v);
        }
    }

    /**
     * Parses a datagram from the buffer's position; bytes past the total length (Ethernet
     * padding) are ignored. Checks version, header length, total length, checksum and options.
     */
    public static Parsed<Ipv4Packet> parse(ByteBuffer b) {
        int s = b.position();
        int available = b.remaining();
        if (available < MIN_HEADER_LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        int versionIhl = b.get(s) & 0xFF;
        if (versionIhl >>> 4 != 4) {
            return Parsed.error(Malformed.BAD_VERSION);
        }
        int headerLength = (versionIhl & 0xF) * 4;
        int totalLength = b.getShort(s + 2) & 0xFFFF;
        if (headerLength < MIN_HEADER_LENGTH || totalLength < headerLength) {
            return Parsed.error(Malformed.BAD_LENGTH);
        }
        if (totalLength > available) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        if (Checksum.of(b, s, headerLength) != 0) {
            return Parsed.error(Malformed.BAD_CHECKSUM);
        }
        int flagsOffset = b.getShort(s + 6) & 0xFFFF;
        int fragmentOffset = (flagsOffset & OFFSET_MASK) * 8;
        if (fragmentOffset + totalLength - headerLength > MAX_LENGTH) {
            return Parsed.error(Malformed.BAD_LENGTH); // a fragment reaching past 65535 bytes (the "ping of death")
        }
        ByteBuffer options = b.slice(s + MIN_HEADER_LENGTH, headerLength - MIN_HEADER_LENGTH);
        if (!Ipv4Options.wellFormed(options)) {
            return Parsed.error(Malformed.BAD_FIELD);
        }
        return Parsed.ok(new Ipv4Packet(
                b.get(s + 1) & 0xFF,
                b.getShort(s + 4) & 0xFFFF,
                (flagsOffset & FLAG_DF) != 0,
                (flagsOffset & FLAG_MF) != 0,
                fragmentOffset,
                b.get(s + 8) & 0xFF,
                b.get(s + 9) & 0xFF,
                Ipv4Address.read(b, s + 12),
                Ipv4Address.read(b, s + 16),
                options,
                b.slice(s + headerLength, totalLength - headerLength)));
    }

    /**
     * Parses the datagram an ICMP error quotes (RFC 792: its header and at least 8 bytes of its
     * data): the header must be whole and its checksum right, but the payload is whatever the
     * error carried, however long the total length field says the original was.
     */
    public static Parsed<Ipv4Packet> parseQuoted(ByteBuffer b) {
        int s = b.position();
        if (b.remaining() < MIN_HEADER_LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        int headerLength = (b.get(s) & 0xF) * 4;
        if (headerLength < MIN_HEADER_LENGTH || headerLength > b.remaining()) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        int totalLength = b.getShort(s + 2) & 0xFFFF;
        ByteBuffer copy = ByteBuffer.allocate(Math.min(b.remaining(), Math.max(totalLength, headerLength)));
        copy.put(0, b, s, copy.capacity());
        copy.putShort(2, (short) copy.capacity());
        copy.putShort(10, (short) 0);
        copy.putShort(10, (short) Checksum.of(copy, 0, headerLength));
        if (Checksum.of(b, s, headerLength) != 0) {
            return Parsed.error(Malformed.BAD_CHECKSUM);
        }
        return parse(copy);
    }

    public int headerLength() {
        return MIN_HEADER_LENGTH + options.remaining();
    }

    public int length() {
        return headerLength() + payload.remaining();
    }

    /** A fragment: more follow, or it does not start at 0. */
    public boolean isFragment() {
        return moreFragments || fragmentOffset != 0;
    }

    /** Writes header (with its checksum) and payload at {@code index}. */
    public void emit(ByteBuffer out, int index) {
        emitHeader(out, index);
        out.put(index + headerLength(), payload, payload.position(), payload.remaining());
    }

    /** Writes the header only, for a sender that has put the payload behind it already. */
    public void emitHeader(ByteBuffer out, int index) {
        int hl = headerLength();
        out.put(index, (byte) (0x40 | hl / 4));
        out.put(index + 1, (byte) typeOfService);
        out.putShort(index + 2, (short) length());
        out.putShort(index + 4, (short) identification);
        out.putShort(
                index + 6, (short) ((dontFragment ? FLAG_DF : 0) | (moreFragments ? FLAG_MF : 0) | fragmentOffset / 8));
        out.put(index + 8, (byte) ttl);
        out.put(index + 9, (byte) protocol);
        out.putShort(index + 10, (short) 0);
        source.write(out, index + 12);
        destination.write(out, index + 16);
        out.put(index + MIN_HEADER_LENGTH, options, options.position(), options.remaining());
        out.putShort(index + 10, (short) Checksum.of(out, index, hl));
    }

    public byte[] toBytes() {
        byte[] b = new byte[length()];
        emit(ByteBuffer.wrap(b), 0);
        return b;
    }

    public Ipv4Packet withTtl(int newTtl) {
        return copy(newTtl, moreFragments, fragmentOffset, options, payload);
    }

    public Ipv4Packet withPayload(ByteBuffer newPayload) {
        return copy(ttl, moreFragments, fragmentOffset, options, newPayload);
    }

    /** This datagram's header on a piece of its payload: one fragment (RFC 791 section 3.2, "fragmentation"). */
    public Ipv4Packet fragment(int offset, boolean more, ByteBuffer fragmentOptions, ByteBuffer data) {
        return copy(ttl, more, offset, fragmentOptions, data);
    }

    /** This datagram with the fields a router or a fragmenter changes; the others stay. */
    private Ipv4Packet copy(int newTtl, boolean more, int offset, ByteBuffer newOptions, ByteBuffer newPayload) {
        return new Ipv4Packet(
                typeOfService,
                identification,
                dontFragment,
                more,
                offset,
                newTtl,
                protocol,
                source,
                destination,
                newOptions,
                newPayload);
    }
}
