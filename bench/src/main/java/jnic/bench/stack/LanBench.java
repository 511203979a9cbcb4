package jnic.bench.stack;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jnic.bench.JmhRunner;
import jnic.driver.bridge.StationRelay;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.driver.tap.NetworkNamespace;
import jnic.driver.tap.TapDevice;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.host.HostConfig;
import jnic.stack.iface.InterfaceAddress;
import jnic.stack.tcp.TcpConfig;
import jnic.stack.tcp.TcpListener;
import jnic.stack.tcp.TcpSocket;

/**
 * {@code jnic bench --only lan}: the Linux kernel as a station of a simulated LAN (a TAP device
 * relayed through a generated adapter, the world paced never to run ahead of wall time), a jnic
 * host on the other end of the cable. For each build: TCP bulk both ways (nc in the kernel's
 * namespace), in Mb/s of wall time and as a fraction of the simulated line's rate in simulated
 * time; and ping's round trip in wall time against the simulated round trip of the same two
 * frames. Needs root (a namespace and a TAP device); skipped with the reason otherwise. Writes
 * bench/results/lan.json and lan.md.
 */
public final class LanBench {
    static final MacAddress KERNEL = MacAddress.parse("02:4a:4e:54:41:50");
    static final Ipv4Address SERVER = Ipv4Address.parse("198.51.100.1");

    private LanBench() {}

    /** One build's figures. */
    record Result(
            String build,
            double lineMbps,
            double toJnicWallMbps,
            double toJnicSimulatedMbps,
            double toKernelWallMbps,
            double toKernelSimulatedMbps,
            double pingWallMs,
            double pingSimulatedMs) {}

    public static void main(String[] args) throws Exception {
        boolean quick = JmhRunner.quick("LanBench", args);
        ObjectNode json = JmhRunner.header("lan", quick);
        StringBuilder md = new StringBuilder("# The kernel across the simulated LAN\n\n");
        ArrayNode builds = json.putArray("builds");
        try {
            for (SimLan.Build build : SimLan.Build.values()) {
                int bytes = (build == SimLan.Build.FAST ? 4 << 20 : 256 << 10) >> (quick ? 2 : 0);
                Result r = run(build, bytes);
                ObjectNode b = builds.addObject();
                b.put("build", r.build());
                b.put("bytes", bytes);
                b.put("line_mbps", r.lineMbps());
                b.put("kernel_to_jnic_wall_mbps", r.toJnicWallMbps());
                b.put("kernel_to_jnic_simulated_mbps", r.toJnicSimulatedMbps());
                b.put("jnic_to_kernel_wall_mbps", r.toKernelWallMbps());
                b.put("jnic_to_kernel_simulated_mbps", r.toKernelSimulatedMbps());
                b.put("ping_wall_ms", r.pingWallMs());
                b.put("ping_simulated_ms", r.pingSimulatedMs());
                md.append(String.format(
                        Locale.ROOT,
                        "## %s build, %d KiB per transfer%n%n"
                                + "| figure | wall time | simulated time | simulated / line rate |%n|---|---:|---:|---:|%n"
                                + "| TCP, kernel to jnic | %.2f Mb/s | %.2f Mb/s | %.2f |%n"
                                + "| TCP, jnic to kernel | %.2f Mb/s | %.2f Mb/s | %.2f |%n"
                                + "| ping round trip, 56 bytes | %.3f ms | %.3f ms | |%n%n",
                        r.build(),
                        bytes >> 10,
                        r.toJnicWallMbps(),
                        r.toJnicSimulatedMbps(),
                        r.toJnicSimulatedMbps() / r.lineMbps(),
                        r.toKernelWallMbps(),
                        r.toKernelSimulatedMbps(),
                        r.toKernelSimulatedMbps() / r.lineMbps(),
                        r.pingWallMs(),
                        r.pingSimulatedMs()));
                System.out.printf(
                        Locale.ROOT,
                        "  %s: kernel -> jnic %.2f Mb/s wall, %.2f simulated; jnic -> kernel %.2f wall, %.2f simulated;"
                                + " ping %.3f ms wall, %.3f simulated%n",
                        r.build(),
                        r.toJnicWallMbps(),
                        r.toJnicSimulatedMbps(),
                        r.toKernelWallMbps(),
                        r.toKernelSimulatedMbps(),
                        r.pingWallMs(),
                        r.pingSimulatedMs());
            }
            md.append("The world runs as fast as it simulates and never ahead of wall time, so the kernel sees a"
                    + " link slower than the simulated line: its TCP's rate and round trips are those of the wall"
                    + " time the simulation takes.\n");
        } catch (IOException e) {
            json.put("skipped", e.getMessage());
            md.append("Skipped: ").append(e.getMessage()).append('\n');
            System.out.println("lan rows skipped: " + e.getMessage());
        }
        System.out.print(md);
        JmhRunner.write("lan", json, md.toString());
    }

