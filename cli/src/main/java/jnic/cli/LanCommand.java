package jnic.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import jnic.cli.topology.Network;
import jnic.cli.topology.Topology;
import jnic.driver.bridge.StationRelay;
import jnic.driver.tap.TapDevice;
import jnic.net.wire.MacAddress;
import jnic.stack.host.Host;
import jnic.stack.iface.InterfaceAddress;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code jnic lan --tap NAME}: the Linux kernel as a station of a simulated LAN. The TAP device's
 * frames go through a generated adapter onto the simulated line, and what that adapter receives
 * comes back to the kernel; the other stations are jnic hosts (the server: DNS, HTTP, echo).
 * Nothing is configured on the Linux side: the exact commands are printed, each starting with
 * {@code $ }, then the page's URL.
 */
@Command(
        name = "lan",
        mixinStandardHelpOptions = true,
        description = {
            "The Linux kernel joins a simulated LAN through a TAP device: its frames cross a generated adapter, the"
                    + " simulated line and whatever the topology puts between it and a jnic server (DNS, HTTP on"
                    + " port 80, echo on port 7).",
            "Prints the commands that configure the kernel's side and the page's URL; runs until --seconds have"
                    + " passed (or Ctrl-C), then prints every adapter's counters."
        })
final class LanCommand implements Callable<Integer> {
    @Option(names = "--tap", required = true, description = "the TAP interface to create (needs root or CAP_NET_ADMIN)")
    String tap;

    @Option(
            names = "--topology",
            defaultValue = "cable",
            description = "cable (the kernel and the server on one cable), seed (the kernel in the client's place on"
                    + " the story's path) or a topology file whose host of role tap (or client) is the kernel"
                    + " (default ${DEFAULT-VALUE})")
    String topology;

    @Option(names = "--build", description = "fast or phy: overrides the topology's build")
    String build;

    @Option(names = "--seconds", defaultValue = "0", description = "how long to run; 0: until interrupted")
    long seconds;

    @Option(names = "--out", description = "a pcapng per wire into this directory")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (seconds < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--seconds must not be negative");
        }
        Topology t;
        try {
            t = Topology.read(topology);
        } catch (Topology.TopologyException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (build != null) {
            if (!build.equals("fast") && !build.equals("phy")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--build is fast or phy, not " + build);
            }
            t = new Topology(build, t.seed(), t.bitErrorRate(), t.frameLoss(), t.segments(), t.hosts());
        }
        Topology withTap = t.withTapStation();
        if (withTap == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), topology + " has no host of role tap or client for the kernel to take");
        }
        // This side of the TAP device: frames the kernel sends are relayed whatever their destination.
        try (TapDevice device = TapDevice.open(tap, MacAddress.parse("02:4a:4e:54:41:51"), false);
                Network n = Network.build(withTap, out, Map.of("/", Demo.page(Demo.DEFAULT_PAGE_BYTES)), device)) {
            device.promiscuous(true);
            n.lan().startPacedToWallClock();
            printSetUp(tap, withTap, n, System.out);
            CountDownLatch stop = new CountDownLatch(1);
            CountDownLatch reported = new CountDownLatch(1);
            // Ctrl-C: the JVM halts once its hooks return, so the hook waits for the counters to be printed.
            Thread hook = new Thread(() -> {
                stop.countDown();
                try {
                    reported.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                if (seconds > 0) {
                    stop.await(seconds, TimeUnit.SECONDS);
                } else {
                    stop.await();
                }
                report(n, System.out);
            } finally {
                reported.countDown();
                if (stop.getCount() > 0) {
                    Runtime.getRuntime().removeShutdownHook(hook); // --seconds ended the run, not a signal
                }
            }
            return 0;
        }
    }

    /** The commands for the kernel's side, one per line starting with "$ ", and the page's URL. */
    static List<String> setUpCommands(String tap, Topology t) {
        Topology.HostSpec station = t.hosts().stream()
                .filter(h -> h.roleValue() == Topology.Role.TAP)
                .findFirst()
                .orElseThrow();
        InterfaceAddress address =
                InterfaceAddress.parse(station.interfaces().get(0).address());
        List<String> lines = new ArrayList<>();
        lines.add("$ ip link set dev " + tap + " address " + Network.TAP_STATION_ADDRESS);
        lines.add("$ ip addr add " + address + " dev " + tap);
        lines.add("$ ip link set dev " + tap + " up");
        if (station.gateway() != null) {
            Set<String> others = new LinkedHashSet<>();
            for (Topology.HostSpec h : t.hosts()) {
                for (Topology.Interface i : h.interfaces()) {
                    String subnet = InterfaceAddress.parse(i.address()).subnet().toString();
                    if (!subnet.equals(address.subnet().toString())) {
                        others.add(subnet);
                    }
                }
            }
            for (String subnet : others) {
                lines.add("$ ip route add " + subnet + " via " + station.gateway() + " dev " + tap);
            }
        }
        return lines;
    }

    private static void printSetUp(String tap, Topology t, Network n, PrintStream o) {
        o.printf(
                Locale.ROOT,
                "jnic lan: the kernel's %s is a station of a simulated LAN of %d wires, %s build;"
                        + " simulated time is paced to never run ahead of wall time%n",
                tap,
                n.wires().size(),
                t.build());
        o.println("Configure the kernel's side (as root):");
        for (String line : setUpCommands(tap, t)) {
            o.println(line);
        }
        Host server = n.withRole(Topology.Role.SERVER);
        if (server != null) {
            o.println("Then open the page (or: curl, ping, nc " + server.address() + " " + Network.ECHO_PORT + "):");
            o.println("http://" + server.address() + "/");
        }
        o.flush();
    }

    static void report(Network n, PrintStream o) {
        StationRelay relay = n.tapStation();
        o.printf(
                Locale.ROOT,
                "  station kernel -> line %d frames (%d dropped), line -> kernel %d (%d dropped)%n",
                relay.toLine(),
                relay.toLineDropped(),
                relay.toHost(),
                relay.toHostDropped());
        TopologyDemo.printCounters(n, o);
        o.printf(
                Locale.ROOT,
                "  time    %.3f ms of simulated time%n",
                n.lan().clock().nanos() / 1e6);
    }
}
