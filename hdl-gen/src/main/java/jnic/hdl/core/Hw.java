package jnic.hdl.core;

import java.io.IOException;
import java.lang.reflect.Method;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import scala.runtime.BoxedUnit;
import spinal.core.B$;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.ClockDomainConfig;
import spinal.core.ClockDomainConfig$;
import spinal.core.Data;
import spinal.core.DataPrimitives;
import spinal.core.HIGH$;
import spinal.core.Mem;
import spinal.core.RISING$;
import spinal.core.SYNC$;
import spinal.core.SpinalConfig;
import spinal.core.SpinalConfig$;
import spinal.core.SpinalVerilog$;
import spinal.core.U$;
import spinal.core.UInt;
import spinal.core.WhenContext;
import spinal.core.dontCare$;
import spinal.core.package$;
import spinal.core.when$;
import spinal.idslplugin.Location;

/**
 * The Scala encodings of SpinalHDL, spelled once for Java: literals, {@code :=}, {@code when},
 * concatenation, and Verilog emission. Every call that SpinalHDL wants a {@link Location} for
 * gets the Java caller's file and line, so elaboration errors point at the Java source. The
 * operators ({@code and}, {@code not}, {@code eq}, {@code lt}, {@code plus}...) are
 * {@link HwComponent}'s, inherited by every component.
 *
 * <p>A {@code when} whose condition is an expression (not a named signal) names it after that
 * line ({@code when_CsmaCdjava_l147} in the Verilog), so a line added or removed above such a
 * {@code when} renames signals in the generated Verilog and the VCD traces without changing the
 * hardware; regenerate with {@code make verilog}.
 */
public final class Hw {
    private Hw() {}

    private static final StackWalker WALKER = StackWalker.getInstance();

    /** The first stack frame outside this facade: where the hardware description is. */
    static Location here() {
        return WALKER.walk(frames -> frames.filter(f -> !f.getClassName().startsWith(Hw.class.getPackageName() + "."))
                .findFirst()
                .map(f -> new Location(f.getFileName(), f.getLineNumber(), 0))
                .orElse(new Location("?", 0, 0)));
    }

    // ---- types and literals ------------------------------------------------------------

    static Bits bitsType(int width) {
        return package$.MODULE$.Bits(new BitCount(width));
    }

    static UInt uintType(int width) {
        return package$.MODULE$.UInt(new BitCount(width));
    }

