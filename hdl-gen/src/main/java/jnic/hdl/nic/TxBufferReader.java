package jnic.hdl.nic;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.readAsync;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;
import static jnic.hdl.core.Hw.write;

import jnic.hdl.core.ByteStream;
import jnic.hdl.core.HwComponent;
import jnic.hdl.mac.MacTx;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.Mem;
import spinal.core.UInt;

/**
 * The transmit ring: frames the host has copied into the transmit buffer memory, one per slot,
 * queued by the TX command and streamed to the MAC in order.
 *
 * <p>The host owns slot {@code tail}: it writes the frame's bytes there (little-endian words,
 * byte 0 in bits 7..0) and then gives the command ({@code commandValid} with the length in
 * bytes, no FCS), which queues the slot. A command with the ring full, or a length of 0, more
 * than a slot or more than {@code maxLength} (the adapter's longest frame), is refused
 * ({@code commandError}) and changes nothing: a frame too long is never begun on the line, where
 * it could only be cut short with a bad FCS.
 *
 * <p>The reader owns slot {@code head} until the MAC is done with its frame, not just until the
 * last byte is taken: on a collision the MAC asks for the frame again ({@code macRewind}), after
 * 16 attempts or a late collision it gives up ({@code macDiscard}). {@code frameDone} pulses when
 * the MAC reports the frame sent, {@code frameFailed} when it was dropped (collisions) or ended
 * with a bad FCS (underflow); either way the slot is freed and {@code doneLength} holds
 * the frame's length in that clock.
 *
 * <p>Memory reads are registered (a block RAM) and strobed: {@code memRead} asks for the word at
 * {@code memAddress}, which appears on {@code memData} the next clock and stays there until the next
 * read. The reader asks at the start (and a rewind) and when it takes the last byte of a word, so a
 * byte is ready every clock (the fast build's line takes one per clock) while the memory's single
 * port is free for the host in three clocks of four. After the start or a rewind one clock passes
 * before the first byte.
 */
public final class TxBufferReader extends HwComponent {
    public enum State {
        IDLE,
        FETCH,
        STREAM,
        HOLD
    }

    public final Bool enable;
    public final Bool clearRing;
    public final Bool commandValid;
    public final UInt commandLength;
    /** The longest frame the adapter sends, in bytes without the FCS (the MAX_LENGTH register). */
    public final UInt maxLength;

    public final Bool commandError;
    public final UInt memAddress;
    public final Bool memRead;
    public final Bits memData;
    public final ByteStream frame;
    public final Bool macSent;
    public final Bool macFailed;
    public final Bool macRewind;
    public final Bool macDiscard;
    public final Bool frameDone;
    public final Bool frameFailed;
    public final UInt doneLength;
    public final UInt head;
    public final UInt tail;

    final UInt state;
    final Mem<Bits> lengths;
    final UInt headLength;
    final UInt wordAddress;
    final UInt byteLane;
    final UInt remaining;
    final Bool errorSeen;

