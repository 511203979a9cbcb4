package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import jnic.hdl.crc.Crc32;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Checks each received frame (IEEE 802.3 clause 4.2.4.2): the FCS through the CRC-32 residue,
 * the length against the minimum (64 bytes with FCS: shorter is a runt, typically a collision
 * fragment) and a configured maximum ({@code maxLength} bytes without FCS, 1514 for standard
 * frames: longer is a giant), and alignment (dribble bits with a failing FCS; with a good FCS the
 * frame, truncated to whole bytes, is fine, clause 4.2.4.2.1).
 *
 * <p>It also gives the multicast hash bin of the destination address ({@code destinationHash},
 * from the 7th byte on), which its CRC register holds anyway after the first 6 bytes.
 *
 * <p>Frames come with at least one clock without {@code rxValid} between them and after a reset (the
 * preamble guarantees many), in which the CRC and the count restart. Bytes pass through two register stages (the first takes the framer's outputs as they are). With the last byte ({@code outLast}) come the
 * verdicts and the frame's {@code length} including the FCS. Dropping happens where the frame is
 * stored: the NIC's buffer writer keeps only frames without errors that the filter accepts.
 */
public final class RxChecker extends HwComponent {
    public static final int MIN_FRAME_WITH_FCS = 64;

    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final Bool rxDribble;
    public final UInt maxLength;
    public final Bool outValid;
    public final Bits outData;
    public final Bool outLast;
    public final Bool fcsError;
    public final Bool alignmentError;
    public final Bool runt;
    public final Bool giant;
    public final UInt length;
    public final UInt destinationHash;

    final Bool inValid;
    final Bits inData;
    final Bool inLast;
    final Bool inDribble;
    final Bool validReg;
    final Bits dataReg;
    final Bool lastReg;
    final Bool dribbleReg;
    final Bool firstByte;
    final UInt count;
    final Bool atMax;
    final Bool seventhNext;
    final Bits beyond;
    final Crc32 fcsCheck;
    final UInt hashReg;

    public RxChecker() {
        rxValid = inBool();
        rxData = inBits(8);
        rxLast = inBool();
        rxDribble = inBool();
        maxLength = inUInt(MacTx.LENGTH_BITS);
        outValid = outBool();
        outData = outBits(8);
        outLast = outBool();
        fcsError = outBool();
        alignmentError = outBool();
        runt = outBool();
        giant = outBool();
        length = outUInt(MacTx.LENGTH_BITS);
        destinationHash = outUInt(6);

        inValid = regBool(false);
        inData = dataRegBits(8);
        inLast = dataRegBool();
        inDribble = dataRegBool();
        validReg = regBool(false);
        dataReg = regBits(8, 0);
        lastReg = regBool(false);
        dribbleReg = regBool(false);
        firstByte = regBool(true);
        // The count and the giant test restart where the CRC is preset, in the clock without a byte
        // after a frame (and after reset, as a line guarantees one), so neither needs a reset: the
        // reset and the soft reset stay out of their enables.
        count = dataRegUInt(MacTx.LENGTH_BITS);
        atMax = dataRegBool();
        seventhNext = dataRegBool();
        beyond = dataRegBits(MacTx.FCS_BYTES + 1);
        fcsCheck = child(() -> new Crc32(8));
        hashReg = regUInt(6, 0);

        // The framer's outputs pass through a register first: its valid is logic of the line's
        // input, and here it would sit in front of the enables of 50 flip-flops (the count, the
        // CRC, the giant test), which a placer routes through a global buffer.
        assign(inValid, rxValid);
        assign(inData, rxData);
        assign(inLast, rxLast);
        assign(inDribble, rxDribble);
        assign(validReg, inValid);
        assign(dataReg, inData);
        assign(lastReg, and(inValid, inLast));
        assign(dribbleReg, inDribble);

        // Preset between frames (no byte, and the last one ended a frame): the core takes no byte
        // with its clear, and a line always has a clock without one between two frames.
        Bool betweenFrames = and(firstByte, not(inValid));
        assign(fcsCheck.clear, betweenFrames);
        assign(fcsCheck.valid, inValid);
        assign(fcsCheck.data, inData);
        assign(fcsCheck.byteEnable, bits(1, 1));
        // The count restarts in the clock without a byte after a frame (with its verdicts). A giant is
        // counted as it passes the limit rather than compared at its end: beyond is a thermometer
        // of the bytes past maxLength, up to the FCS's 4 and one more (a one enters at the first
        // such byte and every byte shifts the ones up), so no adder sits before a comparator and
        // the comparison with maxLength feeds one flip-flop's data, not a counter's enable.
        int beyondBits = MacTx.FCS_BYTES + 1;
        Bool overLimit = beyond.apply(beyondBits - 1);
        when(inValid, () -> {
            assign(firstByte, inLast);
            // Stops at 16383: the saturation is what is added (0 or 1), so the counter's enable is
            // the input register alone; whether it is there is a register (atMax, set as the count reaches it),
            // so the 14-bit test feeds that flip-flop and not the adder's carry chain.
            assign(count, plus(count, mux(atMax, uint(0, MacTx.LENGTH_BITS), uint(1, MacTx.LENGTH_BITS))));
            assign(atMax, or(atMax, is(count, (1 << MacTx.LENGTH_BITS) - 2)));
            assign(seventhNext, is(count, AddressFilter.ADDRESS_BYTES - 1));
            assign(
                    beyond,
                    cat(beyond.apply(0, new BitCount(beyondBits - 1)), or(beyond.apply(0), eq(count, maxLength))));
        });
        when(betweenFrames, () -> {
            assign(count, 0);
            assign(atMax, false);
            assign(seventhNext, false);
            assign(beyond, bits(0, beyondBits));
        });

        // When the 7th byte arrives the register holds the CRC of the 6-byte destination address:
        // its top 6 bits are the multicast hash bin (see AddressFilter), so the filter needs no
        // CRC of its own. Valid from the 7th byte on the output side. That the next byte is the 7th
        // is a register (seventhNext), so no 14-bit test of the count sits in this enable.
        when(
                and(inValid, seventhNext),
                () -> assign(hashReg, fcsCheck.crc.apply(26, new BitCount(6)).asUInt()));
        assign(destinationHash, hashReg);

        // The CRC register has absorbed the byte now leaving: its residue judges the frame.
        Bool fcsBad = not(fcsCheck.residueOk);
        assign(outValid, validReg);
        assign(outData, dataReg);
        assign(outLast, lastReg);
        assign(fcsError, and(lastReg, fcsBad, not(dribbleReg)));
        assign(alignmentError, and(lastReg, fcsBad, dribbleReg));
        assign(runt, and(lastReg, below(count, MIN_FRAME_WITH_FCS)));
        assign(giant, and(lastReg, overLimit));
        assign(length, count);
    }
}
