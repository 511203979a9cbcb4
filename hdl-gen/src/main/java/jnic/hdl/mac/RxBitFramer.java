package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Receive framing for the Manchester PHY: hunts the start frame delimiter in the decoded bit
 * stream, then assembles bytes least significant bit first (IEEE 802.3 clause 4.2.9 and 3.3).
 *
 * <p>The preamble is 1,0,1,0,... and the SFD 1,0,1,0,1,0,1,1 in line order: the byte 0xD5 sent
 * LSB first. While hunting, the last 8 bits are compared with 0xD5 on every bit, so however many
 * preamble bits were lost while the decoder locked, the frame starts at the right bit. The frame
 * ends when the decoder loses lock; bits after the last whole byte (dribble bits) are dropped
 * and reported, as clause 4.2.4.2.1 asks. The hunt starts afresh for each frame: no bit of one
 * frame takes part in finding the next one's SFD.
 */
public final class RxBitFramer extends HwComponent {
    public enum State {
        HUNT,
        DATA
    }

    public final Bool bitValid;
    public final Bool bitData;
    public final Bool locked;
    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final Bool rxDribble;

    final UInt state;
    final Bits shift;
    final Bits shifted;
    final UInt bitCount;
    final Bool wasLocked;
    final FrameDelimiter delimiter;

    public RxBitFramer() {
        bitValid = inBool();
        bitData = inBool();
        locked = inBool();
        rxValid = outBool();
        rxData = outBits(8);
        rxLast = outBool();
        rxDribble = outBool();

        state = regState(State.class, State.HUNT);
        shift = regBits(7, 0);
        bitCount = regUInt(3, 0);
        wasLocked = regBool(false);
        delimiter = child(FrameDelimiter::new);

        // LSB first: each new bit enters at the top and moves down; the 7 bits before it and the
        // new one make the last 8 bits, a whole byte when 8 have arrived.
        shifted = bitsWire(8);
        assign(shifted, cat(bitData, shift));
        assign(wasLocked, locked);

        assign(delimiter.byteValid, false);
        assign(delimiter.byteData, shifted);
        assign(delimiter.frameEnd, false);
        assign(delimiter.dribbleIn, bitCount.orR());

        when(and(wasLocked, not(locked)), () -> {
                    assign(delimiter.frameEnd, is(state, State.DATA));
                    // Forget the old frame's bits: a frame ending in 0xAA or 0xAB leaves 1,0,1,0,1,0,1,
                    // which with the next preamble's first 1 would read as an SFD.
                    assign(shift, bits(0, 7));
                    go(state, State.HUNT);
                })
                .elseWhen(bitValid, () -> {
                    assign(shift, shifted.apply(1, new BitCount(7)));
                    when(
                                    is(state, State.HUNT),
                                    () -> when(eq(shifted, bits(MacTx.SFD_BYTE, 8)), () -> {
                                        assign(bitCount, 0);
                                        go(state, State.DATA);
                                    }))
                            .otherwise(() -> {
                                increment(bitCount);
                                assign(delimiter.byteValid, is(bitCount, 7));
                            });
                });

        assign(rxValid, delimiter.rxValid);
        assign(rxData, delimiter.rxData);
        assign(rxLast, delimiter.rxLast);
        assign(rxDribble, delimiter.rxDribble);
    }
}