    static Result run(SimLan.Build build, int bytes) throws Exception {
        String name = "jnicl0";
        try (NetworkNamespace ns = NetworkNamespace.create("jnic-bench-lan");
                TapDevice tap = TapDevice.open(name, MacAddress.parse("02:4a:4e:54:41:51"), false);
                SimLan lan = SimLan.create(SimLan.Options.cable(build))) {
            tap.promiscuous(true);
            SimNic station =
                    lan.open(0, SimNic.Config.defaults().withAddress(KERNEL).withTransmitQueue(256, 100));
            SimNic serverNic = lan.open(1, SimNic.Config.defaults());
            Host server = new Host(
                    "server", lan, HostConfig.DEFAULT.withTcp(TcpConfig.DEFAULT.withBuffers(1 << 20, 1 << 20)));
            server.attach(serverNic, InterfaceAddress.parse("198.51.100.1/24"));
            new StationRelay(tap, station);
            lan.startPacedToWallClock();
            if (NetworkNamespace.run("ip", "link", "set", "dev", name, "address", KERNEL.toString()) != 0) {
                throw new IOException("cannot set the TAP device's address");
            }
            ns.adopt(name, "198.51.100.2/24");
            double line = build == SimLan.Build.FAST ? 100 : 10;

            // The simulated round trip of ping's two frames, and ping's own in wall time.
            String ping = ns.exec("ping", "-c", "20", "-i", "0.05", "-s", "56", "198.51.100.1");
            Matcher m = Pattern.compile("= [0-9.]+/([0-9.]+)/").matcher(ping);
            if (!m.find() || !ping.contains(" 0% packet loss")) {
                throw new IllegalStateException("ping across the simulated LAN failed: " + ping);
            }
            double pingWall = Double.parseDouble(m.group(1));
            // 56 bytes of data in an 84-byte datagram, a 98-byte frame + 4 FCS, 8 preamble and SFD, 12 inter-frame
            // gap: 122 byte times each way.
            double pingSimulated = 2 * (98 + 4 + 8 + 12) * 8 / (line * 1e6) * 1e3;

            // Kernel to jnic: nc into a jnic sink.
            long[] toJnic = transferIn(ns, lan, server, bytes);
            // jnic to kernel: a jnic sender into nc.
            long[] toKernel = transferOut(ns, lan, server, bytes);
            return new Result(
                    build.name().toLowerCase(Locale.ROOT),
                    line,
                    mbps(bytes, toJnic[0]),
                    mbps(bytes, toJnic[1]),
                    mbps(bytes, toKernel[0]),
                    mbps(bytes, toKernel[1]),
                    pingWall,
                    pingSimulated);
        }
    }

    private static double mbps(long bytes, long nanos) {
        return bytes * 8.0 / (nanos / 1e9) / 1e6;
    }

    /** The loop's time, read on the loop. */
    private static long simulatedNow(SimLan lan) throws Exception {
        CompletableFuture<Long> f = new CompletableFuture<>();
        lan.execute(() -> f.complete(lan.clock().nanos()));
        return f.get(60, TimeUnit.SECONDS);
    }

    /** {wall nanos, simulated nanos} from nc's start to the last byte's arrival. */
    private static long[] transferIn(NetworkNamespace ns, SimLan lan, Host server, int bytes) throws Exception {
        try (TcpListener l = server.tcp().listen(5001, 4)) {
            CompletableFuture<long[]> done = new CompletableFuture<>();
            Process nc = ns.start("bash", "-c", "head -c " + bytes + " /dev/zero | nc -N " + SERVER + " 5001");
            long wallStart = System.nanoTime();
            long simulatedStart = simulatedNow(lan);
            TcpSocket s = l.accept(java.time.Duration.ofSeconds(30));
            byte[] buffer = new byte[1 << 16];
            Runnable[] drain = new Runnable[1];
            long[] got = {0};
            drain[0] = () -> s.readAsync(buffer, 0, buffer.length).thenAccept(n -> {
                if (n > 0) {
                    got[0] += n;
                    drain[0].run();
                } else {
                    done.complete(new long[] {System.nanoTime(), lan.clock().nanos()});
                }
            });
            lan.execute(drain[0]);
            long[] end = done.get(600, TimeUnit.SECONDS);
            nc.waitFor(30, TimeUnit.SECONDS);
            s.close();
            if (got[0] != bytes) {
                throw new IllegalStateException("jnic received " + got[0] + " of " + bytes + " bytes");
            }
            return new long[] {end[0] - wallStart, end[1] - simulatedStart};
        }
    }

    private static long[] transferOut(NetworkNamespace ns, SimLan lan, Host server, int bytes) throws Exception {
        Process sink = ns.start("bash", "-c", "nc -l -N 5002 > /dev/null");
        Thread.sleep(300);
        TcpSocket s =
                server.tcp().connect(Ipv4Address.parse("198.51.100.2"), 5002).get(30, TimeUnit.SECONDS);
        long wallStart = System.nanoTime();
        long simulatedStart = simulatedNow(lan);
        byte[] data = new byte[bytes];
        s.write(data, 0, data.length);
        s.shutdownOutput();
        s.inputStream().read(); // -1 once the kernel has read it all and closed its side
        long wall = System.nanoTime() - wallStart;
        long simulated = simulatedNow(lan) - simulatedStart;
        s.close();
        sink.waitFor(30, TimeUnit.SECONDS);
        return new long[] {wall, simulated};
    }
}
