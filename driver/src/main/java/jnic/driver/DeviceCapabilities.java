package jnic.driver;

import jnic.net.wire.Ipv4Packet;

/**
 * What a device can do beyond sending and receiving standard frames, in one record (as smoltcp's
 * {@code DeviceCapabilities}): the stack asks it once per decision instead of each device
 * answering a question of its own.
 *
 * @param mtu the largest payload after the 14-byte Ethernet header (1500 for standard Ethernet,
 *     IEEE 802.3 clause 3.2.7); at least 68, the smallest MTU IPv4 allows (RFC 791)
 * @param segmentationOffload TCP segmentation offload, as a NIC's TSO: the longest IPv4 datagram
 *     carrying one TCP segment that {@link NetDevice#sendSegmented} takes and cuts into
 *     MTU-sized segments itself; 0 when the device has none
 * @param checksumOffload the device computes checksums: it completes the partial TCP checksum of a
 *     segment sent with {@link NetDevice#sendSegmented} for each piece it cuts, and completes a
 *     partial checksum on a received frame before handing it over, so the stack always gets whole
 *     checksums. Segmentation offload needs it.
 */
public record DeviceCapabilities(int mtu, int segmentationOffload, boolean checksumOffload) {
    /** Standard Ethernet with no offloads. */
    public static final DeviceCapabilities ETHERNET = new DeviceCapabilities(1500, 0, false);

    public DeviceCapabilities {
        if (mtu < 68 || mtu > Ipv4Packet.MAX_LENGTH) {
            throw new IllegalArgumentException("an MTU is 68 to 65535 bytes, not " + mtu);
        }
        if (segmentationOffload != 0
                && (segmentationOffload <= mtu || segmentationOffload > Ipv4Packet.MAX_LENGTH || !checksumOffload)) {
            throw new IllegalArgumentException("segmentation offload takes datagrams longer than the MTU " + mtu
                    + ", up to 65535 bytes," + " and needs checksum offload; not " + segmentationOffload
                    + (checksumOffload ? "" : " without checksum offload"));
        }
    }

    /** Standard frames of {@code mtu} bytes of payload, no offloads. */
    public static DeviceCapabilities mtu(int mtu) {
        return new DeviceCapabilities(mtu, 0, false);
    }
}
