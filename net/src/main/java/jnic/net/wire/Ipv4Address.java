package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * An IPv4 address as its 32-bit value. Not {@link java.net.Inet4Address}: routing needs prefix
 * arithmetic on the int, and {@code InetAddress.getByName} would consult the machine's resolver
 * for a name, which a stack on simulated hardware must never do.
 */
public record Ipv4Address(int value) implements Comparable<Ipv4Address> {
    public static final int LENGTH = 4;
    public static final Ipv4Address ANY = new Ipv4Address(0);
    public static final Ipv4Address BROADCAST = new Ipv4Address(-1);

    /** Parses dotted-quad text ("10.0.0.1"); throws {@link IllegalArgumentException} with the reason. */
    public static Ipv4Address parse(String text) {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 4) {
            throw new IllegalArgumentException(
                    "'" + text + "' is not an IPv4 address (four dot-separated numbers 0-255)");
        }
        int v = 0;
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException(
                        "'" + text + "' is not an IPv4 address ('" + p + "' is not a number 0-255)");
            }
            int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new IllegalArgumentException("'" + text + "' is not an IPv4 address (" + octet + " > 255)");
            }
            v = v << 8 | octet;
        }
        return new Ipv4Address(v);
    }

    public static Ipv4Address of(int a, int b, int c, int d) {
        return new Ipv4Address((a & 0xFF) << 24 | (b & 0xFF) << 16 | (c & 0xFF) << 8 | d & 0xFF);
    }

    public static Ipv4Address read(ByteBuffer buffer, int index) {
        return new Ipv4Address(buffer.getInt(index));
    }

    public void write(ByteBuffer buffer, int index) {
        buffer.putInt(index, value);
    }

    public byte[] toBytes() {
        return new byte[] {(byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value};
    }

    public boolean isAny() {
        return value == 0;
    }

    public boolean isLimitedBroadcast() {
        return value == -1;
    }

    /** 224.0.0.0/4 (RFC 5771). */
    public boolean isMulticast() {
        return (value >>> 28) == 0xE;
    }

    /** 127.0.0.0/8 (RFC 1122 3.2.1.3). */
    public boolean isLoopback() {
        return (value >>> 24) == 127;
    }

    @Override
    public int compareTo(Ipv4Address o) {
        return Integer.compareUnsigned(value, o.value);
    }

    @Override
    public String toString() {
        return (value >>> 24) + "." + (value >>> 16 & 0xFF) + "." + (value >>> 8 & 0xFF) + "." + (value & 0xFF);
    }
}
