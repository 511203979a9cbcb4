package jnic.hdl.core;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Supplier;
import scala.runtime.BoxedUnit;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.ClockDomain;
import spinal.core.ClockingArea;
import spinal.core.Component;
import spinal.core.Data;
import spinal.core.HardType$;
import spinal.core.Mem;
import spinal.core.Mem$;
import spinal.core.Nameable;
import spinal.core.Reg$;
import spinal.core.UInt;
import spinal.core.in$;
import spinal.core.out$;
import spinal.core.package$;

/**
 * Base class of every jnic hardware block: a SpinalHDL {@link Component} written in Java.
 *
 * <p>SpinalHDL expects a Scala compiler plugin to finish each component and to name its signals.
 * From Java both happen here: {@link #child} finishes a child component right after its
 * constructor returns, and {@link #nameFieldsFromJava} gives every signal held in a field the
 * field's Java name, so the Verilog and the VCD traces read like the Java source.
 *
 * <p>Ports, wires and registers are made with the small helpers below, and so is the logic
 * between them: the operators ({@link #and}, {@link #not}, {@link #eq}, {@link #lt},
 * {@link #plus}...) are inherited by every component, so its logic reads as the hardware does
 * and never spells Scala's encoded names ({@code $amp$amp}, {@code unary_$bang}). Literals,
 * assignment, {@code when} and whatever else needs a source location live in {@link Hw}.
 */
public abstract class HwComponent extends Component {

    // ---- ports -------------------------------------------------------------------------

    /**
     * A fresh {@code Bool()}. Scala's {@code Bool()} is the method with a defaulted {@code Unit}
     * parameter; the parameterless overload Java also sees is SpinalHDL's deprecated {@code Bool}.
     */
    static Bool boolType() {
        return package$.MODULE$.Bool(BoxedUnit.UNIT);
    }

    protected static Bool inBool() {
        return in$.MODULE$.apply(boolType());
    }

    protected static Bool outBool() {
        return out$.MODULE$.apply(boolType());
    }

    protected static Bits inBits(int width) {
        return in$.MODULE$.apply(Hw.bitsType(width));
    }

    protected static Bits outBits(int width) {
        return out$.MODULE$.apply(Hw.bitsType(width));
    }

    protected static UInt inUInt(int width) {
        return in$.MODULE$.apply(Hw.uintType(width));
    }

    protected static UInt outUInt(int width) {
        return out$.MODULE$.apply(Hw.uintType(width));
    }

    // ---- combinational wires -------------------------------------------------------------

    protected static Bool boolWire() {
        return boolType();
    }

    protected static Bits bitsWire(int width) {
        return Hw.bitsType(width);
    }

    protected static UInt uintWire(int width) {
        return Hw.uintType(width);
    }

    // ---- registers (reset to the given value by the component's clock domain) -------------

