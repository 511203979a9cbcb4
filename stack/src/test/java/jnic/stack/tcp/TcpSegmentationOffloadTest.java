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
    /**
     * A NIC with TSO, modelled as the hardware does it, by header replication: the large frame's
     * headers are the prototype of every MSS-sized piece, and in each copy the NIC rewrites only the
     * fields that differ: the IPv4 total length, identification (one more per piece) and header
     * checksum; the TCP sequence number, PSH and FIN (kept on the last piece only) and checksum.
     */
    static final class CuttingDevice extends ForwardingDevice {
        /** Where the sequence number and the control bits lie in the TCP header (RFC 9293 section 3.1). */
        private static final int SEQUENCE_FIELD = 4;

        private static final int FLAGS_FIELD = 13;

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
            tcp.putShort(tcp.position() + TcpSegment.CHECKSUM_OFFSET, (short)
                    Checksum.of(tcp, tcp.position(), tcp.remaining()));
            TcpSegment large =
                    TcpSegment.parse(tcp, ip.source(), ip.destination()).value();
            byte[] prototype = new byte[large.headerLength()];
            tcp.get(tcp.position(), prototype);
            ByteBuffer data = large.data();
            int pieces = (data.remaining() + segmentSize - 1) / segmentSize;
            for (int k = 0; k < pieces; k++) {
                int from = k * segmentSize;
                int n = Math.min(segmentSize, data.remaining() - from);
                ByteBuffer piece = ByteBuffer.allocate(prototype.length + n)
                        .put(0, prototype)
                        .put(prototype.length, data, data.position() + from, n);
                piece.putInt(SEQUENCE_FIELD, large.sequence() + from);
                if (k < pieces - 1) {
                    piece.put(FLAGS_FIELD, (byte) (large.flags() & ~(TcpSegment.PSH | TcpSegment.FIN)));
                }
                piece.putShort(TcpSegment.CHECKSUM_OFFSET, (short) 0);
                long pseudoHeader = Checksum.pseudoHeader(
                        ip.source().value(), ip.destination().value(), Ipv4Packet.PROTOCOL_TCP, piece.capacity());
                piece.putShort(TcpSegment.CHECKSUM_OFFSET, (short)
                        Checksum.finish(Checksum.add(pseudoHeader, piece, 0, piece.capacity())));
                Ipv4Packet p = new Ipv4Packet(
                        ip.typeOfService(),
                        (ip.identification() + k) & 0xFFFF,
                        ip.dontFragment(),
                        false,
                        0,
                        ip.ttl(),
                        ip.protocol(),
                        ip.source(),
                        ip.destination(),
                        ip.options(),
                        piece);
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
        // Slow start takes the stretch ACKs' bytes in full, so a flight can outgrow ARP's bounded queue while the
        // next hop is being resolved again: what the queue drops is lost, and it is all that is sent twice.
        assertEquals(
                sender.counters().get(StackCounter.ARP_PENDING_DROPPED),
                sender.counters().get(StackCounter.TCP_RETRANSMITS),
                "retransmitted: exactly the segments ARP's queue dropped");
        System.out.println("TSO test: " + offloaded + " segments cut by the device, "
                + sender.counters().get(StackCounter.TCP_SEGMENTATION_IN_SOFTWARE) + " by TCP, "
                + net.lan.clock().nanos() / 1000 + " us");
    }
}
