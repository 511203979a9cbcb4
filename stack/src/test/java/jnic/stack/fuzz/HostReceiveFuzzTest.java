package jnic.stack.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import jnic.driver.loopback.LoopbackDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.Checksum;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;

/**
 * The whole receive path of a host (Ethernet, ARP, IPv4 with reassembly, ICMP, UDP sockets, timers)
 * on random frames from a neighbour, one host kept across inputs so state piles up as it would on a
 * wire: no task may throw, and the bounded memories stay inside their bounds. The harness can fix
 * the IPv4 header checksum and zero the UDP one, so the fuzzer gets past them to deeper code.
 */
class HostReceiveFuzzTest {
    private static final int REASSEMBLY_LIMIT = 64 * 1024;
    private static final int ARP_PENDING_LIMIT = 16 * 1024;
    private static final MacAddress HOST_MAC = MacAddress.parse("02:00:00:00:00:01");
    private static LoopbackLan lan;
    private static Host host;
    private static LoopbackDevice neighbour;

    private static void setUp() throws IOException {
        lan = new LoopbackLan(1000);
        LoopbackHub hub = lan.hub();
        host = new Host(
                "fuzzed",
                lan,
                HostConfig.DEFAULT
                        .withSeed(1)
                        .withReassembly(Duration.ofSeconds(30), REASSEMBLY_LIMIT)
                        .withArp(Duration.ofSeconds(60), Duration.ofSeconds(1), 3, ARP_PENDING_LIMIT));
        host.attach(hub.attach("host", HOST_MAC), InterfaceAddress.parse("10.0.0.1/24"));
        host.udp().open(53);
        host.udp().open(7).receiveBufferSize(4096);
        neighbour = hub.attach("neighbour", MacAddress.parse("02:00:00:00:00:02"));
    }

    @FuzzTest(maxDuration = "10s")
    void receivePath(FuzzedDataProvider data) throws IOException {
        if (host == null) {
            setUp();
        }
        int flags = data.consumeInt(0, 255);
        long waitMillis = data.consumeLong(0, 40_000);
        byte[] frame = data.consumeRemainingAsBytes();
        if (frame.length < 14 || frame.length > 1514) {
            return;
        }
        if ((flags & 1) != 0) {
            HOST_MAC.copyTo(frame, 0); // most frames to the host, as its NIC's filter would pass
        }
        if ((flags & 2) != 0) {
            frame[12] = 0x08;
            frame[13] = (byte) ((flags & 4) != 0 ? 0x06 : 0x00);
        }
        ByteBuffer ip = ByteBuffer.wrap(frame, 14, frame.length - 14).slice();
        int headerLength = ip.remaining() > 0 ? (ip.get(0) & 0xF) * 4 : 0;
        if ((flags & 8) != 0 && headerLength >= 20 && headerLength <= ip.remaining()) {
            ip.putShort(10, (short) 0);
            ip.putShort(10, (short) Checksum.of(ip, 0, headerLength));
            if ((flags & 16) != 0 && (ip.get(9) & 0xFF) == 17 && headerLength + 8 <= ip.remaining()) {
                ip.putShort(headerLength + 6, (short) 0); // UDP without a checksum
            }
        }
        try {
            neighbour.send(frame);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        lan.runFor(waitMillis * 1_000_000L);
        assertEquals(0, lan.failedTasks(), "a task on the host's loop threw");
        assertEquals(0, host.interfaces().get(0).device().statistics().rxDropped(), "the host's receive handler threw");
        assertTrue(host.ip().reassemblyMemory() <= REASSEMBLY_LIMIT);
        assertTrue(host.interfaces().get(0).arp().pendingBytes() <= ARP_PENDING_LIMIT);
    }
}
