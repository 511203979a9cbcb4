package jnic.bench.stack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.spi.SelectorProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import jnic.bench.JmhRunner;
import jnic.driver.loopback.LoopbackHub;
import jnic.driver.loopback.LoopbackLan;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.nio.JnicSelectorProvider;
import jnic.stack.nio.NettyHttpServer;

/**
 * {@code jnic bench --only netty}: unmodified Netty, its HTTP server and its client, over jnic's
 * channels on two hosts of an in-memory LAN (the stack, no hardware), against the same two
 * programs on the JDK's provider over 127.0.0.1 (the kernel's TCP), in the same run. One
 * kept-alive connection; small answers (100 bytes) for requests per second, 1 MiB answers for
 * MB/s. Each round runs both, in turns (which goes first alternates); the figures are medians over
 * rounds, the ratios medians of each round's own ratio. Wall time (both sides use two Netty
 * threads and, for jnic, the loop's), and the process's CPU time per request as a second view.
 * Writes bench/results/netty.json and netty.md.
 */
public final class NettyHttpBench {
    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final long MILLISECOND = 1_000_000;

    /** One timed run: how many requests, how many body bytes, wall and process CPU nanoseconds. */
    record Run(int requests, long bytes, long wallNanos, long cpuNanos) {
        double requestsPerSecond() {
            return requests * 1e9 / wallNanos;
        }

        double megabytesPerSecond() {
            return bytes / 1e6 * 1e9 / wallNanos;
        }

        double cpuMicrosPerRequest() {
            return cpuNanos / 1e3 / requests;
        }
    }

    private NettyHttpBench() {}

