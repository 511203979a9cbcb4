package jnic.hdl.nic;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.bool;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.readSync;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;
import static jnic.hdl.core.Hw.write;
import static jnic.hdl.nic.NicRegisters.*;

import jnic.hdl.core.HwComponent;
import jnic.hdl.core.LinePorts;
import jnic.hdl.mac.CsmaCd;
import jnic.hdl.mac.Mac;
import jnic.hdl.mac.MacTx;
import jnic.hdl.nic.Statistics.Counter;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.ClockDomain;
import spinal.core.ClockingArea;
import spinal.core.Mem;
import spinal.core.UInt;

/**
 * The LAN adapter: the {@link Mac} with the adapter's buffer memory and rings
 * ({@link TxBufferReader}, {@link RxBufferWriter}), a register file on a host bus, an interrupt
 * line, the address ROM interface ({@link AddressRomLoader}), the {@link SelfTest} and the
 * {@link Statistics}. docs/registers.md is the map the driver programs against.
 *
 * <p>Every input but the clock, the reset and the ROM's data goes into a register first, as the
 * input flip-flops of an FPGA's I/O blocks do: no logic depends on an input pin combinationally,
 * which gives the inputs a whole clock to arrive and lets a simulator evaluate the adapter once per
 * clock edge instead of once more for every input change.
 *
 * <p>Host bus: a request is {@code busValid} with {@code busWrite}, {@code busAddress} (a byte
 * address, word aligned) and {@code busWriteData}; one may come every clock. A request the adapter
 * cannot take this clock it refuses with {@code busStall} (as Wishbone's pipelined STALL): the host
 * presents it again. Each request taken is answered in order by {@code busReady}, with
 * {@code busReadData} for a read, two clocks after it was taken when nothing holds it up: a clock
 * to sample the request, and a clock for the block RAM read (registered, so every answer waits for
 * it for uniformity).
 *
 * <p>Buffer memory: each of the two buffer memories is a single-port RAM (an iCE40 UltraPlus's
 * SPRAM; a block RAM used through one port elsewhere), one access a clock, shared as the NE2000's
 * local buffer RAM was between its own DMA and the host's. The adapter's side has it first: the
 * transmit ring's reads (a word every fourth byte on the line), the receive ring's writes, and the
 * self-test. A host access to the transmit buffer (a write) or the receive buffer (a read) that
 * meets one waits in the sampled request, which holds while {@code busStall} is high. A register
 * access never causes a stall (though one presented behind a held request waits its turn). So the
 * line is never starved, and a host copy loses at most a clock in four while a frame streams
 * through the buffer it uses.
 *
 * <p>Line: {@code line} ({@link LinePorts}) is the MAC's, Manchester-coded on the phy build and
 * byte-wide on the fast build. In internal loopback ({@code CONTROL.LOOPBACK}, and always while
 * the self-test runs) the MAC's output comes back to its own input through one register, a clock
 * of wire, and not from the medium: the line output stays idle, and full duplex is forced, since in
 * half duplex the MAC would take its own frame for another station's carrier and collide with it
 * (IEEE 802.3 clause 4.2.3.2). A burst that began looped back stays inside until it ends, so a
 * self-test that ends while the MAC still sends its frame's last cells leaks nothing onto the line.
 *
 * <p>{@code faultInject} exists for the self-test's own test, like a chip's test pins: bit 0
 * sticks bit 3 of the transmit memory's read data at 0, bit 1 breaks the internal loopback path.
 * Tie it to 0 in use.
 */
public final class Nic extends HwComponent {
    /** INT_HOLDOFF's width (docs/registers.md): up to 65 535 clocks. */
    private static final int INT_HOLDOFF_BITS = 16;

    public final Bool busValid;
    public final Bool busWrite;
    public final UInt busAddress;
    public final Bits busWriteData;
    public final Bits busReadData;
    public final Bool busReady;
    public final Bool busStall;
    public final Bool irq;
    public final UInt romAddress;
    public final Bits romData;
    public final Bits faultInject;
    /** The MII clock of the phy build (see {@link Mac}); null on the fast build. */
    public final Bool miiClk;

