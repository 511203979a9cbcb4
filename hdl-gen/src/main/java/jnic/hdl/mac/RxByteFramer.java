package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Receive framing for the {@code fast} build's byte-wide line (like MII's RX_DV and RXD, one byte
 * per clock): the preamble bytes are skipped up to the SFD (0xD5), then every byte is data until
 * {@code lineValid} falls. A byte-wide line carries no dribble bits.
 */
public final class RxByteFramer extends HwComponent {
    public enum State {
        HUNT,
        DATA
    }

    public final Bool lineValid;
    public final Bits lineData;
    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final Bool rxDribble;

    final UInt state;
    final Bool wasValid;
    final FrameDelimiter delimiter;

    public RxByteFramer() {
        lineValid = inBool();
        lineData = inBits(8);
        rxValid = outBool();
        rxData = outBits(8);
        rxLast = outBool();
        rxDribble = outBool();

        state = regState(State.class, State.HUNT);
        wasValid = regBool(false);
        delimiter = child(FrameDelimiter::new);
        assign(wasValid, lineValid);

        assign(delimiter.byteValid, false);
        assign(delimiter.byteData, lineData);
        assign(delimiter.frameEnd, false);
        assign(delimiter.dribbleIn, false);
        when(and(wasValid, not(lineValid)), () -> {
                    assign(delimiter.frameEnd, is(state, State.DATA));
                    go(state, State.HUNT);
                })
                .elseWhen(
                        lineValid,
                        () -> when(
                                        is(state, State.HUNT),
                                        () -> when(eq(lineData, bits(MacTx.SFD_BYTE, 8)), () -> go(state, State.DATA)))
                                .otherwise(() -> assign(delimiter.byteValid, true)));

        assign(rxValid, delimiter.rxValid);
        assign(rxData, delimiter.rxData);
        assign(rxLast, delimiter.rxLast);
        assign(rxDribble, delimiter.rxDribble);
    }
}
