package jnic.hdl.nic;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.bool;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import jnic.hdl.mac.MacTx;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * The receive ring: each frame the MAC receives is written into slot {@code tail} of the receive
 * buffer memory as it arrives (little-endian words, byte 0 in bits 7..0, the FCS included), and
 * kept or forgotten when its last byte brings the verdicts.
 *
 * <ul>
 *   <li>Kept (committed) when the address filter accepted it and it has no error (FCS, alignment,
 *       runt, giant) and it fit its slot: its descriptor (length without FCS, and how it was
 *       addressed) is written to {@code descriptor[tail]}, {@code tail} advances and
 *       {@code received} pulses.</li>
 *   <li>Rolled back otherwise: {@code tail} stays, so the next frame overwrites the bytes.</li>
 *   <li>Overflow: a frame that starts while the ring is full (the host has not yet freed slots by
 *       advancing {@code head}) is not written at all; if it would have been kept,
 *       {@code overflow} pulses at its end. Frames already in the ring are never touched.</li>
 *   <li>A frame longer than a slot is cut at the slot's end and counted as {@code truncated}
 *       (the register file counts it with the giants).</li>
 * </ul>
 *
 * <p>Descriptor word: bits 13..0 the length in bytes without FCS, bit 16 unicast to this station,
 * bit 17 multicast (hash match or promiscuous), bit 18 broadcast.
 */
public final class RxBufferWriter extends HwComponent {
    public final Bool enable;
    public final Bool clearRing;
    public final UInt hostHead;
    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final UInt rxLength;
    public final Bool rxGood;
    public final Bool rxUnicast;
    public final Bool rxBroadcast;
    public final Bool rxMulticast;
    public final UInt memAddress;
    public final Bits memWriteData;
    public final Bool memWrite;
    public final UInt descriptorSlot;
    public final Bits descriptorData;
    public final Bool descriptorWrite;
    public final Bool received;
    public final UInt receivedLength;
    public final Bool overflow;
    public final Bool truncated;
    public final UInt tail;

    final Bool inFrame;
    final Bool dropping;
    final Bool droppingFull;
    final Bool cut;
    final UInt offset;
    final Bits partialWord;

    public RxBufferWriter(NicConfig config) {
        int slotBits = config.rxSlotBits();
        int pointerBits = slotBits + 1;
        int addressBits = config.rxAddressBits();
        int offsetBits = config.wordBits() + 2;
        enable = inBool();
        clearRing = inBool();
        hostHead = inUInt(pointerBits);
        rxValid = inBool();
        rxData = inBits(8);
        rxLast = inBool();
        rxLength = inUInt(MacTx.LENGTH_BITS);
        rxGood = inBool();
        rxUnicast = inBool();
        rxBroadcast = inBool();
        rxMulticast = inBool();
        memAddress = outUInt(addressBits);
        memWriteData = outBits(32);
        memWrite = outBool();
        descriptorSlot = outUInt(slotBits);
        descriptorData = outBits(32);
        descriptorWrite = outBool();
        received = outBool();
        receivedLength = outUInt(MacTx.LENGTH_BITS);
        overflow = outBool();
        truncated = outBool();
        tail = outUInt(pointerBits);

        UInt tailReg = regUInt(pointerBits, 0);
        inFrame = regBool(false);
        dropping = regBool(false);
        droppingFull = regBool(false);
        cut = regBool(false);
        offset = regUInt(offsetBits, 0);
        partialWord = regBits(24, 0);
        assign(tail, tailReg);

        Bool full = eq(minus(tailReg, hostHead), uint(config.rxSlots(), pointerBits));
        Bool first = and(rxValid, not(inFrame));
        // A frame is taken or refused as a whole at its first byte: disabled or full, refused.
        Bool refuse = mux(first, or(not(enable), full), dropping);
        Bool refuseFull = mux(first, and(enable, full), droppingFull);
        UInt byteOffset = uintWire(offsetBits);
        assign(byteOffset, mux(first, uint(0, offsetBits), offset));
        Bool slotEnd = mux(first, bool(false), cut);

        when(rxValid, () -> {
            assign(inFrame, not(rxLast));
            assign(dropping, refuse);
            assign(droppingFull, refuseFull);
            // offset saturates at the slot's end: later bytes are not written.
            when(eq(byteOffset, uint((1L << offsetBits) - 1, offsetBits)), () -> assign(cut, true))
                    .otherwise(() -> {
                        assign(offset, plus(byteOffset, uint(1, offsetBits)));
                        assign(cut, slotEnd);
                    });
        });

        // Word assembly: bytes 0..2 of a word wait in partialWord; byte 3 or the frame's last
        // byte writes the word.
        UInt lane = byteOffset.apply(0, new BitCount(2));
        for (int k = 0; k < 3; k++) {
            int from = 8 * k;
            when(and(rxValid, eq(lane, uint(k, 2))), () -> assign(partialWord.apply(from, new BitCount(8)), rxData));
        }
        Bits merged = bitsWire(32);
        assign(merged, cat(rxData, partialWord));
        for (int k = 0; k < 3; k++) {
            int width = 8 * k;
            Bits low = k == 0 ? null : partialWord.apply(0, new BitCount(width));
            Bits value = k == 0 ? cat(bits(0, 24), rxData) : cat(bits(0, 24 - width), rxData, low);
            when(eq(lane, uint(k, 2)), () -> assign(merged, value));
        }
        UInt word = byteOffset.apply(2, new BitCount(config.wordBits()));
        assign(memAddress, cat(tailReg.resize(slotBits), word).asUInt());
        assign(memWriteData, merged);
        Bool wordDone = or(eq(lane, uint(3, 2)), rxLast);
        assign(memWrite, and(rxValid, not(refuse), not(slotEnd), wordDone));

        // ---- verdict at the last byte ----
        Bool end = and(rxValid, rxLast);
        Bool keep = and(end, rxGood, not(refuse), not(slotEnd));
        UInt lengthWithoutFcs = minus(rxLength, uint(MacTx.FCS_BYTES, MacTx.LENGTH_BITS));
        assign(descriptorSlot, tailReg.resize(slotBits));
        assign(descriptorData, cat(bits(0, 13), rxBroadcast, rxMulticast, rxUnicast, bits(0, 2), lengthWithoutFcs));
        assign(descriptorWrite, keep);
        assign(received, keep);
        assign(receivedLength, lengthWithoutFcs);
        assign(overflow, and(end, rxGood, refuseFull));
        assign(truncated, and(end, rxGood, not(refuse), slotEnd));
        when(keep, () -> increment(tailReg));

        when(clearRing, () -> {
            assign(tailReg, 0);
            assign(inFrame, false);
            assign(dropping, false);
            assign(droppingFull, false);
            assign(cut, false);
        });
    }
}
