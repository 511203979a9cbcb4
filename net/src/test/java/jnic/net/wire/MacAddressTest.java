package jnic.net.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MacAddressTest {
    @Test
    void parsesFormatsAndClassifies() {
        MacAddress a = MacAddress.parse("02:4a:4e:49:43:01");
        assertEquals("02:4a:4e:49:43:01", a.toString());
        assertArrayEquals(new byte[] {2, 0x4A, 0x4E, 0x49, 0x43, 1}, a.toBytes());
        assertTrue(a.isLocallyAdministered());
        assertFalse(a.isGroup());
        assertTrue(MacAddress.parse("01-00-5e-00-00-01").isGroup(), "IPv4 multicast");
        assertTrue(MacAddress.BROADCAST.isGroup());
        assertTrue(MacAddress.parse("ff:ff:ff:ff:ff:ff").isBroadcast());
        assertTrue(MacAddress.of(new byte[6]).isZero());
        assertEquals(a, MacAddress.of(new byte[] {9, 2, 0x4A, 0x4E, 0x49, 0x43, 1}, 1));
    }

    @Test
    void isImmutable() {
        byte[] b = {2, 0, 0, 0, 0, 1};
        MacAddress a = MacAddress.of(b);
        b[5] = 9;
        a.toBytes()[5] = 9;
        assertEquals("02:00:00:00:00:01", a.toString());
    }

    @Test
    void badInputSaysWhatIsWrong() {
        for (String bad :
                new String[] {"", "02:4a:4e:49:43", "02:4a:4e:49:43:0g", "2:4a:4e:49:43:01", "02:4a:4e:49:43:01:00"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MacAddress.parse(bad));
            assertTrue(e.getMessage().contains("not a MAC address"), e.getMessage());
        }
        assertThrows(IllegalArgumentException.class, () -> MacAddress.of(new byte[5]));
        assertThrows(IllegalArgumentException.class, () -> MacAddress.of(new byte[8], 3));
    }
}
