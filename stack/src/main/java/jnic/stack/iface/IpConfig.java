package jnic.stack.iface;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * The IP layer's tunables. Defaults follow common practice: ARP entries live 60 s and a resolution
 * tries 3 requests 1 s apart; reassembly gives up after 30 s (RFC 791's suggested upper bound is
 * 15 s, Linux uses 30 s) and holds at most 4 MiB across all datagrams, as Linux's
 * ipfrag_high_thresh; datagrams leave with TTL 64 (RFC 1700's recommendation, Linux's default);
 * forwarding is off (RFC 1122 section 3.3.1: a host does not forward unless configured to).
 * ICMP errors are rate limited (RFC 1812 section 4.3.2.8) with Linux's defaults: per destination
 * one per {@code icmpRateLimit} (1 s, icmp_ratelimit) after a burst of 6, and host-wide
 * {@code icmpMsgsPerSec} (1000, icmp_msgs_per_sec) after a burst of {@code icmpMsgsBurst} (50,
 * icmp_msgs_burst), for the ICMP types set in {@code icmpRateMask} (0x1818, icmp_ratemask:
 * destination unreachable, source quench, time exceeded, parameter problem); see {@link IcmpErrors}.
 */
public record IpConfig(
        Duration arpCacheTimeout,
        Duration arpRetryInterval,
        int arpRequests,
        int arpPendingBytes,
        Duration reassemblyTimeout,
        int reassemblyMemoryBytes,
        int defaultTtl,
        boolean forwarding,
        Duration icmpRateLimit,
        int icmpMsgsPerSec,
        int icmpMsgsBurst,
        int icmpRateMask) {
    public static final IpConfig DEFAULT = new IpConfig(
            Duration.ofSeconds(60),
            Duration.ofSeconds(1),
            3,
            256 * 1024,
            Duration.ofSeconds(30),
            4 * 1024 * 1024,
            64,
            false,
            Duration.ofSeconds(1),
            1000,
            50,
            0x1818);

    public IpConfig {
        if (arpRequests < 1 || arpPendingBytes < 0 || reassemblyMemoryBytes < 0 || defaultTtl < 1 || defaultTtl > 255) {
            throw new IllegalArgumentException(
                    "bad IP configuration: " + arpRequests + " ARP requests, " + arpPendingBytes + " pending bytes, "
                            + reassemblyMemoryBytes + " reassembly bytes, TTL " + defaultTtl);
        }
        if (icmpRateLimit.isNegative() || icmpMsgsPerSec < 1 || icmpMsgsBurst < 1) {
            throw new IllegalArgumentException("bad ICMP rate limits: " + icmpRateLimit + " per destination, "
                    + icmpMsgsPerSec + " a second with bursts of " + icmpMsgsBurst);
        }
    }

    public IpConfig withForwarding(boolean on) {
        return with(b -> b.forwarding = on);
    }

    public IpConfig withArp(Duration cacheTimeout, Duration retryInterval, int requests, int pendingBytes) {
        return with(b -> {
            b.arpCacheTimeout = cacheTimeout;
            b.arpRetryInterval = retryInterval;
            b.arpRequests = requests;
            b.arpPendingBytes = pendingBytes;
        });
    }

    public IpConfig withReassembly(Duration timeout, int memoryBytes) {
        return with(b -> {
            b.reassemblyTimeout = timeout;
            b.reassemblyMemoryBytes = memoryBytes;
        });
    }

    /**
     * ICMP error rate limits (RFC 1812 section 4.3.2.8): one per {@code perDestination} to each
     * destination (zero: no limit per destination), {@code msgsPerSec} from the host with bursts of
     * {@code msgsBurst}, for the types whose bit is set in {@code rateMask} (bit n: type n).
     */
    public IpConfig withIcmpRateLimits(Duration perDestination, int msgsPerSec, int msgsBurst, int rateMask) {
        return with(b -> {
            b.icmpRateLimit = perDestination;
            b.icmpMsgsPerSec = msgsPerSec;
            b.icmpMsgsBurst = msgsBurst;
            b.icmpRateMask = rateMask;
        });
    }

    /** A copy with what {@code change} sets; the copy is checked as any configuration is. */
    private IpConfig with(Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return b.build();
    }

    /** The fields of a configuration being copied with changes: the one place a copy lists them all. */
    private static final class Copy {
        Duration arpCacheTimeout;
        Duration arpRetryInterval;
        int arpRequests;
        int arpPendingBytes;
        Duration reassemblyTimeout;
        int reassemblyMemoryBytes;
        int defaultTtl;
        boolean forwarding;
        Duration icmpRateLimit;
        int icmpMsgsPerSec;
        int icmpMsgsBurst;
        int icmpRateMask;

        Copy(IpConfig c) {
            arpCacheTimeout = c.arpCacheTimeout;
            arpRetryInterval = c.arpRetryInterval;
            arpRequests = c.arpRequests;
            arpPendingBytes = c.arpPendingBytes;
            reassemblyTimeout = c.reassemblyTimeout;
            reassemblyMemoryBytes = c.reassemblyMemoryBytes;
            defaultTtl = c.defaultTtl;
            forwarding = c.forwarding;
            icmpRateLimit = c.icmpRateLimit;
            icmpMsgsPerSec = c.icmpMsgsPerSec;
            icmpMsgsBurst = c.icmpMsgsBurst;
            icmpRateMask = c.icmpRateMask;
        }

        IpConfig build() {
            return new IpConfig(
                    arpCacheTimeout,
                    arpRetryInterval,
                    arpRequests,
                    arpPendingBytes,
                    reassemblyTimeout,
                    reassemblyMemoryBytes,
                    defaultTtl,
                    forwarding,
                    icmpRateLimit,
                    icmpMsgsPerSec,
                    icmpMsgsBurst,
                    icmpRateMask);
        }
    }
}
