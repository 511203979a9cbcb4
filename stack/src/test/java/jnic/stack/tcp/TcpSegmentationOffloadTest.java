package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import jnic.driver.DeviceCapabilities;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.net.wire.Checksum;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.stack.ForwardingDevice;
import jnic.stack.TestNet;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.iface.StackCounter;
import org.junit.jupiter.api.Test;

/**
 * TCP segmentation offload in virtual time: the sender's device takes segments up to 64 KiB and
 * cuts them as a TSO NIC does (a test model of one, below). The receiver must get the stream
 * byte-exact from ordinary, checked, MTU-sized frames; when the device cannot take a large segment
 * (the next hop's ARP entry expired), TCP cuts it itself.
 */
class TcpSegmentationOffloadTest {
    /** A NIC with TSO, modelled: each large TCP segment leaves as MSS-sized ones, headers and checksums made anew. */
    static final class CuttingDevice extends ForwardingDevice {
        int largeFrames;
        int largestFrameOnWire;

        CuttingDevice(LoopbackDevice wire) {
            super(wire);
        }

        @Override
        public DeviceCapabilities capabilities() {
            return new DeviceCapabilities(EthernetFrame.MTU, Ipv4Packet.MAX_LENGTH, true);
        }

        @Override
        public void sendSegmented(byte[] frame, int segmentSize) throws IOException {
            largeFrames++;
            EthernetFrame eth = EthernetFrame.parse(frame).value();
            Ipv4Packet ip = Ipv4Packet.parse(eth.payload()).value();
            // The field holds the pseudo-header's sum: summing the segment over it completes the
            // checksum, which then checks against the pseudo-header only if that partial sum was right.
            ByteBuffer tcp = ip.payload();
            int field = tcp.position() + 16;
            tcp.putShort(field, (short) Checksum.of(tcp, tcp.position(), tcp.remaining()));
            TcpSegment seg =
                    TcpSegment.parse(tcp, ip.source(), ip.destination()).value();
            ByteBuffer data = seg.data();
            for (int at = 0, k = 0; at < data.remaining(); at += segmentSize, k++) {
                int n = Math.min(segmentSize, data.remaining() - at);
                int flags = at + n == data.remaining() ? seg.flags() : seg.flags() & ~TcpSegment.PSH;
                TcpSegment piece = new TcpSegment(
                        seg.sourcePort(),
                        seg.destinationPort(),
                        seg.sequence() + at,
                        seg.acknowledgment(),
                        flags,
                        seg.window(),
                        0,
                        seg.options(),
                        data.slice(data.position() + at, n));
                Ipv4Packet p = Ipv4Packet.of(
                        ip.ttl(),
                        Ipv4Packet.PROTOCOL_TCP,
                        ip.source(),
                        ip.destination(),
                        ip.identification() + k,
                        piece.toBuffer(ip.source(), ip.destination()));
                send(new EthernetFrame(eth.destination(), eth.source(), EtherType.IPV4, ByteBuffer.wrap(p.toBytes()))
                        .toBytes());
            }
        }

        @Override
        public void send(byte[] frame) throws IOException {
            largestFrameOnWire = Math.max(largestFrameOnWire, frame.length);
            inner.send(frame);
        }
    }

    @Test
    void largeSegmentsAreCutByTheDeviceOrByTcpAndTheStreamArrivesExactly() throws Exception {
        TestNet net = new TestNet();
        LoopbackHub seg = net.segment();
        // ARP entries live 1 ms here, so some expire during the transfer and TCP must cut segments itself.
        HostConfig config = HostConfig.DEFAULT
                .withSeed(1)
                .withArp(Duration.ofMillis(1), Duration.ofMillis(5), 3, 1 << 20)
                .withTcp(TcpConfig.DEFAULT.withBuffers(1 << 20, 1 << 20));
        Host sender = new Host("sender", net.lan, config);
        CuttingDevice nic = new CuttingDevice(seg.attach("sender-eth0", MacAddress.parse("02:00:00:00:00:01")));
        sender.attach(nic, InterfaceAddress.parse("10.0.0.1/24"));
        Host receiver = net.host("receiver", seg, "10.0.0.2/24", config.withSeed(2));

        TcpListener listener = receiver.tcp().listen(80, 4);
        CompletableFuture<TcpSocket> accepted = listener.acceptAsync();
        CompletableFuture<TcpSocket> connected = sender.tcp().connect(receiver.address(), 80);
        assertTrue(net.runUntil(() -> accepted.isDone() && connected.isDone(), 1000));
        byte[] data = new byte[8 << 20];
        new Random(3).nextBytes(data);
        byte[] got = new byte[data.length];
        int[] n = {0};
        Runnable[] drain = new Runnable[1];
        drain[0] = () -> accepted.join().readAsync(got, n[0], got.length - n[0]).thenAccept(r -> {
            if (r > 0) {
                n[0] += r;
                drain[0].run();
            }
        });
        net.lan.execute(drain[0]);
        connected.join().writeAsync(data, 0, data.length);
        assertTrue(net.runUntil(() -> n[0] == data.length, 60_000), n[0] + " of " + data.length + " bytes");

        assertArrayEquals(data, got);
        long offloaded = sender.counters().get(StackCounter.TCP_SEGMENTATION_OFFLOADS);
        assertTrue(offloaded > 0, "the device cut segments");
        assertEquals(offloaded, nic.largeFrames);
        assertTrue(
                sender.counters().get(StackCounter.TCP_SEGMENTATION_IN_SOFTWARE) > 0,
                "TCP cut some itself while ARP was unresolved");
        assertTrue(
                nic.largestFrameOnWire
                        <= EthernetFrame.HEADER_LENGTH + nic.capabilities().mtu(),
                nic.largestFrameOnWire + " bytes on the wire");
        assertEquals(0, receiver.counters().get(StackCounter.TCP_MALFORMED), "every cut segment checks");
        assertEquals(0, sender.counters().get(StackCounter.TCP_RETRANSMITS));
        System.out.println("TSO test: " + offloaded + " segments cut by the device, "
                + sender.counters().get(StackCounter.TCP_SEGMENTATION_IN_SOFTWARE) + " by TCP, "
                + net.lan.clock().nanos() / 1000 + " us");
    }
}
