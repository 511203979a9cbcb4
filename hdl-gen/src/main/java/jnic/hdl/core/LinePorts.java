package jnic.hdl.core;

import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.Nameable;

/**
 * An adapter's line: the ports between its MAC and the medium, as the adapter sees them ("out" is
 * onto the medium). Each build of the MAC has one of two kinds; the other kind's fields are null.
 * <ul>
 *   <li>{@link #manchester(int)}: {@code outActive}, {@code outLevel} and {@code inActive},
 *       {@code inLevel}, the Manchester-coded line (IEEE 802.3 clause 7.3.1.1; 10BASE-T uses the
 *       same code, clause 14) sampled several times per bit, a bit time of samples per clock, bit 0
 *       first in time (what a serialiser and a deserialiser in the I/O cells exchange with the
 *       line). Active is high while a station drives the medium, for the whole clock on the way
 *       out and per sample on the way in (another station's cells need not line up with ours);
 *       level is the line's level then.</li>
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
    public final Bits outLevel;
    public final Bits inActive;
    public final Bits inLevel;
    public final Bool outValid;
    public final Bits outData;
    public final Bool inValid;
    public final Bits inData;

    /** {@code samplesPerBit} 0: the byte-wide line. */
    private LinePorts(int samplesPerBit) {
        boolean manchester = samplesPerBit > 0;
        outActive = manchester ? HwComponent.outBool() : null;
        outLevel = manchester ? HwComponent.outBits(samplesPerBit) : null;
        inActive = manchester ? HwComponent.inBits(samplesPerBit) : null;
        inLevel = manchester ? HwComponent.inBits(samplesPerBit) : null;
        outValid = manchester ? null : HwComponent.outBool();
        outData = manchester ? null : HwComponent.outBits(8);
        inValid = manchester ? null : HwComponent.inBool();
        inData = manchester ? null : HwComponent.inBits(8);
    }

    /** The Manchester-coded line of the phy build, {@code samplesPerBit} samples a clock each way. */
    public static LinePorts manchester(int samplesPerBit) {
        if (samplesPerBit <= 0) {
            throw new IllegalArgumentException("a Manchester line has samples, not " + samplesPerBit);
        }
        return new LinePorts(samplesPerBit);
    }

    /** The byte-wide line of the fast build. */
    public static LinePorts byteWide() {
        return new LinePorts(0);
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
