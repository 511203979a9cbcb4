package jnic.hdl.core;

import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.Nameable;

/**
 * An adapter's line: the ports between its MAC and the medium, as the adapter sees them ("out" is
 * onto the medium). Each build of the MAC has one of two kinds; the other kind's fields are null.
 * <ul>
 *   <li>{@link #manchester()}: {@code outActive}, {@code outLevel} and {@code inActive},
 *       {@code inLevel}, the Manchester-coded line (IEEE 802.3 clause 7.3.1.1; 10BASE-T uses the
 *       same code, clause 14) sampled several times per bit. Active is high while a station drives
 *       the medium; level is the line's level then.</li>
 *   <li>{@link #byteWide()}: {@code outValid}, {@code outData} and {@code inValid},
 *       {@code inData}: one byte per clock, preamble and SFD included, like MII's TX_EN/TXD and
 *       RX_DV/RXD (clause 22.2.2) a byte wide instead of a nibble.</li>
 * </ul>
 * Named after its field like {@link ByteStream}: field {@code line} gives {@code lineOutActive},
 * {@code lineOutLevel}, {@code lineInActive}, {@code lineInLevel} or {@code lineOutValid},
 * {@code lineOutData}, {@code lineInValid}, {@code lineInData}, the ports hw-sim's world connects
 * to the medium. The ports are made in that order, which is their order in the module's header.
 */
public final class LinePorts implements PortGroup {
    public final Bool outActive;
    public final Bool outLevel;
    public final Bool inActive;
    public final Bool inLevel;
    public final Bool outValid;
    public final Bits outData;
    public final Bool inValid;
    public final Bits inData;

    private LinePorts(boolean manchester) {
        outActive = manchester ? HwComponent.outBool() : null;
        outLevel = manchester ? HwComponent.outBool() : null;
        inActive = manchester ? HwComponent.inBool() : null;
        inLevel = manchester ? HwComponent.inBool() : null;
        outValid = manchester ? null : HwComponent.outBool();
        outData = manchester ? null : HwComponent.outBits(8);
        inValid = manchester ? null : HwComponent.inBool();
        inData = manchester ? null : HwComponent.inBits(8);
    }

    /** The Manchester-coded line of the phy build. */
    public static LinePorts manchester() {
        return new LinePorts(true);
    }

    /** The byte-wide line of the fast build. */
    public static LinePorts byteWide() {
        return new LinePorts(false);
    }

    @Override
    public void nameWith(String prefix) {
        name(outActive, prefix + "OutActive");
        name(outLevel, prefix + "OutLevel");
        name(inActive, prefix + "InActive");
        name(inLevel, prefix + "InLevel");
        name(outValid, prefix + "OutValid");
        name(outData, prefix + "OutData");
        name(inValid, prefix + "InValid");
        name(inData, prefix + "InData");
    }

    private static void name(Nameable port, String name) {
        if (port != null) {
            HwComponent.nameIfUnnamed(port, name);
        }
    }
}
