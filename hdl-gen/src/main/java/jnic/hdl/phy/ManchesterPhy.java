package jnic.hdl.phy;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.readAsync;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;
import static jnic.hdl.core.Hw.write;

import jnic.hdl.core.HwComponent;
import jnic.hdl.core.LinePorts;
import jnic.hdl.core.MiiPorts;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.ClockDomain;
import spinal.core.ClockingArea;
import spinal.core.Mem;
import spinal.core.UInt;

/**
 * The 10 Mb/s PHY of the phy build: the Manchester line on one side, an MII on the other (IEEE
 * 802.3 clause 22). It runs on the bit clock, 10 MHz, and meets the line a bit cell at a time:
 * {@code samplesPerBit} samples each way per clock, bit 0 first in time, as the 1:8 serialiser and
 * deserialiser of an FPGA's I/O cells (OSERDES, ISERDES) hand them to and from the 80 MHz line;
 * the world plays those and the medium. The MAC runs on the MII clock, one clock per nibble, four
 * times slower, from the same time base with rising edges in step ({@code mii}). That is how
 * adapters are built: only the few registers that see every bit run fast, and nothing runs at the
 * sampling rate but the I/O cells.
 *
 * <ul>
 *   <li>Transmit: TX_EN and TXD[3:0] are taken a bit clock after each MII edge, when they have
 *       settled, and handed to the {@link ManchesterEncoder} (nibble-wide; its word time is the MII
 *       period). TX_ER has no effect on a 10 Mb/s PHY (clause 22.2.2.5).</li>
 *   <li>Receive: the {@link ManchesterDecoder} recovers the bits (0 to 2 a clock: the sender's clock
 *       is not ours) and the {@link RxNibbleFramer} cuts them into nibbles from the SFD on (0 to 2 a
 *       clock). The nibbles cross into the MII's timing through an 8-entry elastic buffer: RX_DV and
 *       RXD change a bit clock after an MII edge, so the MAC samples them settled at the next. The
 *       buffer starts RX_DV as soon as it holds the SFD's first nibble, which leaves a whole nibble
 *       of slack each way, far more than a maximum-length frame drifts at ±100 ppm. If it ran dry
 *       or over all the same, RX_ER goes high for the rest of the frame (clause 22.2.2.10: an error
 *       the PHY detected in the frame).</li>
 *   <li>CRS is high while the line is active in either direction, COL while both are (clause
 *       22.2.2.11 and 22.2.2.12: half duplex; 10BASE-T's collision presence, clause 14.2.1.4). Both
 *       are levels the MAC samples at its own clock, asynchronous as the standard allows.</li>
 * </ul>
 *
 * <p>The PHY finds the MII edges by a flip-flop of its own on the MII clock that toggles every MII
 * clock: a bit clock after the toggle changes, an MII edge has just passed.
 */
public final class ManchesterPhy extends HwComponent {
    /** Entries of the receive elastic buffer (a power of two). */
    public static final int ELASTIC_NIBBLES = 8;

    public final MiiPorts mii;
    public final LinePorts line;
    /** The MII clock when the PHY is a top of its own; null inside a MAC. */
    public final Bool miiClk;

    final ManchesterEncoder encoder;
    final ManchesterDecoder decoder;
    final RxNibbleFramer framer;
    final Bool miiToggle;
    final Bool toggleSeen;
    final Bool miiEdgePassed;
    final Bool txHeldEn;
    final Bits txHeld;
    final Mem<Bits> elastic;
    final UInt writePointer;
    final UInt readPointer;
    final Bool ending;
    final Bool rxDvOut;
    final Bool rxErOut;
    final Bits rxdOut;
    final Bool crsOut;
    final Bool colOut;

    /** A top of its own (for its testbench), with a {@code miiClk} port for the MII's clock. */
    public ManchesterPhy(int samplesPerBit) {
        this(samplesPerBit, null);
    }