    /**
     * The line to the medium: {@code lineOutActive/Level} and {@code lineInActive/Level} on the
     * phy build, {@code lineOutValid/Data} and {@code lineInValid/Data} on the fast build; the
     * other build's ports are null.
     */
    public final LinePorts line;
    /** The MII receive monitor of the phy build ({@link Mac#monitorRxDv}); null on the fast build. */
    public final Bool monitorRxDv;

    public final Bits monitorRxd;
    public final Bool monitorRxEr;
    /** The backoff monitor ({@link Mac#monitorBackoff}), both builds. */
    public final Bool monitorBackoff;

    public final UInt monitorBackoffSlots;
    public final UInt monitorCollisions;
    public final Bool monitorDeferred;

    final Mac mac;
    final TxBufferReader txRing;
    final RxBufferWriter rxRing;
    final AddressRomLoader rom;
    final SelfTest selfTest;
    final Statistics stats;
    final Mem<Bits> txMemory;
    final Mem<Bits> rxMemory;
    final Mem<Bits> rxDescriptors;

    final Bool txEnable;
    final Bool rxEnable;
    final Bool halfDuplex;
    final Bool promiscuous;
    final Bool loopback;
    final Bits stationAddress;
    final Bits multicastHash;
    final UInt maxLength;
    final Bits intStatus;
    final Bits intMask;
    final UInt intHoldoff;
    final UInt holdoffLeft;
    final UInt rxHead;
    final Bool responding;
    final UInt responseRegion;
    final Bool responseDescriptor;
    final Bits registerValue;
    final Bool loopActive;
    final Bits loopSignal;

    // The inputs as sampled at the last clock edge (see the class comment).
    final Bool busValidIn;
    final Bool busWriteIn;
    final UInt busAddressIn;
    final Bits busWriteDataIn;
    final Bits faultInjectIn;
    final Bits lineInActiveIn;
    final Bits lineInLevelIn;
    final Bool lineInValidIn;
    final Bits lineInDataIn;

