package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.ByteStream;
import jnic.hdl.core.HwComponent;
import jnic.hdl.crc.Crc32;
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
 * <p>Errors are never sent silently. Once a frame has started the line cannot wait, so if the
 * next byte is missing on a strobe ({@code underflow}) or the frame would exceed
 * {@code maxLength} bytes before the FCS ({@code tooLong}), the frame is ended at once with the
 * complement of its correct FCS, which every receiver rejects. The rest of the frame is then
 * drained from {@code frame} and the error is pulsed for one clock. {@code sent} pulses when a
 * frame has gone out whole. {@code abortFrame} (from {@link CsmaCd}, on a collision) stops the frame at
 * once and returns to idle without draining: the frame's source replays or drops it.
 */
public final class MacTx extends HwComponent {
    /** Transmit states, in the order the clause describes the frame. */
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

    public static final int LENGTH_BITS = 14;
    private static final int COUNT_BITS = 6;

    public final ByteStream frame;
    public final Bool txValid;
    public final Bits txData;
    public final Bool txReady;
    public final UInt maxLength;
    public final Bool sent;
    public final Bool underflow;
    public final Bool tooLong;
    public final Bool abortFrame;

    final UInt state;
    final UInt count;
    final UInt remaining;
    final Bool atLimit;
    final Bool belowMinimum;
    final Bool corruptFcs;
    final Bool draining;
    final Crc32 fcs;
    final Bits fcsByte;
    final Bool startFrame;

    public MacTx() {
        frame = ByteStream.input();
        txValid = outBool();
        txData = outBits(8);
        txReady = inBool();
        maxLength = inUInt(LENGTH_BITS);
        sent = outBool();
        underflow = outBool();
        tooLong = outBool();
        abortFrame = inBool();

        state = regState(State.class, State.IDLE);
        // Small phases (preamble, padding, FCS, gap) count in 6 bits; the length limit counts
        // down separately, with "at the limit" kept in a register so no wide compare sits
        // between a byte and the CRC.
        count = regUInt(COUNT_BITS, 0);
        remaining = regUInt(LENGTH_BITS, 0);
        atLimit = regBool(false);
        belowMinimum = regBool(true); // fewer than 59 bytes so far: the frame, if it ends now, needs padding
        corruptFcs = regBool(false);
        draining = regBool(false);
        fcs = child(() -> new Crc32(8));

        // The FCS byte for position count (0..3) of the FCS; complemented to abort a frame.
        fcsByte = bitsWire(8);
        Bits selected = fcs.crc.apply(shiftLeft(count.resize(2), 3), new BitCount(8));
        assign(fcsByte, mux(corruptFcs, not(selected), selected));

        // Defaults: idle line, nothing taken, CRC holds.
        assign(txValid, false);
        assign(txData, bits(0, 8));
        assign(frame.ready, draining);
        // The CRC takes the frame's bytes straight from the input (zeros while padding), not
        // through the line multiplexer: that keeps the multiplexer out of the CRC's timing path.
        assign(fcs.clear, false);
        assign(fcs.valid, false);
        assign(fcs.data, mux(is(state, State.PAD), bits(0, 8), frame.data));
        assign(fcs.byteEnable, bits(1, 1));
        assign(sent, false);
        assign(underflow, false);
        assign(tooLong, false);

        // The drain of an aborted frame runs beside the gap: it ends at the frame's last byte.
        when(and(draining, frame.valid, frame.last), () -> assign(draining, false));

        // In idle the first preamble byte is offered as soon as a frame waits: whether a byte is
        // offered never depends on txReady (a stream's valid may not wait for its ready).
        startFrame = and(frame.valid, not(draining));
        when(
                        is(state, State.IDLE),
                        () -> when(startFrame, () -> {
                            emit(PREAMBLE_BYTE);
                            when(txReady, () -> {
                                assign(count, 1);
                                go(state, State.PREAMBLE);
                            });
                        }))
                .elseWhen(is(state, State.PREAMBLE), () -> {
                    emit(PREAMBLE_BYTE);
                    when(txReady, () -> {
                        increment(count);
                        when(is(count, PREAMBLE_BYTES - 1), () -> go(state, State.SFD));
                    });
                })
                .elseWhen(is(state, State.SFD), () -> {
                    emit(SFD_BYTE);
                    assign(fcs.clear, txReady);
                    when(txReady, () -> {
                        assign(count, 0);
                        assign(remaining, maxLength);
                        assign(atLimit, is(maxLength, 0));
                        assign(belowMinimum, true);
                        assign(corruptFcs, false);
                        go(state, State.DATA);
                    });
                })
                .elseWhen(is(state, State.DATA), () -> {
                    when(and(frame.valid, not(atLimit)), () -> {
                                assign(txValid, true);
                                assign(txData, frame.data);
                                assign(frame.ready, txReady);
                                assign(fcs.valid, txReady);
                                when(txReady, () -> {
                                    // count may wrap past 63 in a long frame: only its first 59 values matter.
                                    increment(count);
                                    when(is(count, MIN_FRAME_BYTES - 2), () -> assign(belowMinimum, false));
                                    assign(remaining, minus(remaining, uint(1, LENGTH_BITS)));
                                    assign(atLimit, is(remaining, 1));
                                    when(
                                            frame.last,
                                            () -> when(belowMinimum, () -> go(state, State.PAD))
                                                    .otherwise(() -> {
                                                        assign(count, 0);
                                                        go(state, State.FCS);
                                                    }));
                                });
                            })
                            .otherwise(() -> {
                                // No byte when one is due, or one too many: end the frame with a bad FCS now.
                                assign(txValid, true);
                                assign(txData, not(fcs.crc.resize(8)));
                                when(txReady, () -> {
                                    assign(underflow, not(frame.valid));
                                    assign(tooLong, frame.valid);
                                    assign(corruptFcs, true);
                                    assign(draining, true);
                                    assign(count, 1);
                                    go(state, State.FCS);
                                });
                            });
                })
                .elseWhen(is(state, State.PAD), () -> {
                    emit(0);
                    assign(fcs.valid, txReady);
                    when(txReady, () -> {
                        increment(count);
                        when(is(count, MIN_FRAME_BYTES - 1), () -> {
                            assign(count, 0);
                            go(state, State.FCS);
                        });
                    });
                })
                .elseWhen(is(state, State.FCS), () -> {
                    assign(txValid, true);
                    assign(txData, fcsByte);
                    when(txReady, () -> {
                        increment(count);
                        when(is(count, FCS_BYTES - 1), () -> {
                            assign(sent, not(corruptFcs));
                            assign(count, 0);
                            go(state, State.GAP);
                        });
                    });
                })
                .elseWhen(
                        is(state, State.GAP),
                        () -> when(txReady, () -> {
                            increment(count);
                            when(is(count, GAP_BYTES - 1), () -> go(state, State.IDLE));
                        }));

        // Abort (a collision, from CsmaCd): stop at once and forget the frame; its source
        // replays it (retry) or drops it, so nothing is taken, drained or reported here.
        when(abortFrame, () -> {
            assign(txValid, false);
            assign(frame.ready, false);
            assign(fcs.valid, false);
            assign(fcs.clear, false);
            assign(sent, false);
            assign(underflow, false);
            assign(tooLong, false);
            assign(draining, false);
            assign(count, 0);
            go(state, State.IDLE);
        });
    }

    private void emit(int value) {
        assign(txValid, true);
        assign(txData, bits(value, 8));
    }
}
