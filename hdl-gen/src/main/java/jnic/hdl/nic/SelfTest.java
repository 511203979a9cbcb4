package jnic.hdl.nic;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import jnic.hdl.mac.MacTx;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * The adapter's power-on self-test, started by the driver before it enables the adapter.
 *
 * <ol>
 *   <li>Buffer memory: every word of both rings is written with a pattern made from its address
 *       (high half the complement of the low half), read back and compared, then the same with
 *       every bit inverted, so each bit is seen at 0 and at 1 and address lines that short or
 *       stick give wrong words ({@code memoryFailed}).</li>
 *   <li>Internal loopback: a 64-byte test frame is written into transmit slot 0 and sent
 *       through the whole transmit path (buffer reader, MAC, the PHY in the phy build), looped
 *       back inside the adapter into the receive path, and checked byte for byte with its FCS
 *       and length ({@code loopbackFailed}); no frame reaches the line or the receive ring.</li>
 *   <li>The address ROM's checksum ({@code romFailed}).</li>
 * </ol>
 * While {@code active} the adapter is in internal loopback, full duplex, with transmit enabled
 * and the receive ring and all events held off; the rings are cleared before and after
 * ({@code clearRings}). {@code done} pulses at the end, {@code passed} holds the result until
 * the next start.
 */
public final class SelfTest extends HwComponent {
    public enum State {
        IDLE,
        WRITE,
        READ,
        FRAME_LOAD,
        FRAME_SEND,
        FRAME_WAIT,
        FINISH
    }

    public static final int FRAME_BYTES = 64;
    public static final int PATTERN_XOR = 0x5A;
    /**
     * Clocks the loopback may take (2^12): a 64-byte frame comes back in about 90 clocks on the fast
     * build and 170 on the phy build, whose logic runs on the MII clock (a nibble per clock).
     */
    public static final int TIMEOUT_BITS = 12;

    public final Bool start;
    public final Bool romOk;
    public final Bool active;
    public final Bool ownsMemories;
    public final Bool ownsTxWrite;
    public final Bool clearRings;
    public final UInt txAddress;
    public final Bits txWriteData;
    public final Bool txWrite;
    public final Bits txReadData;
    public final UInt rxAddress;
    public final Bits rxWriteData;
    public final Bool rxWrite;
    public final Bits rxReadData;
    public final Bool commandValid;
    public final UInt commandLength;
    public final Bool txBusy;
    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final UInt rxLength;
    public final Bool rxError;
    public final Bool done;
    public final Bool passed;
    public final Bool memoryFailed;
    public final Bool loopbackFailed;
    public final Bool romFailed;

    final UInt state;
    final Bool inverted;
    final UInt address;
    final Bool checkTx;
    final Bool checkRx;
    final Bits expected;
    final UInt rxIndex;
    final Bool frameSeen;
    final UInt timeout;
    final Bool memoryBad;
    final Bool loopbackBad;
    final Bool romBad;
    final Bool passedReg;

