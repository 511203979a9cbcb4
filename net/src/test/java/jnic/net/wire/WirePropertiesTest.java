package jnic.net.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** parse(emit(x)) == x for random valid records, and a damaged checksum is always caught. */
class WirePropertiesTest {
    @Provide
    Arbitrary<MacAddress> macs() {
        return Arbitraries.bytes().array(byte[].class).ofSize(6).map(MacAddress::of);
    }

    @Provide
    Arbitrary<Ipv4Address> addresses() {
        return Arbitraries.integers().map(Ipv4Address::new);
    }

    @Provide
    Arbitrary<ByteBuffer> payloads() {
        return Arbitraries.bytes()
                .array(byte[].class)
                .ofMinSize(0)
                .ofMaxSize(1600)
                .map(ByteBuffer::wrap);
    }

    /** Options made of well-formed pieces: no-operations and type-length-value options, padded with end-of-list. */
    @Provide
    Arbitrary<ByteBuffer> options() {
        Arbitrary<byte[]> tlv = Combinators.combine(
                        Arbitraries.integers().between(2, 255),
                        Arbitraries.bytes().array(byte[].class).ofMaxSize(10))
                .as((type, value) -> {
                    byte[] o = new byte[2 + value.length];
                    o[0] = (byte) (int) type;
                    o[1] = (byte) o.length;
                    System.arraycopy(value, 0, o, 2, value.length);
                    return o;
                });
        Arbitrary<byte[]> piece = Arbitraries.oneOf(Arbitraries.just(new byte[] {1}), tlv);
        return piece.list().ofMaxSize(4).map(list -> {
            ByteBuffer b = ByteBuffer.allocate(40);
            for (byte[] p : list) {
                if (b.position() + p.length <= 40) {
                    b.put(p);
                }
            }
            int n = (b.position() + 3) & ~3;
            return ByteBuffer.wrap(java.util.Arrays.copyOf(b.array(), n));
        });
    }

    /** RFC 1071's own reference: big-endian 16-bit words one at a time, an odd byte padded on the right. */
    private static long referenceSum(long sum, byte[] bytes, int index, int length) {
        for (int i = index; i < index + length; i += 2) {
            int high = bytes[i] & 0xFF;
            int low = i + 1 < index + length ? bytes[i + 1] & 0xFF : 0;
            sum += high << 8 | low;
        }
        return sum;
    }

    @Property
    void theChecksumEqualsWordByWordSummingAtAnyOffsetLengthAndStartingSum(
            @ForAll("payloads") ByteBuffer data,
            @ForAll @IntRange(min = 0, max = 9) int from,
            @ForAll @IntRange(min = 0, max = 9) int shorter,
            @ForAll @IntRange(min = 0, max = 0x3FFFF) int start,
            @ForAll boolean direct) {
        byte[] bytes = data.array();
        int index = Math.min(from, bytes.length);
        int length = Math.max(0, bytes.length - index - shorter);
        ByteBuffer buffer =
                direct ? ByteBuffer.allocateDirect(bytes.length).put(bytes).flip() : ByteBuffer.wrap(bytes);
        assertEquals(
                Checksum.finish(referenceSum(start, bytes, index, length)),
                Checksum.finish(Checksum.add(start, buffer, index, length)));
    }

    @Property(tries = 1)
    void theChecksumOfRfc1071sExampleIsItsOwn() {
        // RFC 1071 section 3: the words 0001 f203 f4f5 f6f7 sum to ddf2 (carries folded); the checksum is its
        // complement.
        byte[] example = {0x00, 0x01, (byte) 0xf2, 0x03, (byte) 0xf4, (byte) 0xf5, (byte) 0xf6, (byte) 0xf7};
        assertEquals(0xddf2 ^ 0xFFFF, Checksum.of(ByteBuffer.wrap(example), 0, example.length));
    }

    @Property
    void ethernetRoundTrips(
            @ForAll("macs") MacAddress dst,
            @ForAll("macs") MacAddress src,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int type,
            @ForAll("payloads") ByteBuffer payload) {
        EthernetFrame f = new EthernetFrame(dst, src, type, payload);
        assertEquals(f, EthernetFrame.parse(f.toBytes()).value());
    }

    @Property
    void arpRoundTrips(
            @ForAll @IntRange(min = 0, max = 0xFFFF) int op,
            @ForAll("macs") MacAddress sha,
            @ForAll("addresses") Ipv4Address spa,
            @ForAll("macs") MacAddress tha,
            @ForAll("addresses") Ipv4Address tpa) {
        ArpPacket p = new ArpPacket(op, sha, spa, tha, tpa);
        ByteBuffer b = ByteBuffer.allocate(ArpPacket.LENGTH);
        p.emit(b, 0);
        assertEquals(p, ArpPacket.parse(b).value());
    }

