package jnic.bench.stack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Locale;
import jnic.bench.JmhRunner;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.udp.UdpSocket;

/**
 * {@code make bench}, stack part: UDP echo between two jnic hosts on one loopback segment, each
 * datagram answered by the other host's echo socket, all on one thread (the hosts' event loop).
 * Figures: datagrams per wall second (each way counted) and bytes allocated per datagram (sent by
 * one stack and received by the other). The reference, in the same run and also on one thread:
 * the Linux kernel's UDP over 127.0.0.1 through java.net.DatagramSocket, client and echo socket
 * taking turns. Sizes 64 B, 1472 B (the largest unfragmented on Ethernet) and 8972 B (7 fragments
 * in jnic; one 9000-byte datagram on the kernel's loopback, whose MTU is 65536).
 * Writes bench/results/stack.json and stack.md.
 */
public final class UdpEchoBench {
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    record Result(long datagrams, double wallSeconds, long allocatedBytes) {
        double perSecond() {
            return datagrams / wallSeconds;
        }

        double allocatedPerDatagram() {
            return (double) allocatedBytes / datagrams;
        }
    }

    private UdpEchoBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = JmhRunner.quick("UdpEchoBench", args);
        int roundTrips = quick ? 20_000 : 200_000;
        int[] sizes = {64, 1472, 8972};
        ObjectNode json = JmhRunner.header("stack", quick);
        ArrayNode rows = json.putArray("udp_echo");
        StringBuilder md = new StringBuilder("# Stack benchmark: UDP echo\n\n");
        md.append(
                "Two jnic hosts on a LoopbackLan segment (no latency), one thread; reference: the Linux kernel's UDP over "
                        + "127.0.0.1 via java.net.DatagramSocket, also one thread, in the same run. Datagrams are counted each way.\n\n");
        md.append(
                "| data bytes | jnic datagrams/s | kernel datagrams/s | jnic / kernel | jnic bytes allocated per datagram |\n");
        md.append("|---:|---:|---:|---:|---:|\n");
        for (int size : sizes) {
            jnicEcho(size, roundTrips / 10); // warm-up: JIT
            kernelEcho(size, roundTrips / 10);
            Result jnic = jnicEcho(size, roundTrips);
            Result kernel = kernelEcho(size, roundTrips);
            double ratio = jnic.perSecond() / kernel.perSecond();
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %.0f | %.0f | %.2f | %.0f |%n",
                    size,
                    jnic.perSecond(),
                    kernel.perSecond(),
                    ratio,
                    jnic.allocatedPerDatagram()));
            ObjectNode r = rows.addObject();
            r.put("data_bytes", size);
            r.put("round_trips", roundTrips);
            r.put("jnic_datagrams_per_s", jnic.perSecond());
            r.put("kernel_datagrams_per_s", kernel.perSecond());
            r.put("jnic_over_kernel", ratio);
            r.put("jnic_allocated_bytes_per_datagram", jnic.allocatedPerDatagram());
            r.put("kernel_allocated_bytes_per_datagram", kernel.allocatedPerDatagram());
            System.out.printf(
                    Locale.ROOT,
                    "UDP echo %5d B: jnic %,.0f datagrams/s, kernel %,.0f, ratio %.2f; jnic allocates %,.0f B per datagram%n",
                    size,
                    jnic.perSecond(),
                    kernel.perSecond(),
                    ratio,
                    jnic.allocatedPerDatagram());
        }
        System.out.print(md);
        JmhRunner.write("stack", json, md.toString());
    }

    /** {@code roundTrips} echoes between two jnic hosts, driven to completion on this thread. */
    static Result jnicEcho(int size, int roundTrips) throws Exception {
        LoopbackLan lan = new LoopbackLan();
        LoopbackHub hub = lan.hub();
        Host a = new Host("a", lan, HostConfig.DEFAULT.withSeed(1));
        Host b = new Host("b", lan, HostConfig.DEFAULT.withSeed(2));
        a.attach(hub.attach("a", MacAddress.parse("02:00:00:00:00:01")), InterfaceAddress.parse("10.0.0.1/24"));
        b.attach(hub.attach("b", MacAddress.parse("02:00:00:00:00:02")), InterfaceAddress.parse("10.0.0.2/24"));
        UdpSocket client = a.udp().open(0);
        UdpSocket echo = b.udp().open(7);
        client.receiveBufferSize(1 << 20);
        echo.receiveBufferSize(1 << 20);
        byte[] data = new byte[size];
        long[] answered = {0};
        Runnable[] serve = new Runnable[1];
        serve[0] = () -> echo.receiveAsync().thenAccept(d -> {
            send(echo, d.data(), d.source(), d.sourcePort());
            serve[0].run();
        });
        Runnable[] await = new Runnable[1];
        await[0] = () -> client.receiveAsync().thenAccept(d -> {
            if (++answered[0] < roundTrips) {
                send(client, data, b.address(), 7);
                await[0].run();
            }
        });
        lan.execute(() -> {
            serve[0].run();
            await[0].run();
        });
        client.sendTo(data, b.address(), 7); // the first one resolves b by ARP
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        if (!lan.runUntil(() -> answered[0] >= roundTrips, Long.MAX_VALUE)) {
            throw new IllegalStateException("the echo stopped after " + answered[0]);
        }
        long wall = System.nanoTime() - start;
        return new Result(2L * roundTrips, wall / 1e9, THREADS.getCurrentThreadAllocatedBytes() - allocated);
    }

    private static void send(UdpSocket s, byte[] data, jnic.net.wire.Ipv4Address to, int port) {
        try {
            s.sendTo(data, to, port);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same echo through the kernel: client and echo socket on 127.0.0.1, taking turns on this thread. */
    static Result kernelEcho(int size, int roundTrips) throws Exception {
        InetAddress lo = InetAddress.getLoopbackAddress();
        try (DatagramSocket client = new DatagramSocket(new InetSocketAddress(lo, 0));
                DatagramSocket echo = new DatagramSocket(new InetSocketAddress(lo, 0))) {
            client.setSoTimeout(5000);
            echo.setSoTimeout(5000);
            byte[] data = new byte[size];
            DatagramPacket out = new DatagramPacket(data, size, echo.getLocalSocketAddress());
            DatagramPacket in = new DatagramPacket(new byte[size], size);
            DatagramPacket back = new DatagramPacket(new byte[size], size);
            long allocated = THREADS.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            for (int i = 0; i < roundTrips; i++) {
                client.send(out);
                echo.receive(in);
                echo.send(in);
                client.receive(back);
            }
            long wall = System.nanoTime() - start;
            return new Result(2L * roundTrips, wall / 1e9, THREADS.getCurrentThreadAllocatedBytes() - allocated);
        }
    }
}
