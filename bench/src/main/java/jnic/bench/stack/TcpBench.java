package jnic.bench.stack;

import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.node.ObjectNode;

import jnic.bench.JmhRunner;
import jnic.driver.MacAddress;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.driver.tap.NetworkNamespace;
import jnic.driver.tap.TapDevice;
import jnic.driver.time.WallClockLoop;
import jnic.stack.iface.Host;
import jnic.stack.iface.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.tcp.TcpConfig;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;
import jnic.stack.wire.Ipv4Address;

/**
 * {@code make bench}, TCP part. Bulk transfer throughput, payload megabits per wall second:
 * <ul>
 * <li>jnic to jnic on a LoopbackLan segment (no latency), one thread, after two warm-up runs;</li>
 * <li>jnic to the Linux kernel and back over a TAP device (nc on the kernel's side), in a network
 * namespace the benchmark makes; the median of three runs after two warm-up runs;</li>
 * <li>the reference, in the same run: Linux to Linux (nc to nc) over a veth pair between two
 * namespaces, MTU 1500 as the TAP link, once as configured by default (segmentation offloads on)
 * and once with them off so the kernel also handles every 1500-byte packet, as jnic must; the
 * median of three runs each.</li>
 * </ul>
 * The TAP and veth rows need root and are skipped with the reason otherwise. Writes
 * bench/results/tcp.json and tcp.md.
 */
public final class TcpBench {
    private TcpBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = JmhRunner.quick("TcpBench", args);
        int bytes = (quick ? 16 : 64) << 20;
        ObjectNode json = JmhRunner.header("tcp", quick);
        json.put("bytes", bytes);
        StringBuilder md = new StringBuilder("# TCP benchmark: bulk transfer\n\n");
        md.append(String.format(Locale.ROOT, "%d MiB per run, payload Mb/s per wall second, all measured in the same run.%n%n", bytes >> 20));
        md.append("| path | Mb/s | against Linux to Linux (veth, offloads off) |\n|---|---:|---:|\n");

        loopback(bytes); // two warm-up runs: the JIT needs about two of them to settle
        loopback(bytes);
        double loopback = loopback(bytes);
        json.put("jnic_to_jnic_loopback_mbps", loopback);
        System.out.printf(Locale.ROOT, "jnic -> jnic, LoopbackLan: %.0f Mb/s%n", loopback);