    @Property
    void ipv4RoundTripsAndItsChecksumCatchesAnyHeaderBitFlip(
            @ForAll @IntRange(min = 0, max = 255) int tos,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int id,
            @ForAll boolean df,
            @ForAll boolean mf,
            @ForAll @IntRange(min = 0, max = 0x1FFF) int offsetUnits,
            @ForAll @IntRange(min = 0, max = 255) int ttl,
            @ForAll @IntRange(min = 0, max = 255) int protocol,
            @ForAll("addresses") Ipv4Address src,
            @ForAll("addresses") Ipv4Address dst,
            @ForAll("options") ByteBuffer options,
            @ForAll("payloads") ByteBuffer payload,
            @ForAll @IntRange(min = 0, max = 159) int flipBit) {
        int offset = Math.min(offsetUnits * 8, 65535 - payload.remaining()) & ~7;
        Ipv4Packet p = new Ipv4Packet(tos, id, df, mf, offset, ttl, protocol, src, dst, options, payload);
        byte[] bytes = p.toBytes();
        assertEquals(p, Ipv4Packet.parse(ByteBuffer.wrap(bytes)).value());
        bytes[flipBit / 8] ^= (byte) (1 << (flipBit % 8));
        assertFalse(
                Ipv4Packet.parse(ByteBuffer.wrap(bytes)).isOk(), "a header with bit " + flipBit + " flipped parsed");
    }

    @Property
    void icmpRoundTrips(
            @ForAll @IntRange(min = 0, max = 255) int type,
            @ForAll @IntRange(min = 0, max = 255) int code,
            @ForAll int rest,
            @ForAll("payloads") ByteBuffer data) {
        IcmpMessage m = new IcmpMessage(type, code, rest, data);
        assertEquals(m, IcmpMessage.parse(m.toBuffer()).value());
    }

    @Property
    void udpRoundTripsAndNeverSendsAZeroChecksum(
            @ForAll @IntRange(min = 0, max = 0xFFFF) int sp,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int dp,
            @ForAll("payloads") ByteBuffer data,
            @ForAll("addresses") Ipv4Address src,
            @ForAll("addresses") Ipv4Address dst) {
        UdpDatagram d = new UdpDatagram(sp, dp, data);
        ByteBuffer b = d.toBuffer(src, dst);
        assertTrue((b.getShort(6) & 0xFFFF) != 0, "RFC 768: a computed zero checksum is sent as all ones");
        assertEquals(d, UdpDatagram.parse(b, src, dst).value());
        // The pseudo-header is covered: one changed bit of the destination's upper word is always caught
        // (a 16-bit word changed by one bit cannot go between the two ones'-complement zeros).
        Parsed<UdpDatagram> wrong = UdpDatagram.parse(b, src, new Ipv4Address(dst.value() ^ 0x00010000));
        assertEquals(Malformed.BAD_CHECKSUM, wrong.error());
    }

    /**
     * RFC 768 over IPv4: a zero checksum field means the sender computed none, so the datagram is
     * accepted whatever its data and addresses, and says so; a checksum that computes to zero is
     * sent as 0xFFFF and verifies.
     */
    @Property
    void aZeroChecksumFieldMeansNoChecksumAndAComputedZeroIsSentAsAllOnes(
            @ForAll @IntRange(min = 0, max = 0xFFFF) int sp,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int dp,
            @ForAll("payloads") ByteBuffer payload,
            @ForAll("addresses") Ipv4Address src,
            @ForAll("addresses") Ipv4Address dst,
            @ForAll("addresses") Ipv4Address elsewhere) {
        ByteBuffer b = new UdpDatagram(sp, dp, payload).toBuffer(src, dst);
        b.putShort(UdpDatagram.CHECKSUM_OFFSET, (short) 0);
        for (Ipv4Address to : new Ipv4Address[] {dst, elsewhere}) {
            Parsed<UdpDatagram> unchecked = UdpDatagram.parse(b, src, to);
            assertTrue(unchecked.isOk(), "a zero checksum field is not checked: " + unchecked);
            assertFalse(unchecked.value().checksummed());
            assertEquals(new UdpDatagram(sp, dp, false, payload), unchecked.value());
        }
        UdpDatagram none = new UdpDatagram(sp, dp, false, payload);
        assertEquals(0, none.toBuffer(src, dst).getShort(UdpDatagram.CHECKSUM_OFFSET), "sent as it is");
        assertEquals(none, UdpDatagram.parse(none.toBuffer(src, dst), src, dst).value());

        // Data whose last word is the checksum of the datagram without it: the sum is then all ones,
        // the checksum computes to zero, and goes as 0xFFFF (the other zero of ones' complement).
        byte[] data = java.util.Arrays.copyOf(payload.array(), payload.remaining() + payload.remaining() % 2 + 2);
        data[data.length - 2] = 0;
        data[data.length - 1] = 0;
        int c = new UdpDatagram(sp, dp, ByteBuffer.wrap(data))
                        .toBuffer(src, dst)
                        .getShort(UdpDatagram.CHECKSUM_OFFSET)
                & 0xFFFF;
        data[data.length - 2] = (byte) (c >>> 8);
        data[data.length - 1] = (byte) c;
        UdpDatagram zero = new UdpDatagram(sp, dp, ByteBuffer.wrap(data));
        ByteBuffer sent = zero.toBuffer(src, dst);
        assertEquals(0xFFFF, sent.getShort(UdpDatagram.CHECKSUM_OFFSET) & 0xFFFF);
        assertTrue(UdpDatagram.parse(sent, src, dst).value().checksummed());
    }

