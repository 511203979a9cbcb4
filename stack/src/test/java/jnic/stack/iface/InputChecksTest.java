package jnic.stack.iface;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.IcmpMessage;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.Malformed;
import jnic.net.wire.UdpDatagram;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import org.junit.jupiter.api.Test;

/** What IPv4 input refuses, and to what it must not answer (RFC 1122 sections 3.2.1.3 and 3.2.2). */
class InputChecksTest {
    final TestNet net = new TestNet();
    final LoopbackHub seg = net.segment();
    final Host a = net.host("a", seg, "10.0.0.1/24");
    final Host b = net.host("b", seg, "10.0.0.2/24");

    private void inject(MacAddress to, Ipv4Packet p, boolean breakChecksum) throws Exception {
        byte[] ip = p.toBytes();
        if (breakChecksum) {
            ip[10] ^= 1;
        }
        a.interfaces()
                .get(0)
                .device()
                .send(new EthernetFrame(to, a.interfaces().get(0).macAddress(), EtherType.IPV4, ByteBuffer.wrap(ip))
                        .toBytes());
        net.runFor(10);
    }

    private MacAddress bMac() {
        return b.interfaces().get(0).macAddress();
    }

    private static ByteBuffer echoRequest() {
        return IcmpMessage.echo(IcmpMessage.ECHO_REQUEST, 1, 1, ByteBuffer.wrap(new byte[8]))
                .toBuffer();
    }

    @Test
    void aBadHeaderChecksumIsCountedByReason() throws Exception {
        inject(bMac(), Ipv4Packet.of(64, Ipv4Packet.PROTOCOL_ICMP, a.address(), b.address(), 1, echoRequest()), true);
        assertEquals(1, b.counters().get(StackCounter.IP_MALFORMED));
        assertEquals(1, b.counters().get(Malformed.BAD_CHECKSUM));
        assertEquals(0, b.counters().get(StackCounter.ICMP_IN));
    }

    @Test
    void loopbackAddressesFromTheWireAreMartians() throws Exception {
        inject(
                bMac(),
                Ipv4Packet.of(
                        64, Ipv4Packet.PROTOCOL_ICMP, a.address(), Ipv4Address.parse("127.0.0.1"), 1, echoRequest()),
                false);
        inject(
                bMac(),
                Ipv4Packet.of(
                        64, Ipv4Packet.PROTOCOL_ICMP, Ipv4Address.parse("127.0.0.1"), b.address(), 2, echoRequest()),
                false);
        assertEquals(2, b.counters().get(StackCounter.IP_MARTIAN));
        assertEquals(0, b.counters().get(StackCounter.ICMP_IN));
    }

    @Test
    void broadcastsGetNoEchoReplyAndNoErrors() throws Exception {
        Ipv4Address subnetBroadcast = Ipv4Address.parse("10.0.0.255");
        inject(
                MacAddress.BROADCAST,
                Ipv4Packet.of(64, Ipv4Packet.PROTOCOL_ICMP, a.address(), subnetBroadcast, 1, echoRequest()),
                false);
        ByteBuffer udp = new UdpDatagram(1000, 9, ByteBuffer.wrap(new byte[4])).toBuffer(a.address(), subnetBroadcast);
        inject(
                MacAddress.BROADCAST,
                Ipv4Packet.of(64, Ipv4Packet.PROTOCOL_UDP, a.address(), subnetBroadcast, 2, udp),
                false);
        inject(bMac(), Ipv4Packet.of(64, 99, a.address(), Ipv4Address.BROADCAST, 3, ByteBuffer.allocate(4)), false);
        assertEquals(1, b.counters().get(StackCounter.ICMP_IGNORED), "broadcast echo ignored");
        assertEquals(1, b.counters().get(StackCounter.UDP_NO_PORT));
        assertEquals(1, b.counters().get(StackCounter.IP_UNKNOWN_PROTOCOL));
        assertEquals(0, b.counters().get(StackCounter.ICMP_OUT), "not one answer to a broadcast");
    }

    @Test
    void unicastToAnotherHostIsNotForUsWithoutForwarding() throws Exception {
        inject(
                bMac(),
                Ipv4Packet.of(
                        64, Ipv4Packet.PROTOCOL_ICMP, a.address(), Ipv4Address.parse("10.0.0.3"), 1, echoRequest()),
                false);
        assertEquals(1, b.counters().get(StackCounter.IP_NOT_FOR_US));
        assertEquals(0, b.counters().get(StackCounter.ICMP_OUT));
    }
}