    public Nic(Mac.Build build, int samplesPerBit, NicConfig config) {
        boolean phy = build == Mac.Build.PHY;
        miiClk = phy ? inBool() : null;
        busValid = inBool();
        busWrite = inBool();
        busAddress = inUInt(ADDRESS_BITS);
        busWriteData = inBits(32);
        busReadData = outBits(32);
        busReady = outBool();
        busStall = outBool();
        irq = outBool();
        romAddress = outUInt(2);
        romData = inBits(16);
        faultInject = inBits(2);
        line = phy ? LinePorts.manchester(samplesPerBit) : LinePorts.byteWide();
        monitorRxDv = phy ? outBool() : null;
        monitorRxd = phy ? outBits(4) : null;
        monitorRxEr = phy ? outBool() : null;
        monitorBackoff = outBool();
        monitorBackoffSlots = outUInt(CsmaCd.BACKOFF_LIMIT);
        monitorCollisions = outUInt(5);
        monitorDeferred = outBool();

        // The phy build's two clocks: the line's (clk) for the PHY and the loopback wire, the MII's
        // for everything else, the MAC and the host bus included.
        ClockDomain lineDomain = currentDomain();
        ClockDomain logic = phy ? domainClockedBy(miiClk) : lineDomain;
        lineInActiveIn = phy ? sampled(line.inActive, samplesPerBit) : null;
        lineInLevelIn = phy ? sampled(line.inLevel, samplesPerBit) : null;
        mac = child(() -> new Mac(build, samplesPerBit, phy ? logic : null));
        if (phy) {
            assign(monitorRxDv, mac.monitorRxDv);
            assign(monitorRxd, mac.monitorRxd);
            assign(monitorRxEr, mac.monitorRxEr);
        }
        assign(monitorBackoff, mac.monitorBackoff);
        assign(monitorBackoffSlots, mac.monitorBackoffSlots);
        assign(monitorCollisions, mac.monitorCollisions);
        assign(monitorDeferred, mac.monitorDeferred);
        ClockingArea onLogic = phy ? enter(logic) : null;

        busValidIn = sampled(busValid);
        busWriteIn = sampled(busWrite);
        busAddressIn = sampled(busAddress, ADDRESS_BITS);
        busWriteDataIn = sampled(busWriteData, 32);
        faultInjectIn = sampled(faultInject, 2);
        lineInValidIn = phy ? null : sampled(line.inValid);
        lineInDataIn = phy ? null : sampled(line.inData, 8);

        txEnable = regBool(false);
        rxEnable = regBool(false);
        halfDuplex = regBool(false);
        promiscuous = regBool(false);
        loopback = regBool(false);
        stationAddress = regBits(48, 0);
        multicastHash = regBits(64, 0);
        maxLength = regUInt(MacTx.LENGTH_BITS, MAX_LENGTH_RESET);
        intStatus = regBits(INT_BITS, 0);
        intMask = regBits(INT_BITS, 0);
        intHoldoff = regUInt(INT_HOLDOFF_BITS, 0);
        holdoffLeft = regUInt(INT_HOLDOFF_BITS, 0);
        rxHead = regUInt(config.rxSlotBits() + 1, 0);

        txRing = child(() -> new TxBufferReader(config));
        rxRing = child(() -> new RxBufferWriter(config));
        rom = child(AddressRomLoader::new);
        selfTest = child(() -> new SelfTest(config));
        stats = child(Statistics::new);
        txMemory = memory(32, config.txSlots() * config.slotWords());
        rxMemory = memory(32, config.rxSlots() * config.slotWords());
        rxDescriptors = memory(32, config.rxSlots());

        // ---- host bus decode ----
        UInt region = busAddressIn.apply(16, new BitCount(2));
        UInt offset = busAddressIn.apply(0, new BitCount(16));
        // The buffer memories' single ports: the adapter's side first, the host's request waits.
        Bool selfTestTxWrite = or(selfTest.ownsMemories, selfTest.ownsTxWrite);
        Bool txPortTaken = or(selfTestTxWrite, txRing.memRead);
        Bool rxPortTaken = or(selfTest.ownsMemories, rxRing.memWrite);
        Bool hostTxWrite = and(busValidIn, busWriteIn, eq(region, uint(REGION_TX_BUFFER, 2)));
        Bool hostRxRead = and(busValidIn, not(busWriteIn), eq(region, uint(REGION_RX_BUFFER, 2)));
        Bool stall = or(and(hostTxWrite, txPortTaken), and(hostRxRead, rxPortTaken));
        assign(busStall, stall);
        when(stall, () -> {
            assign(busValidIn, busValidIn);
            assign(busWriteIn, busWriteIn);
            assign(busAddressIn, busAddressIn);
            assign(busWriteDataIn, busWriteDataIn);
        });
        Bool registerAccess = and(busValidIn, eq(region, uint(REGION_REGISTERS, 2)));
        Bool registerWrite = and(registerAccess, busWriteIn);
        UInt txWord = busAddressIn.apply(2, new BitCount(config.txAddressBits()));
        UInt rxWord = busAddressIn.apply(2, new BitCount(config.rxAddressBits()));
        Bool softReset = and(writeOf(registerWrite, offset, CONTROL), busWriteDataIn.apply(CONTROL_RESET));
        Bool selfTestStart = and(writeOf(registerWrite, offset, CONTROL), busWriteDataIn.apply(CONTROL_SELF_TEST));

        // ---- self-test and loopback ----
        Bool testing = selfTest.active;
        Bool looped = or(loopback, testing);
        Bool events = not(testing); // the self-test's own frame is not counted or signalled
        assign(selfTest.start, selfTestStart);
        assign(selfTest.romOk, rom.checksumOk);

        // ---- transmit buffer memory: the host (or the self-test) writes, the ring reader reads ----
        UInt txPortAddress = mux(selfTestTxWrite, selfTest.txAddress, mux(txRing.memRead, txRing.memAddress, txWord));
        Bool txPortWrite = mux(selfTestTxWrite, selfTest.txWrite, and(hostTxWrite, not(txRing.memRead)));
        Bool txPortRead = mux(selfTestTxWrite, selfTest.ownsMemories, txRing.memRead);
        write(txMemory, txPortAddress, mux(selfTestTxWrite, selfTest.txWriteData, busWriteDataIn), txPortWrite);
        // A registered read that holds its word while the port writes (SPRAM's read data does).
        Bits txRead = readSync(txMemory, txPortAddress, and(txPortRead, not(txPortWrite)));
        Bits txReadFaulty = bitsWire(32);
        assign(txReadFaulty, txRead);
        when(faultInjectIn.apply(0), () -> assign(txReadFaulty.apply(3), bool(false)));
        assign(txRing.memData, txReadFaulty);
        assign(selfTest.txReadData, txReadFaulty);

        // ---- receive buffer memory: the ring writer (or the self-test) writes, the host reads ----
        UInt rxPortAddress =
                mux(selfTest.ownsMemories, selfTest.rxAddress, mux(rxRing.memWrite, rxRing.memAddress, rxWord));
        Bool rxPortWrite = mux(selfTest.ownsMemories, selfTest.rxWrite, rxRing.memWrite);
        Bool rxPortRead = mux(selfTest.ownsMemories, not(selfTest.rxWrite), hostRxRead);
        write(
                rxMemory,
                rxPortAddress,
                mux(selfTest.ownsMemories, selfTest.rxWriteData, rxRing.memWriteData),
                rxPortWrite);
        Bits rxRead = readSync(rxMemory, rxPortAddress, and(rxPortRead, not(rxPortWrite)));
        assign(selfTest.rxReadData, rxRead);
        write(rxDescriptors, rxRing.descriptorSlot, rxRing.descriptorData, rxRing.descriptorWrite);
        UInt descriptorIndex = busAddressIn.apply(2, new BitCount(config.rxSlotBits()));
        Bits descriptorRead = readSync(rxDescriptors, descriptorIndex, bool(true));

        // ---- transmit ring ----
        Bool txCommand = writeOf(registerWrite, offset, TX_COMMAND);
        assign(txRing.enable, or(txEnable, testing));
        assign(txRing.commandValid, mux(testing, selfTest.commandValid, txCommand));
        assign(
                txRing.commandLength,
                mux(
                        testing,
                        selfTest.commandLength,
                        busWriteDataIn.apply(0, new BitCount(MacTx.LENGTH_BITS)).asUInt()));
        assign(txRing.maxLength, maxLength);
        Bool txBusy = not(eq(txRing.head, txRing.tail));
        assign(selfTest.txBusy, txBusy);

        // ---- the MAC ----
        assign(mac.frame.valid, txRing.frame.valid);
        assign(txRing.frame.ready, mac.frame.ready);
        assign(mac.frame.data, txRing.frame.data);
        assign(mac.frame.last, txRing.frame.last);
        assign(txRing.macSent, mac.txSent);
        assign(txRing.macFailed, mac.txUnderflow);
        assign(txRing.macRewind, mac.frameRewind);
        assign(txRing.macDiscard, mac.frameDiscard);
        assign(mac.clear, softReset);
        assign(mac.maxLength, maxLength);
        assign(mac.stationAddress, stationAddress);
        assign(mac.promiscuous, promiscuous);
        assign(mac.multicastHash, multicastHash);
        assign(mac.halfDuplex, and(halfDuplex, not(looped)));
        // The internal loopback goes through a register, a clock of wire (and no combinational
        // path from the MAC's output back to its own carrier sense).
        Bool loopBroken = faultInjectIn.apply(1);
        ClockingArea onLine = phy ? enter(lineDomain) : null;
        loopActive = regBool(false);
        loopSignal = regBits(phy ? samplesPerBit : 8, 0);
        // A burst that began looped back stays inside until it ends: the self-test finishes (testing
        // falls) while the MAC still drives the last cells of its frame, which must not leak onto the line.
        Bool burstInside = regBool(false);
        Bool internal = or(looped, burstInside);
        if (phy) {
            assign(burstInside, and(internal, mac.line.outActive));
            assign(loopActive, and(mac.line.outActive, not(loopBroken)));
            assign(loopSignal, mac.line.outLevel);
            Bits loopCell = mux(loopActive, bits((1L << samplesPerBit) - 1, samplesPerBit), bits(0, samplesPerBit));
            assign(mac.line.inActive, mux(internal, loopCell, lineInActiveIn));
            assign(mac.line.inLevel, mux(internal, loopSignal, lineInLevelIn));
            assign(line.outActive, and(mac.line.outActive, not(internal)));
            assign(line.outLevel, mac.line.outLevel);
        } else {
            assign(burstInside, and(internal, mac.line.outValid));
            assign(loopActive, and(mac.line.outValid, not(loopBroken)));
            assign(loopSignal, mac.line.outData);
            assign(mac.line.inValid, mux(internal, loopActive, lineInValidIn));
            assign(mac.line.inData, mux(internal, loopSignal, lineInDataIn));
            assign(line.outValid, and(mac.line.outValid, not(internal)));
            assign(line.outData, mac.line.outData);
        }
        if (phy) {
            leave(onLine);
        }

        // ---- receive ring ----
        Bool rxEnd = and(mac.rxValid, mac.rxLast);
        Bool rxError = or(mac.rxFcsError, mac.rxAlignmentError, mac.rxRunt, mac.rxGiant);
        assign(rxRing.enable, and(rxEnable, not(testing)));
        assign(rxRing.hostHead, rxHead);
        assign(rxRing.rxValid, mac.rxValid);
        assign(rxRing.rxData, mac.rxData);
        assign(rxRing.rxLast, mac.rxLast);
        assign(rxRing.rxLength, mac.rxLength);
        assign(rxRing.rxGood, and(mac.rxAccept, not(rxError)));
        assign(rxRing.rxUnicast, mac.rxUnicast);
        assign(rxRing.rxBroadcast, mac.rxBroadcast);
        assign(rxRing.rxMulticast, mac.rxMulticast);
        assign(selfTest.rxValid, mac.rxValid);
        assign(selfTest.rxData, mac.rxData);
        assign(selfTest.rxLast, mac.rxLast);
        assign(selfTest.rxLength, mac.rxLength);
        assign(selfTest.rxError, rxError);

        // ---- address ROM ----
        assign(rom.start, softReset);
        assign(romAddress, rom.romAddress);
        assign(rom.romData, romData);

        // ---- statistics ----
        assign(stats.txBytesValid, and(txRing.frameDone, events));
        assign(stats.txLength, txRing.doneLength);
        assign(stats.rxBytesValid, and(rxRing.received, events));
        assign(stats.rxLength, rxRing.receivedLength);
        count(Counter.TX_FRAMES, txRing.frameDone, events);
        count(Counter.TX_ERRORS, or(txRing.frameFailed, txRing.commandError), events);
        count(Counter.RX_FRAMES, rxRing.received, events);
        // A frame of a legal length with a bad FCS: a fragment (runt) or a giant counts there
        // instead, as IEEE 802.3 30.3.1.1.6 and 30.3.1.1.7 count FCS and alignment errors (so once,
        // unless MAX_LENGTH below 60 makes a frame both a runt and a giant).
        Bool legalLength = and(not(mac.rxRunt), not(mac.rxGiant));
        count(Counter.RX_FCS_ERRORS, and(rxEnd, mac.rxFcsError, legalLength), events);
        count(Counter.RX_ALIGNMENT_ERRORS, and(rxEnd, mac.rxAlignmentError, legalLength), events);
        count(Counter.RX_RUNTS, and(rxEnd, mac.rxRunt), events);
        count(Counter.RX_GIANTS, or(and(rxEnd, mac.rxGiant), rxRing.truncated), events);
        count(Counter.RX_FILTERED, and(rxEnd, not(rxError), not(mac.rxAccept)), events);
        count(Counter.RX_OVERFLOWS, rxRing.overflow, events);
        count(Counter.COLLISIONS, mac.txCollision, events);
        count(Counter.LATE_COLLISIONS, mac.txLateCollision, events);
        count(Counter.EXCESSIVE_COLLISIONS, mac.txExcessiveCollisions, events);
        count(Counter.DEFERRALS, mac.txDeferred, events);
        assign(stats.counterSelect, busAddressIn.apply(2, new BitCount(Statistics.SELECT_BITS)));

        // ---- interrupts: sticky status bits, write 1 to clear; a new event wins over the clear ----
        Bits raised = cat(
                selfTest.done,
                and(or(txRing.frameFailed, txRing.commandError), events),
                and(rxRing.overflow, events),
                and(rxRing.received, events),
                and(txRing.frameDone, events));
        Bits cleared = mux(
                writeOf(registerWrite, offset, INT_STATUS),
                busWriteDataIn.apply(0, new BitCount(INT_BITS)),
                bits(0, INT_BITS));
        assign(intStatus, or(and(intStatus, not(cleared)), raised));
        // Moderation, as e1000's ITR: an acknowledgement (a write to INT_STATUS) starts the holdoff,
        // during which the line stays low; events meanwhile wait in INT_STATUS and raise it after.
        Bool acknowledged = writeOf(registerWrite, offset, INT_STATUS);
        when(acknowledged, () -> assign(holdoffLeft, intHoldoff))
                .elseWhen(
                        ne(holdoffLeft, uint(0, INT_HOLDOFF_BITS)),
                        () -> assign(holdoffLeft, minus(holdoffLeft, uint(1, INT_HOLDOFF_BITS))));
        assign(irq, and(and(intStatus, intMask).orR(), eq(holdoffLeft, uint(0, INT_HOLDOFF_BITS))));

        // ---- register writes ----
        // All under the one condition of a write to the registers, which a simulator tests once a clock.
        when(registerWrite, () -> {
            when(isOffset(offset, CONTROL), () -> {
                assign(txEnable, busWriteDataIn.apply(CONTROL_TX_ENABLE));
                assign(rxEnable, busWriteDataIn.apply(CONTROL_RX_ENABLE));
                assign(halfDuplex, busWriteDataIn.apply(CONTROL_HALF_DUPLEX));
                assign(promiscuous, busWriteDataIn.apply(CONTROL_PROMISCUOUS));
                assign(loopback, busWriteDataIn.apply(CONTROL_LOOPBACK));
            });
            when(isOffset(offset, INT_MASK), () -> assign(intMask, busWriteDataIn.apply(0, new BitCount(INT_BITS))));
            when(
                    isOffset(offset, INT_HOLDOFF),
                    () -> assign(
                            intHoldoff,
                            busWriteDataIn
                                    .apply(0, new BitCount(INT_HOLDOFF_BITS))
                                    .asUInt()));
            when(isOffset(offset, MAC_LOW), () -> assign(stationAddress.apply(0, new BitCount(32)), busWriteDataIn));
            when(
                    isOffset(offset, MAC_HIGH),
                    () -> assign(
                            stationAddress.apply(32, new BitCount(16)), busWriteDataIn.apply(0, new BitCount(16))));
            when(isOffset(offset, HASH_LOW), () -> assign(multicastHash.apply(0, new BitCount(32)), busWriteDataIn));
            when(isOffset(offset, HASH_HIGH), () -> assign(multicastHash.apply(32, new BitCount(32)), busWriteDataIn));
            when(
                    isOffset(offset, MAX_LENGTH),
                    () -> assign(
                            maxLength,
                            busWriteDataIn
                                    .apply(0, new BitCount(MacTx.LENGTH_BITS))
                                    .asUInt()));
            when(
                    isOffset(offset, RX_RING),
                    () -> assign(
                            rxHead,
                            busWriteDataIn
                                    .apply(0, new BitCount(config.rxSlotBits() + 1))
                                    .asUInt()));
        });
        assign(stats.clear, or(writeOf(registerWrite, offset, STATS_CLEAR), softReset));
        when(rom.loaded, () -> assign(stationAddress, rom.address));

        // Soft reset: the register file, both rings and the MAC (mac.clear) back to their reset
        // state, the ROM read again (which reloads the station address). A frame on the line is cut
        // off where it is.
        Bool clearRings = or(softReset, selfTest.clearRings);
        assign(txRing.clearRing, clearRings);
        assign(rxRing.clearRing, clearRings);
        when(clearRings, () -> assign(rxHead, 0));
        when(softReset, () -> {
            assign(txEnable, false);
            assign(rxEnable, false);
            assign(halfDuplex, false);
            assign(promiscuous, false);
            assign(loopback, false);
            assign(multicastHash, bits(0, 64));
            assign(maxLength, MAX_LENGTH_RESET);
            assign(intStatus, bits(0, INT_BITS));
            assign(intMask, bits(0, INT_BITS));
            assign(intHoldoff, 0);
            assign(holdoffLeft, 0);
        });

        // ---- register reads ----
        Bits statusWord = cat(
                txBusy,
                rom.busy,
                selfTest.romFailed,
                selfTest.loopbackFailed,
                selfTest.memoryFailed,
                selfTest.passed,
                testing);
        Bits configWord = cat(
                bits(phy ? 1 : 0, 8),
                bits(Integer.numberOfTrailingZeros(config.slotBytes()), 8),
                bits(config.rxSlots(), 8),
                bits(config.txSlots(), 8));
        Bits controlWord = cat(testing, loopback, promiscuous, halfDuplex, rxEnable, txEnable, bool(false));
        Bits value = bitsWire(32);
        assign(value, bits(0, 32));
        readOf(value, offset, ID, bits(ID_VALUE, 32));
        readOf(value, offset, CONFIG, configWord);
        readOf(value, offset, CONTROL, controlWord);
        readOf(value, offset, STATUS, statusWord);
        readOf(value, offset, INT_STATUS, intStatus);
        readOf(value, offset, INT_MASK, intMask);
        readOf(value, offset, INT_HOLDOFF, intHoldoff.asBits());
        readOf(value, offset, MAC_LOW, stationAddress.apply(0, new BitCount(32)));
        readOf(value, offset, MAC_HIGH, stationAddress.apply(32, new BitCount(16)));
        readOf(value, offset, ROM_MAC_LOW, rom.address.apply(0, new BitCount(32)));
        readOf(value, offset, ROM_MAC_HIGH, rom.address.apply(32, new BitCount(16)));
        readOf(value, offset, HASH_LOW, multicastHash.apply(0, new BitCount(32)));
        readOf(value, offset, HASH_HIGH, multicastHash.apply(32, new BitCount(32)));
        readOf(value, offset, MAX_LENGTH, maxLength.asBits());
        readOf(value, offset, TX_RING, cat(txRing.tail.resize(8), txRing.head.resize(8)));
        readOf(value, offset, RX_RING, cat(rxRing.tail.resize(8), rxHead.resize(8)));
        Bool statsRange = eq(offset.apply(6, new BitCount(10)), uint(STATS >> 6, 10));
        when(statsRange, () -> assign(value, stats.value.asBits()));

        registerValue = regBits(32, 0);
        responding = regBool(false);
        responseRegion = regUInt(2, 0);
        responseDescriptor = regBool(false);
        assign(registerValue, value);
        assign(responding, and(busValidIn, not(stall)));
        assign(responseRegion, region);
        Bool descriptorRange =
                and(ge(offset, uint(RX_DESCRIPTORS, 16)), lt(offset, uint(RX_DESCRIPTORS + 4L * config.rxSlots(), 16)));
        assign(responseDescriptor, descriptorRange);
        assign(busReady, responding);
        assign(busReadData, bits(0, 32));
        when(
                        eq(responseRegion, uint(REGION_REGISTERS, 2)),
                        () -> assign(busReadData, mux(responseDescriptor, descriptorRead, registerValue)))
                .elseWhen(eq(responseRegion, uint(REGION_RX_BUFFER, 2)), () -> assign(busReadData, rxRead));
        if (phy) {
            leave(onLogic);
        }
    }

    private void count(Counter counter, Bool event, Bool enabled) {
        assign(stats.event.get(counter), and(event, enabled));
    }

    private static Bool isOffset(UInt offset, int register) {
        return eq(offset, uint(register, 16));
    }

    private static Bool writeOf(Bool registerWrite, UInt offset, int register) {
        return and(registerWrite, isOffset(offset, register));
    }

    private static void readOf(Bits value, UInt offset, int register, Bits word) {
        when(isOffset(offset, register), () -> assign(value, word.resize(32)));
    }

    public static String topName(Mac.Build build) {
        return build == Mac.Build.PHY ? "NicPhy" : "NicFast";
    }
}
