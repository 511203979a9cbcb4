package jnic.stack.tcp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jnic.net.wire.Ipv4Address;

/**
 * SYN cookies (RFC 4987 section 3.6): while a listener's SYN backlog is full, its SYN-ACK's
 * sequence number (our ISN) is a cookie that encodes what the connection needs, and no state is
 * kept; the ACK that completes the handshake brings the cookie back (its acknowledgment number
 * minus 1) and the connection is rebuilt from it.
 *
 * <p>The layout is Linux's ({@code net/ipv4/syncookies.c}), not the 5-3-24 bit split RFC 4987
 * describes after Bernstein:
 *
 * <pre>
 * cookie = H0(4-tuple) + client ISN + (count &lt;&lt; 24) + ((H1(4-tuple, count) + MSS index) mod 2^24)
 * </pre>
 *
 * H0 and H1 are keyed hashes under two secret keys: the first 32 bits of HMAC-SHA-256 from the
 * JDK, the same keyed hash as the ISNs' ({@link IsnGenerator}; Linux uses SipHash-2-4, which the
 * JDK does not have, and nothing about a cookie depends on which pseudo-random function makes it); {@code count} is a coarse
 * clock that ticks every minute ({@link #PERIOD_NANOS}), so its top 8 bits date the cookie. On
 * return, H0 and the client's ISN are taken off, the count in the top 8 bits must be this minute's
 * or the last one's (a cookie lives one to two minutes, Linux's {@code MAX_SYNCOOKIE_AGE}), then H1
 * of that count is taken off the low 24 bits, which must leave an index into {@link #MSS_TABLE}
 * (Linux's msstab: 536, 1300, 1440, 1460). Anything else fails; a forged ACK passes with a
 * chance of 4 in 2^24 per guess. The MSS offered is rounded down to the table's. As in Linux the
 * client's ISN is added in, not hashed, so an ACK whose sequence number is a little off reads as
 * another MSS index; only someone who saw the cookie can send one, and could send it right.
 *
 * <p>The options that do not fit in the cookie go, as Linux does it, into the low 6 bits of the
 * timestamp (RFC 7323) the SYN-ACK carries when the SYN had one, which the ACK echoes: the
 * peer's window scale in bits 0-3 (15: none), SACK-permitted in bit 4 (bit 5, ECN, stays 0: this
 * stack has no ECN). Without a timestamp in the SYN, the SYN-ACK offers neither window scaling
 * nor SACK, and the connection runs without them (its window field then caps its receive window
 * at 64 KiB - 1). The cookie checks only the 4-tuple, the time and the MSS index; the timestamp's
 * bits are the peer's word.
 */
final class SynCookies {
    /** Linux's msstab: the MSS values a cookie can carry (index 0 to 3). */
    static final int[] MSS_TABLE = {536, 1300, 1440, 1460};
    /** The cookie clock's tick (Linux's TCP_SYNCOOKIE_PERIOD). */
    static final long PERIOD_NANOS = 60_000_000_000L;
    /** A cookie is good for the count it was made in and the next (Linux's MAX_SYNCOOKIE_AGE). */
    static final int MAX_AGE = 2;
    /** How long after a listener's last cookie an ACK to it may still be one (Linux's TCP_SYNCOOKIE_VALID). */
    static final long VALID_NANOS = MAX_AGE * PERIOD_NANOS;
    /** Bits of a timestamp that carry options (Linux's TSBITS), and their fields. */
    static final int TIMESTAMP_BITS = 6;

    static final int TIMESTAMP_NO_WINDOW_SCALE = 0xF;
    static final int TIMESTAMP_SACK = 1 << 4;

    private static final int COUNT_SHIFT = 24;
    private static final int HASH_MASK = (1 << COUNT_SHIFT) - 1;

    private final Mac[] hashes = new Mac[2]; // H0, H1

