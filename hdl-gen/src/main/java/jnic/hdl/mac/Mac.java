package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;

import jnic.hdl.core.ByteStream;
import jnic.hdl.core.HwComponent;
import jnic.hdl.core.LinePorts;
import jnic.hdl.core.MiiPorts;
import jnic.hdl.phy.ManchesterPhy;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.ClockDomain;
import spinal.core.ClockingArea;
import spinal.core.UInt;

/**
 * The whole MAC: {@link MacTx} on the way out; a framer, {@link RxChecker} and
 * {@link AddressFilter} on the way in. Two builds from this one generator:
 * <ul>
 *   <li>{@link Build#PHY}: the {@link ManchesterPhy} behind an MII (IEEE 802.3 clause 22), joined
 *       to the MAC by the {@link Reconciliation} sublayer; the line ({@link LinePorts#manchester(int)})
 *       is {@code lineOutActive/Level} and {@code lineInActive/Level}, a bit cell of
 *       {@code samplesPerBit} samples per clock of {@code clk} (10 MHz). The MAC itself runs on the
 *       MII clock, a nibble per clock (4 bit clocks): {@code miiClk}, from the same time base with its
 *       rising edges on rising edges of {@code clk}.</li>
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
    /** Soft reset: high at a clock edge, every register of the MAC and its PHY goes to its reset value. */
    public final Bool clear;

    public final UInt maxLength;
    public final Bits stationAddress;
    public final Bool promiscuous;
    public final Bits multicastHash;
    public final Bool txSent;
    public final Bool txUnderflow;
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
    /** The MII clock, on the phy build when the MAC is a top of its own; null otherwise. */
    public final Bool miiClk;
    /**
     * The MII's receive side (RX_DV, RXD, RX_ER) as the PHY drives it, on the phy build (null on the
     * fast build): a monitor port, so a simulation can capture exactly what the PHY decoded (a board
     * would route it to test points or leave it open).
     */
    public final Bool monitorRxDv;

    public final Bits monitorRxd;
    public final Bool monitorRxEr;
    /**
     * A monitor of the backoff (both builds): {@code monitorBackoff} is high for the one clock after
     * CSMA/CD drew a backoff (IEEE 802.3 4.2.3.2.5), when {@code monitorBackoffSlots} holds the slot
     * times drawn and {@code monitorCollisions} the attempts of this frame that collided so far.
     */
    public final Bool monitorBackoff;

    public final UInt monitorBackoffSlots;
    public final UInt monitorCollisions;
    /** High for the clock after CSMA/CD began to defer a frame to carrier (a deferral, 4.2.3.2.1). */
    public final Bool monitorDeferred;

    final MacTx tx;
    final CsmaCd csma;
    final Reconciliation reconciliation;
    final ManchesterPhy phy;
    final RxByteFramer byteFramer;
    final RxChecker rxCheck;
    final AddressFilter filter;

    /** A top of its own: on the phy build with its own {@code miiClk} port. */
    public Mac(Build build, int samplesPerBit) {
        this(build, samplesPerBit, null);
    }

    /**
     * Inside an adapter: on the phy build, the MAC runs on {@code mii} (the adapter's MII clock
     * domain; null makes a {@code miiClk} port for one), the PHY on the clock the MAC is made in.
     */
    public Mac(Build build, int samplesPerBit, ClockDomain mii) {
        boolean phy = build == Build.PHY;
        miiClk = phy && mii == null ? inBool() : null;
        frame = ByteStream.input();
        clear = inBool();
        maxLength = inUInt(MacTx.LENGTH_BITS);
        stationAddress = inBits(8 * AddressFilter.ADDRESS_BYTES);
        promiscuous = inBool();
        multicastHash = inBits(64);
        txSent = outBool();
        txUnderflow = outBool();
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
        line = phy ? LinePorts.manchester(samplesPerBit) : LinePorts.byteWide();
        monitorRxDv = phy ? outBool() : null;
        monitorRxd = phy ? outBits(4) : null;
        monitorRxEr = phy ? outBool() : null;
        monitorBackoff = outBool();
        monitorBackoffSlots = outUInt(CsmaCd.BACKOFF_LIMIT);
        monitorCollisions = outUInt(5);
        monitorDeferred = outBool();

        // `clear`, the adapter's soft reset, resets every MAC and PHY register that has a reset value.
        ClockDomain lineDomain = currentDomain();
        ClockDomain macDomain = withSoftReset(!phy ? lineDomain : mii != null ? mii : domainClockedBy(miiClk), clear);
        ClockingArea onMac = enter(macDomain);

        // ---- transmit ----
        tx = child(MacTx::new);
        assign(tx.frame.valid, frame.valid);
        assign(frame.ready, tx.frame.ready);
        assign(tx.frame.data, frame.data);
        assign(tx.frame.last, frame.last);
        assign(txSent, tx.sent);
        assign(txUnderflow, tx.underflow);

        // ---- media access: CSMA/CD in half duplex, a pass-through in full duplex ----
        csma = child(CsmaCd::new);
        assign(csma.macValid, tx.txValid);
        assign(csma.macData, tx.txData);
        assign(tx.txReady, csma.macReady);
        assign(tx.abortFrame, csma.macAbort);
        assign(csma.frameWaiting, frame.valid);
        assign(csma.halfDuplex, halfDuplex);
        // Seeded by the address's last byte in the low bits (stations usually differ there, and the
        // first attempts draw from the low bits only) and two bits of the byte before.
        assign(
                csma.backoffSeed,
                jnic.hdl.core.Hw.cat(
                        stationAddress.apply(38, new spinal.core.BitCount(2)),
                        stationAddress.apply(40, new spinal.core.BitCount(8))));
        assign(frameRewind, csma.rewind);
        Bool backoffDrawn = regBool(false);
        assign(backoffDrawn, csma.rewind);
        assign(monitorBackoff, backoffDrawn);
        assign(monitorBackoffSlots, csma.drawnSlots);
        assign(monitorCollisions, csma.collidedAttempts);
        Bool deferral = regBool(false);
        assign(deferral, csma.deferred);
        assign(monitorDeferred, deferral);
        assign(frameDiscard, csma.discard);
        assign(txCollision, csma.collision);
        assign(txLateCollision, csma.lateCollision);
        assign(txExcessiveCollisions, csma.excessiveCollisions);
        assign(txDeferred, csma.deferred);

        // ---- receive ----
        rxCheck = child(RxChecker::new);
        if (phy) {
            byteFramer = null;
            reconciliation = child(Reconciliation::new);
            assign(reconciliation.lineValid, csma.lineValid);
            assign(reconciliation.lineData, csma.lineData);
            assign(csma.phyReady, reconciliation.phyReady);
            assign(csma.carrierSense, reconciliation.carrierSense);
            connectFramer(
                    reconciliation.rxValid, reconciliation.rxData, reconciliation.rxLast, reconciliation.rxDribble);
        } else {
            reconciliation = null;
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

        leave(onMac);

        // ---- the PHY, on the line's clock, joined by the MII (clause 22) ----
        if (phy) {
            ClockingArea onLine = enter(withSoftReset(lineDomain, clear));
            this.phy = child(() -> new ManchesterPhy(samplesPerBit, macDomain));
            leave(onLine);
            MiiPorts.connect(reconciliation.mii, this.phy.mii);
            assign(line.outActive, this.phy.line.outActive);
            assign(line.outLevel, this.phy.line.outLevel);
            assign(this.phy.line.inActive, line.inActive);
            assign(this.phy.line.inLevel, line.inLevel);
            assign(monitorRxDv, this.phy.mii.rxDv);
            assign(monitorRxd, this.phy.mii.rxd);
            assign(monitorRxEr, this.phy.mii.rxEr);
        } else {
            this.phy = null;
        }
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
