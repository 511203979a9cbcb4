package jnic.bench.stack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import jnic.bench.JmhRunner;
import jnic.driver.NetDevice;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.driver.time.VirtualTimeLoop;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;

/**
 * {@code make bench}, simulated TCP part: a bulk TCP transfer between two jnic hosts over two
 * simulated adapters on a cable, as the demo runs them (one thread drives the world, the drivers
 * and both stacks), on the fast build and the phy build. The figure is goodput per CPU second of
 * that thread (the machine's cores are shared, so wall time would measure the neighbours), with
 * TCP_NODELAY so the sender never waits for an acknowledgement to fill a segment. The reference,
 * in the same rounds: the same transfer between the same stacks over an in-memory LAN (no
 * hardware), so the ratio is the share of the CPU the co-simulated hardware leaves to the rest.
 * Writes bench/results/simtcp.json and simtcp.md.
 */
public final class SimTcpBench {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long MINUTE = 60_000_000_000L;

    private SimTcpBench() {}

    /** One transfer: CPU seconds of this thread, simulated seconds (of the lan's clock) and wall seconds. */
    record Run(double cpuSeconds, double simulatedSeconds, double wallSeconds) {}

    public static void main(String[] args) throws Exception {
        boolean quick = JmhRunner.quick("SimTcpBench", args);
        int rounds = quick ? 1 : 3;
        ObjectNode json = JmhRunner.header("simtcp", quick);
        json.put("rounds", rounds);
        ArrayNode builds = json.putArray("builds");
        StringBuilder md = new StringBuilder("# TCP between two jnic hosts over the simulated adapters\n\n"
                + "Bulk transfer, one thread driving the world, the drivers and both stacks; goodput per CPU second of"
                + " that thread, medians of " + rounds + " rounds, against the same transfer over an in-memory LAN"
                + " in the same rounds.\n\n"
                + "| build | bytes | goodput per CPU-s | simulated goodput | real-time factor | in-memory LAN"
                + " per CPU-s | ratio |\n|---|---:|---:|---:|---:|---:|---:|\n");
        loopback(1 << 20); // warm-up: the JIT compiles the stack first
        for (SimLan.Build build : SimLan.Build.values()) {
            int bytes = (build == SimLan.Build.FAST ? 4 << 20 : 256 << 10) >> (quick ? 2 : 0);
            double[] sim = new double[rounds];
            double[] simulated = new double[rounds];
            double[] reference = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                Run s = overSimulatedCable(build, bytes);
                sim[r] = mbps(bytes, s.cpuSeconds());
                simulated[r] = mbps(bytes, s.simulatedSeconds());
                reference[r] = mbps(bytes, loopback(bytes).cpuSeconds());
            }
            double goodput = median(sim);
            double simulatedGoodput = median(simulated);
            double ref = median(reference);
            ObjectNode b = builds.addObject();
            b.put("build", build.name().toLowerCase(Locale.ROOT));
            b.put("bytes", bytes);
            b.put("goodput_mbps_per_cpu_second", goodput);
            b.put("simulated_goodput_mbps", simulatedGoodput);
            b.put("real_time_factor", goodput / simulatedGoodput);
            b.put("in_memory_lan_mbps_per_cpu_second", ref);
            b.put("over_in_memory_lan", goodput / ref);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.2f Mb/s | %.2f Mb/s | %.4f | %.0f Mb/s | %.4f |%n",
                    build.name().toLowerCase(Locale.ROOT),
                    bytes,
                    goodput,
                    simulatedGoodput,
                    goodput / simulatedGoodput,
                    ref,
                    goodput / ref));
            System.out.printf(
                    Locale.ROOT,
                    "  %s: %.2f Mb/s per CPU second (%.2f Mb/s simulated), in-memory LAN %.0f%n",
                    build,
                    goodput,
                    simulatedGoodput,
                    ref);
        }
        md.append("\nReal-time factor: simulated seconds per CPU second (goodput per CPU-s over simulated goodput).\n");
        System.out.print(md);
        JmhRunner.write("simtcp", json, md.toString());
    }

    static Run overSimulatedCable(SimLan.Build build, int bytes) throws Exception {
        try (SimLan lan = SimLan.create(SimLan.Options.cable(build))) {
            SimNic na = lan.open(0, SimNic.Config.defaults());
            SimNic nb = lan.open(1, SimNic.Config.defaults());
            return transfer(lan, na, nb, bytes, HostConfig.DEFAULT, true);
        }
    }

    static Run loopback(int bytes) throws Exception {
        LoopbackLan lan = new LoopbackLan();
        LoopbackHub hub = lan.hub(); // a new hub per call: both on this one
        return transfer(
                lan,
                hub.attach("a", MacAddress.parse("02:00:00:00:00:01")),
                hub.attach("b", MacAddress.parse("02:00:00:00:00:02")),
                bytes,
                HostConfig.DEFAULT,
                true);
    }

    /**
     * Host a sends {@code bytes} to host b over TCP (with TCP_NODELAY if {@code noDelay}), both on
     * {@code lan}'s loop, driven by this thread, from a connection already made.
     */
    static Run transfer(VirtualTimeLoop lan, NetDevice da, NetDevice db, int bytes, HostConfig config, boolean noDelay)
            throws Exception {
        Host a = new Host("a", lan, config.withSeed(1));
        Host b = new Host("b", lan, config.withSeed(2));
        a.attach(da, InterfaceAddress.parse("10.0.0.1/24"));
        b.attach(db, InterfaceAddress.parse("10.0.0.2/24"));
        TcpListener l = b.tcp().listen(5001, 4);
        CompletableFuture<TcpSocket> accepted = l.acceptAsync();
        CompletableFuture<TcpSocket> connected = a.tcp().connect(b.address(), 5001);
        if (!lan.runUntil(() -> accepted.isDone() && connected.isDone(), MINUTE)) {
            throw new IllegalStateException("no connection within a simulated minute");
        }
        connected.join().noDelay(noDelay);
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
        long cpu = THREADS.getCurrentThreadCpuTime();
        long simulated = lan.clock().nanos();
        long wall = System.nanoTime();
        connected.join().writeAsync(data, 0, data.length);
        if (!lan.runUntil(() -> received[0] >= bytes, 10 * MINUTE)) {
            throw new IllegalStateException("only " + received[0] + " of " + bytes + " bytes in ten simulated minutes");
        }
        return new Run(
                (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9,
                (lan.clock().nanos() - simulated) / 1e9,
                (System.nanoTime() - wall) / 1e9);
    }

    private static double mbps(long bytes, double seconds) {
        return bytes * 8.0 / seconds / 1e6;
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
