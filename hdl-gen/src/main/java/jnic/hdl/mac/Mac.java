package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;

import jnic.hdl.core.ByteStream;
import jnic.hdl.core.HwComponent;
import jnic.hdl.core.LinePorts;
import jnic.hdl.phy.ManchesterDecoder;
import jnic.hdl.phy.ManchesterEncoder;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * The whole MAC: {@link MacTx} on the way out; a framer, {@link RxChecker} and
 * {@link AddressFilter} on the way in. Two builds from this one generator:
 * <ul>
 *   <li>{@link Build#PHY}: the Manchester PHY in both directions ({@link ManchesterEncoder},
 *       {@link ManchesterDecoder}, {@link RxBitFramer}); the line ({@link LinePorts#manchester()})
 *       is {@code lineOutActive/Level} and {@code lineInActive/Level} at {@code samplesPerBit}
 *       clocks per bit.</li>
 *   <li>{@link Build#FAST}: no PHY; a byte-wide line like MII's ({@link LinePorts#byteWide()}:
 *       {@code lineOutValid/Data}, {@code lineInValid/Data}), one byte time per clock, for
 *       throughput.</li>
 * </ul>
 * Received frames leave on {@code rx*} with their verdicts on the last byte; the NIC keeps a
 * frame when {@code rxAccept} is high and no error flag is. Between MacTx and the line sits
 * {@link CsmaCd}: with {@code halfDuplex} high it defers to carrier (activity on the line in),
 * jams and backs off on collisions and asks the frame source to replay
 * ({@code frameRewind}) or drop ({@code frameDiscard}) the frame.
 */
public final class Mac extends HwComponent {
    public enum Build {
        PHY,
        FAST
    }

    public final ByteStream frame;
    public final UInt maxLength;
    public final Bits stationAddress;
    public final Bool promiscuous;
    public final Bits multicastHash;
    public final Bool txSent;
    public final Bool txUnderflow;
    public final Bool txTooLong;
    public final Bool halfDuplex;
    public final Bool frameRewind;
    public final Bool frameDiscard;
    public final Bool txCollision;
    public final Bool txLateCollision;
    public final Bool txExcessiveCollisions;
    public final Bool txDeferred;

    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final UInt rxLength;
    public final Bool rxAccept;
    public final Bool rxUnicast;
    public final Bool rxBroadcast;
    public final Bool rxMulticast;
    public final Bool rxFcsError;
    public final Bool rxAlignmentError;
    public final Bool rxRunt;
    public final Bool rxGiant;

    public final LinePorts line;

    final MacTx tx;
    final CsmaCd csma;
    final ManchesterEncoder encoder;
    final ManchesterDecoder decoder;
    final RxBitFramer bitFramer;
    final RxByteFramer byteFramer;
    final RxChecker rxCheck;
    final AddressFilter filter;

    public Mac(Build build, int samplesPerBit) {
        frame = ByteStream.input();
        maxLength = inUInt(MacTx.LENGTH_BITS);
        stationAddress = inBits(8 * AddressFilter.ADDRESS_BYTES);
        promiscuous = inBool();
        multicastHash = inBits(64);
        txSent = outBool();
        txUnderflow = outBool();
        txTooLong = outBool();
        halfDuplex = inBool();
        frameRewind = outBool();
        frameDiscard = outBool();
        txCollision = outBool();
        txLateCollision = outBool();
        txExcessiveCollisions = outBool();
        txDeferred = outBool();
        rxValid = outBool();
        rxData = outBits(8);
        rxLast = outBool();
        rxLength = outUInt(MacTx.LENGTH_BITS);
        rxAccept = outBool();
        rxUnicast = outBool();
        rxBroadcast = outBool();
        rxMulticast = outBool();
        rxFcsError = outBool();
        rxAlignmentError = outBool();
        rxRunt = outBool();
        rxGiant = outBool();

        boolean phy = build == Build.PHY;
        line = phy ? LinePorts.manchester() : LinePorts.byteWide();

        // ---- transmit ----
        tx = child(MacTx::new);
        assign(tx.frame.valid, frame.valid);
        assign(frame.ready, tx.frame.ready);
        assign(tx.frame.data, frame.data);
        assign(tx.frame.last, frame.last);
        assign(tx.maxLength, maxLength);
        assign(txSent, tx.sent);
        assign(txUnderflow, tx.underflow);
        assign(txTooLong, tx.tooLong);

        // ---- media access: CSMA/CD in half duplex, a pass-through in full duplex ----
        csma = child(CsmaCd::new);
        assign(csma.macValid, tx.txValid);
        assign(csma.macData, tx.txData);
        assign(tx.txReady, csma.macReady);
        assign(tx.abortFrame, csma.macAbort);
        assign(csma.frameWaiting, frame.valid);
        assign(csma.frameSent, tx.sent);
        assign(csma.halfDuplex, halfDuplex);
        // Seeded by the address's last byte in the low bits (stations usually differ there, and the
        // first attempts draw from the low bits only) and two bits of the byte before.
        assign(
                csma.backoffSeed,
                jnic.hdl.core.Hw.cat(
                        stationAddress.apply(38, new spinal.core.BitCount(2)),
                        stationAddress.apply(40, new spinal.core.BitCount(8))));
        assign(frameRewind, csma.rewind);
        assign(frameDiscard, csma.discard);
        assign(txCollision, csma.collision);
        assign(txLateCollision, csma.lateCollision);
        assign(txExcessiveCollisions, csma.excessiveCollisions);
        assign(txDeferred, csma.deferred);

        // ---- receive ----
        rxCheck = child(RxChecker::new);
        if (phy) {
            encoder = child(() -> new ManchesterEncoder(samplesPerBit));
            assign(encoder.txValid, csma.lineValid);
            assign(encoder.txData, csma.lineData);
            assign(csma.phyReady, encoder.txReady);
            assign(csma.carrierSense, line.inActive);
            assign(line.outActive, encoder.lineActive);
            assign(line.outLevel, encoder.lineLevel);

            decoder = child(() -> new ManchesterDecoder(samplesPerBit));
            assign(decoder.lineActive, line.inActive);
            assign(decoder.lineLevel, line.inLevel);
            bitFramer = child(RxBitFramer::new);
            assign(bitFramer.bitValid, decoder.bitValid);
            assign(bitFramer.bitData, decoder.bitData);
            assign(bitFramer.locked, decoder.locked);
            byteFramer = null;
            connectFramer(bitFramer.rxValid, bitFramer.rxData, bitFramer.rxLast, bitFramer.rxDribble);
        } else {
            encoder = null;
            decoder = null;
            bitFramer = null;
            assign(csma.phyReady, jnic.hdl.core.Hw.bool(true)); // one byte time per clock
            assign(csma.carrierSense, line.inValid);
            assign(line.outValid, csma.lineValid);
            assign(line.outData, csma.lineData);

            byteFramer = child(RxByteFramer::new);
            assign(byteFramer.lineValid, line.inValid);
            assign(byteFramer.lineData, line.inData);
            connectFramer(byteFramer.rxValid, byteFramer.rxData, byteFramer.rxLast, byteFramer.rxDribble);
        }
        assign(rxCheck.maxLength, maxLength);

        filter = child(AddressFilter::new);
        assign(filter.rxValid, rxCheck.outValid);
        assign(filter.rxData, rxCheck.outData);
        assign(filter.rxLast, rxCheck.outLast);
        assign(filter.stationAddress, stationAddress);
        assign(filter.promiscuous, promiscuous);
        assign(filter.multicastHash, multicastHash);
        assign(filter.destinationHash, rxCheck.destinationHash);

        assign(rxValid, rxCheck.outValid);
        assign(rxData, rxCheck.outData);
        assign(rxLast, rxCheck.outLast);
        assign(rxLength, rxCheck.length);
        assign(rxFcsError, rxCheck.fcsError);
        assign(rxAlignmentError, rxCheck.alignmentError);
        assign(rxRunt, rxCheck.runt);
        assign(rxGiant, rxCheck.giant);
        assign(rxAccept, filter.accept);
        assign(rxUnicast, filter.unicastMatch);
        assign(rxBroadcast, filter.broadcastMatch);
        assign(rxMulticast, filter.multicastMatch);
    }

    private void connectFramer(Bool valid, Bits data, Bool last, Bool dribble) {
        assign(rxCheck.rxValid, valid);
        assign(rxCheck.rxData, data);
        assign(rxCheck.rxLast, last);
        assign(rxCheck.rxDribble, dribble);
    }

    public static String topName(Build build) {
        return build == Build.PHY ? "MacPhy" : "MacFast";
    }
}
