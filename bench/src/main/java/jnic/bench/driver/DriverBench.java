package jnic.bench.driver;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.io.IOException;
import java.util.Locale;
import java.util.Random;
import jnic.bench.JmhRunner;
import jnic.driver.sim.NicInitException;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;
import jnic.sim.NativeLibrary;
import jnic.sim.World;

/**
 * {@code make bench}, driver part. Through two SimNics on a cable (fast build):
 * <ul>
 * <li>bulk one way (1514-byte frames) and ping-pong (64-byte frames): frames and Mb/s per wall
 * second, and native calls per frame;</li>
 * <li>the reference, in the same run: the world alone (no driver, no Java in the loop) for the
 * same number of clocks, so the ratio is what the driver and the FFI add;</li>
 * <li>the cost of one native call bound three ways: JNA direct mapping (what the driver uses),
 * JNA interface mapping and jnr-ffi (the testbenches' binding).</li>
 * </ul>
 * Writes bench/results/driver.json and driver.md.
 */
public final class DriverBench {
    private DriverBench() {}

    /** JNA direct mapping of two world calls. */
    static final class Direct {
        static {
            Native.register(
                    Direct.class,
                    NativeLibrary.directory().resolve(NativeLibrary.FILE_NAME).toString());
        }

        static native Pointer jnic_world_create(
                String top, int stations, int medium, double ber, double loss, long seed);

        static native void jnic_world_destroy(Pointer world);

        static native long jnic_world_cycles(Pointer world);

        static native long jnic_world_bus_read(Pointer world, int station, int address, int[] words, long count);
    }

    /** The same calls through JNA interface mapping. */
    public interface Mapped extends Library {
        long jnic_world_cycles(Pointer world);

        long jnic_world_bus_read(Pointer world, int station, int address, int[] words, long count);
    }

    record Traffic(long frames, long bytes, double wallSeconds, long cycles, long nativeCalls) {}

    public static void main(String[] args) throws Exception {
        boolean quick = JmhRunner.quick("DriverBench", args);
        int bulkFrames = quick ? 2000 : 20000;
        int pings = quick ? 1000 : 10000;
        bulk(200, 0); // warm-up: JIT and caches
        Traffic bulk = bulk(bulkFrames, 0);
        Traffic moderated = bulk(bulkFrames, HOLDOFF_NANOS);
        Traffic ping = pingPong(pings);
        double bulkAlone = worldAlone(bulk.cycles());
        double moderatedAlone = worldAlone(moderated.cycles());
        double pingAlone = worldAlone(ping.cycles());
        int calls = quick ? 200_000 : 2_000_000;
        double[] callNs = callCosts(calls);

        StringBuilder md = new StringBuilder("# Driver benchmark\n\n");
        md.append("Two SimNics (fast build, 100 Mb/s line) on a cable. Wall figures are per wall-clock second; "
                + "\"world alone\" runs the same number of clocks with no driver and no traffic, in the same run.\n\n");
        md.append(
                "| traffic | frames | frames/s | payload Mb/s | simulated time | wall s | world alone, wall s | driver + FFI share | native calls per frame |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        row(md, "bulk one way, 1514 B", bulk, bulkAlone);
        row(md, "bulk one way, 1514 B, interrupt holdoff 250 us", moderated, moderatedAlone);
        row(md, "ping-pong, 64 B (each way counted)", ping, pingAlone);
        md.append("\nNative calls per frame count every call into the world by both drivers: the sender's copy-in with "
                + "its command (and, while frames wait, the run that stops at TX_DONE), the receiver's run that stops at "
                + "RX_READY with the interrupt prologue, and its copy-out. Each frame is sent by one driver and received "
                + "by the other, so per driver it is half of this figure. With an interrupt holdoff (INT_HOLDOFF, "
                + "SimNic.Config.withInterruptHoldoff) each adapter keeps its interrupt line low that long after each "
                + "acknowledgement, so one interrupt and one copy-out round serve several frames.\n\n");
        md.append("One native call, three bindings (ns per call; `jnic_world_cycles` does no work, "
                + "`bus_read` of one register also simulates 2 clocks):\n\n");
        md.append(
                "| binding | jnic_world_cycles | jnic_world_bus_read (1 word) | vs JNA direct (cycles) |\n|---|---:|---:|---:|\n");
        String[] names = {"JNA direct mapping (driver)", "JNA interface mapping", "jnr-ffi (testbenches)"};
        for (int i = 0; i < 3; i++) {
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %.0f | %.0f | %.2f |%n",
                    names[i],
                    callNs[2 * i],
                    callNs[2 * i + 1],
                    callNs[2 * i] / callNs[0]));
        }
        System.out.println(md);