        double[] tap = null;
        double[] veth = null;
        String skipped = null;
        try {
            tap = overTap(bytes);
            veth = linuxToLinux(bytes);
        } catch (IOException e) {
            skipped = e.getMessage();
            System.out.println("TAP and veth rows skipped: " + skipped);
        }
        double reference = veth == null ? Double.NaN : veth[1];
        row(md, "jnic to jnic, LoopbackLan (one thread)", loopback, reference);
        if (tap != null) {
            json.put("jnic_to_linux_tap_mbps", tap[0]);
            json.put("linux_to_jnic_tap_mbps", tap[1]);
            json.put("linux_to_linux_veth_mbps", veth[0]);
            json.put("linux_to_linux_veth_no_offload_mbps", veth[1]);
            json.put("jnic_to_linux_over_linux_to_linux", tap[0] / veth[1]);
            row(md, "jnic to Linux, TAP", tap[0], reference);
            row(md, "Linux to jnic, TAP", tap[1], reference);
            row(md, "Linux to Linux, veth, offloads on (default)", veth[0], reference);
            row(md, "Linux to Linux, veth, offloads off (reference)", veth[1], reference);
            System.out.printf(Locale.ROOT, "jnic -> Linux (TAP) %.0f Mb/s, Linux -> jnic %.0f, Linux -> Linux veth %.0f (offloads off %.0f)%n",
                    tap[0], tap[1], veth[0], veth[1]);
        } else {
            md.append("\nTAP and veth rows skipped: ").append(skipped).append('\n');
            json.put("skipped", skipped);
        }
        System.out.print(md);
        JmhRunner.write("tcp", json, md.toString());
    }

    private static void row(StringBuilder md, String path, double mbps, double reference) {
        md.append(String.format(Locale.ROOT, "| %s | %.0f | %s |%n", path, mbps,
                Double.isNaN(reference) ? "n/a" : String.format(Locale.ROOT, "%.2f", mbps / reference)));
    }

    /** jnic to jnic over LoopbackLan, driven on this thread. */
    static double loopback(int bytes) throws Exception {
        LoopbackLan lan = new LoopbackLan();
        LoopbackHub hub = lan.hub();
        HostConfig config = HostConfig.DEFAULT.withTcp(TcpConfig.DEFAULT.withBuffers(1 << 20, 1 << 20));
        Host a = new Host("a", lan, config.withSeed(1));
        Host b = new Host("b", lan, config.withSeed(2));
        a.attach(hub.attach("a", MacAddress.parse("02:00:00:00:00:01")), InterfaceAddress.parse("10.0.0.1/24"));
        b.attach(hub.attach("b", MacAddress.parse("02:00:00:00:00:02")), InterfaceAddress.parse("10.0.0.2/24"));
        TcpListener l = b.tcp().listen(5001, 4);
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> connected = a.tcp().connect(b.address(), 5001);
        lan.runUntil(() -> accepted.isDone() && connected.isDone(), 1_000_000_000L);
        byte[] chunk = new byte[1 << 16];
        long[] received = {0};
        Runnable[] drain = new Runnable[1];
        drain[0] = () -> accepted.join().readAsync(chunk, 0, chunk.length).thenAccept(n -> {
            if (n > 0) {
                received[0] += n;
                drain[0].run();
            }
        });
        lan.execute(drain[0]);
        byte[] data = new byte[bytes];
        long start = System.nanoTime();
        connected.join().writeAsync(data, 0, data.length);
        lan.runUntil(() -> received[0] >= bytes, Long.MAX_VALUE);
        return bytes * 8.0 / ((System.nanoTime() - start) / 1e9) / 1e6;
    }

    /**
     * jnic to the kernel and the kernel to jnic over a TAP device; Mb/s each way, the median of
     * three runs after two warm-up runs (the JIT takes a few runs to settle on this path).
     */
    static double[] overTap(int bytes) throws Exception {
        try (NetworkNamespace ns = NetworkNamespace.create("jnic-bench-tcp");
                TapDevice tap = TapDevice.open("jnicb0", MacAddress.parse("02:4a:4e:00:0b:01"));
                WallClockLoop loop = new WallClockLoop("tcp-bench")) {
            ns.adopt("jnicb0", "10.215.0.1/24");
            Host host = new Host("jnic", loop, HostConfig.DEFAULT.withTcp(TcpConfig.DEFAULT.withBuffers(1 << 20, 1 << 20)));
            host.attach(tap, InterfaceAddress.parse("10.215.0.2/24"));
            double[] out = new double[5];
            double[] in = new double[5];
            for (int run = 0; run < 5; run++) {
                out[run] = jnicToKernel(ns, host, bytes, 5100 + run);
                in[run] = kernelToJnic(ns, host, bytes, 5200 + run);
            }
            host.close();
            return new double[] {medianOfLastThree(out), medianOfLastThree(in)};
        }
    }

    static double medianOfLastThree(double[] runs) {
        double[] last = java.util.Arrays.copyOfRange(runs, runs.length - 3, runs.length);
        java.util.Arrays.sort(last);
        return last[1];
    }

    private static double jnicToKernel(NetworkNamespace ns, Host host, int bytes, int port) throws Exception {
        Process sink = ns.start("bash", "-c", "nc -l -N " + port + " > /dev/null");
        Thread.sleep(300);
        TcpSocket s = host.tcp().connect(Ipv4Address.parse("10.215.0.1"), port).get(10, TimeUnit.SECONDS);
        byte[] data = new byte[bytes];
        long start = System.nanoTime();
        s.write(data, 0, data.length);
        s.shutdownOutput();
        s.inputStream().read(); // -1 once the kernel has read everything and closed its side
        double mbps = bytes * 8.0 / ((System.nanoTime() - start) / 1e9) / 1e6;
        s.close();
        sink.waitFor(10, TimeUnit.SECONDS);
        return mbps;
    }

    private static double kernelToJnic(NetworkNamespace ns, Host host, int bytes, int port) throws Exception {
        try (TcpListener l = host.tcp().listen(port, 4)) {
            Process source = ns.start("bash", "-c", "head -c " + bytes + " /dev/zero | nc -N 10.215.0.2 " + port);
            TcpSocket in = l.accept(java.time.Duration.ofSeconds(10));
            long t0 = System.nanoTime();
            byte[] buf = new byte[1 << 16];
            long got = 0;
            for (int n; (n = in.read(buf, 0, buf.length)) > 0;) {
                got += n;
            }
            double mbps = got * 8.0 / ((System.nanoTime() - t0) / 1e9) / 1e6;
            in.close();
            source.waitFor(10, TimeUnit.SECONDS);
            return mbps;
        }
    }

    /** nc to nc between two namespaces over a veth pair (MTU 1500): offloads on, then off. */
    static double[] linuxToLinux(int bytes) throws Exception {
        try (NetworkNamespace a = NetworkNamespace.create("jnic-bench-va"); NetworkNamespace b = NetworkNamespace.create("jnic-bench-vb")) {
            if (NetworkNamespace.run("ip", "link", "add", "jnicva", "type", "veth", "peer", "name", "jnicvb") != 0) {
                throw new IOException("cannot make a veth pair");
            }
            a.adopt("jnicva", "10.216.0.1/24");
            b.adopt("jnicvb", "10.216.0.2/24");
            double[] on = new double[3];
            for (int i = 0; i < 3; i++) {
                on[i] = ncToNc(a, b, bytes);
            }
            a.exec("ethtool", "-K", "jnicva", "tso", "off", "gso", "off", "gro", "off");
            b.exec("ethtool", "-K", "jnicvb", "tso", "off", "gso", "off", "gro", "off");
            double[] off = new double[3];
            for (int i = 0; i < 3; i++) {
                off[i] = ncToNc(a, b, bytes);
            }
            return new double[] {medianOfLastThree(on), medianOfLastThree(off)};
        }
    }

    private static double ncToNc(NetworkNamespace a, NetworkNamespace b, int bytes) throws Exception {
        Process sink = b.start("bash", "-c", "nc -l -N 5003 > /dev/null");
        Thread.sleep(300);
        String nanos = a.exec("bash", "-c", "s=$(date +%s%N); head -c " + bytes + " /dev/zero | nc -N 10.216.0.2 5003; e=$(date +%s%N); echo $((e - s))");
        sink.waitFor(10, TimeUnit.SECONDS);
        return bytes * 8.0 / (Long.parseLong(nanos.trim()) / 1e9) / 1e6;
    }
}