    protected static Bool regBool(boolean resetValue) {
        Bool r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> boolType()), null, null);
        r.init(resetValue);
        return r;
    }

    protected static Bits regBits(int width, long resetValue) {
        Bits r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> Hw.bitsType(width)), null, null);
        r.init(Hw.bits(resetValue, width));
        return r;
    }

    protected static UInt regUInt(int width, long resetValue) {
        UInt r = Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> Hw.uintType(width)), null, null);
        r.init(Hw.uint(resetValue, width));
        return r;
    }

    /**
     * A register without a reset value: datapath state that is always loaded before it is read (a
     * CRC preset at a frame's start, a byte on its way through). Neither the reset nor a soft reset
     * reaches it, which on an FPGA leaves its flip-flop's set/reset input to the logic that loads it.
     */
    protected static Bits dataRegBits(int width) {
        return Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> Hw.bitsType(width)), null, null);
    }

    /** A flag without a reset value, like {@link #dataRegBits}: loaded before every use. */
    protected static Bool dataRegBool() {
        return Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> boolType()), null, null);
    }

    /** A counter without a reset value, like {@link #dataRegBits}: loaded before every use. */
    protected static UInt dataRegUInt(int width) {
        return Reg$.MODULE$.apply(HardType$.MODULE$.apply(() -> Hw.uintType(width)), null, null);
    }

    // ---- input registers ---------------------------------------------------------------------

    /**
     * {@code input} as it was at the last clock edge: a register on an input, as an FPGA's I/O
     * flip-flops have, so no logic depends on the input combinationally.
     */
    protected static Bool sampled(Bool input) {
        Bool r = regBool(false);
        Hw.assign(r, input);
        return r;
    }

    protected static Bits sampled(Bits input, int width) {
        Bits r = regBits(width, 0);
        Hw.assign(r, input);
        return r;
    }

    protected static UInt sampled(UInt input, int width) {
        UInt r = regUInt(width, 0);
        Hw.assign(r, input);
        return r;
    }

    // ---- clock domains ----------------------------------------------------------------------

    /** The clock domain registers made now belong to (a top's is its {@code clk} and {@code reset}). */
    protected static ClockDomain currentDomain() {
        return ClockDomain.current();
    }

    /**
     * A second clock domain on {@code clock} (a port), with the current domain's reset and
     * configuration, declared synchronous with it: both clocks come from one time base with their
     * rising edges in step, so signals cross between the two without synchronisers (SpinalHDL would
     * otherwise refuse them as a clock-domain crossing).
     */
    protected static ClockDomain domainClockedBy(Bool clock) {
        ClockDomain current = ClockDomain.current();
        ClockDomain domain = new ClockDomain(
                clock,
                current.reset(),
                ClockDomain.$lessinit$greater$default$3(),
                null,
                null,
                current.config(),
                ClockDomain.$lessinit$greater$default$7(),
                ClockDomain.$lessinit$greater$default$8());
        domain.setSynchronousWith(current);
        return domain;
    }

    /**
     * {@code domain} with a synchronous soft reset: while {@code softReset} is high at a clock edge,
     * every register of the domain that has a reset value takes it (as a chip's block reset does);
     * the same clock, so signals cross freely to and from {@code domain}.
     */
    protected static ClockDomain withSoftReset(ClockDomain domain, Bool softReset) {
        return domain.copy(
                domain.clock(),
                domain.reset(),
                domain.copy$default$3(),
                softReset,
                domain.clockEnable(),
                domain.config(),
                domain.frequency(),
                domain.copy$default$8());
    }

    /** Enters {@code domain}: registers and children made until {@link #leave} belong to it. */
    protected static ClockingArea enter(ClockDomain domain) {
        return new ClockingArea(domain);
    }

    /** Leaves the domain {@link #enter} entered, back to the one before it. */
    protected static void leave(ClockingArea area) {
        area.postInitCallback();
    }

    // ---- operators: Scala's &&, ===, <... by the names hardware reads -------------------------

    /** {@code a && b && ...}, folded left ({@code (a && b) && c}) as a chain of Scala's {@code &&} is. */
    protected static Bool and(Bool a, Bool b, Bool... more) {
        Bool result = a.$amp$amp(b);
        for (Bool m : more) {
            result = result.$amp$amp(m);
        }
        return result;
    }

    /** {@code a || b || ...}, folded left ({@code (a || b) || c}). */
    protected static Bool or(Bool a, Bool b, Bool... more) {
        Bool result = a.$bar$bar(b);
        for (Bool m : more) {
            result = result.$bar$bar(m);
        }
        return result;
    }

    /** {@code a ^ b ^ ...}, folded left ({@code (a ^ b) ^ c}). */
    protected static Bool xor(Bool a, Bool b, Bool... more) {
        Bool result = a.$up(b);
        for (Bool m : more) {
            result = result.$up(m);
        }
        return result;
    }

    /** {@code !a}. */
    protected static Bool not(Bool a) {
        return a.unary_$bang();
    }

    /** Bitwise {@code a & b}. */
    protected static Bits and(Bits a, Bits b) {
        return a.$amp(b);
    }

    /** Bitwise {@code a | b}. */
    protected static Bits or(Bits a, Bits b) {
        return a.$bar(b);
    }

    /** Bitwise {@code a ^ b}. */
    protected static Bits xor(Bits a, Bits b) {
        return a.$up(b);
    }

    /** Bitwise {@code ~a}. */
    protected static Bits not(Bits a) {
        return a.unary_$tilde();
    }

    /** {@code a === b}. */
    protected static Bool eq(Bits a, Bits b) {
        return a.$eq$eq$eq(b);
    }

    /** {@code a =/= b}. */
    protected static Bool ne(Bits a, Bits b) {
        return a.$eq$div$eq(b);
    }

    /** {@code a === b}. */
    protected static Bool eq(UInt a, UInt b) {
        return a.$eq$eq$eq(b);
    }

    /** {@code a =/= b}. */
    protected static Bool ne(UInt a, UInt b) {
        return a.$eq$div$eq(b);
    }

    /** Unsigned {@code a < b}. */
    protected static Bool lt(UInt a, UInt b) {
        return a.$less(b);
    }

    /**
     * Unsigned {@code x < bound} for a constant bound, written as logic on x's bits: x is below the
     * bound when, at some bit where the bound has a one, x has a zero and equals the bound above it.
     * yosys mapped {@code lt} with a constant to a subtractor on the iCE40's carry chain on the 5-
     * and 14-bit counts measured: RxChecker's {@code count < 64} on 14 bits took 13 carries, and as
     * a zero test of the count's bits from the 64s up RxChecker came to 112 LUT4 instead of 125; the
     * Manchester decoder's 16 window tests on its 5-bit count took 41 carries and set the phy
     * adapter's bit clock. (On the 3- and 4-bit ones, the filter's {@code index < 6} and CsmaCd's
     * {@code gapCount <= 4}, it made no carry chain, and this gained nothing.) BelowTest proves it
     * equal to {@code lt}. A bound past x's range gives true; a negative one is refused.
     */
    protected static Bool below(UInt x, long bound) {
        if (bound < 0) {
            throw new IllegalArgumentException("below: a negative bound (" + bound + ") for an unsigned value");
        }
        int width = x.getWidth();
        if (bound == 0) {
            return Hw.bool(false);
        }
        if (width < 63 && bound >= 1L << width) {
            return Hw.bool(true);
        }
        Bool result = null;
        // A bound is a long: its bits from 63 up are zero (and a shift by 64 would not shift).
        for (int bit = Math.min(width, 63) - 1; bit >= 0; bit--) {
            if (((bound >>> bit) & 1) == 0) {
                continue;
            }
            // x[bit] is 0 and x's bits above it are the bound's: x's bits from here up equal
            // the bound's with this bit cleared.
            int above = width - bit;
            long prefix = (bound >>> bit) & ~1L;
            Bool term = eq(x.apply(bit, new BitCount(above)), Hw.uint(prefix, above));
            result = result == null ? term : or(result, term);
        }
        return result;
    }

    /** Unsigned {@code a <= b}. */
    protected static Bool le(UInt a, UInt b) {
        return a.$less$eq(b);
    }

    /** Unsigned {@code a > b}. */
    protected static Bool gt(UInt a, UInt b) {
        return a.$greater(b);
    }

    /** Unsigned {@code a >= b}. */
    protected static Bool ge(UInt a, UInt b) {
        return a.$greater$eq(b);
    }

    /** {@code a + b}, wrapping, as wide as the wider operand. */
    protected static UInt plus(UInt a, UInt b) {
        return a.$plus(b);
    }

    /** {@code a - b}, wrapping, as wide as the wider operand. */
    protected static UInt minus(UInt a, UInt b) {
        return a.$minus(b);
    }

    /** {@code a << n}: {@code n} bits wider, zeros shifted in. */
    protected static UInt shiftLeft(UInt a, int n) {
        return a.$less$less(n);
    }

    // ---- memories ------------------------------------------------------------------------

    /**
     * A RAM of {@code depth} words of {@code width} bits (a block RAM in an FPGA). Read it with
     * {@link Hw#readSync} (a block RAM's registered read) or {@link Hw#readAsync} (small tables
     * only), write it with {@link Hw#write}.
     */
    protected static Mem<Bits> memory(int width, int depth) {
        return Mem$.MODULE$.apply(HardType$.MODULE$.apply(() -> Hw.bitsType(width)), depth);
    }

    // ---- hierarchy ---------------------------------------------------------------------

    /**
     * Builds a child component and finishes it the way the Scala plugin would: the child's
     * post-init callback runs at once (so later signals land in this component, not the child)
     * and its fields are named.
     */
    protected static <C extends Component> C child(Supplier<C> constructor) {
        C c = constructor.get();
        c.postInitCallback();
        if (c instanceof HwComponent hc) {
            hc.nameFieldsFromJava();
        }
        return c;
    }

    /**
     * Names every signal, memory and child component held in a field of this component (and of
     * its superclasses up to this one) after the field. Arrays and lists of signals get an index
     * suffix ({@code lane_0}, {@code lane_1}...). Called by {@link #child} and {@link Hw#emitVerilog}.
     */
    final void nameFieldsFromJava() {
        for (Class<?> k = getClass(); k != HwComponent.class && k != null; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                f.setAccessible(true);
                Object value;
                try {
                    value = f.get(this);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read field " + f, e);
                }
                nameValue(f.getName(), value);
            }
        }
    }

    private static void nameValue(String name, Object value) {
        if (value instanceof Nameable n) {
            nameIfUnnamed(n, name);
        } else if (value instanceof PortGroup group) {
            group.nameWith(name);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                nameValue(name + "_" + i, list.get(i));
            }
        } else if (value != null
                && value.getClass().isArray()
                && !value.getClass().getComponentType().isPrimitive()) {
            for (int i = 0; i < Array.getLength(value); i++) {
                nameValue(name + "_" + i, Array.get(value, i));
            }
        }
    }

    /**
     * Verilog and SystemVerilog keywords a Java field might be called (IEEE 1800 Annex B); a
     * signal or instance with such a name does not compile as Verilog, so it is refused here.
     */
    private static final java.util.Set<String> RESERVED = java.util.Set.of(
            "always",
            "assert",
            "assign",
            "assume",
            "begin",
            "bind",
            "bit",
            "buf",
            "byte",
            "case",
            "cell",
            "checker",
            "class",
            "clocking",
            "config",
            "const",
            "constraint",
            "context",
            "cover",
            "covergroup",
            "default",
            "defparam",
            "design",
            "disable",
            "do",
            "edge",
            "else",
            "end",
            "endcase",
            "enum",
            "event",
            "expect",
            "export",
            "extends",
            "extern",
            "final",
            "for",
            "force",
            "foreach",
            "forever",
            "fork",
            "function",
            "generate",
            "genvar",
            "if",
            "import",
            "initial",
            "inout",
            "input",
            "int",
            "integer",
            "interface",
            "join",
            "let",
            "library",
            "local",
            "logic",
            "longint",
            "macromodule",
            "matches",
            "module",
            "new",
            "not",
            "null",
            "or",
            "output",
            "package",
            "packed",
            "parameter",
            "primitive",
            "priority",
            "program",
            "property",
            "protected",
            "pulldown",
            "pullup",
            "rand",
            "randc",
            "real",
            "reg",
            "release",
            "repeat",
            "restrict",
            "return",
            "sequence",
            "shortint",
            "signed",
            "small",
            "select",
            "solve",
            "specify",
            "static",
            "string",
            "struct",
            "super",
            "supply0",
            "supply1",
            "table",
            "task",
            "this",
            "time",
            "tri",
            "type",
            "typedef",
            "union",
            "unique",
            "unsigned",
            "use",
            "var",
            "virtual",
            "void",
            "wait",
            "wand",
            "weak",
            "while",
            "wire",
            "with",
            "wor",
            "xor",
            "and",
            "nand",
            "nor",
            "xnor");

    /** A name given with {@link #named} (or by a port group) wins over the field's. */
    static void nameIfUnnamed(Nameable n, String name) {
        if (RESERVED.contains(name)) {
            throw new IllegalArgumentException("'" + name + "' is a Verilog/SystemVerilog keyword; "
                    + "rename the field (or the named(...) signal)");
        }
        if (!n.isNamed() || n.isWeak()) {
            n.setName(name, false);
        }
    }

    // ---- state machines: a Java enum, encoded in the fewest bits --------------------------

    /** A state register for the enum's constants, reset to {@code resetState}. */
    protected static <E extends Enum<E>> UInt regState(Class<E> states, E resetState) {
        return regUInt(Hw.stateBits(states), resetState.ordinal());
    }

    /** Names a signal that no field holds (or one a field name would describe badly). */
    protected static <T extends Data> T named(T signal, String name) {
        signal.setName(name, false);
        return signal;
    }
}
