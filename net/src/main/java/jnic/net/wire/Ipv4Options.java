package jnic.net.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;

/** The option list in an IPv4 header (RFC 791 section 3.1, "Options"): type-length-value with two one-byte kinds. */
public final class Ipv4Options {
    public static final int END_OF_LIST = 0;
    public static final int NO_OPERATION = 1;
    /** Bit 7 of the type: the option is copied into every fragment. */
    private static final int COPIED = 0x80;

    private Ipv4Options() {}

    /** Whether every option's length stays inside the list. */
    public static boolean wellFormed(ByteBuffer options) {
        int s = options.position();
        int end = options.limit();
        int i = s;
        while (i < end) {
            int type = options.get(i) & 0xFF;
            if (type == END_OF_LIST) {
                return true;
            }
            if (type == NO_OPERATION) {
                i++;
                continue;
            }
            if (i + 1 >= end) {
                return false;
            }
            int len = options.get(i + 1) & 0xFF;
            if (len < 2 || i + len > end) {
                return false;
            }
            i += len;
        }
        return true;
    }

    /**
     * The options a non-first fragment carries: those with the copied bit, padded with
     * end-of-list to a multiple of 4 (RFC 791: "copied flag").
     */
    public static ByteBuffer copiedOnFragmentation(ByteBuffer options) {
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        int i = options.position();
        int end = options.limit();
        while (i < end) {
            int type = options.get(i) & 0xFF;
            if (type == END_OF_LIST) {
                break;
            }
            if (type == NO_OPERATION) {
                i++;
                continue;
            }
            int len = options.get(i + 1) & 0xFF;
            if ((type & COPIED) != 0) {
                for (int k = 0; k < len; k++) {
                    kept.write(options.get(i + k));
                }
            }
            i += len;
        }
        while (kept.size() % 4 != 0) {
            kept.write(END_OF_LIST);
        }
        return ByteBuffer.wrap(kept.toByteArray());
    }
}
