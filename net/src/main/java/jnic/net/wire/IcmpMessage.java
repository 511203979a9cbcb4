package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * An ICMP message (RFC 792): type, code, the four header bytes whose meaning depends on the type
 * (identifier and sequence for echo, next-hop MTU for "fragmentation needed", unused otherwise),
 * and the data. The checksum covers the whole message; {@link #parse} checks it.
 */
public record IcmpMessage(int type, int code, int restOfHeader, ByteBuffer data) {
    public static final int HEADER_LENGTH = 8;
    public static final int ECHO_REPLY = 0;
    public static final int DESTINATION_UNREACHABLE = 3;
    public static final int ECHO_REQUEST = 8;
    public static final int TIME_EXCEEDED = 11;
    public static final int PARAMETER_PROBLEM = 12;
    /** Destination-unreachable codes (RFC 792, RFC 1812 section 5.2.7.1). */
    public static final int CODE_NET_UNREACHABLE = 0;

    public static final int CODE_HOST_UNREACHABLE = 1;
    public static final int CODE_PROTOCOL_UNREACHABLE = 2;
    public static final int CODE_PORT_UNREACHABLE = 3;
    public static final int CODE_FRAGMENTATION_NEEDED = 4;
    /** Time-exceeded codes. */
    public static final int CODE_TTL_EXCEEDED = 0;

    public static final int CODE_REASSEMBLY_TIME_EXCEEDED = 1;

    public IcmpMessage {
        if (type < 0 || type > 0xFF || code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("ICMP type and code are 8 bits, not " + type + "/" + code);
        }
    }

    public static IcmpMessage echo(int type, int identifier, int sequence, ByteBuffer data) {
        return new IcmpMessage(type, 0, (identifier & 0xFFFF) << 16 | sequence & 0xFFFF, data);
    }

    public static Parsed<IcmpMessage> parse(ByteBuffer b) {
        int s = b.position();
        if (b.remaining() < HEADER_LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        if (Checksum.of(b, s, b.remaining()) != 0) {
            return Parsed.error(Malformed.BAD_CHECKSUM);
        }
        return Parsed.ok(new IcmpMessage(
                b.get(s) & 0xFF,
                b.get(s + 1) & 0xFF,
                b.getInt(s + 4),
                b.slice(s + HEADER_LENGTH, b.remaining() - HEADER_LENGTH)));
    }

    public int identifier() {
        return restOfHeader >>> 16;
    }

    public int sequence() {
        return restOfHeader & 0xFFFF;
    }

    /** An error message (unreachable, time exceeded, parameter problem, source quench, redirect). */
    public boolean isError() {
        return isErrorType(type);
    }

    /** Unreachable, source quench (4), redirect (5), time exceeded, parameter problem. */
    public static boolean isErrorType(int type) {
        return type == DESTINATION_UNREACHABLE
                || type == TIME_EXCEEDED
                || type == PARAMETER_PROBLEM
                || type == 4
                || type == 5;
    }

    public int length() {
        return HEADER_LENGTH + data.remaining();
    }

    public void emit(ByteBuffer out, int index) {
        out.put(index, (byte) type);
        out.put(index + 1, (byte) code);
        out.putShort(index + 2, (short) 0);
        out.putInt(index + 4, restOfHeader);
        out.put(index + HEADER_LENGTH, data, data.position(), data.remaining());
        out.putShort(index + 2, (short) Checksum.of(out, index, length()));
    }

    public ByteBuffer toBuffer() {
        ByteBuffer b = ByteBuffer.allocate(length());
        emit(b, 0);
        return b;
    }
}