    /** Cookies under {@code secret}: 32 bytes, H0's 128-bit key then H1's. */
    SynCookies(byte[] secret) {
        if (secret.length != 32) {
            throw new IllegalArgumentException("two 128-bit keys: 32 bytes, not " + secret.length);
        }
        try {
            for (int h = 0; h < 2; h++) {
                hashes[h] = Mac.getInstance("HmacSHA256");
                hashes[h].init(new SecretKeySpec(Arrays.copyOfRange(secret, 16 * h, 16 * h + 16), "HmacSHA256"));
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** The cookie clock at {@code nanos}. */
    static int count(long nanos) {
        return (int) Math.floorDiv(nanos, PERIOD_NANOS);
    }

    /** The index of the largest MSS in the table not above {@code mss} (0 when it is below them all). */
    static int mssIndex(int mss) {
        int i = MSS_TABLE.length - 1;
        while (i > 0 && mss < MSS_TABLE[i]) {
            i--;
        }
        return i;
    }

    /** H{@code h} of the 4-tuple and {@code c}: the first 32 bits of the HMAC of their 16 bytes. */
    private int hash(int h, Ipv4Address source, int sourcePort, Ipv4Address destination, int destinationPort, int c) {
        ByteBuffer message = ByteBuffer.allocate(16)
                .putInt(source.value())
                .putInt(destination.value())
                .putInt(sourcePort << 16 | destinationPort)
                .putInt(c);
        return ByteBuffer.wrap(hashes[h].doFinal(message.array())).getInt();
    }

    /**
     * The cookie for a SYN from {@code source}:{@code sourcePort} with sequence number
     * {@code clientIsn} to {@code destination}:{@code destinationPort}, offering {@code mss}, at
     * {@code now} (nanoseconds): our ISN for the SYN-ACK.
     */
    int make(
            Ipv4Address source,
            int sourcePort,
            Ipv4Address destination,
            int destinationPort,
            int clientIsn,
            int mss,
            long now) {
        int c = count(now);
        return hash(0, source, sourcePort, destination, destinationPort, 0)
                + clientIsn
                + (c << COUNT_SHIFT)
                + ((hash(1, source, sourcePort, destination, destinationPort, c) + mssIndex(mss)) & HASH_MASK);
    }

    /**
     * The MSS that {@code cookie} (the returning ACK's acknowledgment number minus 1) carries for
     * that 4-tuple and {@code clientIsn} (the ACK's sequence number minus 1), or -1 when it is not
     * a cookie of ours from this count or the one before.
     */
    int check(
            int cookie,
            Ipv4Address source,
            int sourcePort,
            Ipv4Address destination,
            int destinationPort,
            int clientIsn,
            long now) {
        int c = count(now);
        int rest = cookie - hash(0, source, sourcePort, destination, destinationPort, 0) - clientIsn;
        int age = (c - (rest >>> COUNT_SHIFT)) & 0xFF;
        if (age >= MAX_AGE) {
            return -1;
        }
        int index = (rest - hash(1, source, sourcePort, destination, destinationPort, c - age)) & HASH_MASK;
        return index < MSS_TABLE.length ? MSS_TABLE[index] : -1;
    }

    /**
     * The timestamp value (RFC 7323 TSval, 32 bits) a cookie's SYN-ACK sends at timestamp clock
     * {@code tsNow}: that clock with its low 6 bits replaced by the options, and one step of 64
     * back if that would be ahead of the clock (so later TSvals never go backwards), as Linux's
     * {@code cookie_init_timestamp}. {@code windowScale} is the peer's shift, -1 when it offered none.
     */
    static long timestampValue(long tsNow, int windowScale, boolean sackPermitted) {
        long options =
                (windowScale >= 0 ? windowScale : TIMESTAMP_NO_WINDOW_SCALE) | (sackPermitted ? TIMESTAMP_SACK : 0);
        long now = tsNow & 0xFFFFFFFFL;
        long ts = (now >>> TIMESTAMP_BITS) << TIMESTAMP_BITS | options;
        if (ts > now) {
            ts -= 1L << TIMESTAMP_BITS;
        }
        return ts & 0xFFFFFFFFL;
    }

    /** What a cookie's timestamp, echoed in the ACK (TSecr), says of the peer's SYN options. */
    record TimestampOptions(int windowScale, boolean sackPermitted) {}

    /** Reads back what {@link #timestampValue} put into {@code tsEcr}; window scale -1 when none. */
    static TimestampOptions options(long tsEcr) {
        int scale = (int) (tsEcr & TIMESTAMP_NO_WINDOW_SCALE);
        return new TimestampOptions(
                scale == TIMESTAMP_NO_WINDOW_SCALE ? -1 : Math.min(scale, 14), (tsEcr & TIMESTAMP_SACK) != 0);
    }
}
