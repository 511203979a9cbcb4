package jnic.hdl.phy;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
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
 * <p>It takes the {@link ManchesterDecoder}'s 0 to 2 bits a clock and hands on 0 to 2 nibbles a
 * clock, the first in {@code nibbles[3:0]}. The preamble is 1,0,1,0,... and the SFD 1,0,1,0,1,0,1,1
 * in line order: the byte 0xD5 sent LSB first. While hunting, the last 8 bits are compared with
 * 0xD5 on every bit, so however many preamble bits were lost while the decoder locked, nibbles line
 * up with the frame's bytes. The SFD itself goes out first, as the nibbles 0x5 and 0xD (clause
 * 22.2.3.2.2: the SFD is conveyed; the preamble before it may be shortened, here to nothing), then
 * a nibble for every 4 bits. When the decoder loses lock the frame ends ({@code frameEnd}, after
 * the clock's nibbles); bits after the last whole nibble go out as one more nibble, so the MAC
 * learns the frame did not end on an octet boundary (dribble bits, clause 4.2.4.2.1). The hunt
 * starts afresh for each frame. (Three nibbles in one clock, the SFD's two and a partial one, would
 * need lock lost on the bit after the SFD: a burst with no frame in it; the partial one is dropped.)
 */
public final class RxNibbleFramer extends HwComponent {
    public enum State {
        HUNT,
        DATA
    }

    /** The start frame delimiter as a byte (clause 3.2.2: 10101011 in line order). */
    public static final int SFD_BYTE = 0xD5;

    public final UInt bitCount;
    public final Bits bits;
    public final Bool lockLost;
    public final UInt nibbleCount;
    public final Bits nibbles;
    public final Bool frameEnd;

    final UInt state;
    final Bits shift;
    final UInt bitsInNibble;

    /** The state as one bit of the decoded stream changes it, and the nibbles handed on so far. */
    private record Step(Bool hunting, Bits shift, UInt bitsInNibble, UInt count, Bits first, Bits second) {
        Step emit(Bool when, Bits nibble) {
            return new Step(
                    hunting,
                    shift,
                    bitsInNibble,
                    mux(and(when, lt(count, uint(2, 2))), plus(count, uint(1, 2)), count),
                    mux(and(when, eq(count, uint(0, 2))), nibble, first),
                    mux(and(when, eq(count, uint(1, 2))), nibble, second));
        }
    }

    public RxNibbleFramer() {
        bitCount = inUInt(2);
        bits = inBits(2);
        lockLost = inBool();
        nibbleCount = outUInt(2);
        nibbles = outBits(8);
        frameEnd = outBool();

        state = regState(State.class, State.HUNT);
        shift = regBits(7, 0);
        bitsInNibble = regUInt(2, 0);

        Step s = new Step(is(state, State.HUNT), shift, bitsInNibble, uint(0, 2), bits(0, 4), bits(0, 4));
        for (int j = 0; j < 2; j++) {
            Bool here = gt(bitCount, uint(j, 2));
            // LSB first: each new bit enters at the top and moves down; the 7 bits before it and the
            // new one make the last 8 bits, whose top 4 are the last nibble when 4 have arrived.
            Bits shifted = named(cat(bits.apply(j), s.shift()), "shifted_" + j);
            Bool sfd = and(here, s.hunting(), eq(shifted, bits(SFD_BYTE, 8)));
            Bool data = and(here, not(s.hunting()));
            Bool whole = and(data, eq(s.bitsInNibble(), uint(3, 2)));
            s = new Step(
                            and(s.hunting(), not(sfd)),
                            mux(here, shifted.apply(1, new BitCount(7)), s.shift()),
                            mux(sfd, uint(0, 2), mux(data, plus(s.bitsInNibble(), uint(1, 2)), s.bitsInNibble())),
                            s.count(),
                            s.first(),
                            s.second())
                    .emit(sfd, bits(SFD_BYTE & 0xF, 4))
                    .emit(sfd, bits(SFD_BYTE >> 4, 4))
                    .emit(whole, shifted.apply(4, new BitCount(4)));
        }
        // A partial nibble (its bits are in the top of the shift register) still goes out.
        Bool ends = and(lockLost, not(s.hunting()));
        Bool partial = and(ends, ne(s.bitsInNibble(), uint(0, 2)));
        Step end = s.emit(partial, s.shift().apply(3, new BitCount(4)));

        assign(nibbleCount, end.count());
        assign(nibbles, cat(end.second(), end.first()));
        assign(frameEnd, ends);
        assign(bitsInNibble, end.bitsInNibble());
        when(lockLost, () -> {
                    // Forget the old frame's bits: a frame ending in 0xAA or 0xAB leaves 1,0,1,0,1,0,1,
                    // which with the next preamble's first 1 would read as an SFD.
                    assign(shift, bits(0, 7));
                    go(state, State.HUNT);
                })
                .otherwise(() -> {
                    assign(shift, end.shift());
                    when(end.hunting(), () -> go(state, State.HUNT)).otherwise(() -> go(state, State.DATA));
                });
    }
}