        ObjectNode json = JmhRunner.header("driver", quick);
        json.set("bulk", traffic(bulk, bulkAlone));
        json.set("bulk_moderated", traffic(moderated, moderatedAlone).put("interrupt_holdoff_ns", HOLDOFF_NANOS));
        json.set("ping_pong", traffic(ping, pingAlone));
        ObjectNode ffi = json.putObject("ns_per_call");
        String[] keys = {"jna_direct", "jna_interface", "jnr_ffi"};
        for (int i = 0; i < 3; i++) {
            ffi.putObject(keys[i]).put("cycles", callNs[2 * i]).put("bus_read_1", callNs[2 * i + 1]);
        }
        JmhRunner.write("driver", json, md.toString());
    }

    private static void row(StringBuilder md, String name, Traffic t, double alone) {
        md.append(String.format(
                Locale.ROOT,
                "| %s | %d | %.0f | %.1f | %.1f ms | %.2f | %.2f | %.0f %% | %.2f |%n",
                name,
                t.frames(),
                t.frames() / t.wallSeconds(),
                t.bytes() * 8 / t.wallSeconds() / 1e6,
                t.cycles() * 80e-6,
                t.wallSeconds(),
                alone,
                100 * (1 - alone / t.wallSeconds()),
                (double) t.nativeCalls() / t.frames()));
    }

    private static ObjectNode traffic(Traffic t, double alone) {
        ObjectNode n = JmhRunner.JSON.createObjectNode();
        n.put("frames", t.frames())
                .put("payload_bytes", t.bytes())
                .put("wall_seconds", t.wallSeconds())
                .put("simulated_cycles", t.cycles())
                .put("native_calls", t.nativeCalls())
                .put("frames_per_second", t.frames() / t.wallSeconds())
                .put("payload_mbit_per_second", t.bytes() * 8 / t.wallSeconds() / 1e6)
                .put("world_alone_wall_seconds", alone)
                .put("world_alone_over_driver", alone / t.wallSeconds())
                .put("native_calls_per_frame", (double) t.nativeCalls() / t.frames());
        return n;
    }

    /** Interrupt moderation for the moderated bulk row: two 1514-byte frame times at 100 Mb/s. */
    static final long HOLDOFF_NANOS = 250_000;

    private static Traffic bulk(int frames, long holdoffNanos) throws NicInitException, IOException {
        try (SimLan lan = SimLan.create(SimLan.Options.cable(SimLan.Build.FAST))) {
            SimNic.Config moderated = SimNic.Config.defaults().withInterruptHoldoff(holdoffNanos);
            SimNic a = lan.open(0, moderated.withTransmitQueue(frames, 0));
            SimNic b = lan.open(1, moderated);
            long[] got = new long[1];
            b.setHandler(f -> got[0]++);
            Random random = new Random(1);
            byte[][] all = new byte[64][];
            for (int i = 0; i < all.length; i++) {
                all[i] = frame(b.macAddress(), a.macAddress(), 1514, random);
            }
            long calls0 = lan.runCalls() + lan.batchCalls();
            long c0 = lan.cycles();
            long t0 = System.nanoTime();
            for (int i = 0; i < frames; i++) {
                a.send(all[i % all.length]);
            }
            if (!lan.runUntil(() -> got[0] == frames, 60_000_000_000L)) {
                throw new IllegalStateException("bulk: " + got[0] + " of " + frames + " frames arrived");
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Traffic(
                    frames, (long) frames * 1514, wall, lan.cycles() - c0, lan.runCalls() + lan.batchCalls() - calls0);
        }
    }

    private static Traffic pingPong(int rounds) throws NicInitException, IOException {
        try (SimLan lan = SimLan.create(SimLan.Options.cable(SimLan.Build.FAST))) {
            SimNic a = lan.open(0, SimNic.Config.defaults());
            SimNic b = lan.open(1, SimNic.Config.defaults());
            Random random = new Random(2);
            byte[] toB = frame(b.macAddress(), a.macAddress(), 64, random);
            byte[] toA = frame(a.macAddress(), b.macAddress(), 64, random);
            long[] done = new long[1];
            b.setHandler(f -> send(b, toA));
            a.setHandler(f -> {
                if (++done[0] < rounds) {
                    send(a, toB);
                }
            });
            long calls0 = lan.runCalls() + lan.batchCalls();
            long c0 = lan.cycles();
            long t0 = System.nanoTime();
            a.send(toB);
            if (!lan.runUntil(() -> done[0] == rounds, 60_000_000_000L)) {
                throw new IllegalStateException("ping-pong: " + done[0] + " of " + rounds + " rounds");
            }
            double wall = (System.nanoTime() - t0) / 1e9;
            return new Traffic(
                    2L * rounds, 2L * rounds * 64, wall, lan.cycles() - c0, lan.runCalls() + lan.batchCalls() - calls0);
        }
    }

    private static void send(SimNic nic, byte[] frame) {
        try {
            nic.send(frame);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Wall seconds the world takes to run {@code cycles} clocks on its own. */
    private static double worldAlone(long cycles) {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            // Clocking through every clock, as under traffic: an idle world would skip them all (fast-forward).
            w.fastForward(false);
            w.run(Math.min(cycles, 100_000)); // warm-up
            long t0 = System.nanoTime();
            w.run(cycles);
            return (System.nanoTime() - t0) / 1e9;
        }
    }

    /** ns per call of jnic_world_cycles and of a one-word bus read, for each binding, in pairs. */
    private static double[] callCosts(int calls) {
        Mapped mapped = Native.load(
                NativeLibrary.directory().resolve(NativeLibrary.FILE_NAME).toString(), Mapped.class);
        Pointer w = Direct.jnic_world_create("NicFast", 2, Medium.CABLE.abi(), 0, 0, 1);
        int[] word = new int[1];
        double[] ns = new double[6];
        try (World jnr = World.create("NicFast", 2, Medium.CABLE)) {
            for (int round = 0; round < 2; round++) { // the first round warms up
                long sum = 0;
                long t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    sum += Direct.jnic_world_cycles(w);
                }
                ns[0] = (System.nanoTime() - t0) / (double) calls;
                t0 = System.nanoTime();
                for (int i = 0; i < calls / 10; i++) {
                    Direct.jnic_world_bus_read(w, 0, 0, word, 1);
                }
                ns[1] = (System.nanoTime() - t0) / (calls / 10.0);
                t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    sum += mapped.jnic_world_cycles(w);
                }
                ns[2] = (System.nanoTime() - t0) / (double) calls;
                t0 = System.nanoTime();
                for (int i = 0; i < calls / 10; i++) {
                    mapped.jnic_world_bus_read(w, 0, 0, word, 1);
                }
                ns[3] = (System.nanoTime() - t0) / (calls / 10.0);
                t0 = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    sum += jnr.cycles();
                }
                ns[4] = (System.nanoTime() - t0) / (double) calls;
                t0 = System.nanoTime();
                for (int i = 0; i < calls / 10; i++) {
                    jnr.busRead(0, 0);
                }
                ns[5] = (System.nanoTime() - t0) / (calls / 10.0);
                if (sum == 42) {
                    System.out.print(""); // keeps the loops' results alive
                }
            }
        } finally {
            Direct.jnic_world_destroy(w);
        }
        return ns;
    }

    private static byte[] frame(MacAddress to, MacAddress from, int length, Random random) {
        byte[] f = new byte[length];
        random.nextBytes(f);
        to.copyTo(f, 0);
        from.copyTo(f, 6);
        f[12] = 0x08;
        f[13] = 0x00;
        return f;
    }
}
