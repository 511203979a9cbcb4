package jnic.sim.golden;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.CRC32;

/**
 * What IEEE 802.3 puts on the wire for a frame, computed independently of the hardware: preamble
 * (7 × 0x55), SFD (0xD5), the frame padded with zeros to 60 bytes, and the FCS from
 * java.util.zip.CRC32, least significant byte first (clauses 3.2 and 4.2.3).
 */
public final class EthernetReference {
    public static final int PREAMBLE = 0x55;
    public static final int SFD = 0xD5;
    public static final int MIN_FRAME = 60;

    private EthernetReference() {}

    public static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The 4 FCS bytes for {@code bytes}, as sent. */
    public static byte[] fcs(byte[] bytes) {
        long c = crc(bytes);
        return new byte[] {(byte) c, (byte) (c >>> 8), (byte) (c >>> 16), (byte) (c >>> 24)};
    }

    public static byte[] padded(byte[] frame) {
        return frame.length >= MIN_FRAME ? frame : Arrays.copyOf(frame, MIN_FRAME);
    }

    /** Preamble, SFD, padded frame and FCS: the bytes a MAC sends for {@code frame}. */
    public static byte[] wire(byte[] frame) {
        byte[] body = padded(frame);
        return concat(preambleAndSfd(), body, fcs(body));
    }

    /** A frame cut after {@code sent} bytes and closed with the complement of their FCS. */
    public static byte[] aborted(byte[] sent) {
        byte[] bad = fcs(sent);
        for (int i = 0; i < bad.length; i++) {
            bad[i] = (byte) ~bad[i];
        }
        return concat(preambleAndSfd(), sent, bad);
    }

    public static byte[] preambleAndSfd() {
        byte[] p = new byte[8];
        Arrays.fill(p, 0, 7, (byte) PREAMBLE);
        p[7] = (byte) SFD;
        return p;
    }

    /** A MAC address as the hardware's address ports hold it: first byte on the wire in bits 7:0. */
    public static long wireOrder(byte[] address) {
        long v = 0;
        for (int i = 0; i < 6; i++) {
            v |= (address[i] & 0xFFL) << (8 * i);
        }
        return v;
    }

    public static byte[] randomBytes(java.util.Random random, int length) {
        byte[] b = new byte[length];
        random.nextBytes(b);
        return b;
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
