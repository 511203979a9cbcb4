package jnic.stack.host;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.ArpPacket;
import jnic.net.wire.DnsMessage;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.net.wire.UdpDatagram;
import jnic.stack.iface.InterfaceAddress;
import org.junit.jupiter.api.Test;

/**
 * Golden packets: frames the Linux kernel, ping, nc and glibc's resolver sent between two network
 * namespaces (golden/capture.sh), dissected by tshark into golden.csv. Every frame must parse to
 * what tshark read and emit back byte-exact (TCP options in Linux's own layout); and a jnic host given the kernel's requests must
 * answer with the ICMP messages the kernel answered with.
 */
class GoldenPacketsTest {
    private static final List<byte[]> FRAMES = readPcap("golden/golden.pcap");
    private static final List<Map<String, String>> DISSECTED = readCsv("golden/golden.csv");

    private static List<byte[]> readPcap(String resource) {
        // Classic pcap (the libpcap file format): read here because it is 20 lines and the Java
        // pcap libraries need a native libpcap the test does not.
        try (InputStream in = GoldenPacketsTest.class.getClassLoader().getResourceAsStream(resource)) {
            ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
            b.order(b.getInt(0) == 0xa1b2c3d4 ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
            assertEquals(0xa1b2c3d4, b.getInt(0), "pcap magic");
            assertEquals(1, b.getInt(20), "link type Ethernet");
            List<byte[]> frames = new ArrayList<>();
            for (int at = 24; at < b.limit(); ) {
                int length = b.getInt(at + 8);
                frames.add(Arrays.copyOfRange(b.array(), at + 16, at + 16 + length));
                at += 16 + length;
            }
            return frames;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static List<Map<String, String>> readCsv(String resource) {
        try (InputStream in = GoldenPacketsTest.class.getClassLoader().getResourceAsStream(resource)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n");
            String[] header = lines[0].split(",", -1);
            List<Map<String, String>> rows = new ArrayList<>();
            for (int i = 1; i < lines.length; i++) {
                String[] cells = lines[i].split(",", -1);
                Map<String, String> row = new HashMap<>();
                for (int c = 0; c < header.length; c++) {
                    row.put(header[c], cells[c]);
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int number(String tsharkValue) {
        return tsharkValue.startsWith("0x")
                ? Integer.parseInt(tsharkValue.substring(2), 16)
                : Integer.parseInt(tsharkValue);
    }

    private static byte[] bytes(ByteBuffer b) {
        byte[] out = new byte[b.remaining()];
        b.get(b.position(), out);
        return out;
    }

    @Test
    void everyFrameParsesAsTsharkReadItAndEmitsBackByteExact() {
        assertEquals(26, FRAMES.size());
        assertEquals(FRAMES.size(), DISSECTED.size());
        int arp = 0, ip = 0, icmp = 0, udp = 0, dns = 0, tcp = 0;
        for (int i = 0; i < FRAMES.size(); i++) {
            byte[] raw = FRAMES.get(i);
            Map<String, String> t = DISSECTED.get(i);
            String where = "frame " + t.get("frame.number");
            EthernetFrame eth = EthernetFrame.parse(raw).value();
            assertEquals(MacAddress.parse(t.get("eth.dst")), eth.destination(), where);
            assertEquals(MacAddress.parse(t.get("eth.src")), eth.source(), where);
            assertEquals(number(t.get("eth.type")), eth.etherType(), where);
            assertArrayEquals(raw, eth.toBytes(), where);
            if (eth.etherType() == EtherType.ARP) {
                ArpPacket a = ArpPacket.parse(eth.payload()).value();
                assertEquals(number(t.get("arp.opcode")), a.operation(), where);
                assertEquals(MacAddress.parse(t.get("arp.src.hw_mac")), a.senderHardware(), where);
                assertEquals(Ipv4Address.parse(t.get("arp.src.proto_ipv4")), a.senderProtocol(), where);
                assertEquals(MacAddress.parse(t.get("arp.dst.hw_mac")), a.targetHardware(), where);
                assertEquals(Ipv4Address.parse(t.get("arp.dst.proto_ipv4")), a.targetProtocol(), where);
                ByteBuffer out = ByteBuffer.allocate(ArpPacket.LENGTH);
                a.emit(out, 0);
                assertArrayEquals(Arrays.copyOfRange(raw, 14, 14 + ArpPacket.LENGTH), out.array(), where);
                arp++;
                continue;
            }
            Ipv4Packet p = Ipv4Packet.parse(eth.payload()).value();
            assertEquals(number(t.get("ip.hdr_len")), p.headerLength(), where);
            assertEquals(number(t.get("ip.len")), p.length(), where);
            assertEquals(number(t.get("ip.id")), p.identification(), where);
            assertEquals(t.get("ip.flags.df").equals("1"), p.dontFragment(), where);
            assertEquals(t.get("ip.flags.mf").equals("1"), p.moreFragments(), where);
            assertEquals(
                    number(t.get("ip.frag_offset")), p.fragmentOffset() / 8, where + " (tshark counts 8-byte units)");
            assertEquals(number(t.get("ip.ttl")), p.ttl(), where);
            assertEquals(number(t.get("ip.proto")), p.protocol(), where);
            assertEquals(Ipv4Address.parse(t.get("ip.src")), p.source(), where);
            assertEquals(Ipv4Address.parse(t.get("ip.dst")), p.destination(), where);
            assertEquals("1", t.get("ip.checksum.status"), where + ": tshark verified the kernel's checksum");
            assertArrayEquals(
                    Arrays.copyOfRange(raw, 14, 14 + p.length()),
                    p.toBytes(),
                    where + ": IPv4 header checksum and options re-emitted");
            ip++;
            if (p.isFragment()) {
                continue;
            }
            if (p.protocol() == Ipv4Packet.PROTOCOL_ICMP) {
                IcmpMessage m = IcmpMessage.parse(p.payload()).value();
                assertEquals(number(t.get("icmp.type")), m.type(), where);
                assertEquals(number(t.get("icmp.code")), m.code(), where);
                if (!t.get("icmp.ident").isEmpty()) {
                    assertEquals(number(t.get("icmp.ident")), m.identifier(), where);
                    assertEquals(number(t.get("icmp.seq")), m.sequence(), where);
                }
                assertArrayEquals(bytes(p.payload()), bytes(m.toBuffer()), where);
                if (m.isError()) {
                    Ipv4Packet quoted = Ipv4Packet.parseQuoted(m.data()).value();
                    UdpDatagram q = UdpDatagram.parse(quoted.payload(), quoted.source(), quoted.destination())
                            .value();
                    assertEquals(number(t.get("udp.srcport")), q.sourcePort(), where + ": the quoted datagram");
                    assertEquals(number(t.get("udp.dstport")), q.destinationPort(), where);
                }
                icmp++;
            } else if (p.protocol() == Ipv4Packet.PROTOCOL_TCP) {
                TcpSegment seg = TcpSegment.parse(p.payload(), p.source(), p.destination())
                        .value();
                assertEquals(number(t.get("tcp.srcport")), seg.sourcePort(), where);
                assertEquals(number(t.get("tcp.dstport")), seg.destinationPort(), where);
                assertEquals(Long.parseLong(t.get("tcp.seq")), Integer.toUnsignedLong(seg.sequence()), where);
                assertEquals(Long.parseLong(t.get("tcp.ack")), Integer.toUnsignedLong(seg.acknowledgment()), where);
                assertEquals(number(t.get("tcp.flags")), seg.flags(), where);
                assertEquals(number(t.get("tcp.window_size_value")), seg.window(), where);
                assertEquals(number(t.get("tcp.len")), seg.data().remaining(), where);
                assertEquals(number(t.get("tcp.hdr_len")), seg.headerLength(), where);
                assertEquals("1", t.get("tcp.checksum.status"), where);
                TcpOptions o = TcpOptions.parse(seg.options()).value();
                assertEquals(
                        t.get("tcp.options.mss_val").isEmpty() ? -1 : number(t.get("tcp.options.mss_val")),
                        o.maxSegmentSize(),
                        where);
                assertEquals(
                        t.get("tcp.options.wscale.shift").isEmpty() ? -1 : number(t.get("tcp.options.wscale.shift")),
                        o.windowScale(),
                        where);
                assertEquals(!t.get("tcp.options.sack_perm").isEmpty(), o.sackPermitted(), where);
                assertEquals(
                        t.get("tcp.options.timestamp.tsval").isEmpty()
                                ? -1
                                : Long.parseLong(t.get("tcp.options.timestamp.tsval")),
                        o.timestampValue(),
                        where);
                assertEquals(
                        t.get("tcp.options.timestamp.tsecr").isEmpty()
                                ? -1
                                : Long.parseLong(t.get("tcp.options.timestamp.tsecr")),
                        o.timestampEcho(),
                        where);
                assertArrayEquals(
                        bytes(seg.options()), bytes(o.toBuffer()), where + ": options laid out as Linux lays them out");
                assertArrayEquals(
                        bytes(p.payload()),
                        bytes(seg.toBuffer(p.source(), p.destination())),
                        where + ": TCP checksum re-emitted");
                tcp++;
            } else if (p.protocol() == Ipv4Packet.PROTOCOL_UDP) {
                UdpDatagram u = UdpDatagram.parse(p.payload(), p.source(), p.destination())
                        .value();
                assertEquals(number(t.get("udp.srcport")), u.sourcePort(), where);
                assertEquals(number(t.get("udp.dstport")), u.destinationPort(), where);
                assertEquals(number(t.get("udp.length")), u.length(), where);
                assertArrayEquals(
                        bytes(p.payload()),
                        bytes(u.toBuffer(p.source(), p.destination())),
                        where + ": UDP checksum re-emitted");
                udp++;
                if (u.destinationPort() == 53) {
                    DnsMessage d = DnsMessage.parse(u.data()).value();
                    assertEquals(number(t.get("dns.id")), d.id(), where);
                    assertEquals(t.get("dns.qry.name"), d.questions().get(0).name(), where);
                    assertEquals(
                            number(t.get("dns.qry.type")), d.questions().get(0).type(), where);
                    assertArrayEquals(bytes(u.data()), d.toBytes(), where + ": glibc's query re-emitted");
                    dns++;
                }
            }
        }
        assertEquals(2, arp);
        assertEquals(24, ip);
        assertEquals(8, tcp, "nc's connection: SYN, SYN-ACK, ACK, data, ACK, FIN, FIN, ACK");
        assertEquals(7, icmp);
        assertEquals(3, udp);
        assertEquals(2, dns);
    }

    /**
     * A jnic host in the kernel's place (10.77.0.2, its MAC) is sent the kernel peer's requests:
     * the ARP request, the echo requests (one of 3000 bytes in three fragments) and the datagram
     * to closed port 9. Its ICMP answers must be byte-identical to the kernel's (reassembled).
     */
    @Test
    void aJnicHostAnswersTheKernelsRequestsAsTheKernelDid() throws Exception {
        Map<Integer, byte[]> frame = new HashMap<>();
        for (int i = 0; i < FRAMES.size(); i++) {
            frame.put(i + 1, FRAMES.get(i));
        }
        LoopbackLan lan = new LoopbackLan();
        LoopbackHub hub = lan.hub();
        MacAddress kernelB = EthernetFrame.parse(frame.get(2)).value().source();
        MacAddress kernelA = EthernetFrame.parse(frame.get(1)).value().source();
        Host b = new Host("jnic-as-b", lan, HostConfig.DEFAULT.withSeed(1));
        b.attach(hub.attach("b", kernelB), InterfaceAddress.parse("10.77.0.2/24"));
        LoopbackDevice a = hub.attach("a", kernelA);
        List<byte[]> answers = new ArrayList<>();
        a.setHandler(answers::add);
        lan.runFor(1_000_000);
        answers.clear(); // b's announcement
        for (int n : new int[] {1, 3, 5, 6, 7, 13}) {
            a.send(frame.get(n));
            lan.runFor(1_000_000);
        }
        // b answered the ARP request, then echo, echo (in 3 fragments), port unreachable.
        assertEquals(
                ArpPacket.REPLY,
                ArpPacket.parse(EthernetFrame.parse(answers.get(0)).value().payload())
                        .value()
                        .operation());
        assertArrayEquals(frame.get(2), answers.get(0), "the ARP reply is the kernel's, byte for byte");
        assertArrayEquals(icmpOf(frame.get(4)), icmpOf(answers.get(1)), "echo reply");
        assertArrayEquals(
                icmpOf(frame.get(8), frame.get(9), frame.get(10)),
                icmpOf(answers.get(2), answers.get(3), answers.get(4)),
                "the 3000-byte echo reply, reassembled");
        assertArrayEquals(icmpOf(frame.get(14)), icmpOf(answers.get(5)), "port unreachable, quoting the datagram");
        assertEquals(6, answers.size());
    }

    /** The ICMP message carried by one frame, or by fragments put together by offset. */
    private static byte[] icmpOf(byte[]... fragments) {
        TreeMap<Integer, byte[]> pieces = new TreeMap<>();
        for (byte[] f : fragments) {
            Ipv4Packet p =
                    Ipv4Packet.parse(EthernetFrame.parse(f).value().payload()).value();
            assertEquals(Ipv4Packet.PROTOCOL_ICMP, p.protocol());
            pieces.put(p.fragmentOffset(), bytes(p.payload()));
        }
        ByteBuffer whole =
                ByteBuffer.allocate(pieces.lastKey() + pieces.lastEntry().getValue().length);
        pieces.forEach((offset, data) -> whole.put(offset, data));
        assertTrue(IcmpMessage.parse(whole).isOk());
        return whole.array();
    }
}
