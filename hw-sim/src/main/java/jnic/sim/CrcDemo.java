package jnic.sim;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * What {@code make demo} shows until the full LAN demo exists: an Ethernet frame carrying the
 * first line of an HTTP request goes through the generated CRC-32 hardware at every width, and the
 * hardware's FCS is checked against java.util.zip.CRC32 and by the receive-side residue check.
 */
public final class CrcDemo {
    private CrcDemo() {
    }

    public static void main(String[] args) {
        byte[] frame = exampleFrame();
        CRC32 reference = new CRC32();
        reference.update(frame);
        long expected = reference.getValue();
        System.out.println(NativeLibrary.get().jnic_sim_version());
        System.out.printf("frame: %d bytes (dst ff:ff:ff:ff:ff:ff, src 02:00:00:00:00:01, type 0x0800), "
                + "java.util.zip.CRC32 = 0x%08x%n", frame.length, expected);
        boolean allGood = true;
        for (int width : new int[] {8, 16, 32, 64}) {
            try (Crc32Core core = new Crc32Core(width)) {
                long before = core.cycles();
                long fcs = core.frame(frame);
                long cycles = core.cycles() - before;
                byte[] onWire = appendFcs(frame, fcs);
                core.frame(onWire);
                boolean residue = core.residueOk();
                allGood &= fcs == expected && residue;
                System.out.printf("  Crc32W%-2d  FCS 0x%08x in %4d clock cycles  %s; receiver's residue check: %s%n",
                        width, fcs, cycles, fcs == expected ? "matches" : "DIFFERS", residue ? "pass" : "FAIL");
            }
        }
        System.out.println(allGood ? "all widths agree with java.util.zip.CRC32" : "MISMATCH");
        if (!allGood) {
            System.exit(1);
        }
    }

    private static byte[] exampleFrame() {
        byte[] payload = "GET / HTTP/1.1\r\nHost: server.lan\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[Math.max(60, 14 + payload.length)]; // padded to the 60-byte minimum
        for (int i = 0; i < 6; i++) {
            frame[i] = (byte) 0xFF;
        }
        frame[6] = 0x02;
        frame[11] = 0x01;
        frame[12] = 0x08;
        System.arraycopy(payload, 0, frame, 14, payload.length);
        return frame;
    }

    private static byte[] appendFcs(byte[] frame, long fcs) {
        byte[] out = java.util.Arrays.copyOf(frame, frame.length + 4);
        for (int i = 0; i < 4; i++) {
            out[frame.length + i] = (byte) (fcs >>> (8 * i)); // least significant byte first on the wire
        }
        return out;
    }
}
