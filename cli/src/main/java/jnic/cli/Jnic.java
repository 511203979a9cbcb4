package jnic.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code jnic} command. Each subcommand is a class of its own; bad arguments print one line
 * saying what is wrong (and the usage) and exit 2, as picocli does. Options several commands share
 * are declared once (LanOptions, StoryOptions) and described per command in
 * OptionDescriptions.properties.
 */
@Command(
        name = "jnic",
        mixinStandardHelpOptions = true,
        version = "jnic 0.1.0",
        resourceBundle = "jnic.cli.OptionDescriptions",
        description =
                "An open hardware/software co-design of a LAN adapter: the story of a web request crossing a LAN, runnable.",
        subcommands = {
            DemoCommand.class,
            TraceCommand.class,
            SimCommand.class,
            GenCommand.class,
            HostCommand.class,
            LanCommand.class,
            BenchCommand.class,
            SweepCommand.class
        })
public final class Jnic implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String... args) {
        return new CommandLine(new Jnic()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "a command is missing: demo, trace, sim, gen, host or bench (jnic --help lists them)");
    }
}