    public SelfTest(NicConfig config) {
        int txBits = config.txAddressBits();
        int rxBits = config.rxAddressBits();
        int addressBits = Math.max(txBits, rxBits);
        start = inBool();
        romOk = inBool();
        active = outBool();
        ownsMemories = outBool();
        ownsTxWrite = outBool();
        clearRings = outBool();
        txAddress = outUInt(txBits);
        txWriteData = outBits(32);
        txWrite = outBool();
        txReadData = inBits(32);
        rxAddress = outUInt(rxBits);
        rxWriteData = outBits(32);
        rxWrite = outBool();
        rxReadData = inBits(32);
        commandValid = outBool();
        commandLength = outUInt(MacTx.LENGTH_BITS);
        txBusy = inBool();
        rxValid = inBool();
        rxData = inBits(8);
        rxLast = inBool();
        rxLength = inUInt(MacTx.LENGTH_BITS);
        rxError = inBool();
        done = outBool();
        passed = outBool();
        memoryFailed = outBool();
        loopbackFailed = outBool();
        romFailed = outBool();

        state = regState(State.class, State.IDLE);
        inverted = regBool(false);
        address = regUInt(addressBits, 0);
        checkTx = regBool(false);
        checkRx = regBool(false);
        expected = regBits(32, 0);
        rxIndex = regUInt(MacTx.LENGTH_BITS, 0);
        frameSeen = regBool(false);
        timeout = regUInt(TIMEOUT_BITS, 0);
        memoryBad = regBool(false);
        loopbackBad = regBool(false);
        romBad = regBool(false);
        passedReg = regBool(false);

        assign(active, not(is(state, State.IDLE)));
        assign(ownsMemories, or(is(state, State.WRITE), is(state, State.READ)));
        assign(ownsTxWrite, is(state, State.FRAME_LOAD));
        assign(passed, passedReg);
        assign(memoryFailed, memoryBad);
        assign(loopbackFailed, loopbackBad);
        assign(romFailed, romBad);
        // The one-clock outputs decoded from the state and inputs here, not assigned in the branches
        // below (FINISH's branch ends on the same finishNow): the same logic, which Verilator computes
        // in a few operations on every clock instead of a table indexed by every branch's test.
        // The transmit side reports its frame done about when the last byte comes back.
        Bool finishNow = or(not(txBusy), timeout.andR());
        Bool finishing = and(is(state, State.FINISH), finishNow);
        assign(clearRings, or(and(is(state, State.IDLE), start), finishing));
        assign(done, finishing);
        assign(commandValid, is(state, State.FRAME_SEND));
        assign(commandLength, uint(FRAME_BYTES, MacTx.LENGTH_BITS));

        // The memory pattern: {~a, a} for 16-bit a, all inverted on the second pass.
        UInt a16 = address.resize(16);
        Bits pattern = xor(cat(not(a16.asBits()), a16.asBits()), mux(inverted, bits(0xFFFFFFFFL, 32), bits(0, 32)));
        UInt wide = address.resize(addressBits + 1);
        Bool inTx = lt(wide, uint(config.txSlots() * (long) config.slotWords(), addressBits + 1));
        Bool inRx = lt(wide, uint(config.rxSlots() * (long) config.slotWords(), addressBits + 1));
        Bool last = eq(
                address,
                uint(Math.max(config.txSlots(), config.rxSlots()) * (long) config.slotWords() - 1, addressBits));

        // The test frame: byte i is i XOR 0x5A; word w holds bytes 4w..4w+3.
        UInt frameWord = address.resize(4);
        Bits frameData =
                cat(frameByte(frameWord, 3), frameByte(frameWord, 2), frameByte(frameWord, 1), frameByte(frameWord, 0));

        assign(txAddress, address.resize(txBits));
        assign(rxAddress, address.resize(rxBits));
        assign(txWriteData, mux(is(state, State.FRAME_LOAD), frameData, pattern));
        assign(rxWriteData, pattern);
        assign(txWrite, or(and(is(state, State.WRITE), inTx), is(state, State.FRAME_LOAD)));
        assign(rxWrite, and(is(state, State.WRITE), inRx));

        // Read-back compare, one clock behind the address (the memories' registered reads). Only while
        // the test runs: idle, the checks stay off (they are off when it ends), and a simulator skips
        // the comparing in the clocks of an adapter at work.
        when(not(is(state, State.IDLE)), () -> {
            assign(checkTx, and(is(state, State.READ), inTx));
            assign(checkRx, and(is(state, State.READ), inRx));
            assign(expected, pattern);
            when(and(checkTx, ne(txReadData, expected)), () -> assign(memoryBad, true));
            when(and(checkRx, ne(rxReadData, expected)), () -> assign(memoryBad, true));
        });

        when(
                        is(state, State.IDLE),
                        () -> when(start, () -> {
                            assign(memoryBad, false);
                            assign(loopbackBad, false);
                            assign(romBad, false);
                            assign(passedReg, false);
                            assign(inverted, false);
                            assign(address, 0);
                            go(state, State.WRITE);
                        }))
                .elseWhen(is(state, State.WRITE), () -> {
                    increment(address);
                    when(last, () -> {
                        assign(address, 0);
                        go(state, State.READ);
                    });
                })
                .elseWhen(is(state, State.READ), () -> {
                    increment(address);
                    when(last, () -> {
                        assign(address, 0);
                        assign(inverted, not(inverted));
                        when(inverted, () -> go(state, State.FRAME_LOAD)).otherwise(() -> go(state, State.WRITE));
                    });
                })
                .elseWhen(is(state, State.FRAME_LOAD), () -> {
                    increment(address);
                    when(is(address, FRAME_BYTES / 4 - 1), () -> go(state, State.FRAME_SEND));
                })
                .elseWhen(is(state, State.FRAME_SEND), () -> {
                    assign(rxIndex, 0);
                    assign(frameSeen, false);
                    assign(timeout, 0);
                    go(state, State.FRAME_WAIT);
                })
                .elseWhen(is(state, State.FRAME_WAIT), () -> {
                    increment(timeout);
                    when(rxValid, () -> {
                        increment(rxIndex);
                        UInt low = rxIndex.resize(8);
                        Bits want = xor(low.asBits(), bits(PATTERN_XOR, 8));
                        when(
                                and(lt(rxIndex, uint(FRAME_BYTES, MacTx.LENGTH_BITS)), ne(rxData, want)),
                                () -> assign(loopbackBad, true));
                        when(rxLast, () -> {
                            assign(frameSeen, true);
                            when(
                                    or(rxError, ne(rxLength, uint(FRAME_BYTES + MacTx.FCS_BYTES, MacTx.LENGTH_BITS))),
                                    () -> assign(loopbackBad, true));
                            go(state, State.FINISH);
                        });
                    });
                    when(timeout.andR(), () -> go(state, State.FINISH));
                })
                .elseWhen(is(state, State.FINISH), () -> {
                    increment(timeout);
                    when(finishNow, () -> {
                        Bool loopBad = or(loopbackBad, not(frameSeen), txBusy);
                        assign(loopbackBad, loopBad);
                        assign(romBad, not(romOk));
                        assign(passedReg, and(not(memoryBad), not(loopBad), romOk));
                        go(state, State.IDLE);
                    });
                });
    }

    private static Bits frameByte(UInt word, int lane) {
        return xor(cat(bits(0, 2), word, bits(lane, 2)), bits(PATTERN_XOR, 8));
    }
}
