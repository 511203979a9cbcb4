package jnic.sim;

import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads back the enhanced packet blocks of a pcapng file as the simulated world writes it
 * ({@link World#capturePcapng}: one section, little-endian, one interface, timestamps in
 * nanoseconds; see jnic_sim.h).
 * Written here because no kept Java library reads pcapng (pcap4j reads it through libpcap, a
 * native dependency this reader does not need for 60 lines). Every length is checked; a
 * damaged file gives an {@link IOException} saying where.
 */
public final class Pcapng {
    /**
     * One captured frame: when it began on the line (ns), its bytes (FCS included), the comment, and
     * the epb_flags word (0 when absent): direction in bits 0-1, link-layer errors in bits 24-31.
     */
    public record Packet(long nanos, byte[] bytes, String comment, int flags) {
        /** epb_flags bits (pcapng specification, Enhanced Packet Block flags word). */
        public static final int INBOUND = 1;

        public static final int CRC_ERROR = 1 << 24;
        public static final int SYMBOL_ERROR = 1 << 31;

        public Packet(long nanos, byte[] bytes, String comment) {
            this(nanos, bytes, comment, 0);
        }

        public boolean crcError() {
            return (flags & CRC_ERROR) != 0;
        }

        public boolean symbolError() {
            return (flags & SYMBOL_ERROR) != 0;
        }
    }

    private static final int SECTION_HEADER = 0x0A0D0D0A;
    private static final int ENHANCED_PACKET = 6;
    private static final int OPTION_END = 0;
    private static final int OPTION_COMMENT = 1;
    private static final int OPTION_EPB_FLAGS = 2;

    private Pcapng() {}

    public static List<Packet> read(Path file) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        if (b.remaining() < 12 || b.getInt(0) != SECTION_HEADER || b.getInt(8) != 0x1A2B3C4D) {
            throw new IOException(file + " is not a little-endian pcapng file");
        }
        List<Packet> packets = new ArrayList<>();
        try {
            while (b.remaining() >= 12) {
                int start = b.position();
                int type = b.getInt();
                int length = b.getInt();
                if (length < 12
                        || length % 4 != 0
                        || length > b.limit() - start
                        || b.getInt(start + length - 4) != length) {
                    throw new IOException(file + ": bad block length " + length + " at byte " + start);
                }
                if (type == ENHANCED_PACKET) {
                    packets.add(packet(b, start + length - 4));
                }
                b.position(start + length);
            }
        } catch (BufferUnderflowException | IndexOutOfBoundsException e) {
            throw new IOException(file + ": a block runs past its length", e);
        }
        return packets;
    }

    private static Packet packet(ByteBuffer b, int end) throws IOException {
        b.getInt(); // interface 0
        long time = (b.getInt() & 0xFFFFFFFFL) << 32 | b.getInt() & 0xFFFFFFFFL;
        int captured = b.getInt();
        b.getInt(); // original length
        if (captured < 0 || captured > end - b.position()) {
            throw new IOException("a packet of " + captured + " bytes does not fit its block");
        }
        byte[] data = new byte[captured];
        b.get(data);
        b.position(b.position() + (4 - captured % 4) % 4);
        String comment = "";
        int flags = 0;
        while (b.position() + 4 <= end) {
            int code = b.getShort() & 0xFFFF;
            int len = b.getShort() & 0xFFFF;
            if (code == OPTION_END) {
                break;
            }
            if (len > end - b.position()) {
                throw new IOException("an option of " + len + " bytes does not fit its block");
            }
            byte[] value = new byte[len];
            b.get(value);
            b.position(b.position() + (4 - len % 4) % 4);
            if (code == OPTION_COMMENT) {
                comment = new String(value, StandardCharsets.UTF_8);
            } else if (code == OPTION_EPB_FLAGS && len == 4) {
                flags = ByteBuffer.wrap(value).order(ByteOrder.LITTLE_ENDIAN).getInt();
            }
        }
        return new Packet(time, data, comment, flags);
    }
}
