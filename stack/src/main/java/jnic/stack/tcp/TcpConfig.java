package jnic.stack.tcp;

import java.time.Duration;
import java.util.function.Consumer;

/**
 * TCP tunables of a host. Defaults: RTO as RFC 6298 (1 s initial, 60 s maximum) but with Linux's
 * 200 ms minimum rather than RFC 6298's 1 s (section 2.4 says SHOULD; {@link #withRto} gives 1 s back),
 * delayed ACKs at most 200 ms apart (RFC 1122 section 4.2.3.2; here 40 ms, as Linux's minimum),
 * MSL 30 s so TIME_WAIT lasts 60 s (Linux's), 64 KiB buffers with window scaling offered.
 * SACK (RFC 2018) is offered and used when the peer offers it too. At most {@code maxConnections}
 * connections exist at once (TIME_WAIT and half-open ones included), so memory is bounded in total
 * as it is per connection: the send buffer, the receive buffer, and twice the receive buffer for
 * data held above a hole. Buffers are allocated when data first flows and let go once they can
 * hold nothing more, so half-open and TIME-WAIT connections hold none ({@link Tcp#bufferMemory}).
 * Segments that reach the host in one burst (a TAP reader's) share an ACK, at most 16 of them
 * (as a receiver behind GRO acknowledges a batch); 2 keeps to an ACK for every second segment.
 * Challenge ACKs (RFC 5961 section 7) are limited host-wide to about {@code challengeAckLimit}
 * a second, as Linux's tcp_challenge_ack_limit (1000, its default from 4.7 to 5.19; see
 * {@link Tcp}); {@link Integer#MAX_VALUE} turns the limit off, as Linux's default since 6.0.
 * Tests shorten the timers; nothing in the engine assumes the defaults.
 */
public record TcpConfig(
        Duration initialRto,
        Duration minRto,
        Duration maxRto,
        Duration delayedAck,
        Duration msl,
        int receiveBuffer,
        int sendBuffer,
        int synRetries,
        int dataRetries,
        int listenBacklog,
        boolean sack,
        int maxConnections,
        int segmentsPerBurstAck,
        int challengeAckLimit) {
    public static final TcpConfig DEFAULT = new TcpConfig(
            Duration.ofSeconds(1),
            Duration.ofMillis(200),
            Duration.ofSeconds(60),
            Duration.ofMillis(40),
            Duration.ofSeconds(30),
            64 * 1024,
            64 * 1024,
            6,
            15,
            128,
            true,
            4096,
            16,
            1000);

    public TcpConfig {
        if (receiveBuffer < 1024
                || receiveBuffer > (1 << 30)
                || sendBuffer < 1024
                || synRetries < 0
                || dataRetries < 1
                || listenBacklog < 1
                || maxConnections < 1
                || segmentsPerBurstAck < 2
                || challengeAckLimit < 1) {
            throw new IllegalArgumentException("bad TCP configuration");
        }
        if (initialRto.isNegative()
                || initialRto.isZero()
                || minRto.isNegative()
                || minRto.isZero()
                || maxRto.compareTo(minRto) < 0) {
            throw new IllegalArgumentException("RTO bounds must be positive with minimum <= maximum, not initial "
                    + initialRto + ", " + minRto + ".." + maxRto);
        }
    }

    public TcpConfig withRto(Duration initial, Duration min, Duration max) {
        return with(b -> {
            b.initialRto = initial;
            b.minRto = min;
            b.maxRto = max;
        });
    }

    public TcpConfig withMsl(Duration newMsl) {
        return with(b -> b.msl = newMsl);
    }

    public TcpConfig withBuffers(int receive, int send) {
        return with(b -> {
            b.receiveBuffer = receive;
            b.sendBuffer = send;
        });
    }

    public TcpConfig withMaxConnections(int n) {
        return with(b -> b.maxConnections = n);
    }

    /**
     * At most {@code n} full segments that reached the host in one burst share an ACK (see
     * {@code Ipv4.receiveBurst}); 2 keeps to an ACK for every second segment even then.
     */
    public TcpConfig withSegmentsPerBurstAck(int n) {
        return with(b -> b.segmentsPerBurstAck = n);
    }

    public TcpConfig withSack(boolean on) {
        return with(b -> b.sack = on);
    }

    /** At most about {@code perSecond} challenge ACKs a second from the host (RFC 5961 section 7); MAX_VALUE: no limit. */
    public TcpConfig withChallengeAckLimit(int perSecond) {
        return with(b -> b.challengeAckLimit = perSecond);
    }

    /** A copy with what {@code change} sets; the copy is checked as any configuration is. */
    private TcpConfig with(Consumer<Copy> change) {
        Copy b = new Copy(this);
        change.accept(b);
        return b.build();
    }

    /** The fields of a configuration being copied with changes: the one place a copy lists them all. */
    private static final class Copy {
        Duration initialRto;
        Duration minRto;
        Duration maxRto;
        Duration delayedAck;
        Duration msl;
        int receiveBuffer;
        int sendBuffer;
        int synRetries;
        int dataRetries;
        int listenBacklog;
        boolean sack;
        int maxConnections;
        int segmentsPerBurstAck;
        int challengeAckLimit;

        Copy(TcpConfig c) {
            initialRto = c.initialRto;
            minRto = c.minRto;
            maxRto = c.maxRto;
            delayedAck = c.delayedAck;
            msl = c.msl;
            receiveBuffer = c.receiveBuffer;
            sendBuffer = c.sendBuffer;
            synRetries = c.synRetries;
            dataRetries = c.dataRetries;
            listenBacklog = c.listenBacklog;
            sack = c.sack;
            maxConnections = c.maxConnections;
            segmentsPerBurstAck = c.segmentsPerBurstAck;
            challengeAckLimit = c.challengeAckLimit;
        }

        TcpConfig build() {
            return new TcpConfig(
                    initialRto,
                    minRto,
                    maxRto,
                    delayedAck,
                    msl,
                    receiveBuffer,
                    sendBuffer,
                    synRetries,
                    dataRetries,
                    listenBacklog,
                    sack,
                    maxConnections,
                    segmentsPerBurstAck,
                    challengeAckLimit);
        }
    }
}
