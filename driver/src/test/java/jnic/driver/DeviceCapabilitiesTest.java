package jnic.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The capabilities record refuses what no device can be: the bounds RFC 791 and IPv4's length field set. */
class DeviceCapabilitiesTest {
    @Test
    void standardEthernetHasNoOffloads() {
        assertEquals(new DeviceCapabilities(1500, 0, false), DeviceCapabilities.ETHERNET);
    }

    @Test
    void anMtuIsAtLeastIpv4sMinimumAndAtMostItsLength() {
        assertThrows(
                IllegalArgumentException.class, () -> DeviceCapabilities.mtu(67)); // RFC 791: every link carries 68
        assertEquals(68, DeviceCapabilities.mtu(68).mtu());
        assertEquals(65535, DeviceCapabilities.mtu(65535).mtu());
        assertThrows(IllegalArgumentException.class, () -> DeviceCapabilities.mtu(65536));
    }

    @Test
    void segmentationOffloadTakesMoreThanTheMtuAndNeedsChecksumOffload() {
        assertEquals(65535, new DeviceCapabilities(1500, 65535, true).segmentationOffload());
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeviceCapabilities(1500, 65535, false)); // a TSO NIC computes each piece's checksum
        assertThrows(IllegalArgumentException.class, () -> new DeviceCapabilities(1500, 1500, true)); // nothing to cut
        assertThrows(
                IllegalArgumentException.class,
                () -> new DeviceCapabilities(1500, 65536, true)); // past IPv4's total length
    }
}
