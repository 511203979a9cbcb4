package jnic.cli;

import java.nio.file.Path;
import java.util.function.Function;
import jnic.cli.trace.TraceRecorder;
import jnic.driver.sim.SimLan;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

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

    /** The story as these options ask for it, narrated into what {@code trace} makes (null: not narrated). */
    Demo.Options demo(Function<SimLan, TraceRecorder> trace) {
        return new Demo.Options(lan.medium, lan.build, out, lan.seed, vcdCycles, trace);
    }
}
