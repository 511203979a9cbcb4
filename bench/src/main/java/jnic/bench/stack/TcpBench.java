package jnic.bench.stack;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import jnic.bench.JmhRunner;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.driver.tap.NetworkNamespace;
import jnic.driver.tap.TapDevice;
import jnic.driver.time.WallClockLoop;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.tcp.TcpConfig;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;

/**
 * {@code make bench}, TCP part. Bulk transfer throughput, payload megabits per wall second:
 * <ul>
 * <li>jnic to jnic on a LoopbackLan segment (no latency), one thread, after two warm-up runs;</li>
 * <li>jnic to the Linux kernel and back over a TAP device (nc on the kernel's side), in a network
 * namespace the benchmark makes; the TAP device has a virtio NIC's offloads (TCP segmentation
 * and checksums, both ways);</li>
 * <li>the reference, in the same rounds: Linux to Linux (nc to nc) over a veth pair between two
 * namespaces, MTU 1500 as the TAP link, with the same kind of offloads (veth's defaults: TSO,
 * GSO, GRO, checksums), and for comparison once with segmentation offloads off (every
 * 1500-byte packet handled on its own); less what starting the processes and connecting takes.</li>
 * </ul>
 * Then the same paths under random loss, 1 % and 5 % of the TCP packets each way, made by
 * nftables rules ({@code numgen random}) in the namespace of the kernel that talks to jnic, and in
 * the receiving namespace of the veth pair: each row against Linux to Linux under the same loss,
 * in the same rounds.
 * The TAP and veth rows need root and are skipped with the reason otherwise. Writes
 * bench/results/tcp.json and tcp.md.
 */
public final class TcpBench {
    /**
     * Rounds (each path once) before the measured ones: the JIT takes about four 64 MiB rounds to
     * settle on the TAP path (the first round runs at a fifth of the settled speed).
     */
    static final int TAP_WARM_UP = 4;

    static final int TAP_MEASURED = 5;

    /** Loss rates of the loss rows, percent of the TCP packets dropped each way. */
    static final int[] LOSS_PERCENT = {1, 5};

    /** Rounds per loss rate (after the clean rounds, so the JIT has settled). */
    static final int LOSS_ROUNDS = 5;

    private TcpBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = JmhRunner.quick("TcpBench", args);
        int bytes = (quick ? 16 : 64) << 20;
        ObjectNode json = JmhRunner.header("tcp", quick);
        json.put("bytes", bytes);
        StringBuilder md = new StringBuilder("# TCP benchmark: bulk transfer\n\n");
        md.append(String.format(
                Locale.ROOT,
                "%d MiB per run, payload Mb/s per wall second, all measured in the same run.%n%n",
                bytes >> 20));
        md.append("| path | Mb/s | against Linux to Linux (veth, offloads on) |\n|---|---:|---:|\n");

        loopback(bytes); // two warm-up runs: the JIT needs about two of them to settle
        loopback(bytes);
        double loopback = loopback(bytes);
        json.put("jnic_to_jnic_loopback_mbps", loopback);
        System.out.printf(Locale.ROOT, "jnic -> jnic, LoopbackLan: %.0f Mb/s%n", loopback);

