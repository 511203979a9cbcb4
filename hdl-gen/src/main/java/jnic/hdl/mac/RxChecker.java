package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import jnic.hdl.crc.Crc32;
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
 * <p>Bytes pass through one register stage. With the last byte ({@code outLast}) come the
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

    final Bool validReg;
    final Bits dataReg;
    final Bool lastReg;
    final Bool dribbleReg;
    final Bool firstByte;
    final UInt count;
    final Crc32 fcsCheck;

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

        validReg = regBool(false);
        dataReg = regBits(8, 0);
        lastReg = regBool(false);
        dribbleReg = regBool(false);
        firstByte = regBool(true);
        count = regUInt(MacTx.LENGTH_BITS, 0);
        fcsCheck = child(() -> new Crc32(8));

        assign(validReg, rxValid);
        assign(dataReg, rxData);
        assign(lastReg, rxValid.$amp$amp(rxLast));
        assign(dribbleReg, rxDribble);

        assign(fcsCheck.clear, rxValid.$amp$amp(firstByte));
        assign(fcsCheck.valid, rxValid);
        assign(fcsCheck.data, rxData);
        assign(fcsCheck.byteEnable, bits(1, 1));
        int saturated = (1 << MacTx.LENGTH_BITS) - 1;
        when(rxValid, () -> {
            assign(firstByte, rxLast);
            assign(count, mux(firstByte, uint(1, MacTx.LENGTH_BITS),
                    mux(count.$eq$eq$eq(uint(saturated, MacTx.LENGTH_BITS)), count, count.$plus(uint(1, MacTx.LENGTH_BITS)))));
        });

        // The CRC register has absorbed the byte now leaving: its residue judges the frame.
        Bool fcsBad = fcsCheck.residueOk.unary_$bang();
        assign(outValid, validReg);
        assign(outData, dataReg);
        assign(outLast, lastReg);
        assign(fcsError, lastReg.$amp$amp(fcsBad).$amp$amp(dribbleReg.unary_$bang()));
        assign(alignmentError, lastReg.$amp$amp(fcsBad).$amp$amp(dribbleReg));
        assign(runt, lastReg.$amp$amp(count.$less(uint(MIN_FRAME_WITH_FCS, MacTx.LENGTH_BITS))));
        assign(giant, lastReg.$amp$amp(count.$greater(maxLength.$plus(uint(MacTx.FCS_BYTES, MacTx.LENGTH_BITS)))));
        assign(length, count);
    }
}