    public TxBufferReader(NicConfig config) {
        int slotBits = config.txSlotBits();
        int pointerBits = slotBits + 1; // one wrap bit tells a full ring from an empty one
        int addressBits = config.txAddressBits();
        enable = inBool();
        clearRing = inBool();
        commandValid = inBool();
        commandLength = inUInt(MacTx.LENGTH_BITS);
        maxLength = inUInt(MacTx.LENGTH_BITS);
        commandError = outBool();
        memAddress = outUInt(addressBits);
        memRead = outBool();
        memData = inBits(32);
        frame = ByteStream.output();
        macSent = inBool();
        macFailed = inBool();
        macRewind = inBool();
        macDiscard = inBool();
        frameDone = outBool();
        frameFailed = outBool();
        doneLength = outUInt(MacTx.LENGTH_BITS);
        head = outUInt(pointerBits);
        tail = outUInt(pointerBits);

        state = regState(State.class, State.IDLE);
        lengths = memory(MacTx.LENGTH_BITS, config.txSlots());
        headLength = uintWire(MacTx.LENGTH_BITS);
        UInt headReg = regUInt(pointerBits, 0);
        UInt tailReg = regUInt(pointerBits, 0);
        wordAddress = regUInt(addressBits, 0);
        byteLane = regUInt(2, 0);
        remaining = regUInt(MacTx.LENGTH_BITS, 0);
        errorSeen = regBool(false);
        assign(head, headReg);
        assign(tail, tailReg);

        // ---- queueing: the TX command ----
        UInt used = minus(tailReg, headReg);
        Bool full = eq(used, uint(config.txSlots(), pointerBits));
        Bool lengthOk = and(
                not(eq(commandLength, uint(0, MacTx.LENGTH_BITS))),
                le(commandLength, uint(config.slotBytes(), MacTx.LENGTH_BITS)),
                le(commandLength, maxLength));
        Bool accept = and(commandValid, not(full), lengthOk);
        assign(commandError, and(commandValid, not(accept)));
        write(lengths, tailReg.resize(slotBits), commandLength.asBits(), accept);
        when(accept, () -> increment(tailReg));

        // ---- streaming the head slot ----
        assign(headLength, readAsync(lengths, headReg.resize(slotBits)).asUInt());
        assign(doneLength, headLength);
        UInt slotBase =
                cat(headReg.resize(slotBits), bits(0, config.wordBits())).asUInt();
        Bool empty = eq(headReg, tailReg);

        assign(frame.valid, is(state, State.STREAM));
        assign(frame.last, eq(remaining, uint(1, MacTx.LENGTH_BITS)));
        Bits lane = bitsWire(8);
        assign(lane, memData.apply(0, new BitCount(8)));
        for (int k = 1; k < 4; k++) {
            int from = 8 * k;
            when(is(byteLane, k), () -> assign(lane, memData.apply(from, new BitCount(8))));
        }
        assign(frame.data, lane);
        assign(frameDone, false);
        assign(frameFailed, false);

        // The word read this clock is the one the byte lane needs next clock.
        UInt nextWord = uintWire(addressBits);
        assign(nextWord, wordAddress);
        assign(memAddress, nextWord);
        assign(wordAddress, nextWord);
        Bool inFlight = not(is(state, State.IDLE));
        // A word is read when a frame (re)starts (restart's callers below) and when the byte lane needs
        // the next one (none follows the last byte): decoded here, not assigned in the branches, the same
        // logic, which Verilator computes in a few operations instead of a table indexed by their tests.
        Bool frameWaiting = and(enable, not(empty));
        Bool starting = and(is(state, State.IDLE), frameWaiting);
        Bool wordNeeded = and(is(state, State.STREAM), frame.fire(), is(byteLane, 3), not(frame.last));
        assign(memRead, or(starting, wordNeeded, and(inFlight, macRewind)));

        Runnable restart = () -> {
            assign(nextWord, slotBase);
            assign(byteLane, 0);
            assign(remaining, headLength);
            assign(errorSeen, false);
            go(state, State.FETCH);
        };
        Runnable finishOk = () -> {
            assign(frameDone, true);
            increment(headReg);
            go(state, State.IDLE);
        };
        Runnable finishFailed = () -> {
            assign(frameFailed, true);
            increment(headReg);
            go(state, State.IDLE);
        };

        when(is(state, State.IDLE), () -> when(frameWaiting, restart))
                .elseWhen(is(state, State.FETCH), () -> go(state, State.STREAM))
                .elseWhen(
                        is(state, State.STREAM),
                        () -> when(frame.fire(), () -> {
                            increment(byteLane);
                            assign(remaining, minus(remaining, uint(1, MacTx.LENGTH_BITS)));
                            when(is(byteLane, 3), () -> assign(nextWord, plus(wordAddress, uint(1, addressBits))));
                            when(frame.last, () -> go(state, State.HOLD));
                        }));

        // The MAC's verdicts. A frame cut short by an underflow is drained by the MAC to its last
        // byte: it fails when that byte has gone (or at once if it already had).
        when(macFailed, () -> assign(errorSeen, true));
        when(inFlight, () -> {
            when(macRewind, restart)
                    .elseWhen(macDiscard, finishFailed)
                    .elseWhen(macSent, finishOk)
                    .elseWhen(and(is(state, State.HOLD), or(errorSeen, macFailed)), finishFailed);
        });

        when(clearRing, () -> {
            assign(headReg, 0);
            assign(tailReg, 0);
            assign(errorSeen, false);
            go(state, State.IDLE);
        });
    }
}
