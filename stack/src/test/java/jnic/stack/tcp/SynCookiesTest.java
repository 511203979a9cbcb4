package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jnic.net.wire.Ipv4Address;
import org.junit.jupiter.api.Test;

/**
 * SYN cookies (RFC 4987 section 3.6, Linux's layout): a worked example taken apart by hand, with
 * the two hashes computed here with the JDK's HMAC-SHA-256 under the halves of the secret, then
 * what must make a cookie fail. RFC 4987 gives no test vectors; the example's numbers follow from
 * the formula in {@link SynCookies}.
 */
class SynCookiesTest {
    /** The keys {@code first}, {@code first} + 1, ...: H0's the first 16 bytes, H1's the next 16. */
    static byte[] secret(int first) {
        byte[] s = new byte[32];
        for (int i = 0; i < s.length; i++) {
            s[i] = (byte) (first + i);
        }
        return s;
    }

    static final Ipv4Address CLIENT = Ipv4Address.parse("192.0.2.1");
    static final Ipv4Address SERVER = Ipv4Address.parse("198.51.100.2");
    static final int CLIENT_PORT = 40000;
    static final int ISN = 0x12345678;
    static final long T = 90_000_000_000L; // 90 s: cookie count 1

    final SynCookies cookies = new SynCookies(secret(0));

    @Test
    void aWorkedExampleTakenApartByHand() {
        int cookie = cookies.make(CLIENT, CLIENT_PORT, SERVER, 80, ISN, 1460, T);
        int ports = CLIENT_PORT << 16 | 80;
        int h0 = hmac(Arrays.copyOfRange(secret(0), 0, 16), CLIENT.value(), SERVER.value(), ports, 0);
        int h1 = hmac(Arrays.copyOfRange(secret(0), 16, 32), CLIENT.value(), SERVER.value(), ports, 1);
        int rest = cookie - h0 - ISN;
        assertEquals(1, rest >>> 24, "the top 8 bits: the count, 90 s / 60 s");
        assertEquals(3, (rest - h1) & 0xFFFFFF, "the low 24 bits less H1: the MSS index, 1460 is msstab[3]");
        assertEquals(1460, cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN, T));
    }

    @Test
    void theMssIsRoundedDownToLinuxsTable() {
        int[][] cases = {
            {1460, 1460}, {9000, 1460}, {1459, 1440}, {1440, 1440}, {1400, 1300}, {1299, 536}, {536, 536}, {200, 536}
        };
        for (int[] c : cases) {
            int cookie = cookies.make(CLIENT, CLIENT_PORT, SERVER, 80, ISN, c[0], T);
            assertEquals(c[1], cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN, T), "MSS " + c[0]);
        }
    }

    @Test
    void aCookieLivesForTheMinuteItWasMadeInAndTheNext() {
        long made = 60_000_000_000L; // the start of count 1
        int cookie = cookies.make(CLIENT, CLIENT_PORT, SERVER, 80, ISN, 1460, made);
        assertEquals(1460, cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN, made));
        assertEquals(1460, cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN, made + 119_999_999_999L));
        assertEquals(
                -1,
                cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN, made + 120_000_000_000L),
                "count 3: two counts old");
        assertEquals(
                -1,
                cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN, made - 1),
                "from before it was made (count 0) it is no cookie either");
    }

    @Test
    void anyChangedFieldOrAnotherSecretFails() {
        int cookie = cookies.make(CLIENT, CLIENT_PORT, SERVER, 80, ISN, 1460, T);
        Ipv4Address other = Ipv4Address.parse("192.0.2.2");
        assertEquals(-1, cookies.check(cookie, other, CLIENT_PORT, SERVER, 80, ISN, T), "source address");
        assertEquals(-1, cookies.check(cookie, CLIENT, CLIENT_PORT + 1, SERVER, 80, ISN, T), "source port");
        assertEquals(-1, cookies.check(cookie, CLIENT, CLIENT_PORT, other, 80, ISN, T), "destination address");
        assertEquals(-1, cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 81, ISN, T), "destination port");
        assertEquals(-1, cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN + 0x1000, T), "the client's ISN");
        assertEquals(-1, cookies.check(cookie + 1, CLIENT, CLIENT_PORT, SERVER, 80, ISN, T), "the cookie itself");
        assertEquals(
                -1, new SynCookies(secret(1)).check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN, T), "another secret");
    }

    /** As in Linux, the client's ISN is added in, not hashed: an ISN one off reads as the next MSS index. */
    @Test
    void theClientsIsnIsAddedNotHashed() {
        int cookie = cookies.make(CLIENT, CLIENT_PORT, SERVER, 80, ISN, 1460, T);
        assertEquals(1440, cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN + 1, T));
        assertEquals(-1, cookies.check(cookie, CLIENT, CLIENT_PORT, SERVER, 80, ISN - 1, T), "index 4: none");
    }

    @Test
    void forgedCookiesPassAboutFourTimesIn2To24() {
        int passed = 0;
        for (int guess = 0; guess < 1 << 20; guess++) {
            if (cookies.check(guess * 4099, CLIENT, CLIENT_PORT, SERVER, 80, ISN, T) >= 0) {
                passed++;
            }
        }
        assertTrue(passed <= 3, passed + " of 2^20 guesses passed; about 0.5 expected");
    }

    @Test
    void theTimestampCarriesWindowScaleAndSackInItsLowSixBits() {
        // Linux's cookie_init_timestamp: clock 1_000_000 ms = 0xF4240, low 6 bits 0; options 7 | SACK (16) = 23.
        long ts = SynCookies.timestampValue(1_000_000, 7, true);
        assertEquals(1_000_000 - 64 + 23, ts, "0xF4240 | 23 is ahead of the clock, so one step of 64 back");
        assertEquals(new SynCookies.TimestampOptions(7, true), SynCookies.options(ts));
        long none = SynCookies.timestampValue(1_000_063, -1, false);
        assertEquals(1_000_000 + 15, none, "no window scale: 15; not ahead of the clock, so kept");
        assertEquals(new SynCookies.TimestampOptions(-1, false), SynCookies.options(none));
        assertEquals(0xFFFFFFD0L, SynCookies.timestampValue(5, 0, true), "ahead at clock 5: wraps below zero");
        for (int scale = -1; scale <= 14; scale++) {
            for (boolean sack : new boolean[] {false, true}) {
                long t = SynCookies.timestampValue(123_456_789, scale, sack);
                assertTrue(t <= 123_456_789 && t > 123_456_789 - 64);
                assertEquals(new SynCookies.TimestampOptions(scale, sack), SynCookies.options(t));
            }
        }
    }

    /** The first 32 bits of HMAC-SHA-256 under {@code key} of four 32-bit words, big-endian. */
    private static int hmac(byte[] key, int a, int b, int c, int d) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] m = ByteBuffer.allocate(16)
                    .putInt(a)
                    .putInt(b)
                    .putInt(c)
                    .putInt(d)
                    .array();
            return ByteBuffer.wrap(mac.doFinal(m)).getInt();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