    /** Inside a MAC: {@code miiDomain} is the MAC's clock domain (null makes a {@code miiClk} port for one). */
    public ManchesterPhy(int samplesPerBit, ClockDomain miiDomain) {
        miiClk = miiDomain == null ? inBool() : null;
        mii = MiiPorts.phySide();
        line = LinePorts.manchester(samplesPerBit);

        ClockingArea onMii = enter(miiDomain != null ? miiDomain : domainClockedBy(miiClk));
        miiToggle = regBool(false);
        assign(miiToggle, not(miiToggle));
        leave(onMii);
        toggleSeen = regBool(false);
        assign(toggleSeen, miiToggle);
        miiEdgePassed = boolWire();
        assign(miiEdgePassed, xor(miiToggle, toggleSeen));

        // ---- transmit ----
        encoder = child(() -> new ManchesterEncoder(samplesPerBit, 4));
        txHeldEn = regBool(false);
        txHeld = regBits(4, 0);
        when(miiEdgePassed, () -> {
            assign(txHeldEn, mii.txEn);
            assign(txHeld, mii.txd);
        });
        // The encoder takes a nibble once per MII period, as the MII hands one over: each held
        // nibble is taken exactly once, whatever the two strobes' phase (fixed from reset on).
        assign(encoder.txValid, txHeldEn);
        assign(encoder.txData, txHeld);
        assign(line.outActive, encoder.lineActive);
        assign(line.outLevel, encoder.lineLevel);

        // ---- carrier and collision ----
        crsOut = regBool(false);
        colOut = regBool(false);
        Bool hearing = line.inActive.orR();
        assign(crsOut, or(encoder.lineActive, hearing));
        assign(colOut, and(encoder.lineActive, hearing));
        assign(mii.crs, crsOut);
        assign(mii.col, colOut);

        // ---- receive ----
        decoder = child(() -> new ManchesterDecoder(samplesPerBit));
        assign(decoder.lineActive, line.inActive);
        assign(decoder.lineLevel, line.inLevel);
        framer = child(RxNibbleFramer::new);
        assign(framer.bitCount, decoder.bitCount);
        assign(framer.bits, decoder.bits);
        assign(framer.lockLost, decoder.lockLost);

        int pointerBits = Integer.numberOfTrailingZeros(ELASTIC_NIBBLES);
        elastic = memory(4, ELASTIC_NIBBLES);
        writePointer = regUInt(pointerBits + 1, 0);
        readPointer = regUInt(pointerBits + 1, 0);
        ending = regBool(false);
        rxDvOut = regBool(false);
        rxErOut = regBool(false);
        rxdOut = regBits(4, 0);
        UInt held = uintWire(pointerBits + 1);
        assign(held, minus(writePointer, readPointer));
        Bool empty = eq(held, uint(0, pointerBits + 1));
        // Room for the clock's nibbles: two writes a clock, to this slot and the next.
        UInt room = uintWire(pointerBits + 1);
        assign(room, minus(uint(ELASTIC_NIBBLES, pointerBits + 1), held));
        Bool fits = ge(room, framer.nibbleCount.resize(pointerBits + 1));
        UInt writeSlot = writePointer.resize(pointerBits);
        UInt nextSlot = plus(writeSlot, uint(1, pointerBits));
        UInt readSlot = readPointer.resize(pointerBits);
        Bool some = ne(framer.nibbleCount, uint(0, 2));
        write(elastic, writeSlot, framer.nibbles.apply(0, new BitCount(4)), and(some, fits));
        write(elastic, nextSlot, framer.nibbles.apply(4, new BitCount(4)), and(is(framer.nibbleCount, 2), fits));
        when(some, () -> {
            when(fits, () -> assign(writePointer, plus(writePointer, framer.nibbleCount.resize(pointerBits + 1))))
                    .otherwise(() -> assign(rxErOut, rxDvOut));
        });
        when(framer.frameEnd, () -> assign(ending, true));
        when(miiEdgePassed, () -> {
            when(not(empty), () -> {
                        assign(rxdOut, readAsync(elastic, readSlot));
                        increment(readPointer);
                        assign(rxDvOut, true);
                    })
                    .elseWhen(and(rxDvOut, ending), () -> {
                        assign(rxDvOut, false);
                        assign(rxErOut, false);
                        assign(ending, false);
                    })
                    .elseWhen(rxDvOut, () -> assign(rxErOut, true)); // ran dry inside a frame
        });
        assign(mii.rxDv, rxDvOut);
        assign(mii.rxEr, rxErOut);
        assign(mii.rxd, rxdOut);
    }
}
