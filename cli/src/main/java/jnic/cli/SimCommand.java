package jnic.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.sim.Medium;
import jnic.sim.nic.NicRegisterMap.Counter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code jnic sim}: a world of simulated adapters with raw traffic, and what each adapter counted. */
@Command(
        name = "sim",
        mixinStandardHelpOptions = true,
        defaultValueProvider = SimCommand.FastBuild.class,
        description =
                "Runs N simulated adapters on a cable or a hub; each sends K frames of random length to the next; prints the adapters' counters.")
final class SimCommand implements Callable<Integer> {
    /** Raw frames need no line coding: sim's adapters run the fast build unless told otherwise. */
    static final class FastBuild implements CommandLine.IDefaultValueProvider {
        @Override
        public String defaultValue(CommandLine.Model.ArgSpec arg) {
            return arg.isOption()
                            && ((CommandLine.Model.OptionSpec) arg)
                                    .longestName()
                                    .equals("--build")
                    ? "fast"
                    : null;
        }
    }

    @Option(
            names = "--stations",
            description = "adapters (2 on a cable, 2 to 8 on a hub; default ${DEFAULT-VALUE})",
            defaultValue = "2")
    int stations;

    @Mixin
    LanOptions lanOptions;

    @Option(names = "--ber", description = "bit error rate on the line (default ${DEFAULT-VALUE})", defaultValue = "0")
    double ber;

    @Option(
            names = "--ppm",
            description = "clock offset of every other adapter, in ppm (default ${DEFAULT-VALUE})",
            defaultValue = "0")
    double ppm;

    @Option(
            names = "--frames",
            description = "frames each adapter sends (default ${DEFAULT-VALUE})",
            defaultValue = "100")
    int frames;

    @Option(
            names = "--pcap",
            description = "write the line as pcapng to this file, and beside it what each adapter's PHY received"
                    + " (F-rx-N.pcapng: FCS and symbol errors flagged, collisions noted)")
    Path pcap;

    @Option(
            names = "--vcd",
            description =
                    "write adapter 0's signals in the window --vcd-from, --vcd-length to this VCD file, and beside"
                            + " it a GTKWave save file (.gtkw) with the signals grouped by stage")
    Path vcd;

    @Option(
            names = "--vcd-from",
            description = "where the VCD window starts: clocks (e.g. 150000) or simulated time (e.g. 2ms, 350us,"
                    + " 80000ns) (default ${DEFAULT-VALUE})",
            defaultValue = "0")
    String vcdFrom;

    @Option(
            names = "--vcd-length",
            description = "how long the VCD window is, in clocks or simulated time like --vcd-from (default"
                    + " ${DEFAULT-VALUE})",
            defaultValue = "20000")
    String vcdLength;

    @Option(
            names = "--topology",
            description = "a network instead of one medium: 'seed' or a topology file (docs/topology.md); its hosts"
                    + " play their roles for --millis of simulated time, one capture per wire in --out")
    String topology;

    @Option(
            names = "--millis",
            description = "with --topology, simulated milliseconds to run (default ${DEFAULT-VALUE})",
            defaultValue = "20")
    long millis;

