package jnic.stack.host;

import java.time.Duration;
import jnic.stack.iface.IpConfig;
import jnic.stack.tcp.TcpConfig;

/**
 * A host's tunables: the IP layer's and TCP's, and the seed of its randomness.
 *
 * @param ip the IP layer's tunables (ARP, reassembly, TTL, forwarding)
 * @param tcp the TCP engine's tunables
 * @param seed for ephemeral ports, ping identifiers, DNS IDs and the TCP ISN key; null draws one from SecureRandom
 */
public record HostConfig(IpConfig ip, TcpConfig tcp, Long seed) {
    public static final HostConfig DEFAULT = new HostConfig(IpConfig.DEFAULT, TcpConfig.DEFAULT, null);

    public HostConfig withSeed(long s) {
        return new HostConfig(ip, tcp, s);
    }

    public HostConfig withTcp(TcpConfig t) {
        return new HostConfig(ip, t, seed);
    }

    public HostConfig withIp(IpConfig i) {
        return new HostConfig(i, tcp, seed);
    }

    public HostConfig withForwarding(boolean on) {
        return withIp(ip.withForwarding(on));
    }

    public HostConfig withArp(Duration cacheTimeout, Duration retryInterval, int requests, int pendingBytes) {
        return withIp(ip.withArp(cacheTimeout, retryInterval, requests, pendingBytes));
    }

    public HostConfig withReassembly(Duration timeout, int memoryBytes) {
        return withIp(ip.withReassembly(timeout, memoryBytes));
    }
}
