package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Receive address filter on the destination address, the first 6 bytes of a frame (IEEE 802.3
 * clause 3.2.3): accepts the station's own unicast address, the broadcast address, group
 * (multicast) addresses whose hash bin is set, or everything in promiscuous mode.
 *
 * <p>Addresses are held in wire order: {@code stationAddress[7:0]} is the first byte on the wire
 * (the byte whose least significant bit is the individual/group bit).
 *
 * <p>Multicast hash: a 64-bin table. The bin of a group address is the top 6 bits of its CRC-32,
 * {@code bin = CRC32(6 destination bytes) >>> 26}, CRC32 as java.util.zip.CRC32 computes it
 * (reflected, preset and inverted), and a frame to a group address is accepted when bit
 * {@code bin} of {@code multicastHash} is set. The driver programs the table with the same
 * function. This follows the common controller practice of indexing the table with 6 bits of
 * the CRC of the address, with our bit selection stated here. The bin arrives on
 * {@code destinationHash} from {@link RxChecker}, whose FCS register holds that CRC anyway once
 * the address is in.
 *
 * <p>The verdict comes with the frame's last byte ({@code rxValid && rxLast}). Every comparison
 * passes through a register before it reaches the verdict, so that no path of the filter is deeper
 * than three or four levels of logic (a deeper one would set the depth every other path of the MAC
 * is mapped to):
 * <ul>
 *   <li>each byte of the destination is compared with the station's byte in its clock, and the
 *       result ({@code byteMatched}) joins {@code sameAsStation} in the next, so the station's own
 *       address matches once the 6th byte's has joined: from the 8th byte on when bytes come a
 *       clock apart (the fast build), from the 7th when they come further apart;</li>
 *   <li>the bin's table bit is looked up in two clocks after the bin arrives: the 8 bits the bin's
 *       low 3 bits pick, one from each byte of the table ({@code binCandidates}), then the one of
 *       them its high 3 bits pick ({@code binSet}), each an 8-way multiplexer where a 64-way one
 *       would be six levels deep; so a group address matches from the 9th byte on
 *       ({@code binValid}).</li>
 * </ul>
 * Shorter frames are runts, which only promiscuous mode takes.
 */
public final class AddressFilter extends HwComponent {
    public static final int ADDRESS_BYTES = 6;

    public final Bool rxValid;
    public final Bits rxData;
    public final Bool rxLast;
    public final Bits stationAddress;
    public final Bool promiscuous;
    public final Bits multicastHash;
    public final UInt destinationHash;
    public final Bool accept;
    public final Bool unicastMatch;
    public final Bool broadcastMatch;
    public final Bool multicastMatch;

    final UInt index;
    final Bool sameAsStation;
    final Bool allOnes;
    final Bool groupAddress;
    /** The byte compared in the last clock was the station's. */
    final Bool byteMatched;
    /** A destination byte was compared in the last clock (byteMatched is its result). */
    final Bool compared;
    /** Bit k: the table's bit 8·k + (the bin's low 3 bits). */
    final Bits binCandidates;

    final Bool binSet;
    final Bool seventhSeen;
    final Bool binValid;

    public AddressFilter() {
        rxValid = inBool();
        rxData = inBits(8);
        rxLast = inBool();
        stationAddress = inBits(8 * ADDRESS_BYTES);
        promiscuous = inBool();
        multicastHash = inBits(64);
        destinationHash = inUInt(6);
        accept = outBool();
        unicastMatch = outBool();
        broadcastMatch = outBool();
        multicastMatch = outBool();

        index = regUInt(3, 0);
        sameAsStation = regBool(true);
        allOnes = regBool(true);
        groupAddress = regBool(false);
        byteMatched = dataRegBool();
        compared = regBool(false);
        binCandidates = regBits(8, 0);
        binSet = regBool(false);
        seventhSeen = regBool(false);
        binValid = regBool(false);
        UInt binLow = destinationHash.apply(0, new BitCount(3));
        UInt binHigh = destinationHash.apply(3, new BitCount(3));
        for (int k = 0; k < 8; k++) {
            assign(
                    binCandidates.apply(k),
                    multicastHash.apply(8 * k, new BitCount(8)).apply(binLow));
        }
        assign(binSet, binCandidates.apply(binHigh));

        Bool inAddress = lt(index, uint(ADDRESS_BYTES, 3));
        Bool complete = is(index, ADDRESS_BYTES);
        Bits stationByte = stationAddress.apply(shiftLeft(index, 3), new BitCount(8));
        assign(byteMatched, eq(rxData, stationByte));
        // Not the frame's last byte: a result that joined in the clock after it would land on the next frame.
        assign(compared, and(rxValid, inAddress, not(rxLast)));
        when(compared, () -> assign(sameAsStation, and(sameAsStation, byteMatched)));
        when(rxValid, () -> {
            when(inAddress, () -> {
                increment(index);
                assign(allOnes, and(allOnes, eq(rxData, bits(0xFF, 8))));
                when(is(index, 0), () -> assign(groupAddress, rxData.apply(0)));
            });
            // From the 9th byte on, binSet holds this frame's bin (two clocks after the 7th).
            when(complete, () -> {
                assign(seventhSeen, true);
                assign(binValid, seventhSeen);
            });
            when(rxLast, () -> {
                assign(index, 0);
                assign(sameAsStation, true);
                assign(allOnes, true);
                assign(seventhSeen, false);
                assign(binValid, false);
            });
        });

        Bool decide = and(rxValid, rxLast);
        // Not while the last address byte's comparison is still to join (a 7-byte frame on the fast build).
        assign(unicastMatch, and(decide, complete, sameAsStation, not(compared)));
        assign(broadcastMatch, and(decide, complete, allOnes));
        assign(multicastMatch, and(decide, complete, groupAddress, not(allOnes), binValid, binSet));
        assign(accept, or(unicastMatch, broadcastMatch, multicastMatch, and(decide, promiscuous)));
    }
}