    @Option(
            names = "--out",
            description = "with --topology, where the captures go (default ${DEFAULT-VALUE})",
            defaultValue = "out")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (topology != null) {
            if (millis < 1 || millis > 600_000) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--millis: 1 to 600000, not " + millis);
            }
            jnic.cli.topology.Topology t;
            try {
                t = jnic.cli.topology.Topology.read(topology);
            } catch (jnic.cli.topology.Topology.TopologyException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (t.hasTapStation()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        topology + " has a TAP station (role tap): run it with jnic lan --tap NAME");
            }
            TopologyDemo.runFor(t, out, millis, System.out);
            return 0;
        }
        int max = lanOptions.medium == Medium.CABLE ? 2 : 8;
        if (stations < 2 || stations > max) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "--stations: 2" + (max == 2 ? " on a cable" : " to 8 on a hub") + ", not " + stations);
        }
        if (!(ber >= 0 && ber < 0.01) || frames < 0 || frames > 1_000_000 || Math.abs(ppm) > 1000) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--ber is 0 to 0.01, --frames 0 to 10^6, --ppm within ±1000");
        }
        SimTime windowStart = SimTime.parse(spec, "--vcd-from", vcdFrom);
        SimTime windowLength = SimTime.parse(spec, "--vcd-length", vcdLength);
        SimLan.Options options = (lanOptions.medium == Medium.CABLE
                        ? SimLan.Options.cable(lanOptions.build)
                        : SimLan.Options.hub(lanOptions.build, stations))
                .withImpairments(ber, 0, lanOptions.seed);
        if (vcd != null) {
            options = options.withTraceable(0); // the window may start after the first clock
        }
        String top = lanOptions.build == SimLan.Build.PHY ? "NicPhy" : "NicFast";
        long period;
        int status;
        long wall = System.nanoTime();
        try (SimLan lan = SimLan.create(options)) {
            if (pcap != null) {
                lan.capturePcapng(pcap);
                for (int i = 0; i < stations; i++) {
                    lan.captureStationPcapng(i, receiveCapture(pcap, i));
                }
            }
            period = lan.clockPeriodPs();
            if (vcd != null) {
                long from = windowStart.clocks(period);
                long length = windowLength.clocks(period);
                if (length < 1) {
                    throw new CommandLine.ParameterException(
                            spec.commandLine(), "--vcd-length: at least one clock, not " + vcdLength);
                }
                lan.traceVcd(0, vcd, from, Math.addExact(from, length));
            }
            for (int i = 1; i < stations; i += 2) {
                lan.clockOffset(i, ppm);
            }
            List<SimNic> nics = new ArrayList<>();
            long[] received = new long[stations];
            for (int i = 0; i < stations; i++) {
                SimNic nic = lan.open(i, SimNic.Config.defaults().withTransmitQueue(Math.max(frames, 1), 5000));
                int me = i;
                nic.setHandler(f -> received[me]++);
                nics.add(nic);
            }
            Random random = new Random(lanOptions.seed);
            for (int k = 0; k < frames; k++) {
                for (int i = 0; i < stations; i++) {
                    byte[] f = new byte[14 + random.nextInt(1501)];
                    random.nextBytes(f);
                    nics.get((i + 1) % stations).macAddress().copyTo(f, 0);
                    nics.get(i).macAddress().copyTo(f, 6);
                    f[12] = (byte) 0x88;
                    f[13] = (byte) 0xB5; // the IEEE 802 local experimental EtherType
                    nics.get(i).send(f);
                }
            }
            long expected = (long) frames * stations;
            // Until every frame is delivered, or 1 ms of simulated time per frame (each needs about 0.13 ms at
            // 100 Mb/s): frames lost to bit errors never come, and the run must still end.
            lan.runUntil(
                    () -> java.util.Arrays.stream(received).sum() >= expected, 1_000_000L * expected + 10_000_000L);
            lan.runFor(1_000_000);
            System.out.printf(
                    Locale.ROOT,
                    "jnic sim: %d adapters, %s, %s build, BER %g, %+.0f ppm on odd adapters, %d frames each%n",
                    stations,
                    lanOptions.medium.name().toLowerCase(Locale.ROOT),
                    lanOptions.build.name().toLowerCase(Locale.ROOT),
                    ber,
                    ppm,
                    frames);
            System.out.println("  adapter  tx frames  rx frames  delivered  FCS errors  collisions  deferrals");
            for (int i = 0; i < stations; i++) {
                var c = nics.get(i).hardwareCounters();
                System.out.printf(
                        Locale.ROOT,
                        "  %7d %10d %10d %10d %11d %11d %10d%n",
                        i,
                        c.get(Counter.TX_FRAMES),
                        c.get(Counter.RX_FRAMES),
                        received[i],
                        c.get(Counter.RX_FCS_ERRORS),
                        c.get(Counter.COLLISIONS),
                        c.get(Counter.DEFERRALS));
            }
            System.out.printf(
                    Locale.ROOT,
                    "  %.3f ms of simulated time in %.2f s of wall time%s%n",
                    lan.clock().nanos() / 1e6,
                    (System.nanoTime() - wall) / 1e9,
                    pcap != null
                            ? "; line in " + pcap + " (" + lan.framesCaptured()
                                    + " frames), what adapter N received in "
                                    + receiveCapture(pcap, 0)
                                            .getFileName()
                                            .toString()
                                            .replace("-rx-0", "-rx-N")
                            : "");
            long delivered = java.util.Arrays.stream(received).sum();
            status = delivered == expected || ber > 0 ? 0 : 1;
        }
        if (vcd != null) { // complete now that the LAN is closed
            Path gtkw = saveFileBeside(vcd);
            long opens = jnic.cli.trace.GtkwSaveFile.write(gtkw, vcd, top);
            long from = windowStart.clocks(period);
            System.out.printf(
                    Locale.ROOT,
                    "  adapter 0's signals in %s, clocks %d to %d (%.1f ns each); GTKWave: gtkwave %s (opens at %.3f us)%n",
                    vcd,
                    from,
                    from + windowLength.clocks(period),
                    period / 1000.0,
                    gtkw,
                    opens / 1e6);
        }
        return status;
    }

    /** {@code x.vcd} → {@code x.gtkw}, beside it. */
    static Path saveFileBeside(Path vcd) {
        String name = vcd.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return vcd.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".gtkw");
    }

    /** A point or stretch of simulated time as given on the command line: clocks, or a time with its unit. */
    record SimTime(long amount, long picosPerUnit) {
        static SimTime parse(CommandLine.Model.CommandSpec spec, String option, String text) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("(\\d{1,15})(ns|us|ms|s)?").matcher(text.trim());
            if (!m.matches()) {
                throw new CommandLine.ParameterException(
                        spec.commandLine(),
                        option + ": clocks (a whole number) or a time with its unit (ns, us, ms, s), not '" + text
                                + "'");
            }
            long picos = m.group(2) == null
                    ? 0
                    : switch (m.group(2)) {
                        case "ns" -> 1_000L;
                        case "us" -> 1_000_000L;
                        case "ms" -> 1_000_000_000L;
                        default -> 1_000_000_000_000L;
                    };
            return new SimTime(Long.parseLong(m.group(1)), picos);
        }

        /** In clocks of {@code periodPs}, a time rounded up to a whole clock. */
        long clocks(long periodPs) {
            if (picosPerUnit == 0) {
                return amount;
            }
            return (Math.multiplyExact(amount, picosPerUnit) + periodPs - 1) / periodPs;
        }
    }

    /** Where adapter {@code station}'s receive capture goes: beside the line's, F-rx-N.pcapng. */
    static Path receiveCapture(Path line, int station) {
        String name = line.getFileName().toString();
        String base = name.endsWith(".pcapng") ? name.substring(0, name.length() - ".pcapng".length()) : name;
        return line.resolveSibling(base + "-rx-" + station + ".pcapng");
    }
}