        TapResults tap = null;
        String skipped = null;
        try {
            tap = overTapAgainstVeth(bytes);
        } catch (IOException e) {
            skipped = e.getMessage();
            System.out.println("TAP and veth rows skipped: " + skipped);
        }
        double reference = tap == null ? Double.NaN : tap.vethOn();
        row(md, "jnic to jnic, LoopbackLan (one thread)", loopback, loopback / reference);
        if (tap != null) {
            json.put("jnic_to_linux_tap_mbps", tap.out());
            json.put("linux_to_jnic_tap_mbps", tap.in());
            json.put("linux_to_linux_veth_mbps", tap.vethOn());
            json.put("linux_to_linux_veth_no_offload_mbps", tap.vethOff());
            json.put("jnic_to_linux_over_linux_to_linux", tap.outRatio());
            json.put("linux_to_jnic_over_linux_to_linux", tap.inRatio());
            row(md, "jnic to Linux, TAP", tap.out(), tap.outRatio());
            row(md, "Linux to jnic, TAP", tap.in(), tap.inRatio());
            row(md, "Linux to Linux, veth, offloads on (default; reference)", tap.vethOn(), 1);
            row(md, "Linux to Linux, veth, segmentation offloads off", tap.vethOff(), tap.vethOff() / reference);
            for (LossResults l : tap.loss()) {
                String key = l.percent() + "_percent_loss";
                json.put("jnic_to_linux_tap_" + key + "_mbps", l.out());
                json.put("linux_to_jnic_tap_" + key + "_mbps", l.in());
                json.put("linux_to_linux_veth_" + key + "_mbps", l.veth());
                json.put("jnic_to_linux_" + key + "_over_linux_to_linux", l.outRatio());
                json.put("linux_to_jnic_" + key + "_over_linux_to_linux", l.inRatio());
                row(
                        md,
                        "jnic to Linux, TAP, " + l.percent() + " % loss",
                        l.out(),
                        l.outRatio(),
                        "Linux to Linux, same loss");
                row(
                        md,
                        "Linux to jnic, TAP, " + l.percent() + " % loss",
                        l.in(),
                        l.inRatio(),
                        "Linux to Linux, same loss");
                row(md, "Linux to Linux, veth, " + l.percent() + " % loss (reference)", l.veth(), 1, "");
            }
            md.append(String.format(
                    Locale.ROOT,
                    "%nMedians of %d rounds after %d warm-up rounds; a round runs each path once, one after the other,"
                            + " and the TAP rows' ratios are the medians of each round's ratio to that round's reference."
                            + " Loss rows: %d MiB per run, medians of %d rounds, each against Linux to Linux (veth, offloads"
                            + " on) under the same loss in the same round.%n",
                    TAP_MEASURED,
                    TAP_WARM_UP,
                    lossBytes(bytes) >> 20,
                    LOSS_ROUNDS));
            System.out.printf(
                    Locale.ROOT,
                    "jnic -> Linux (TAP) %.0f Mb/s, Linux -> jnic %.0f, Linux -> Linux veth %.0f (offloads off %.0f)%n",
                    tap.out(),
                    tap.in(),
                    tap.vethOn(),
                    tap.vethOff());
        } else {
            md.append("\nTAP and veth rows skipped: ").append(skipped).append('\n');
            json.put("skipped", skipped);
        }
        System.out.print(md);
        JmhRunner.write("tcp", json, md.toString());
    }

    private static void row(StringBuilder md, String path, double mbps, double ratio) {
        row(md, path, mbps, ratio, "");
    }

    private static void row(StringBuilder md, String path, double mbps, double ratio, String against) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %.0f | %s%s |%n",
                path,
                mbps,
                Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.2f", ratio),
                against.isEmpty() ? "" : " (against " + against + ")"));
    }

    /** Bytes per loss run: a quarter of a clean run's, at least 8 MiB (a lossy run is slower). */
    static int lossBytes(int bytes) {
        return Math.max(bytes / 4, 8 << 20);
    }

    /** jnic to jnic over LoopbackLan, driven on this thread. */
    static double loopback(int bytes) throws Exception {
        LoopbackLan lan = new LoopbackLan();
        LoopbackHub hub = lan.hub();
        HostConfig config = HostConfig.DEFAULT.withTcp(TcpConfig.DEFAULT.withBuffers(1 << 20, 1 << 20));
        SimTcpBench.Run run = SimTcpBench.transfer(
                lan,
                hub.attach("a", MacAddress.parse("02:00:00:00:00:01")),
                hub.attach("b", MacAddress.parse("02:00:00:00:00:02")),
                bytes,
                config,
                false);
        return bytes * 8.0 / run.wallSeconds() / 1e6;
    }

    /** Medians in Mb/s, and the medians of each round's ratio to its own reference. */
    record TapResults(
            double out,
            double in,
            double vethOn,
            double vethOff,
            double outRatio,
            double inRatio,
            java.util.List<LossResults> loss) {}

    /** The same under {@code percent} % loss each way: medians in Mb/s and of each round's ratios. */
    record LossResults(int percent, double out, double in, double veth, double outRatio, double inRatio) {}

    /**
     * jnic to the kernel and the kernel to jnic over a TAP device, against nc to nc between two
     * namespaces over a veth pair (MTU 1500) with segmentation offloads off and on. The paths take
     * turns within each round, so a machine that is slower for a while (a shared virtual machine
     * is) slows the reference and jnic alike; {@link #TAP_WARM_UP} warm-up rounds, then
     * {@link #TAP_MEASURED} measured ones.
     */
    static TapResults overTapAgainstVeth(int bytes) throws Exception {
        try (NetworkNamespace ns = NetworkNamespace.create("jnic-bench-tcp");
                TapDevice tap = TapDevice.open("jnicb0", MacAddress.parse("02:4a:4e:00:0b:01"));
                WallClockLoop loop = new WallClockLoop("tcp-bench");
                NetworkNamespace a = NetworkNamespace.create("jnic-bench-va");
                NetworkNamespace b = NetworkNamespace.create("jnic-bench-vb")) {
            ns.adopt("jnicb0", "10.215.0.1/24");
            if (NetworkNamespace.run("ip", "link", "add", "jnicva", "type", "veth", "peer", "name", "jnicvb") != 0) {
                throw new IOException("cannot make a veth pair");
            }
            a.adopt("jnicva", "10.216.0.1/24");
            b.adopt("jnicvb", "10.216.0.2/24");
            Host host =
                    new Host("jnic", loop, HostConfig.DEFAULT.withTcp(TcpConfig.DEFAULT.withBuffers(1 << 20, 1 << 20)));
            host.attach(tap, InterfaceAddress.parse("10.215.0.2/24"));
            long overheadOn = ncOverhead(a, b);
            offloads(a, b, false);
            long overheadOff = ncOverhead(a, b);
            int rounds = TAP_WARM_UP + TAP_MEASURED;
            double[] out = new double[rounds];
            double[] in = new double[rounds];
            double[] vethOff = new double[rounds];
            double[] vethOn = new double[rounds];
            double[] outRatio = new double[rounds];
            double[] inRatio = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                out[round] = jnicToKernel(ns, host, bytes, 5100 + round);
                in[round] = kernelToJnic(ns, host, bytes, 5200 + round);
                offloads(a, b, false);
                vethOff[round] = ncToNc(a, b, bytes, overheadOff);
                offloads(a, b, true);
                vethOn[round] = ncToNc(a, b, bytes, overheadOn);
                outRatio[round] = out[round] / vethOn[round];
                inRatio[round] = in[round] / vethOn[round];
                boolean warmUp = round < TAP_WARM_UP;
                System.out.printf(
                        Locale.ROOT,
                        "  %s %d: jnic -> Linux %.0f Mb/s (%.2f), Linux -> jnic %.0f (%.2f); veth, offloads on %.0f, off %.0f%n",
                        warmUp ? "warm-up" : "round",
                        warmUp ? round + 1 : round - TAP_WARM_UP + 1,
                        out[round],
                        outRatio[round],
                        in[round],
                        inRatio[round],
                        vethOn[round],
                        vethOff[round]);
            }
            java.util.List<LossResults> loss = new java.util.ArrayList<>();
            for (int percent : LOSS_PERCENT) {
                loss.add(underLoss(ns, b, a, host, lossBytes(bytes), percent, overheadOn));
            }
            host.close();
            return new TapResults(
                    medianOfLast(out, TAP_MEASURED),
                    medianOfLast(in, TAP_MEASURED),
                    medianOfLast(vethOn, TAP_MEASURED),
                    medianOfLast(vethOff, TAP_MEASURED),
                    medianOfLast(outRatio, TAP_MEASURED),
                    medianOfLast(inRatio, TAP_MEASURED),
                    loss);
        }
    }

    /**
     * {@link #LOSS_ROUNDS} rounds of jnic to the kernel, the kernel to jnic and Linux to Linux over
     * veth (offloads on), with {@code percent} % of the TCP packets dropped each way: by rules in the
     * TAP's namespace (the kernel jnic talks to) and in the veth's receiving namespace.
     */
    static LossResults underLoss(
            NetworkNamespace tapSide,
            NetworkNamespace vethReceiver,
            NetworkNamespace vethSender,
            Host host,
            int bytes,
            int percent,
            long overhead)
            throws Exception {
        loss(tapSide, percent);
        loss(vethReceiver, percent);
        double[] out = new double[LOSS_ROUNDS];
        double[] in = new double[LOSS_ROUNDS];
        double[] veth = new double[LOSS_ROUNDS];
        double[] outRatio = new double[LOSS_ROUNDS];
        double[] inRatio = new double[LOSS_ROUNDS];
        try {
            for (int round = 0; round < LOSS_ROUNDS; round++) {
                out[round] = jnicToKernel(tapSide, host, bytes, 5300 + 10 * percent + round);
                in[round] = kernelToJnic(tapSide, host, bytes, 5400 + 10 * percent + round);
                veth[round] = ncToNc(vethSender, vethReceiver, bytes, overhead);
                outRatio[round] = out[round] / veth[round];
                inRatio[round] = in[round] / veth[round];
                System.out.printf(
                        Locale.ROOT,
                        "  %d %% loss, round %d: jnic -> Linux %.0f Mb/s (%.2f), Linux -> jnic %.0f (%.2f); veth %.0f%n",
                        percent,
                        round + 1,
                        out[round],
                        outRatio[round],
                        in[round],
                        inRatio[round],
                        veth[round]);
            }
        } finally {
            tapSide.exec("nft", "delete", "table", "inet", "jnicloss");
            vethReceiver.exec("nft", "delete", "table", "inet", "jnicloss");
        }
        return new LossResults(
                percent,
                medianOfLast(out, LOSS_ROUNDS),
                medianOfLast(in, LOSS_ROUNDS),
                medianOfLast(veth, LOSS_ROUNDS),
                medianOfLast(outRatio, LOSS_ROUNDS),
                medianOfLast(inRatio, LOSS_ROUNDS));
    }

    /** Rules in {@code ns} that drop {@code percent} % of the TCP packets it receives and of those it sends. */
    private static void loss(NetworkNamespace ns, int percent) throws Exception {
        String drop = "meta l4proto tcp numgen random mod 100 < " + percent + " drop";
        java.nio.file.Path rules = java.nio.file.Files.createTempFile("jnic-loss", ".nft");
        try {
            java.nio.file.Files.writeString(
                    rules,
                    "table inet jnicloss {\n"
                            + "  chain in { type filter hook input priority 0; policy accept; " + drop + "; }\n"
                            + "  chain out { type filter hook output priority 0; policy accept; " + drop + "; }\n"
                            + "}\n");
            String err = ns.exec("nft", "-f", rules.toString());
            if (!err.isBlank()) {
                throw new IOException("nft refused the loss rules: " + err);
            }
        } finally {
            java.nio.file.Files.delete(rules);
        }
    }

    /** The median of the last {@code n} (odd) runs. */
    static double medianOfLast(double[] runs, int n) {
        double[] last = java.util.Arrays.copyOfRange(runs, runs.length - n, runs.length);
        java.util.Arrays.sort(last);
        return last[n / 2];
    }

    private static void offloads(NetworkNamespace a, NetworkNamespace b, boolean on) throws Exception {
        String state = on ? "on" : "off";
        a.exec("ethtool", "-K", "jnicva", "tso", state, "gso", state, "gro", state);
        b.exec("ethtool", "-K", "jnicvb", "tso", state, "gso", state, "gro", state);
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
            for (int n; (n = in.read(buf, 0, buf.length)) > 0; ) {
                got += n;
            }
            double mbps = got * 8.0 / ((System.nanoTime() - t0) / 1e9) / 1e6;
            in.close();
            source.waitFor(10, TimeUnit.SECONDS);
            return mbps;
        }
    }

    /**
     * What timing an nc-to-nc transfer takes besides the transfer (starting head and nc,
     * connecting, closing): an empty transfer, the fastest of three. It is taken off each run, so
     * the reference is not slowed by it.
     */
    private static long ncOverhead(NetworkNamespace a, NetworkNamespace b) throws Exception {
        long overhead = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            overhead = Math.min(overhead, ncToNcNanos(a, b, 0));
        }
        return overhead;
    }

    private static double ncToNc(NetworkNamespace a, NetworkNamespace b, int bytes, long overhead) throws Exception {
        return bytes * 8.0 / (Math.max(ncToNcNanos(a, b, bytes) - overhead, 1) / 1e9) / 1e6;
    }

    /** Nanoseconds from starting the sender to its end, for {@code bytes} from namespace a to b. */
    private static long ncToNcNanos(NetworkNamespace a, NetworkNamespace b, int bytes) throws Exception {
        Process sink = b.start("bash", "-c", "nc -l -N 5003 > /dev/null");
        Thread.sleep(300);
        String nanos = a.exec(
                "bash",
                "-c",
                "s=$(date +%s%N); head -c " + bytes
                        + " /dev/zero | nc -N 10.216.0.2 5003; e=$(date +%s%N); echo $((e - s))");
        sink.waitFor(10, TimeUnit.SECONDS);
        return Long.parseLong(nanos.trim());
    }
}
