package jnic.stack;

/**
 * A token bucket on the host's clock, as Linux's {@code inet_peer_xrlim_allow} keeps one per
 * destination for ICMP errors: credit is time, it grows by the time that passes up to
 * {@code burst} tokens' worth, and each message taken costs one token of {@code nanosPerToken}.
 * So the bucket lets {@code burst} messages go at once and then one per {@code nanosPerToken}.
 * It starts full (as Linux's new peer, whose credit is dated a minute back). Exact in nanoseconds:
 * no rounding to ticks (Linux counts jiffies), so a test can say to the message what it allows.
 * Not thread-safe: it belongs to one event loop.
 */
public final class TokenBucket {
    private final long nanosPerToken;
    private final long capacity;
    private long credit;
    private long stamp;

    /** {@code burst} tokens at most, one more every {@code nanosPerToken}; full at {@code now}. */
    public TokenBucket(long nanosPerToken, int burst, long now) {
        if (nanosPerToken < 1 || burst < 1) {
            throw new IllegalArgumentException(
                    "a token bucket needs a positive interval and burst, not " + nanosPerToken + " ns, " + burst);
        }
        this.nanosPerToken = nanosPerToken;
        this.capacity = Math.multiplyExact(nanosPerToken, (long) burst);
        this.credit = capacity;
        this.stamp = now;
    }

    /** {@code perSecond} tokens a second (the interval rounded down to a nanosecond), {@code burst} at most; full at {@code now}. */
    public static TokenBucket perSecond(int perSecond, int burst, long now) {
        if (perSecond < 1) {
            throw new IllegalArgumentException("a rate of at least 1 a second, not " + perSecond);
        }
        return new TokenBucket(1_000_000_000L / perSecond, burst, now);
    }

    private void refill(long now) {
        long elapsed = now - stamp;
        stamp = now;
        if (elapsed > 0) {
            credit = elapsed >= capacity ? capacity : Math.min(capacity, credit + elapsed);
        }
    }

    /** Whether a token is there now (the bucket refills; nothing is taken). */
    public boolean available(long now) {
        refill(now);
        return credit >= nanosPerToken;
    }

    /** Takes a token if there is one; false, with nothing taken, if there is none. */
    public boolean take(long now) {
        refill(now);
        if (credit < nanosPerToken) {
            return false;
        }
        credit -= nanosPerToken;
        return true;
    }

    /** Whole tokens in the bucket as of the last call. */
    public long tokens() {
        return credit / nanosPerToken;
    }
}
