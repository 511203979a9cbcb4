package jnic.stack.iface;

import java.time.Duration;

/**
 * The IP layer's tunables. Defaults follow common practice: ARP entries live 60 s and a resolution
 * tries 3 requests 1 s apart; reassembly gives up after 30 s (RFC 791's suggested upper bound is
 * 15 s, Linux uses 30 s) and holds at most 4 MiB across all datagrams, as Linux's
 * ipfrag_high_thresh; datagrams leave with TTL 64 (RFC 1700's recommendation, Linux's default);
 * forwarding is off (RFC 1122 section 3.3.1: a host does not forward unless configured to).
 */
public record IpConfig(
        Duration arpCacheTimeout,
        Duration arpRetryInterval,
        int arpRequests,
        int arpPendingBytes,
        Duration reassemblyTimeout,
        int reassemblyMemoryBytes,
        int defaultTtl,
        boolean forwarding) {
    public static final IpConfig DEFAULT = new IpConfig(
            Duration.ofSeconds(60),
            Duration.ofSeconds(1),
            3,
            256 * 1024,
            Duration.ofSeconds(30),
            4 * 1024 * 1024,
            64,
            false);

    public IpConfig {
        if (arpRequests < 1 || arpPendingBytes < 0 || reassemblyMemoryBytes < 0 || defaultTtl < 1 || defaultTtl > 255) {
            throw new IllegalArgumentException(
                    "bad IP configuration: " + arpRequests + " ARP requests, " + arpPendingBytes + " pending bytes, "
                            + reassemblyMemoryBytes + " reassembly bytes, TTL " + defaultTtl);
        }
    }

    public IpConfig withForwarding(boolean on) {
        return new IpConfig(
                arpCacheTimeout,
                arpRetryInterval,
                arpRequests,
                arpPendingBytes,
                reassemblyTimeout,
                reassemblyMemoryBytes,
                defaultTtl,
                on);
    }

    public IpConfig withArp(Duration cacheTimeout, Duration retryInterval, int requests, int pendingBytes) {
        return new IpConfig(
                cacheTimeout,
                retryInterval,
                requests,
                pendingBytes,
                reassemblyTimeout,
                reassemblyMemoryBytes,
                defaultTtl,
                forwarding);
    }

    public IpConfig withReassembly(Duration timeout, int memoryBytes) {
        return new IpConfig(
                arpCacheTimeout,
                arpRetryInterval,
                arpRequests,
                arpPendingBytes,
                timeout,
                memoryBytes,
                defaultTtl,
                forwarding);
    }
}
