package jnic.stack.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.ByteBuffer;
import jnic.net.wire.ArpPacket;
import jnic.net.wire.DnsMessage;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Parsed;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.net.wire.UdpDatagram;

/**
 * Every parser on arbitrary bytes: it returns a record or an error value and never throws; what
 * it accepts emits back to bytes that parse to the same record. {@code make test} runs each target
 * briefly; {@code make fuzz} runs them long (see the Makefile).
 */
class WireFuzzTest {
    private static final Ipv4Address SRC = Ipv4Address.parse("10.0.0.1");
    private static final Ipv4Address DST = Ipv4Address.parse("10.0.0.2");

    @FuzzTest(maxDuration = "10s")
    void ethernet(byte[] input) {
        Parsed<EthernetFrame> p = EthernetFrame.parse(input);
        if (p.isOk()) {
            assertArrayEquals(input, p.value().toBytes());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void arp(byte[] input) {
        Parsed<ArpPacket> p = ArpPacket.parse(ByteBuffer.wrap(input));
        if (p.isOk()) {
            ByteBuffer out = ByteBuffer.allocate(ArpPacket.LENGTH);
            p.value().emit(out, 0);
            assertEquals(p.value(), ArpPacket.parse(out).value());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void ipv4(byte[] input) {
        Parsed<Ipv4Packet> p = Ipv4Packet.parse(ByteBuffer.wrap(input));
        if (p.isOk()) {
            assertEquals(
                    p.value(),
                    Ipv4Packet.parse(ByteBuffer.wrap(p.value().toBytes())).value());
        }
        Parsed<Ipv4Packet> q = Ipv4Packet.parseQuoted(ByteBuffer.wrap(input));
        if (q.isOk()) {
            q.value().toBytes();
        }
    }

    @FuzzTest(maxDuration = "10s")
    void icmp(byte[] input) {
        Parsed<IcmpMessage> p = IcmpMessage.parse(ByteBuffer.wrap(input));
        if (p.isOk()) {
            // Not byte-exact: a checksum field of 0xFFFF verifies (ones' complement has two zeros)
            // but is emitted as 0x0000, as RFC 1071 computes it. Jazzer found that one.
            assertEquals(p.value(), IcmpMessage.parse(p.value().toBuffer()).value());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void udp(byte[] input) {
        Parsed<UdpDatagram> p = UdpDatagram.parse(ByteBuffer.wrap(input), SRC, DST);
        if (p.isOk()) {
            assertEquals(
                    p.value(),
                    UdpDatagram.parse(p.value().toBuffer(SRC, DST), SRC, DST).value());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void dns(byte[] input) {
        Parsed<DnsMessage> p = DnsMessage.parse(ByteBuffer.wrap(input));
        if (p.isOk()) {
            assertEquals(
                    p.value(),
                    DnsMessage.parse(ByteBuffer.wrap(p.value().toBytes())).value());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void tcp(byte[] input) {
        Parsed<TcpSegment> p = TcpSegment.parse(ByteBuffer.wrap(input), SRC, DST);
        if (p.isOk()) {
            assertEquals(
                    p.value(),
                    TcpSegment.parse(p.value().toBuffer(SRC, DST), SRC, DST).value());
            Parsed<TcpOptions> o = TcpOptions.parse(p.value().options());
            if (o.isOk() && o.value().sack().size() * 8 + 24 <= 40) {
                assertEquals(o.value(), TcpOptions.parse(o.value().toBuffer()).value());
            }
        }
    }
}
