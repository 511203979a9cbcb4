package jnic.hdl.phy;

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
 * The PHY's receive framing: finds the start frame delimiter in the decoded bit stream and cuts
 * what follows into nibbles for the MII's RXD (IEEE 802.3 clause 22.2.2.4 and 22.2.3.2: the first
 * bit received is RXD[0]).
 *
 * <p>The preamble is 1,0,1,0,... and the SFD 1,0,1,0,1,0,1,1 in line order: the byte 0xD5 sent LSB
 * first. While hunting, the last 8 bits are compared with 0xD5 on every bit, so however many
 * preamble bits were lost while the decoder locked, nibbles line up with the frame's bytes. The SFD
 * itself goes out first, as the nibbles 0x5 and 0xD on two consecutive clocks (clause 22.2.3.2.2:
 * the SFD is conveyed; the preamble before it may be shortened, here to nothing), then a nibble
 * for every 4 bits. When the decoder loses lock the frame ends ({@code frameEnd}); bits after the
 * last whole nibble go out as one more nibble, so the MAC learns the frame did not end on an
 * octet boundary (dribble bits, clause 4.2.4.2.1). The hunt starts afresh for each frame.
 */
public final class RxNibbleFramer extends HwComponent {
    public enum State {
        HUNT,
        SFD_HIGH,
        DATA
    }

    /** The start frame delimiter as a byte (clause 3.2.2: 10101011 in line order). */
    public static final int SFD_BYTE = 0xD5;

    public final Bool bitValid;
    public final Bool bitData;
    public final Bool locked;
    public final Bool nibbleValid;
    public final Bits nibbleData;
    public final Bool frameEnd;

    final UInt state;
    final Bits shift;
    final Bits shifted;
    final UInt bitCount;
    final Bool wasLocked;

    public RxNibbleFramer() {
        bitValid = inBool();
        bitData = inBool();
        locked = inBool();
        nibbleValid = outBool();
        nibbleData = outBits(4);
        frameEnd = outBool();

        state = regState(State.class, State.HUNT);
        shift = regBits(7, 0);
        bitCount = regUInt(2, 0);
        wasLocked = regBool(false);

        // LSB first: each new bit enters at the top and moves down; the 7 bits before it and the
        // new one make the last 8 bits, whose top 4 are the last nibble when 4 have arrived.
        shifted = bitsWire(8);
        assign(shifted, cat(bitData, shift));
        assign(wasLocked, locked);

        assign(nibbleValid, false);
        assign(nibbleData, shifted.apply(4, new BitCount(4)));
        assign(frameEnd, false);

        when(and(wasLocked, not(locked)), () -> {
                    when(not(is(state, State.HUNT)), () -> {
                        assign(frameEnd, true);
                        // A partial nibble (its bits are in the top of the shift register) still goes out.
                        assign(nibbleValid, bitCount.orR());
                        assign(nibbleData, shift.apply(3, new BitCount(4)));
                    });
                    // Forget the old frame's bits: a frame ending in 0xAA or 0xAB leaves 1,0,1,0,1,0,1,
                    // which with the next preamble's first 1 would read as an SFD.
                    assign(shift, bits(0, 7));
                    go(state, State.HUNT);
                })
                .elseWhen(is(state, State.SFD_HIGH), () -> {
                    // The SFD's second nibble, a clock after its first (a bit takes several clocks).
                    assign(nibbleValid, true);
                    assign(nibbleData, bits(SFD_BYTE >> 4, 4));
                    go(state, State.DATA);
                })
                .elseWhen(bitValid, () -> {
                    assign(shift, shifted.apply(1, new BitCount(7)));
                    when(
                                    is(state, State.HUNT),
                                    () -> when(eq(shifted, bits(SFD_BYTE, 8)), () -> {
                                        assign(nibbleValid, true);
                                        assign(nibbleData, bits(SFD_BYTE & 0xF, 4));
                                        assign(bitCount, 0);
                                        go(state, State.SFD_HIGH);
                                    }))
                            .otherwise(() -> {
                                increment(bitCount);
                                assign(nibbleValid, is(bitCount, 3));
                            });
                });
    }
}
