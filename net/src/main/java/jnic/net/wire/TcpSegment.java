package jnic.net.wire;

import java.nio.ByteBuffer;

/**
 * A TCP segment (RFC 9293 section 3.1): ports, sequence and acknowledgment numbers (32-bit,
 * compared modulo 2^32 by the engine), the control bits, window, urgent pointer, options as raw
 * bytes (see {@link TcpOptions}) and the data. Data offset and checksum are not fields:
 * {@link #emit} derives them and {@link #parse} checks them (the checksum covers the same
 * pseudo-header as UDP's, with protocol 6).
 */
public record TcpSegment(
        int sourcePort,
        int destinationPort,
        int sequence,
        int acknowledgment,
        int flags,
        int window,
        int urgentPointer,
        ByteBuffer options,
        ByteBuffer data) {
    public static final int MIN_HEADER_LENGTH = 20;
    public static final int MAX_HEADER_LENGTH = 60;
    /** Where the checksum field lies in the header. */
    public static final int CHECKSUM_OFFSET = 16;

    public static final int FIN = 0x01;
    public static final int SYN = 0x02;
    public static final int RST = 0x04;
    public static final int PSH = 0x08;
    public static final int ACK = 0x10;
    public static final int URG = 0x20;
    public static final int ECE = 0x40;
    public static final int CWR = 0x80;

    public TcpSegment {
        if (sourcePort < 0 || sourcePort > 0xFFFF || destinationPort < 0 || destinationPort > 0xFFFF) {
            throw new IllegalArgumentException("TCP ports are 16 bits, not " + sourcePort + " and " + destinationPort);
        }
        if (flags < 0 || flags > 0xFF || window < 0 || window > 0xFFFF || urgentPointer < 0 || urgentPointer > 0xFFFF) {
            throw new IllegalArgumentException("flags are 8 bits, window and urgent pointer 16");
        }
        if (options.remaining() % 4 != 0 || options.remaining() > MAX_HEADER_LENGTH - MIN_HEADER_LENGTH) {
            throw new IllegalArgumentException(
                    "options are padded to a multiple of 4 bytes, at most 40, not " + options.remaining());
        }
    }

    /** The control bits by name, as RFC 9293 writes them: "SYN,ACK". */
    public String flagNames() {
        String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
        StringBuilder b = new StringBuilder();
        for (int bit : new int[] {1, 2, 0, 3, 4, 5, 6, 7}) { // SYN before FIN reads as the handshake is told
            if ((flags >>> bit & 1) != 0) {
                b.append(b.length() == 0 ? "" : ",").append(names[bit]);
            }
        }
        return b.length() == 0 ? "none" : b.toString();
    }

    /** One line for a trace: control bits, SEQ, ACK, window field, data length and the options. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append('<').append(flagNames()).append("> SEQ=").append(Integer.toUnsignedString(sequence));
        if (has(ACK)) {
            b.append(" ACK=").append(Integer.toUnsignedString(acknowledgment));
        }
        b.append(" WND=").append(window).append(" LEN=").append(data.remaining());
        Parsed<TcpOptions> o = TcpOptions.parse(options);
        if (o.isOk() && !o.value().equals(TcpOptions.NONE)) {
            TcpOptions v = o.value();
            StringBuilder opts = new StringBuilder();
            if (v.maxSegmentSize() >= 0) {
                opts.append(" MSS=").append(v.maxSegmentSize());
            }
            if (v.windowScale() >= 0) {
                opts.append(" WS=").append(v.windowScale());
            }
            if (v.sackPermitted()) {
                opts.append(" SACK-permitted");
            }
            if (!v.sack().isEmpty()) {
                opts.append(" SACK=").append(v.sack().size()).append(" block(s)");
            }
            b.append(" options:").append(opts);
        }
        return b.toString();
    }

    /** Parses a segment and verifies its checksum against the IPv4 pseudo-header. */
    public static Parsed<TcpSegment> parse(ByteBuffer b, Ipv4Address source, Ipv4Address destination) {
        return parse(b, source, destination, false);
    }

    /**
     * Parses a segment handed to a device for segmentation offload: its checksum field must hold
     * the pseudo-header's folded sum (see {@link #toBufferWithPartialChecksum}), which the device
     * completes; the data are not summed.
     */
    public static Parsed<TcpSegment> parseWithPartialChecksum(
            ByteBuffer b, Ipv4Address source, Ipv4Address destination) {
        return parse(b, source, destination, true);
    }

    private static Parsed<TcpSegment> parse(
            ByteBuffer b, Ipv4Address source, Ipv4Address destination, boolean partialChecksum) {
        int s = b.position();
        int length = b.remaining();
        if (length < MIN_HEADER_LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        int headerLength = (b.get(s + 12) & 0xF0) >>> 2;
        if (headerLength < MIN_HEADER_LENGTH || headerLength > length) {
            return Parsed.error(Malformed.BAD_LENGTH);
        }
        boolean checksumOk = partialChecksum
                ? (b.getShort(s + CHECKSUM_OFFSET) & 0xFFFF) == partialChecksum(source, destination, length)
                : checksum(b, s, length, source, destination) == 0;
        if (!checksumOk) {
            return Parsed.error(Malformed.BAD_CHECKSUM);
        }
        ByteBuffer options = b.slice(s + MIN_HEADER_LENGTH, headerLength - MIN_HEADER_LENGTH);
        if (!TcpOptions.wellFormed(options)) {
            return Parsed.error(Malformed.BAD_FIELD);
        }
        return Parsed.ok(new TcpSegment(
                b.getShort(s) & 0xFFFF,
                b.getShort(s + 2) & 0xFFFF,
                b.getInt(s + 4),
                b.getInt(s + 8),
                b.get(s + 13) & 0xFF,
                b.getShort(s + 14) & 0xFFFF,
                b.getShort(s + 18) & 0xFFFF,
                options,
                b.slice(s + headerLength, length - headerLength)));
    }

    /** The pseudo-header's folded sum for a {@code length}-byte segment: what a partial checksum field holds. */
    private static int partialChecksum(Ipv4Address source, Ipv4Address destination, int length) {
        return Checksum.fold(
                Checksum.pseudoHeader(source.value(), destination.value(), Ipv4Packet.PROTOCOL_TCP, length));
    }

    private static int checksum(ByteBuffer b, int index, int length, Ipv4Address source, Ipv4Address destination) {
        return Checksum.finish(Checksum.add(
                Checksum.pseudoHeader(source.value(), destination.value(), Ipv4Packet.PROTOCOL_TCP, length),
                b,
                index,
                length));
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }

    public int headerLength() {
        return MIN_HEADER_LENGTH + options.remaining();
    }

    public int length() {
        return headerLength() + data.remaining();
    }

    /** Sequence space the segment occupies: its data, plus one each for SYN and FIN (RFC 9293 section 3.4). */
    public int sequenceLength() {
        return data.remaining() + (has(SYN) ? 1 : 0) + (has(FIN) ? 1 : 0);
    }

    /** Writes the segment with its checksum at {@code index}; the addresses are the IPv4 header's. */
    public void emit(ByteBuffer out, int index, Ipv4Address source, Ipv4Address destination) {
        emitFields(out, index);
        out.putShort(index + CHECKSUM_OFFSET, (short) checksum(out, index, length(), source, destination));
    }

    /** Writes the header and data, the checksum field zero. */
    private void emitFields(ByteBuffer out, int index) {
        out.putShort(index, (short) sourcePort);
        out.putShort(index + 2, (short) destinationPort);
        out.putInt(index + 4, sequence);
        out.putInt(index + 8, acknowledgment);
        out.put(index + 12, (byte) (headerLength() / 4 << 4));
        out.put(index + 13, (byte) flags);
        out.putShort(index + 14, (short) window);
        out.putShort(index + CHECKSUM_OFFSET, (short) 0);
        out.putShort(index + 18, (short) urgentPointer);
        out.put(index + MIN_HEADER_LENGTH, options, options.position(), options.remaining());
        out.put(index + headerLength(), data, data.position(), data.remaining());
    }

    public ByteBuffer toBuffer(Ipv4Address source, Ipv4Address destination) {
        ByteBuffer b = ByteBuffer.allocate(length());
        emit(b, 0, source, destination);
        return b;
    }

    /**
     * The segment for a device that computes checksums itself (segmentation offload): the
     * checksum field holds only the pseudo-header's folded sum, a partial checksum as Linux leaves
     * it for a TSO NIC, which completes it over the bytes of each segment it cuts.
     */
    public ByteBuffer toBufferWithPartialChecksum(Ipv4Address source, Ipv4Address destination) {
        ByteBuffer b = ByteBuffer.allocate(length());
        emitFields(b, 0);
        b.putShort(CHECKSUM_OFFSET, (short) partialChecksum(source, destination, length()));
        return b;
    }

    @Override
    public String toString() {
        StringBuilder f = new StringBuilder();
        String[] names = {"FIN", "SYN", "RST", "PSH", "ACK", "URG", "ECE", "CWR"};
        for (int i = 0; i < names.length; i++) {
            if ((flags & 1 << i) != 0) {
                f.append(f.length() == 0 ? "" : "|").append(names[i]);
            }
        }
        return String.format(
                "TCP %d > %d [%s] seq=%d ack=%d win=%d len=%d",
                sourcePort,
                destinationPort,
                f,
                Integer.toUnsignedLong(sequence),
                Integer.toUnsignedLong(acknowledgment),
                window,
                data.remaining());
    }
}
