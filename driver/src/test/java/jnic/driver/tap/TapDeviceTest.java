package jnic.driver.tap;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpSegment;
import jnic.net.wire.UdpDatagram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Linux kernel as the peer: the test makes its own network namespace, creates a TAP device,
 * moves the kernel's end into the namespace and gives it 10.213.0.1/24. Nothing leaves that
 * namespace. Skipped, with the reason, where TAP devices or namespaces cannot be made.
 */
class TapDeviceTest {
    private static final MacAddress OURS = MacAddress.parse("02:4a:4e:00:00:01");
    private static final byte[] OUR_IP = {10, (byte) 213, 0, 2};
    private static final byte[] KERNEL_IP = {10, (byte) 213, 0, 1};

    private KernelPeer peer;
    private TapDevice tap;

    @BeforeEach
    void setUp() throws Exception {
        peer = KernelPeer.create("tapt", "10.213.0.1/24", OURS);
        tap = peer.tap();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (peer != null) {
            peer.close();
        }
    }

    /**
     * Segmentation offload reads the frame through the wire formats and takes only what its
     * contract says: one TCP segment over IPv4 whose checksum field holds the pseudo-header's
     * partial sum. A segment with its full checksum, or a UDP datagram, is the caller's error.
     */
    @Test
    void segmentationOffloadTakesOnlyATcpSegmentWithItsPartialChecksum() throws Exception {
        Ipv4Address us = Ipv4Address.parse("10.213.0.2");
        Ipv4Address kernel = Ipv4Address.parse("10.213.0.1");
        TcpSegment segment = new TcpSegment(
                40000, 9, 1, 0, TcpSegment.ACK, 1000, 0, ByteBuffer.allocate(0), ByteBuffer.allocate(4000));
        byte[] full = frame(Ipv4Packet.of(64, Ipv4Packet.PROTOCOL_TCP, us, kernel, 1, segment.toBuffer(us, kernel)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> tap.sendSegmented(full, 1460));
        assertTrue(e.getMessage().contains("pseudo-header"), e.getMessage());
        UdpDatagram udp = new UdpDatagram(40000, 9, ByteBuffer.allocate(4000));
        byte[] datagram = frame(Ipv4Packet.of(64, Ipv4Packet.PROTOCOL_UDP, us, kernel, 2, udp.toBuffer(us, kernel)));
        assertThrows(IllegalArgumentException.class, () -> tap.sendSegmented(datagram, 1460));
        assertEquals(0, tap.segmentedFramesSent());
        tap.sendSegmented(
                frame(Ipv4Packet.of(
                        64, Ipv4Packet.PROTOCOL_TCP, us, kernel, 3, segment.toBufferWithPartialChecksum(us, kernel))),
                1460);
        assertEquals(1, tap.segmentedFramesSent());
    }

    private static byte[] frame(Ipv4Packet p) {
        byte[] frame = new byte[EthernetFrame.HEADER_LENGTH + p.length()];
        EthernetFrame.emitHeader(MacAddress.BROADCAST, OURS, EtherType.IPV4, ByteBuffer.wrap(frame), 0);
        p.emit(ByteBuffer.wrap(frame), EthernetFrame.HEADER_LENGTH);
        return frame;
    }

    /**
     * The kernel sends a UDP datagram to 10.213.0.2, so it asks by ARP who has it; we answer from
     * Java; the kernel then sends the datagram to our address and lists us in its neighbour table.
     */
    @Test
    void theKernelResolvesUsByArpAndSendsUsADatagram() throws Exception {
        BlockingQueue<byte[]> frames = new LinkedBlockingQueue<>();
        tap.setHandler(frames::add);
        Process sender = peer.start("bash", "-c", "echo jnic-hello > /dev/udp/10.213.0.2/7777");

        byte[] request = await(
                frames,
                f -> etherType(f) == 0x0806
                        && f.length >= 42
                        && f[21] == 1
                        && Arrays.equals(Arrays.copyOfRange(f, 38, 42), OUR_IP));
        assertNotNull(request, "the kernel's ARP request for 10.213.0.2");
        assertEquals(MacAddress.BROADCAST, MacAddress.of(request, 0), "sent to broadcast");
        MacAddress kernel = MacAddress.of(request, 6);
        assertArrayEquals(KERNEL_IP, Arrays.copyOfRange(request, 28, 32), "asked by 10.213.0.1");

        tap.send(arpReply(kernel));
        byte[] datagram = await(frames, f -> etherType(f) == 0x0800 && f.length >= 42 && f[23] == 17);
        assertNotNull(datagram, "the UDP datagram, once the kernel knew our address");
        assertEquals(OURS, MacAddress.of(datagram, 0));
        assertEquals(kernel, MacAddress.of(datagram, 6));
        assertArrayEquals(OUR_IP, Arrays.copyOfRange(datagram, 30, 34));
        assertEquals(7777, (datagram[36] & 0xFF) << 8 | datagram[37] & 0xFF, "destination port");
        int udpLength = (datagram[38] & 0xFF) << 8 | datagram[39] & 0xFF;
        assertEquals("jnic-hello\n", new String(datagram, 42, udpLength - 8, StandardCharsets.US_ASCII));
        assertTrue(sender.waitFor(5, TimeUnit.SECONDS));

        String neighbours = peer.exec("ip", "neigh", "show", "10.213.0.2");
        assertTrue(neighbours.contains(OURS.toString()), "the kernel learnt our address from our reply: " + neighbours);
        assertEquals(1, tap.statistics().txFrames());
        assertTrue(tap.statistics().rxFrames() >= 2);
    }

    @Test
    void sendsOutOfBoundsOrAfterCloseFailClearly() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> tap.send(new byte[13]));
        assertThrows(IllegalArgumentException.class, () -> tap.send(new byte[1515]));
        tap.close();
        IOException e = assertThrows(IOException.class, () -> tap.send(arpReply(MacAddress.BROADCAST)));
        assertTrue(e.getMessage().contains("closed"));
    }

    @Test
    void badInterfaceNamesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TapDevice.open("much-too-long-name", OURS));
        assertThrows(IllegalArgumentException.class, () -> TapDevice.open("bad name", OURS));
    }

    /** An ARP reply (RFC 826): 10.213.0.2 is at our address, to the kernel. */
    private static byte[] arpReply(MacAddress kernel) {
        byte[] f = new byte[42];
        kernel.copyTo(f, 0);
        OURS.copyTo(f, 6);
        f[12] = 0x08;
        f[13] = 0x06;
        f[15] = 1; // hardware type Ethernet
        f[16] = 0x08; // protocol IPv4
        f[18] = 6;
        f[19] = 4;
        f[21] = 2; // reply
        OURS.copyTo(f, 22);
        System.arraycopy(OUR_IP, 0, f, 28, 4);
        kernel.copyTo(f, 32);
        System.arraycopy(KERNEL_IP, 0, f, 38, 4);
        return f;
    }

    private static int etherType(byte[] f) {
        return (f[12] & 0xFF) << 8 | f[13] & 0xFF;
    }

    private static byte[] await(BlockingQueue<byte[]> frames, Predicate<byte[]> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        for (long left; (left = deadline - System.nanoTime()) > 0; ) {
            byte[] f = frames.poll(left, TimeUnit.NANOSECONDS);
            if (f != null && wanted.test(f)) {
                return f;
            }
        }
        return null;
    }
}