    public static void main(String[] args) throws Exception {
        boolean quick = JmhRunner.quick("NettyHttpBench", args);
        int rounds = quick ? 3 : 7;
        int[][] loads = {{100, quick ? 500 : 3000}, {1 << 20, quick ? 5 : 30}}; // body bytes, requests
        ObjectNode json = JmhRunner.header("netty", quick);
        ArrayNode rows = json.putArray("netty_http");
        StringBuilder md = new StringBuilder("# Netty HTTP over jnic\n\n");
        md.append("Netty 4.2's HTTP server and client, unmodified: on jnic's channels between two hosts of an in-memory"
                + " LAN, and on the JDK's provider over 127.0.0.1 (Linux TCP), in the same run; one kept-alive"
                + " connection, requests one after another; medians of " + rounds
                + " rounds, the two taking turns.\n\n");
        md.append("| answer | jnic requests/s | JDK requests/s | jnic / JDK | jnic MB/s | JDK MB/s"
                + " | jnic CPU µs/request | JDK CPU µs/request |\n");
        md.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (int[] load : loads) {
            int body = load[0];
            int requests = load[1];
            jnic(body, Math.max(1, requests / 5)); // warm-up: JIT
            jdk(body, Math.max(1, requests / 5));
            List<Run> jnicRuns = new ArrayList<>();
            List<Run> jdkRuns = new ArrayList<>();
            double[] ratios = new double[rounds];
            for (int r = 0; r < rounds; r++) {
                Run a;
                Run b;
                if (r % 2 == 0) {
                    a = jnic(body, requests);
                    b = jdk(body, requests);
                } else {
                    b = jdk(body, requests);
                    a = jnic(body, requests);
                }
                jnicRuns.add(a);
                jdkRuns.add(b);
                ratios[r] = a.requestsPerSecond() / b.requestsPerSecond();
            }
            double jnicRps =
                    median(jnicRuns.stream().mapToDouble(Run::requestsPerSecond).toArray());
            double jdkRps =
                    median(jdkRuns.stream().mapToDouble(Run::requestsPerSecond).toArray());
            double jnicMbps = median(
                    jnicRuns.stream().mapToDouble(Run::megabytesPerSecond).toArray());
            double jdkMbps =
                    median(jdkRuns.stream().mapToDouble(Run::megabytesPerSecond).toArray());
            double jnicCpu = median(
                    jnicRuns.stream().mapToDouble(Run::cpuMicrosPerRequest).toArray());
            double jdkCpu = median(
                    jdkRuns.stream().mapToDouble(Run::cpuMicrosPerRequest).toArray());
            double ratio = median(ratios);
            ObjectNode row = rows.addObject();
            row.put("body_bytes", body);
            row.put("requests", requests);
            row.put("rounds", rounds);
            row.put("jnic_requests_per_s", jnicRps);
            row.put("jdk_requests_per_s", jdkRps);
            row.put("jnic_over_jdk", ratio);
            row.put("jnic_mb_per_s", jnicMbps);
            row.put("jdk_mb_per_s", jdkMbps);
            row.put("jnic_cpu_us_per_request", jnicCpu);
            row.put("jdk_cpu_us_per_request", jdkCpu);
            String size = body >= 1 << 20 ? (body >> 20) + " MiB" : body + " B";
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.3f | %.1f | %.1f | %.0f | %.0f |%n",
                    size,
                    jnicRps,
                    jdkRps,
                    ratio,
                    jnicMbps,
                    jdkMbps,
                    jnicCpu,
                    jdkCpu));
            System.out.printf(
                    Locale.ROOT,
                    "Netty HTTP, %s answers: jnic %,.0f requests/s (%.1f MB/s), JDK %,.0f (%.1f MB/s), ratio %.3f%n",
                    size,
                    jnicRps,
                    jnicMbps,
                    jdkRps,
                    jdkMbps,
                    ratio);
        }
        System.out.print(md);
        JmhRunner.write("netty", json, md.toString());
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    /** Netty on jnic: two hosts of an in-memory LAN, Netty's threads application threads of its loop, this thread driving it. */
    static Run jnic(int body, int requests) throws Exception {
        LoopbackLan lan = new LoopbackLan();
        LoopbackHub hub = lan.hub();
        Host a = new Host("client", lan, HostConfig.DEFAULT.withSeed(1));
        Host b = new Host("server", lan, HostConfig.DEFAULT.withSeed(2));
        a.attach(hub.attach("a", MacAddress.parse("02:00:00:00:00:01")), InterfaceAddress.parse("10.0.0.1/24"));
        b.attach(hub.attach("b", MacAddress.parse("02:00:00:00:00:02")), InterfaceAddress.parse("10.0.0.2/24"));
        SelectorProvider client = new JnicSelectorProvider(a);
        SelectorProvider server = new JnicSelectorProvider(b);
        InetSocketAddress at =
                new InetSocketAddress(InetAddress.getByAddress(b.address().toBytes()), 8080);
        NettyHttpServer netty = new NettyHttpServer(server, lan.applicationThreads("netty-server"), at);
        drive(lan, netty.bound());
        NettyHttpLoad load = new NettyHttpLoad(client, lan.applicationThreads("netty-client"));
        long cpu = OS.getProcessCpuTime();
        long wall = System.nanoTime();
        CompletableFuture<Long> done = load.get(client, at, "/blob/" + body, body, requests);
        drive(lan, done);
        Run run = new Run(requests, done.join(), System.nanoTime() - wall, OS.getProcessCpuTime() - cpu);
        drive(lan, load.closeAsync()); // Netty's last selections still need the loop's turns
        drive(lan, netty.closeAsync());
        return run;
    }

    /**
     * Drives the loop until {@code f} is done, a simulated millisecond at a time: Netty's own
     * waits (a shutdown's quiet period) are in wall time, so a minute of wall time is the limit.
     */
    private static void drive(LoopbackLan lan, java.util.concurrent.Future<?> f) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!lan.runUntil(f::isDone, MILLISECOND)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Netty over jnic did not finish in a minute");
            }
        }
    }

    /** The same Netty programs on the JDK's provider over 127.0.0.1. */
    static Run jdk(int body, int requests) throws Exception {
        SelectorProvider jdk = SelectorProvider.provider();
        try (NettyHttpServer netty = new NettyHttpServer(
                        jdk,
                        new DefaultThreadFactory("netty-server"),
                        new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))
                .awaitBound()) {
            try (NettyHttpLoad load = new NettyHttpLoad(jdk, new DefaultThreadFactory("netty-client"))) {
                long cpu = OS.getProcessCpuTime();
                long wall = System.nanoTime();
                long bytes = load.get(jdk, netty.address(), "/blob/" + body, body, requests)
                        .get();
                return new Run(requests, bytes, System.nanoTime() - wall, OS.getProcessCpuTime() - cpu);
            }
        }
    }
}
