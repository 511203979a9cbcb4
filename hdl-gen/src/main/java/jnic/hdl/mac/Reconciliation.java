package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import jnic.hdl.core.MiiPorts;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * The reconciliation sublayer between the MAC's bytes and an MII's nibbles (IEEE 802.3 clause
 * 22.2.1), on the MII clock: one nibble per clock, so a byte time is two clocks.
 *
 * <ul>
 *   <li>Transmit: {@code phyReady}, the byte-time strobe {@link CsmaCd} and {@link MacTx} pace
 *       themselves by, is high every second clock; the byte taken on it goes out as TXD, low
 *       nibble first (clause 22.2.3.1), with TX_EN, over the next two clocks. TX_ER stays low.</li>
 *   <li>Receive: nibbles are skipped up to the SFD's second nibble (0xD; the preamble and the
 *       SFD's first nibble are all 0x5), then paired into bytes, low nibble first, until RX_DV
 *       falls; a {@link FrameDelimiter} marks the last byte. A frame that ends on an odd nibble
 *       has dribble bits. RX_ER inside a frame ends it there, marked with dribble bits, so the
 *       checker never passes it on as good unless its FCS happens to fit what arrived.</li>
 *   <li>Carrier: CRS is high for our own transmission too (clause 22.2.2.11), so {@code
 *       carrierSense}, another station's carrier as CsmaCd wants it, is COL, or CRS outside our
 *       own burst and its tail: from TX_EN until CRS falls, at most {@link #TAIL_CLOCKS} clocks
 *       after TX_EN (the PHY's transmit latency and end-of-frame delimiter).</li>
 * </ul>
 */
public final class Reconciliation extends HwComponent {
    public enum State {
        HUNT,
        DATA,
        ABORTED
    }

    /**
     * MII clocks from TX_EN falling until CRS, as sampled here, has seen the PHY's line go quiet, at
     * most (ManchesterPhy: under 3, and a clock to sample it).
     */
    public static final int TAIL_CLOCKS = 5;

    public final Bool lineValid;
    public final Bits lineData;
    public final Bool phyReady;
    public final Bool carrierSense;
    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final Bool rxDribble;

    public final MiiPorts mii;

    final Bool rxDvIn;
    final Bool rxErIn;
    final Bits rxdIn;
    final Bool crsIn;
    final Bool colIn;
    final Bool secondNibble;
    final Bits txByte;
    final Bool txByteValid;
    final Bool ownCarrier;
    final UInt tailCount;
    final UInt state;
    final Bits lowNibble;
    final Bool haveLow;
    final Bool wasDv;
    final FrameDelimiter delimiter;

    public Reconciliation() {
        lineValid = inBool();
        lineData = inBits(8);
        phyReady = outBool();
        carrierSense = outBool();
        rxValid = outBool();
        rxData = outBits(8);
        rxLast = outBool();
        rxDribble = outBool();
        mii = MiiPorts.macSide();

        // The PHY's outputs are sampled into registers on this clock first: CRS and COL are
        // asynchronous to it (clause 22.2.2.11/12), and nothing of the MAC then depends on a signal
        // of the line's clock combinationally, so the MAC's logic is evaluated only on its own edges.
        rxDvIn = sampled(mii.rxDv);
        rxErIn = sampled(mii.rxEr);
        rxdIn = sampled(mii.rxd, 4);
        crsIn = sampled(mii.crs);
        colIn = sampled(mii.col);

        // ---- transmit ----
        secondNibble = regBool(false);
        txByte = regBits(8, 0);
        txByteValid = regBool(false);
        assign(secondNibble, not(secondNibble));
        assign(phyReady, secondNibble);
        when(phyReady, () -> {
            assign(txByte, lineData);
            assign(txByteValid, lineValid);
        });
        assign(mii.txEn, txByteValid);
        assign(mii.txEr, false);
        assign(mii.txd, mux(secondNibble, txByte.apply(4, new BitCount(4)), txByte.apply(0, new BitCount(4))));

        // ---- carrier: another station's ----
        ownCarrier = regBool(false);
        tailCount = regUInt(3, 0); // counts to TAIL_CLOCKS - 1
        when(txByteValid, () -> {
                    assign(ownCarrier, true);
                    assign(tailCount, 0);
                })
                .elseWhen(ownCarrier, () -> {
                    increment(tailCount);
                    when(or(not(crsIn), is(tailCount, TAIL_CLOCKS - 1)), () -> assign(ownCarrier, false));
                });
        // TX_EN itself counts as ours at once: the PHY may put the first cells on the line (and so
        // raise CRS) before the clock at which ownCarrier is set.
        assign(carrierSense, or(colIn, and(crsIn, not(or(txByteValid, ownCarrier)))));

        // ---- receive ----
        state = regState(State.class, State.HUNT);
        lowNibble = regBits(4, 0);
        haveLow = regBool(false);
        wasDv = regBool(false);
        delimiter = child(FrameDelimiter::new);
        assign(wasDv, rxDvIn);
        assign(delimiter.byteValid, false);
        assign(delimiter.byteData, cat(rxdIn, lowNibble));
        assign(delimiter.frameEnd, false);
        assign(delimiter.dribbleIn, haveLow);
        when(not(rxDvIn), () -> {
                    when(and(wasDv, is(state, State.DATA)), () -> assign(delimiter.frameEnd, true));
                    go(state, State.HUNT);
                })
                .elseWhen(is(state, State.HUNT), () -> {
                    when(eq(rxdIn, bits(MacTx.SFD_BYTE >> 4, 4)), () -> {
                        assign(haveLow, false);
                        go(state, State.DATA);
                    });
                })
                .elseWhen(is(state, State.DATA), () -> {
                    when(rxErIn, () -> {
                                assign(delimiter.frameEnd, true);
                                assign(delimiter.dribbleIn, true);
                                go(state, State.ABORTED);
                            })
                            .elseWhen(haveLow, () -> {
                                assign(delimiter.byteValid, true);
                                assign(haveLow, false);
                            })
                            .otherwise(() -> {
                                assign(lowNibble, rxdIn);
                                assign(haveLow, true);
                            });
                });
        assign(rxValid, delimiter.rxValid);
        assign(rxData, delimiter.rxData);
        assign(rxLast, delimiter.rxLast);
        assign(rxDribble, delimiter.rxDribble);
    }
}
