package jnic.stack.iface;

import java.time.Duration;

import jnic.stack.tcp.TcpConfig;

/**
 * A host's tunables. Defaults follow common practice: ARP entries live 60 s and a resolution
 * tries 3 requests 1 s apart; reassembly gives up after 30 s (RFC 791's suggested upper bound is
 * 15 s, Linux uses 30 s) and holds at most 4 MiB across all datagrams, as Linux's ipfrag_high_thresh.
 *
 * @param seed for ephemeral ports, ping identifiers, DNS IDs and the TCP ISN key; null draws one from SecureRandom
 * @param tcp the TCP engine's tunables
 */
public record HostConfig(Duration arpCacheTimeout, Duration arpRetryInterval, int arpRequests, int arpPendingBytes,
        Duration reassemblyTimeout, int reassemblyMemoryBytes, int defaultTtl, boolean forwarding, Long seed, TcpConfig tcp) {
    public static final HostConfig DEFAULT = new HostConfig(Duration.ofSeconds(60), Duration.ofSeconds(1), 3, 256 * 1024,
            Duration.ofSeconds(30), 4 * 1024 * 1024, 64, false, null, TcpConfig.DEFAULT);

    public HostConfig {
        if (arpRequests < 1 || arpPendingBytes < 0 || reassemblyMemoryBytes < 0 || defaultTtl < 1 || defaultTtl > 255) {
            throw new IllegalArgumentException("bad host configuration: " + arpRequests + " ARP requests, " + arpPendingBytes
                    + " pending bytes, " + reassemblyMemoryBytes + " reassembly bytes, TTL " + defaultTtl);
        }
    }

    public HostConfig withForwarding(boolean on) {
        return new HostConfig(arpCacheTimeout, arpRetryInterval, arpRequests, arpPendingBytes, reassemblyTimeout, reassemblyMemoryBytes, defaultTtl, on, seed, tcp);
    }

    public HostConfig withSeed(long s) {
        return new HostConfig(arpCacheTimeout, arpRetryInterval, arpRequests, arpPendingBytes, reassemblyTimeout, reassemblyMemoryBytes, defaultTtl, forwarding, s, tcp);
    }

    public HostConfig withArp(Duration cacheTimeout, Duration retryInterval, int requests, int pendingBytes) {
        return new HostConfig(cacheTimeout, retryInterval, requests, pendingBytes, reassemblyTimeout, reassemblyMemoryBytes, defaultTtl, forwarding, seed, tcp);
    }

    public HostConfig withReassembly(Duration timeout, int memoryBytes) {
        return new HostConfig(arpCacheTimeout, arpRetryInterval, arpRequests, arpPendingBytes, timeout, memoryBytes, defaultTtl, forwarding, seed, tcp);
    }

    public HostConfig withTcp(TcpConfig t) {
        return new HostConfig(arpCacheTimeout, arpRetryInterval, arpRequests, arpPendingBytes, reassemblyTimeout, reassemblyMemoryBytes, defaultTtl, forwarding, seed, t);
    }
}
