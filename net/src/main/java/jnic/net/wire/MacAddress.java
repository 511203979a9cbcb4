package jnic.net.wire;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 48-bit IEEE 802 MAC address in wire order (byte 0 goes on the wire first). Immutable: the
 * bytes are copied in and out.
 */
public final class MacAddress {
    public static final int LENGTH = 6;
    public static final MacAddress BROADCAST = new MacAddress(new byte[] {-1, -1, -1, -1, -1, -1});

    private final byte[] bytes;

    private MacAddress(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The address in {@code bytes[offset .. offset + 6)}. */
    public static MacAddress of(byte[] bytes, int offset) {
        if (offset < 0 || bytes.length - offset < LENGTH) {
            throw new IllegalArgumentException(
                    "a MAC address needs 6 bytes at offset " + offset + " of " + bytes.length);
        }
        return new MacAddress(Arrays.copyOfRange(bytes, offset, offset + LENGTH));
    }

    public static MacAddress of(byte... bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException("a MAC address has 6 bytes, not " + bytes.length);
        }
        return of(bytes, 0);
    }

    /** Parses {@code 02:4a:4e:49:43:01} (or with '-'). */
    public static MacAddress parse(String text) {
        String[] parts = text.split("[:-]");
        if (parts.length != LENGTH) {
            throw new IllegalArgumentException("not a MAC address (6 hex bytes separated by ':'): '" + text + "'");
        }
        byte[] b = new byte[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            if (parts[i].length() != 2) {
                throw new IllegalArgumentException("not a MAC address (two hex digits per byte): '" + text + "'");
            }
            try {
                b[i] = (byte) Integer.parseInt(parts[i], 16);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a MAC address (bad hex '" + parts[i] + "'): '" + text + "'");
            }
        }
        return new MacAddress(b);
    }

    public byte[] toBytes() {
        return bytes.clone();
    }

    /** Writes the address into {@code target[offset .. offset + 6)}. */
    public void copyTo(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, LENGTH);
    }

    /** The individual/group bit (IEEE 802-2014 8.2): set for multicast and broadcast. */
    public boolean isGroup() {
        return (bytes[0] & 1) != 0;
    }

    public boolean isBroadcast() {
        return equals(BROADCAST);
    }

    /** The universal/local bit: set for locally administered addresses. */
    public boolean isLocallyAdministered() {
        return (bytes[0] & 2) != 0;
    }

    public boolean isZero() {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MacAddress m && Arrays.equals(bytes, m.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return HexFormat.ofDelimiter(":").formatHex(bytes);
    }
}
