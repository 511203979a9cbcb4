package jnic.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import jnic.cli.topology.Topology;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.sim.SimLan;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the seed's story, which demo tells and trace narrates: the adapters' (medium,
 * build, seed), where the capture files go and how many clocks of the client adapter go into the
 * VCD. Each command describes them in its own words in OptionDescriptions.properties, under
 * {@code jnic.<command>.<option>}, and checks --vcd-cycles its own way.
 */
final class StoryOptions {
    @Mixin
    LanOptions lan;

    @Option(names = "--out", defaultValue = "out")
    Path out;

    @Option(names = "--vcd-cycles", defaultValue = "20000")
    long vcdCycles;

    @Option(names = "--page-size", defaultValue = "" + Demo.DEFAULT_PAGE_BYTES)
    int pageSize;

    @Option(names = "--ber", defaultValue = "0")
    double bitErrorRate;

    /** Refuses a page size or bit error rate out of range, saying which and why. */
    void check(CommandSpec spec) {
        if (pageSize < 1 || pageSize > 1 << 20) {
            throw new ParameterException(spec.commandLine(), "--page-size must be 1 to 1048576 bytes, not " + pageSize);
        }
        if (!(bitErrorRate >= 0 && bitErrorRate <= 0.01)) {
            throw new ParameterException(spec.commandLine(), "--ber must be 0 to 0.01, not " + bitErrorRate);
        }
    }

    /** The story as these options ask for it, narrated into what {@code trace} makes (null: not narrated). */
    Demo.Options demo(Function<SimLan, TraceRecorder> trace) {
        return new Demo.Options(lan.medium, lan.build, out, lan.seed, vcdCycles, pageSize, bitErrorRate, trace);
    }

    /**
     * The topology {@code file} names ({@code seed} for the story's), with --build, --seed and --ber
     * in its place where they were given; refuses one that cannot be read or has a TAP station.
     */
    Topology topology(CommandSpec spec, String file) throws IOException {
        Topology t;
        try {
            t = Topology.read(file);
        } catch (Topology.TopologyException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (t.hasTapStation()) {
            throw new ParameterException(
                    spec.commandLine(), file + " has a TAP station (role tap): run it with jnic lan --tap NAME");
        }
        var parsed = spec.commandLine().getParseResult();
        if (parsed.hasMatchedOption("--build")) {
            t = new Topology(
                    lan.build.name().toLowerCase(Locale.ROOT),
                    t.seed(),
                    t.bitErrorRate(),
                    t.frameLoss(),
                    t.segments(),
                    t.hosts());
        }
        if (parsed.hasMatchedOption("--seed")) {
            t = new Topology(t.build(), lan.seed, t.bitErrorRate(), t.frameLoss(), t.segments(), t.hosts());
        }
        if (parsed.hasMatchedOption("--ber")) {
            t = new Topology(t.build(), t.seed(), bitErrorRate, t.frameLoss(), t.segments(), t.hosts());
        }
        return t;
    }
}
