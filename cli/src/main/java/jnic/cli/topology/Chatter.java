package jnic.cli.topology;

import jnic.driver.sim.SimLan;
import jnic.net.wire.Ipv4Address;
import jnic.stack.host.Host;
import jnic.stack.udp.UdpSocket;

/**
 * The demos' chatty station: it broadcasts a 300-byte datagram at a fixed pace, so a hub's frames
 * collide. The pace keeps the same share of the line on both builds: every 40 µs on the fast
 * build's 100 Mb/s line, every 400 µs on the phy build's 10 Mb/s line, about three quarters of
 * either (346 bytes on the line with headers, preamble and gap). A station offering more than its
 * line carries would, with CSMA/CD's binary exponential backoff, capture the hub and starve the
 * story's exchange (docs/fairness.md).
 */
public final class Chatter {
    static final int DATAGRAM_BYTES = 300;
    static final long FAST_INTERVAL_NANOS = 40_000;

    private Chatter() {}

    /** Starts chattering from {@code host}'s first interface to {@code destination}, UDP port 9 (discard). */
    public static void start(Host host, SimLan lan, Ipv4Address destination) throws Exception {
        UdpSocket s = host.udp().open(0);
        long interval = FAST_INTERVAL_NANOS * SimLan.Build.FAST.bitsPerSecond / lan.build().bitsPerSecond;
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            try {
                s.sendTo(new byte[DATAGRAM_BYTES], destination, 9);
            } catch (Exception ignored) {
                // a full transmit queue on the chatty station is part of the show
            }
            lan.schedule(interval, tick[0]);
        };
        lan.execute(tick[0]);
    }
}