    @Provide
    Arbitrary<TcpOptions> tcpOptions() {
        Arbitrary<Integer> mss = Arbitraries.integers().between(-1, 0xFFFF);
        Arbitrary<Integer> scale = Arbitraries.integers().between(-1, 14);
        Arbitrary<Boolean> sackOk = Arbitraries.of(true, false);
        Arbitrary<Long> ts = Arbitraries.longs().between(-1, 0xFFFFFFFFL);
        Arbitrary<List<TcpOptions.SackBlock>> blocks = Combinators.combine(
                        Arbitraries.integers(), Arbitraries.integers())
                .as(TcpOptions.SackBlock::new)
                .list()
                .ofMaxSize(4);
        return Combinators.combine(mss, scale, sackOk, blocks, ts, ts).as((m, w, p, b, v, e) -> {
            long echo = v < 0 ? -1 : Math.max(e, 0);
            // What fits in 40 bytes beside the others (a sender leaves SACK blocks out to make room).
            int room = (40 - (m >= 0 ? 4 : 0) - (v >= 0 ? 12 : p ? 4 : 0) - (w >= 0 ? 4 : 0) - 4) / 8;
            return new TcpOptions(m, w, p, b.subList(0, Math.max(0, Math.min(b.size(), room))), v, echo);
        });
    }

    @Property
    void tcpRoundTripsWithItsOptions(
            @ForAll @IntRange(min = 0, max = 0xFFFF) int sp,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int dp,
            @ForAll int seq,
            @ForAll int ack,
            @ForAll @IntRange(min = 0, max = 255) int flags,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int window,
            @ForAll @IntRange(min = 0, max = 0xFFFF) int urgent,
            @ForAll("tcpOptions") TcpOptions options,
            @ForAll("payloads") ByteBuffer data,
            @ForAll("addresses") Ipv4Address src,
            @ForAll("addresses") Ipv4Address dst) {
        TcpSegment s = new TcpSegment(sp, dp, seq, ack, flags, window, urgent, options.toBuffer(), data);
        TcpSegment back = TcpSegment.parse(s.toBuffer(src, dst), src, dst).value();
        assertEquals(s, back);
        assertEquals(options, TcpOptions.parse(back.options()).value());
    }

    /**
     * A segment handed over for segmentation offload parses back whole with its partial checksum
     * (the pseudo-header's sum only), and completing that sum over the segment, as a TSO NIC does,
     * gives a segment whose full checksum verifies; a wrong pseudo-header is refused.
     */
    @Property
    void aPartialChecksumHoldsThePseudoHeaderAndCompletesToTheFullOne(
            @ForAll @IntRange(min = 0, max = 0xFFFF) int sp,
            @ForAll int seq,
            @ForAll("payloads") ByteBuffer data,
            @ForAll("addresses") Ipv4Address src,
            @ForAll("addresses") Ipv4Address dst) {
        TcpSegment s = new TcpSegment(sp, 80, seq, 0, TcpSegment.ACK, 1000, 0, ByteBuffer.allocate(0), data);
        ByteBuffer partial = s.toBufferWithPartialChecksum(src, dst);
        assertEquals(
                s,
                TcpSegment.parseWithPartialChecksum(partial.duplicate(), src, dst)
                        .value());
        Ipv4Address other = new Ipv4Address(src.value() ^ 1);
        assertEquals(
                Malformed.BAD_CHECKSUM,
                TcpSegment.parseWithPartialChecksum(partial.duplicate(), other, dst)
                        .error());
        int field = TcpSegment.CHECKSUM_OFFSET;
        partial.putShort(field, (short) Checksum.of(partial, 0, partial.remaining()));
        assertEquals(s, TcpSegment.parse(partial, src, dst).value());
    }
}
