package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.Bits;
import spinal.core.Bool;

/**
 * Marks the last byte of a received frame. A receiver only learns a frame has ended when the
 * carrier goes away, after its last byte, so each byte is held until the next one arrives (then
 * it goes out with {@code rxLast} low) or the frame ends (then with {@code rxLast} high, and
 * {@code rxDribble} telling whether bits beyond the last whole byte were seen). One byte of
 * latency; the receive path never stalls, so there is no ready.
 */
public final class FrameDelimiter extends HwComponent {
    public final Bool byteValid;
    public final Bits byteData;
    public final Bool frameEnd;
    public final Bool dribbleIn;
    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final Bool rxDribble;

    final Bits held;
    final Bool holding;

    public FrameDelimiter() {
        byteValid = inBool();
        byteData = inBits(8);
        frameEnd = inBool();
        dribbleIn = inBool();
        rxValid = outBool();
        rxData = outBits(8);
        rxLast = outBool();
        rxDribble = outBool();

        held = regBits(8, 0);
        holding = regBool(false);

        assign(rxValid, false);
        assign(rxData, held);
        assign(rxLast, false);
        assign(rxDribble, false);
        when(frameEnd, () -> {
                    assign(rxValid, holding);
                    assign(rxLast, true);
                    assign(rxDribble, dribbleIn);
                    assign(holding, false);
                })
                .elseWhen(byteValid, () -> {
                    assign(rxValid, holding);
                    assign(held, byteData);
                    assign(holding, true);
                });
    }
}
