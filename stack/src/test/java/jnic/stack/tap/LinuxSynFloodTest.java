package jnic.stack.tap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.driver.NetDevice;
import jnic.driver.tap.KernelPeer;
import jnic.net.wire.EtherType;
import jnic.net.wire.EthernetFrame;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.MacAddress;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.stack.ForwardingDevice;
import jnic.stack.KernelHost;
import jnic.stack.KernelHostTest;
import jnic.stack.TestNet;
import jnic.stack.iface.StackCounter;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A SYN flood against a jnic server on a TAP device while the Linux kernel's clients connect:
 * 100 000 SYNs from random spoofed sources and ports enter the host's receive path as if from
 * the wire (at 20 000 a second, which the host keeps up with), and the server's SYN-ACKs leave by
 * its default gateway, the kernel, which drops them. Meanwhile Python in the namespace makes 200
 * connections, each fetching two bytes. Every one succeeds without a retransmitted SYN (the
 * kernel's nstat says so); the half-open connections stay within the backlog and hold no
 * buffers; and the live heap afterwards is within 10 % of what it was before. Skipped, with the
 * reason, without TAP, namespaces or Python.
 */
class LinuxSynFloodTest extends KernelHostTest {
    private static final int SYNS = 100_000;
    private static final int SYNS_PER_SECOND = 20_000;
    private static final int BACKLOG = 128;
    private Injector device;

    /** The TAP device, with a way for the test to hand the host frames as if they came from the wire. */
    static final class Injector extends ForwardingDevice {
        private volatile FrameHandler handler;

        Injector(NetDevice inner) {
            super(inner);
        }

        @Override
        public void setHandler(FrameHandler h) {
            handler = h;
            inner.setHandler(h);
        }

        void inject(byte[] frame) {
            FrameHandler h = handler;
            if (h != null) {
                h.onFrame(frame);
            }
        }
    }

    @Override
    protected KernelHost start() throws Exception {
        assumeTrue(KernelPeer.run("which", "python3", "nstat") == 0, "skipped: python3 or nstat is not installed");
        return KernelHost.create(
                "jsyn", "10.215.0.1/24", "10.215.0.2/24", "02:4a:4e:00:01:0f", 15, tap -> device = new Injector(tap));
    }

    @BeforeEach
    void setUp() throws Exception {
        host.setDefaultGateway(Ipv4Address.parse("10.215.0.1"));
    }

    @Test
    void theKernelsClientsAllGetInDuringAHundredThousandSpoofedSyns() throws Exception {
        TcpListener warmUp = listen();
        String clients = clients(20, 2);
        assertTrue(clients.startsWith("20 of 20"), "warm-up: " + clients);
        flood(new Random(1), 2000, SYNS_PER_SECOND); // the same paths once, so what is compiled and loaded is there
        warmUp.close(); // ends its half-open connections (their SYN-ACK retries would take 127 s)
        TcpListener l = listen();
        long heapBefore = TestNet.liveHeap();
        long rssBefore = residentKib("VmRSS");

        long synRetransmitsBefore = nstat("TcpExtTCPSynRetrans");
        AtomicInteger maxHalfOpen = new AtomicInteger();
        AtomicLong maxBufferMemory = new AtomicLong();
        AtomicInteger maxConnections = new AtomicInteger();
        sample(l, maxHalfOpen, maxBufferMemory, maxConnections);
        CompletableFuture<String> kernel = CompletableFuture.supplyAsync(() -> {
            try {
                return clients(200, SYNS / SYNS_PER_SECOND - 1);
            } catch (Exception e) {
                return e.toString();
            }
        });
        long floodStart = System.nanoTime();
        flood(new Random(2), SYNS, SYNS_PER_SECOND);
        double floodSeconds = (System.nanoTime() - floodStart) / 1e9;
        String result = kernel.get(60, TimeUnit.SECONDS);
        long synRetransmits = nstat("TcpExtTCPSynRetrans") - synRetransmitsBefore;
        int halfOpen = maxHalfOpen.get();
        l.close();
        Thread.sleep(100);
        long heapAfter = TestNet.liveHeap();
        long rssAfter = residentKib("VmRSS");
        System.out.printf(
                "SYN flood over TAP: %d SYNs in %.1f s; kernel clients: %s; kernel SYN retransmissions %d;"
                        + " half-open at most %d, connections at most %d, buffers at most %d bytes;"
                        + " live heap %d -> %d bytes; resident %d -> %d KiB (peak %d); %s%n",
                SYNS,
                floodSeconds,
                result,
                synRetransmits,
                halfOpen,
                maxConnections.get(),
                maxBufferMemory.get(),
                heapBefore,
                heapAfter,
                rssBefore,
                rssAfter,
                residentKib("VmHWM"),
                host.counters());

        assertTrue(result.startsWith("200 of 200"), "every kernel client got its two bytes: " + result);
        assertEquals(0, synRetransmits, "no SYN of theirs had to be sent twice");
        assertTrue(halfOpen <= BACKLOG, halfOpen + " half-open");
        assertTrue(maxConnections.get() <= BACKLOG + 200, maxConnections + " connections");
        assertTrue(maxBufferMemory.get() <= 200L * 2 * 64 * 1024, maxBufferMemory + " bytes of buffers");
        assertTrue(host.counters().get(StackCounter.TCP_SYN_COOKIES_SENT) >= SYNS - BACKLOG);
        assertEquals(0, host.counters().get(StackCounter.ETHERNET_INBOX_FULL), "the host kept up");
        assertTrue(
                Math.abs(heapAfter - heapBefore) <= heapBefore / 10,
                "live heap " + heapBefore + " before, " + heapAfter + " after");
    }

    /** Accepts each connection, writes "ok", reads to the client's end of stream and closes (the client closes first). */
    private static void serve(TcpListener l) {
        l.acceptAsync().thenAccept(s -> {
            byte[] ok = "ok".getBytes(StandardCharsets.US_ASCII);
            s.writeAsync(ok, 0, ok.length).thenRun(() -> drainThenClose(s, new byte[16]));
            serve(l);
        });
    }

    private static void drainThenClose(TcpSocket s, byte[] b) {
        s.readAsync(b, 0, b.length).whenComplete((n, e) -> {
            if (e != null || n < 0) {
                s.close();
            } else {
                drainThenClose(s, b);
            }
        });
    }

    /**
     * {@code n} connections from the kernel, in 10 threads, over about {@code seconds}: each
     * connects (5 s timeout), reads "ok" to the end and closes. Returns "K of N ok, slowest connect X s".
     */
    private String clients(int n, int seconds) throws Exception {
        String script = String.join(
                "\n",
                "import socket, threading, time",
                "n, seconds = " + n + ", " + seconds,
                "results, lock = [], threading.Lock()",
                "def worker(count):",
                "    for i in range(count):",
                "        t = time.monotonic()",
                "        ok, took = False, 0.0",
                "        try:",
                "            s = socket.create_connection(('10.215.0.2', 80), timeout=5)",
                "            took = time.monotonic() - t",
                "            data = b''",
                "            while len(data) < 2:",
                "                d = s.recv(16)",
                "                if not d: break",
                "                data += d",
                "            s.close()",
                "            ok = data == b'ok'",
                "        except Exception as e:",
                "            took = time.monotonic() - t",
                "        with lock: results.append((ok, took))",
                "        time.sleep(seconds * 10.0 / n)",
                "threads = [threading.Thread(target=worker, args=(n // 10,)) for _ in range(10)]",
                "[t.start() for t in threads]",
                "[t.join() for t in threads]",
                "print('%d of %d ok, slowest connect %.3f s' % (sum(1 for ok, _ in results if ok), len(results),"
                        + " max(t for _, t in results)))");
        return peer.exec("python3", "-c", script).trim();
    }

    /** {@code n} spoofed SYNs, as a flood tool sends them (MSS option only), at {@code perSecond}, into the host's receive path. */
    private void flood(Random random, int n, int perSecond) throws Exception {
        MacAddress ours = device.macAddress();
        MacAddress kernel = MacAddress.parse("02:00:00:00:00:01");
        ByteBuffer mss = new TcpOptions(1460, -1, false, java.util.List.of(), -1, -1).toBuffer();
        Ipv4Address server = Ipv4Address.parse("10.215.0.2");
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            Ipv4Address from = TestNet.spoofedSource(random);
            TcpSegment syn = new TcpSegment(
                    1024 + random.nextInt(64512),
                    80,
                    random.nextInt(),
                    0,
                    TcpSegment.SYN,
                    64240,
                    0,
                    mss.duplicate(),
                    ByteBuffer.allocate(0));
            Ipv4Packet p = Ipv4Packet.of(
                    64, Ipv4Packet.PROTOCOL_TCP, from, server, random.nextInt(0x10000), syn.toBuffer(from, server));
            device.inject(new EthernetFrame(ours, kernel, EtherType.IPV4, ByteBuffer.wrap(p.toBytes())).toBytes());
            long due = start + (i + 1) * 1_000_000_000L / perSecond;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
        }
    }

    /** Every 10 ms on the host's loop, the most half-open connections, buffer memory and connections seen. */
    private void sample(TcpListener l, AtomicInteger halfOpen, AtomicLong buffers, AtomicInteger connections) {
        loop.schedule(10_000_000L, () -> {
            halfOpen.accumulateAndGet(l.halfOpen(), Math::max);
            buffers.accumulateAndGet(host.tcp().bufferMemory(), Math::max);
            connections.accumulateAndGet(host.tcp().connectionCount(), Math::max);
            sample(l, halfOpen, buffers, connections);
        });
    }

    /** A listener on port 80 that serves (a closed one's port is free again once its close has run on the loop). */
    private TcpListener listen() throws Exception {
        for (int i = 0; ; i++) {
            try {
                TcpListener l = host.tcp().listen(80, BACKLOG);
                serve(l);
                return l;
            } catch (jnic.stack.SocketError e) {
                if (i == 50) {
                    throw e;
                }
                Thread.sleep(20);
            }
        }
    }

    /** The kernel's counter now, absolute (-s: nstat's history file, shared by every namespace, is left alone). */
    private long nstat(String counter) throws Exception {
        Matcher m = Pattern.compile(counter + "\\s+(\\d+)").matcher(peer.exec("nstat", "-asz", counter));
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The process's resident set now (VmRSS) or at its peak (VmHWM), KiB: reported, not held to a bound (the JVM sizes its heap as it likes). */
    private static long residentKib(String field) throws java.io.IOException {
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
            if (line.startsWith(field + ":")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }
}
