package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.ByteStream;
import jnic.hdl.core.HwComponent;
import jnic.hdl.crc.Crc32;
import jnic.hdl.crc.Crc32Equations;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * The transmit MAC (IEEE 802.3 clause 4.2.3, "transmit data encapsulation"), one byte per byte
 * time: preamble (7 × 0x55), start frame delimiter (0xD5), the frame from {@code frame}, zero
 * padding up to 60 bytes, the FCS (CRC-32, least significant byte first), then an inter-frame gap
 * of 12 byte times (96 bit times, clause 4.4.2).
 *
 * <p>Pacing: {@code txReady} is a byte-time strobe from the PHY (every clock in the {@code fast}
 * build, every 8 bit times in the {@code phy} build) and holds whether or not a frame is being
 * sent, so idle strobes measure the gap. A byte is sent when a strobe finds {@code txValid} high;
 * a strobe with {@code txValid} low is an idle byte time. {@code txValid} never depends on
 * {@code txReady}.
 *
 * <p>The byte offered ({@code txValid}, {@code txData}) comes from registers, the byte loaded with
 * the next one on the strobe that takes the current one, so no path runs from the frame's source
 * through this stage to the line (the registers are what lets the MAC meet its clock). A frame's
 * bytes are therefore taken from {@code frame} a byte time before they go out. The CRC takes every
 * byte of the burst as it goes out, from that register, preset while nothing is on offer to the
 * value the preamble and the SFD take to all ones. The FCS goes out from the CRC register itself,
 * through one multiplexer: on each FCS byte the register is fed its own low byte, which shifts it
 * right by 8 bits (the LFSR's feedback is then zero), so its low byte is always the next to send.
 *
 * <p>Errors are never sent silently. Once a frame has started the line cannot wait, so if the
 * next byte is missing on a strobe ({@code underflow}), the frame is ended at once with the
 * complement of its correct FCS, which every receiver rejects. The rest of the frame is then
 * drained from {@code frame} and the error is pulsed for one clock. The frame's length is its
 * source's business, as in a MAC client (IEEE 802.3 4.3.2: the client passes a frame that fits):
 * the NIC's transmit ring refuses a frame longer than the adapter's limit before a byte of it is
 * read, so no frame has to be cut on the line for its length. {@code sent} pulses when a
 * frame has gone out whole. {@code abortFrame} (from {@link CsmaCd}, on a collision) stops the frame at
 * once and returns to idle without draining: the frame's source replays or drops it. Nothing is
 * taken or reported from that clock on; the byte on offer in that clock stays (CsmaCd puts its jam
 * on the line over it), and the registers return to idle at the end of the next clock, from a
 * register of the abort, so the collision's path from the line in ends at a few gates.
 */
public final class MacTx extends HwComponent {
    /** What is on offer, in the order the clause describes the frame (IDLE and GAP offer nothing). */
    public enum State {
        IDLE,
        PREAMBLE,
        SFD,
        DATA,
        PAD,
        FCS,
        GAP
    }

    public static final int PREAMBLE_BYTES = 7;
    public static final int PREAMBLE_BYTE = 0x55;
    public static final int SFD_BYTE = 0xD5;
    /** Minimum frame before the FCS: 64 bytes on the wire less the 4 of the FCS (clause 4.4.2). */
    public static final int MIN_FRAME_BYTES = 60;

    public static final int FCS_BYTES = 4;
    /** 96 bit times (clause 4.4.2, interFrameGap). */
    public static final int GAP_BYTES = 12;

    /** Width of a frame's length wherever one is kept (up to 16383 bytes). */
    public static final int LENGTH_BITS = 14;

    private static final int COUNT_BITS = 6;

    /** The CRC register's value before a burst: the preamble and the SFD take it to all ones. */
    static final long CRC_PRESET = Crc32Equations.presetReaching(-1, preambleAndSfd()) & 0xFFFF_FFFFL;

    public final ByteStream frame;
    public final Bool txValid;
    public final Bits txData;
    public final Bool txReady;
    public final Bool sent;
    public final Bool underflow;
    public final Bool abortFrame;

    final UInt state;
    final Bool offering;
    /** The byte on offer is valid (offering, not aborted): what txValid shows. */
    final Bool validOut;

    final Bits offered;
    final UInt count;
    /** The count is at the last byte (time) of the part on offer: the 7th preamble byte, the 4th FCS byte, the gap's 12th. */
    final Bool partEnds;
    /** The next byte comes from the frame (the SFD or a byte not the frame's last is on offer). */
    final Bool dataNext;

    final Bool belowMinimum;
    final Bool corruptFcs;
    final Bool draining;
    final Bool aborted;
    final Crc32 fcs;

    public MacTx() {
        frame = ByteStream.input();
        txValid = outBool();
        txData = outBits(8);
        txReady = inBool();
        sent = outBool();
        underflow = outBool();
        abortFrame = inBool();

        state = regState(State.class, State.IDLE);
        offering = regBool(false);
        validOut = regBool(false);
        offered = dataRegBits(8);
        // Preamble, frame (up to the minimum), FCS and gap bytes, in 6 bits. Each part of the frame
        // sets the count as it begins, and idle reads none, so it needs no reset: its flip-flops'
        // enables are then free of the reset and the soft reset. Whether the next byte comes from
        // the frame is kept in a register (dataNext), so the frame's source meets only a gate or two
        // on its way to the CRC and the line register.
        count = dataRegUInt(COUNT_BITS);
        partEnds = dataRegBool();
        dataNext = regBool(false);
        belowMinimum = regBool(true); // fewer than 60 bytes offered: the frame, if it ends now, needs padding
        corruptFcs = regBool(false);
        draining = regBool(false);
        aborted = regBool(false);
        assign(aborted, abortFrame);
        fcs = child(() -> new Crc32(8, CRC_PRESET));

        Bool taken = and(txReady, offering);
        Bool startFrame = and(frame.valid, not(draining));
        // The next byte comes from the frame (SFD or data on offer, not the last); if the frame
        // has none then, it is cut (underflow).
        Bool takesByte = and(dataNext, frame.valid);
        Bool cut = and(dataNext, not(takesByte));
        // After the frame's last byte (or a pad byte): padding up to the minimum, then the FCS.
        Bool frameDone = or(and(is(state, State.DATA), not(dataNext)), is(state, State.PAD));
        Bool padNext = and(frameDone, belowMinimum);
        Bool fcsNext = or(and(frameDone, not(belowMinimum)), cut);
        Bool moreFcs = and(is(state, State.FCS), not(partEnds));
        Bool onFcs = is(state, State.FCS);
        Bits crcLow = not(fcs.crc.apply(0, new BitCount(8))); // the register's low byte (crc is its complement)

        // The CRC takes every byte as it goes out, from the register that offers it, so the frame's
        // source feeds the line register alone and the CRC's data is a register (or, on each FCS
        // byte, the CRC's own low byte: fed that, it shifts right by 8 bits). It is preset while
        // nothing is on offer, to the value the preamble and the SFD then take to all ones, so
        // neither its enable (nothing offered, or a byte taken) nor its preset waits for a state.
        assign(fcs.clear, not(offering));
        assign(fcs.valid, taken);
        assign(fcs.data, mux(onFcs, crcLow, offered));
        assign(fcs.byteEnable, bits(1, 1));

        // The next byte to offer, loaded on every byte taken and while nothing is offered (the
        // preamble's first byte waits there), so its register's enable is the simplest it can be.
        // The FCS goes out from the CRC register itself (below), not through this register.
        Bits nextByte = bitsWire(8);
        assign(nextByte, bits(PREAMBLE_BYTE, 8));
        when(and(is(state, State.PREAMBLE), partEnds), () -> assign(nextByte, bits(SFD_BYTE, 8)));
        when(padNext, () -> assign(nextByte, bits(0, 8)));
        when(takesByte, () -> assign(nextByte, frame.data));
        when(or(taken, not(offering)), () -> assign(offered, nextByte));

        Bool stopped = or(abortFrame, aborted);
        assign(txValid, validOut);
        // The FCS is the register's complement, least significant byte first; a cut frame sends the
        // register itself.
        assign(txData, mux(onFcs, mux(corruptFcs, crcLow, not(crcLow)), offered));
        assign(frame.ready, and(or(draining, and(taken, takesByte)), not(stopped)));
        Bool sentNow = boolWire();
        Bool underflowNow = boolWire();
        assign(sentNow, false);
        assign(underflowNow, false);
        assign(sent, and(sentNow, not(stopped)));
        assign(underflow, and(underflowNow, not(stopped)));

        // The count for the next byte time. Every byte taken changes it, and so does every byte time
        // of the gap, while idle reads none: so it is one assignment under one enable, the strobe
        // (or idle, where a frame may start between strobes). A part of the frame begins at 1 (the
        // preamble, the FCS) or 0 (the SFD on offer, the gap); any other byte time counts on.
        // partEnds is loaded beside it with whether the count it gets ends its part (it compares
        // the count one short of each end), so no comparison of the count sits on the paths that
        // decide the next byte and the next state.
        Bool countFromOne = or(is(state, State.IDLE), and(is(state, State.GAP), partEnds), fcsNext);
        Bool countFromZero = and(or(is(state, State.PREAMBLE), is(state, State.FCS)), partEnds);
        when(or(txReady, is(state, State.IDLE)), () -> {
            assign(
                    count,
                    mux(
                            countFromOne,
                            uint(1, COUNT_BITS),
                            mux(countFromZero, uint(0, COUNT_BITS), plus(count, uint(1, COUNT_BITS)))));
            assign(
                    partEnds,
                    or(
                            and(is(state, State.PREAMBLE), is(count, PREAMBLE_BYTES - 1)),
                            and(is(state, State.FCS), is(count, FCS_BYTES - 1)),
                            and(is(state, State.GAP), is(count, GAP_BYTES - 2))));
        });

        // The drain of a cut frame runs beside the gap: it ends at the frame's last byte.
        when(and(draining, frame.valid, frame.last), () -> assign(draining, false));

        // Whether a byte is on offer, as a next value in every clock rather than under an enable: a
        // frame goes on offer from idle or the gap's last byte time, and comes off it after its last
        // FCS byte or an abort.
        Bool offerNow = and(startFrame, or(is(state, State.IDLE), and(is(state, State.GAP), txReady, partEnds)));
        Bool lastFcsTaken = and(taken, is(state, State.FCS), partEnds);
        Bool offeringNext = and(not(aborted), mux(offering, not(lastFcsTaken), offerNow));
        assign(offering, offeringNext);
        // txValid is offering and not aborted, kept in a register of its own (aborted is the abort
        // registered), so CSMA/CD's decisions on a byte offered start at a flip-flop.
        assign(validOut, and(offeringNext, not(abortFrame)));
        // So are whether the next byte comes from the frame (from the SFD's strobe to the frame's last
        // byte, or a cut) and whether this frame's FCS is to be corrupted (from a cut to the next SFD).
        Bool sfdNext = and(taken, is(state, State.PREAMBLE), partEnds);
        assign(dataNext, and(not(aborted), mux(dataNext, or(not(taken), and(frame.valid, not(frame.last))), sfdNext)));
        assign(corruptFcs, mux(corruptFcs, not(sfdNext), and(taken, cut)));

        when(and(is(state, State.IDLE), startFrame), () -> offerPreamble())
                .elseWhen(taken, () -> {
                    when(is(state, State.PREAMBLE), () -> {
                        when(partEnds, () -> {
                            assign(belowMinimum, true);
                            go(state, State.SFD);
                        });
                    });
                    when(takesByte, () -> {
                        passMinimumWithTheSixtieth();
                        go(state, State.DATA);
                    });
                    when(padNext, () -> {
                        passMinimumWithTheSixtieth();
                        go(state, State.PAD);
                    });
                    when(or(fcsNext, moreFcs), () -> go(state, State.FCS));
                    when(cut, () -> {
                        assign(underflowNow, true);
                        assign(draining, true);
                    });
                    when(and(is(state, State.FCS), partEnds), () -> {
                        assign(sentNow, not(corruptFcs));
                        go(state, State.GAP);
                    });
                })
                .elseWhen(and(is(state, State.GAP), txReady), () -> {
                    // The gap's last byte time: a frame waiting goes on offer at once, so the next
                    // preamble follows exactly 12 idle byte times.
                    when(partEnds, () -> {
                        go(state, State.IDLE);
                        when(startFrame, () -> offerPreamble());
                    });
                });

        // Abort (a collision, from CsmaCd), seen a clock later: forget the frame; its source
        // replays it (retry) or drops it, so nothing is taken, drained or reported.
        when(aborted, () -> {
            assign(draining, false);
            go(state, State.IDLE);
        });
    }

    /** The bytes of a burst before the frame: 7 × 0x55 and the SFD. */
    static byte[] preambleAndSfd() {
        byte[] bytes = new byte[PREAMBLE_BYTES + 1];
        java.util.Arrays.fill(bytes, (byte) PREAMBLE_BYTE);
        bytes[PREAMBLE_BYTES] = (byte) SFD_BYTE;
        return bytes;
    }

    private void offerPreamble() {
        go(state, State.PREAMBLE);
    }

    /** A frame or pad byte goes on offer: the frame has reached the minimum with the 60th. */
    private void passMinimumWithTheSixtieth() {
        // The count may wrap past 63 in a long frame: only its first 60 values matter.
        when(is(count, MIN_FRAME_BYTES - 1), () -> assign(belowMinimum, false));
    }
}