    public static Bits bits(long value, int width) {
        return bits(BigInteger.valueOf(value).and(BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE)), width);
    }

    /** A {@code width}-bit constant; bit i of the constant is bit i of {@code value}. */
    public static Bits bits(BigInteger value, int width) {
        if (value.signum() < 0 || value.bitLength() > width) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " bits");
        }
        return B$.MODULE$.apply(scala.math.BigInt.apply(value), new BitCount(width));
    }

    public static UInt uint(long value, int width) {
        if (value < 0 || (width < 64 && value >>> width != 0)) {
            throw new IllegalArgumentException(value + " does not fit in " + width + " bits");
        }
        return U$.MODULE$.apply(value, new BitCount(width));
    }

    public static Bool bool(boolean value) {
        return package$.MODULE$.Bool(value, here());
    }

    // ---- statements ----------------------------------------------------------------------

    /** {@code target := source}. */
    public static <T extends Data> void assign(DataPrimitives<T> target, T source) {
        target.$colon$eq(source, here());
    }

    /** {@code when(condition) { body }}, with {@link When#elseWhen} and {@link When#otherwise}. */
    public static When when(Bool condition, Runnable body) {
        return new When(when$.MODULE$.apply(condition, block(body), here()));
    }

    /** The chain returned by {@link #when}. */
    public static final class When {
        private final WhenContext context;

        private When(WhenContext context) {
            this.context = context;
        }

        public When elseWhen(Bool condition, Runnable body) {
            return new When(context.elsewhen(condition, block(body), here()));
        }

        public void otherwise(Runnable body) {
            context.otherwise(block(body));
        }
    }

    private static scala.Function0<BoxedUnit> block(Runnable body) {
        return () -> {
            body.run();
            return BoxedUnit.UNIT;
        };
    }

    // ---- state machines and counters -----------------------------------------------------

    static <E extends Enum<E>> int stateBits(Class<E> states) {
        int n = states.getEnumConstants().length;
        return Math.max(1, 32 - Integer.numberOfLeadingZeros(n - 1));
    }

    /** {@code state === S}, for a register made with {@code regState}. */
    public static <E extends Enum<E>> Bool is(UInt state, E value) {
        return state.$eq$eq$eq(uint(value.ordinal(), state.getWidth()));
    }

    /** {@code state := S}. */
    public static <E extends Enum<E>> void go(UInt state, E next) {
        assign(state, uint(next.ordinal(), state.getWidth()));
    }

    /** {@code x === value}. */
    public static Bool is(UInt x, long value) {
        return x.$eq$eq$eq(uint(value, x.getWidth()));
    }

    /** {@code x := x + 1} (wrapping). */
    public static void increment(UInt x) {
        assign(x, x.$plus(uint(1, x.getWidth())));
    }

    /** {@code x := value}. */
    public static void assign(UInt x, long value) {
        assign(x, uint(value, x.getWidth()));
    }

    public static void assign(Bool x, boolean value) {
        assign(x, bool(value));
    }

    // ---- expressions ---------------------------------------------------------------------

    /** Verilog-style concatenation {@code {first, ..., last}}: the first argument is most significant. */
    public static Bits cat(Data first, Data... rest) {
        Bits acc = first.asBits();
        for (Data d : rest) {
            acc = acc.$hash$hash(d.asBits());
        }
        return acc;
    }

    /** Two-way multiplexer: {@code select ? whenTrue : whenFalse}. */
    public static <T extends Data> T mux(Bool select, T whenTrue, T whenFalse) {
        return select.mux(whenTrue, whenFalse);
    }

    // ---- memories (made with HwComponent.memory) ------------------------------------------

    /** A registered read: the word at {@code address} appears on the result a clock after {@code enable}. */
    public static Bits readSync(Mem<Bits> memory, UInt address, Bool enable) {
        return memory.readSync(address, enable, dontCare$.MODULE$, false);
    }

    /** A combinational read (for small tables kept in LUTs or flip-flops). */
    public static Bits readAsync(Mem<Bits> memory, UInt address) {
        return memory.readAsync(address, dontCare$.MODULE$);
    }

    /** Writes {@code data} at {@code address} on the clock edge where {@code enable} is high. */
    public static void write(Mem<Bits> memory, UInt address, Bits data, Bool enable) {
        memory.write(address, data, enable, null);
    }

    /** log2 of a power of two, with a clear error for anything else. */
    public static int log2(int powerOfTwo, String what) {
        if (powerOfTwo <= 0 || Integer.bitCount(powerOfTwo) != 1) {
            throw new IllegalArgumentException(what + " must be a power of two, not " + powerOfTwo);
        }
        return Integer.numberOfTrailingZeros(powerOfTwo);
    }

    // ---- elaboration ---------------------------------------------------------------------

    /**
     * Elaborates a top-level component and writes its Verilog into {@code directory} as
     * {@code <definitionName>.v}. The constructor runs inside SpinalHDL's elaboration context.
     *
     * @return the path of the written file
     */
    public static Path emitVerilog(Path directory, String definitionName, Supplier<? extends HwComponent> constructor)
            throws IOException {
        Files.createDirectories(directory);
        // SpinalHDL writes into a scratch directory; the file in place is replaced only when the text
        // changed, so a regeneration that changes nothing does not make every top re-verilate.
        Path scratch = Files.createTempDirectory("jnic-hdl-");
        try {
            SpinalConfig config = defaultConfig();
            config.targetDirectory_$eq(scratch.toString());
            SpinalVerilog$.MODULE$.apply(config, () -> {
                HwComponent top = constructor.get();
                top.postInitCallback();
                top.nameFieldsFromJava();
                top.setDefinitionName(definitionName, false);
                return top;
            });
            Path made = scratch.resolve(definitionName + ".v");
            if (!Files.isRegularFile(made)) {
                throw new IOException("SpinalHDL did not write " + made);
            }
            return writeIfChanged(directory.resolve(definitionName + ".v"), Files.readString(made));
        } finally {
            try (var files = Files.list(scratch)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            Files.delete(scratch);
        }
    }

    /** Writes {@code text} to {@code file} unless it already holds exactly that (its time stamp then stays). */
    public static Path writeIfChanged(Path file, String text) throws IOException {
        if (!Files.isRegularFile(file) || !Files.readString(file).equals(text)) {
            Files.writeString(file, text);
        }
        return file;
    }

    /**
     * SpinalConfig is a Scala case class with 59 defaulted parameters; from Java the only way to
     * get "all defaults" is to call its {@code apply} with each {@code apply$default$N} value.
     * Output must not depend on the repository it is generated in (a test compares it with the
     * committed files), so the header's repository hash is switched off.
     */
    private static SpinalConfig defaultConfig() {
        try {
            Object factory = SpinalConfig$.MODULE$;
            Method apply = null;
            for (Method m : factory.getClass().getMethods()) {
                if (m.getName().equals("apply")
                        && m.getReturnType() == SpinalConfig.class
                        && (apply == null || m.getParameterCount() > apply.getParameterCount())) {
                    apply = m;
                }
            }
            if (apply == null) {
                throw new IllegalStateException("SpinalConfig.apply not found");
            }
            Object[] args = new Object[apply.getParameterCount()];
            for (int i = 0; i < args.length; i++) {
                args[i] =
                        factory.getClass().getMethod("apply$default$" + (i + 1)).invoke(factory);
            }
            setFlag(factory, apply, args, "headerWithRepoHash", false);
            setClockDomainConfig(apply, args);
            return (SpinalConfig) apply.invoke(factory, args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build SpinalHDL's configuration", e);
        }
    }

    /**
     * Every clock domain's reset is synchronous (active high, rising clock edge): a register with a
     * reset value takes it at a clock edge while reset is high, as verilog-ethernet's and most
     * FPGA designs' registers do. An FPGA flip-flop has one set/reset input, synchronous or
     * asynchronous (the iCE40's SB_DFFSR or SB_DFFR, not both): with the power-on reset
     * synchronous, a domain's soft reset ({@code HwComponent.withSoftReset}) joins it on that input
     * instead of costing logic in front of every register it clears.
     */
    private static void setClockDomainConfig(Method apply, Object[] args) {
        int found = -1;
        for (int i = 0; i < args.length; i++) {
            if (apply.getParameterTypes()[i] == ClockDomainConfig.class) {
                if (found >= 0) {
                    throw new IllegalStateException("SpinalConfig has more than one ClockDomainConfig parameter");
                }
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("SpinalConfig has no ClockDomainConfig parameter");
        }
        args[found] = ClockDomainConfig$.MODULE$.apply(
                RISING$.MODULE$, SYNC$.MODULE$, HIGH$.MODULE$, HIGH$.MODULE$, HIGH$.MODULE$);
    }

    /**
     * Sets one boolean parameter of the case class by name. Parameter names are not in the
     * bytecode, so each boolean argument is flipped in turn until the named accessor follows it.
     */
    private static void setFlag(Object factory, Method apply, Object[] args, String accessor, boolean value)
            throws ReflectiveOperationException {
        Method read = SpinalConfig.class.getMethod(accessor);
        for (int i = 0; i < args.length; i++) {
            if (apply.getParameterTypes()[i] != boolean.class) {
                continue;
            }
            boolean before = (Boolean) read.invoke(apply.invoke(factory, args));
            args[i] = !(Boolean) args[i];
            boolean after = (Boolean) read.invoke(apply.invoke(factory, args));
            args[i] = !(Boolean) args[i];
            if (before != after) {
                args[i] = value;
                return;
            }
        }
        throw new IllegalStateException("SpinalConfig has no boolean parameter behind " + accessor + "()");
    }
}
