package jnic.cli;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jnic.driver.sim.SimLan;
import jnic.sim.Medium;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of the commands that run simulated adapters (demo, trace, sim): the medium, the
 * build and the seed, declared once. Each command describes them in its own words in
 * OptionDescriptions.properties, under {@code jnic.<command>.<option>}; sim gives --build a default
 * of its own (SimCommand.FastBuild). One converter reads a constant by its lower-case name.
 */
final class LanOptions {
    @Option(names = "--medium", defaultValue = "cable", converter = MediumConverter.class)
    Medium medium;

    @Option(names = "--build", defaultValue = "phy", converter = BuildConverter.class)
    SimLan.Build build;

    @Option(names = "--seed", defaultValue = "1")
    long seed;

    /** Constants by their lower-case names; any other word is refused with the names listed, in this order. */
    abstract static class NameConverter<E extends Enum<E>> implements ITypeConverter<E> {
        private final String what;
        private final List<E> names;

        NameConverter(String what, List<E> names) {
            this.what = what;
            this.names = names;
        }

        @Override
        public E convert(String value) {
            for (E e : names) {
                if (name(e).equals(value)) {
                    return e;
                }
            }
            throw new TypeConversionException("'" + value + "' is not a " + what + ": "
                    + names.stream().map(NameConverter::name).collect(Collectors.joining(" or ")));
        }

        private static String name(Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
    }

    static final class MediumConverter extends NameConverter<Medium> {
        MediumConverter() {
            super("medium", List.of(Medium.CABLE, Medium.HUB));
        }
    }

    static final class BuildConverter extends NameConverter<SimLan.Build> {
        BuildConverter() {
            super("build", List.of(SimLan.Build.PHY, SimLan.Build.FAST));
        }
    }
}
