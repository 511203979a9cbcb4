package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * An ARP packet for IPv4 over Ethernet (RFC 826): hardware type 1, protocol type 0x0800,
 * address lengths 6 and 4. Other combinations parse as {@link Malformed#UNSUPPORTED}.
 */
public record ArpPacket(
        int operation,
        MacAddress senderHardware,
        Ipv4Address senderProtocol,
        MacAddress targetHardware,
        Ipv4Address targetProtocol) {
    public static final int LENGTH = 28;
    public static final int REQUEST = 1;
    public static final int REPLY = 2;
    private static final int HARDWARE_ETHERNET = 1;

    public ArpPacket {
        if (operation < 0 || operation > 0xFFFF) {
            throw new IllegalArgumentException("an ARP operation is 16 bits, not " + operation);
        }
    }

    public static Parsed<ArpPacket> parse(ByteBuffer b) {
        int s = b.position();
        if (b.remaining() < LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        if ((b.getShort(s) & 0xFFFF) != HARDWARE_ETHERNET
                || (b.getShort(s + 2) & 0xFFFF) != EtherType.IPV4
                || b.get(s + 4) != MacAddress.LENGTH
                || b.get(s + 5) != Ipv4Address.LENGTH) {
            return Parsed.error(Malformed.UNSUPPORTED);
        }
        byte[] sha = new byte[6];
        byte[] tha = new byte[6];
        b.get(s + 8, sha);
        b.get(s + 18, tha);
        return Parsed.ok(new ArpPacket(
                b.getShort(s + 6) & 0xFFFF,
                MacAddress.of(sha, 0),
                Ipv4Address.read(b, s + 14),
                MacAddress.of(tha, 0),
                Ipv4Address.read(b, s + 24)));
    }

    public int length() {
        return LENGTH;
    }

    public void emit(ByteBuffer out, int index) {
        out.putShort(index, (short) HARDWARE_ETHERNET);
        out.putShort(index + 2, (short) EtherType.IPV4);
        out.put(index + 4, (byte) MacAddress.LENGTH);
        out.put(index + 5, (byte) Ipv4Address.LENGTH);
        out.putShort(index + 6, (short) operation);
        out.put(index + 8, senderHardware.toBytes());
        senderProtocol.write(out, index + 14);
        out.put(index + 18, targetHardware.toBytes());
        targetProtocol.write(out, index + 24);
    }

    /** Sender and target protocol addresses equal: an announcement (RFC 5227 section 3). */
    public boolean isGratuitous() {
        return senderProtocol.equals(targetProtocol);
    }
}
