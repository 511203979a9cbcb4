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
 * <p>The verdict comes with the frame's last byte ({@code rxValid && rxLast}); frames shorter than
 * 7 bytes are never matched (they are runts, only promiscuous mode takes them). The bin's table
 * bit is looked up a clock after the bin arrives, through a register (the 64-way multiplexer would
 * otherwise sit in the verdict's path), so a group address matches from the 8th byte on
 * ({@code binValid}): a 7-byte frame (a runt too) to a group never does.
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
    final Bool binSet;
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
        binSet = regBool(false);
        binValid = regBool(false);
        assign(binSet, multicastHash.apply(destinationHash));

        Bool inAddress = lt(index, uint(ADDRESS_BYTES, 3));
        Bool complete = is(index, ADDRESS_BYTES);
        Bits stationByte = stationAddress.apply(shiftLeft(index, 3), new BitCount(8));
        when(rxValid, () -> {
            when(inAddress, () -> {
                increment(index);
                assign(sameAsStation, and(sameAsStation, eq(rxData, stationByte)));
                assign(allOnes, and(allOnes, eq(rxData, bits(0xFF, 8))));
                when(is(index, 0), () -> assign(groupAddress, rxData.apply(0)));
            });
            // From the byte after the 7th on, binSet holds this frame's bin.
            when(complete, () -> assign(binValid, true));
            when(rxLast, () -> {
                assign(index, 0);
                assign(sameAsStation, true);
                assign(allOnes, true);
                assign(binValid, false);
            });
        });

        Bool decide = and(rxValid, rxLast);
        assign(unicastMatch, and(decide, complete, sameAsStation));
        assign(broadcastMatch, and(decide, complete, allOnes));
        assign(multicastMatch, and(decide, complete, groupAddress, not(allOnes), binValid, binSet));
        assign(accept, or(unicastMatch, broadcastMatch, multicastMatch, and(decide, promiscuous)));
    }
}
