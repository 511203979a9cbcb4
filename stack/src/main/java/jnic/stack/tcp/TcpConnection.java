package jnic.stack.tcp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import jnic.driver.time.EventLoop;
import jnic.driver.trace.TraceLayer;
import jnic.net.wire.Ipv4Address;
import jnic.net.wire.Ipv4Packet;
import jnic.net.wire.Parsed;
import jnic.net.wire.TcpOptions;
import jnic.net.wire.TcpSegment;
import jnic.stack.Errno;
import jnic.stack.SocketError;
import jnic.stack.iface.IpLayer;
import jnic.stack.iface.StackCounter;

/**
 * One connection's transmission control block and its state machine, following RFC 9293 section
 * 3.10 ("event processing"): the variables have the RFC's names (SND.UNA is {@code sndUna}...).
 * Retransmission timing follows RFC 6298, congestion control RFC 5681 with NewReno's recovery
 * (RFC 6582), and a reset or SYN inside the window gets a challenge ACK (RFC 5961). Everything
 * here runs on the host's event loop; {@link TcpSocket} is the thread-safe face. The RTT estimate
 * ({@link RttEstimator}), the peer's SACK reports ({@link SackScoreboard}) and the data held above
 * a hole ({@link OutOfOrderQueue}) are kept in their own classes.
 */
public final class TcpConnection {
    /** RFC 9293 section 3.7.1: the MSS a peer is assumed to take when it sends no option. */
    static final int DEFAULT_MSS = 536;
    /** The timestamps option as a connection with timestamps puts it on every segment: NOP, NOP, kind 8, length 10, TSval, TSecr. */
    private static final int TIMESTAMP_OPTION_LENGTH = 12;

    final Tcp tcp;
    final IpLayer ip;
    final TcpConfig config;
    final Ipv4Address localAddress;
    final int localPort;
    final Ipv4Address remoteAddress;
    final int remotePort;
    TcpListener listener;

    private TcpState state = TcpState.CLOSED;
    // Send sequence variables (RFC 9293 section 3.3.1).
    private int iss;
    private int sndUna;
    private int sndNxt;
    /** The highest sequence number sent so far: SND.NXT goes back after a timeout, ACKs up to this stay valid. */
    private int sndMax;

    private int sndWnd;
    private int sndWl1;
    private int sndWl2;
    private int sndScale;
    private int maxSndWnd;
    private int mss = DEFAULT_MSS;
    // Receive sequence variables.
    private int irs;
    private int rcvNxt;
    private int rcvScale;
    private int rcvAdvertisedEdge;
    private boolean offeredScale;
    // Data from SND.UNA on that is not yet acknowledged, sent or not.
    private final ByteRing sendBuffer; // SND.UNA's byte first
    private boolean finQueued;
    private boolean finSent;
    /** Our FIN's sequence number, kept once assigned: a timeout's go-back sends it again at the same place. */
    private int finSequence;

    private boolean finAssigned;
    // Data received in order and not yet read, and what came early.
    private final ByteRing receiveBuffer;
    private final OutOfOrderQueue outOfOrder;
    private long rcvNxtUnwrapped;
    private boolean finReceived;
    // Timers, RFC 6298 state and congestion control.
    private EventLoop.Timer retransmitTimer;
    /** When the retransmission timer expires (it may be set to go off earlier, see {@link #armRetransmit}). */
    private long retransmitDeadline;

    private EventLoop.Timer delayedAckTimer;
    /** Closes waiting for our FIN's acknowledgment (SO_LINGER). */
    private final List<CompletableFuture<Void>> lingering = new ArrayList<>();
    /** An ACK waits for the end of the receive burst (see {@link #acknowledgeSecondSegment}). */
    private boolean ackAfterBurst;

    private EventLoop.Timer timeWaitTimer;
    private int retries;
    private final RttEstimator rtt;
    private int cwnd;
    private int ssthresh = Integer.MAX_VALUE;
    private int duplicateAcks;
    /** How far limited transmit (RFC 3042) lets the flight exceed cwnd now: a segment per duplicate ACK, two at most. */
    private int limitedTransmit;

    private boolean recovering;
    private int recover;
    /** Bytes acknowledged in congestion avoidance towards the next SMSS of window (RFC 3465 section 2.1). */
    private long bytesAckedInAvoidance;
    // SACK loss recovery: RACK's log and verdicts (RFC 8985 section 6), its reorder timer, and
    // Proportional Rate Reduction's counts (RFC 6937): data delivered and sent since recovery
    // began, and the flight then (RecoverFS).
    private final Rack rack = new Rack();
    private EventLoop.Timer rackTimer;
    private long rackDeadline = Long.MAX_VALUE;
    private long prrDelivered;
    private long prrOut;
    private long recoverFs;
    // Tail-loss probe (RFC 8985 section 7): its timer and deadline, and while a probe is out, the end
    // of what it sent (TLP.end_seq) and whether it was a retransmission.
    private EventLoop.Timer probeTimer;
    private long probeDeadline = Long.MAX_VALUE;
    private boolean probeOutstanding;
    private int probeEnd;
    private boolean probeRetransmitted;
    /** New data went out, or SND.UNA moved: the probe timeout starts again from now (RFC 8985 section 7.2). */
    private boolean probeRearm;
    /** After a retransmission timeout, until what was outstanding then is acknowledged: no probes (RFC 8985 section 7.2). */
    private boolean timeoutRecovery;

    private int timeoutRecover;
    /** The ACK being processed carried a D-SACK block (RFC 2883): something arrived twice. */
    private boolean dsackInThisAck;
    /** Data that arrived twice, to report as a D-SACK in the next ACK (RFC 2883 section 4), or null. */
    private TcpOptions.SackBlock duplicateToReport;

    private int segmentsUnacknowledged;
    /** The most data one segment may carry for the device to cut (TSO), 0 without; -1 until asked. */
    private int segmentationLimit = -1;
    // SACK (RFC 2018): whether both sides offered it, the blocks the peer reported (the scoreboard, on
    // sequence numbers unwrapped to 64 bits), and the highest sequence retransmitted in this recovery.
    private boolean sackOk;
    private final SackScoreboard scoreboard = new SackScoreboard();
    private long sndUnaUnwrapped;
    private long highRetransmitted;
    private boolean noDelay;
    /** Nagle's rule holds data back now (told once to the trace until it goes). */
    private boolean nagleHolding;

    private SocketError error;
    private SocketError softError;
    // Keep-alive (RFC 1122 section 4.2.3.6): off unless asked for.
    private long keepAliveIdle;
    private long keepAliveInterval;
    private int keepAliveProbes;
    private int probesUnanswered;
    private long lastHeard;
    private EventLoop.Timer keepAliveTimer;
    // Timestamps (RFC 7323): only on a connection rebuilt from a SYN cookie whose SYN had them (see acceptCookie).
    private boolean timestamps;
    private long tsRecent;

    private record Waiter(Future<?> owner, Runnable run) {}

    private final List<Waiter> readiness = new ArrayList<>();

    /** The buffer sizes a connection gets (SO_RCVBUF, SO_SNDBUF). */
    record Buffers(int receive, int send) {
        Buffers {
            if (receive < 1024 || receive > (1 << 30) || send < 1024 || send > (1 << 30)) {
                throw new IllegalArgumentException("buffers are 1 KiB to 1 GiB, not " + receive + " and " + send);
            }
        }
    }

    TcpConnection(
            Tcp tcp,
            Ipv4Address localAddress,
            int localPort,
            Ipv4Address remoteAddress,
            int remotePort,
            Buffers buffers) {
        this.tcp = tcp;
        this.ip = tcp.ip();
        this.config = tcp.config();
        this.localAddress = localAddress;
        this.localPort = localPort;
        this.remoteAddress = remoteAddress;
        this.remotePort = remotePort;
        this.sendBuffer = new ByteRing(buffers.send());
        this.receiveBuffer = new ByteRing(buffers.receive());
        // Only data inside the window is held, so the bytes fit the buffer; twice its size leaves room for the pieces'
        // overhead.
        this.outOfOrder = new OutOfOrderQueue(2L * buffers.receive());
        this.rtt = new RttEstimator(
                config.initialRto().toNanos(),
                config.minRto().toNanos(),
                config.maxRto().toNanos());
    }

    public TcpState state() {
        return state;
    }

    /** The error that ended the connection (ECONNRESET, ETIMEDOUT, ECONNREFUSED...), or null. */
    public SocketError error() {
        return error;
    }

    public int maxSegmentSize() {
        return mss;
    }

    /** Smoothed round-trip time in nanoseconds (RFC 6298), or -1 before the first sample. */
    public long smoothedRtt() {
        return rtt.smoothedRtt();
    }

    public long retransmissionTimeout() {
        return rtt.rto();
    }

    public int congestionWindow() {
        return cwnd;
    }

    public int sendWindow() {
        return sndWnd;
    }

    public int initialSendSequence() {
        return iss;
    }

    /** Stretches in RACK's log of what is outstanding (only SACK connections keep one). */
    int rackLogSize() {
        return rack.size();
    }

    /** Bytes held for data that came before a hole is filled, with what each piece costs to keep. */
    long outOfOrderMemory() {
        return outOfOrder.memory();
    }

    int receiveNext() {
        return rcvNxt;
    }

    int sendNext() {
        return sndNxt;
    }

    int sendUnacknowledged() {
        return sndUna;
    }

    void noDelay(boolean on) {
        noDelay = on;
        output();
    }

    /**
     * Runs {@code r} once when the connection's state, readable data or send space next changes,
     * unless {@code owner} (the call waiting for it) has ended meanwhile (a blocking call timed out).
     */
    void whenReady(Future<?> owner, Runnable r) {
        readiness.removeIf(w -> w.owner.isDone());
        readiness.add(new Waiter(owner, r));
    }

    private void signal() {
        if (readiness.isEmpty()) {
            return;
        }
        List<Waiter> now = new ArrayList<>(readiness);
        readiness.clear();
        for (Waiter w : now) {
            if (!w.owner.isDone()) {
                w.run.run();
            }
        }
    }

    // ---- opening -------------------------------------------------------------------------

    /** Active open (RFC 9293 section 3.10.1): SYN with our options, state SYN-SENT. */
    void open() {
        iss = tcp.isn(this);
        sndUna = iss;
        sndNxt = iss + 1;
        sndMax = sndNxt;
        cwnd = initialWindow();
        enter(TcpState.SYN_SENT);
        sendSyn(false);
        armRetransmit();
    }

    /** Passive open: a SYN reached a listener (RFC 9293 section 3.10.7.2). */
    void acceptSyn(TcpSegment syn, TcpOptions options) {
        irs = syn.sequence();
        rcvNxt = irs + 1;
        rcvAdvertisedEdge = rcvNxt;
        peerOptions(options);
        iss = tcp.isn(this);
        sndUna = iss;
        sndNxt = iss + 1;
        sndMax = sndNxt;
        sndWnd = syn.window(); // never scaled in a SYN (RFC 7323 section 2.2)
        sndWl1 = syn.sequence();
        sndWl2 = iss;
        maxSndWnd = sndWnd;
        cwnd = initialWindow();
        enter(TcpState.SYN_RECEIVED);
        sendSyn(true);
        armRetransmit();
    }

    /**
     * Passive open from a SYN cookie ({@link SynCookies}): the SYN-ACK went out with no state kept,
     * and {@code ack} brings the cookie back. What it kept is the peer's MSS (rounded down to the
     * cookie's table) and, when the SYN had a timestamp, the peer's window scale (-1: none) and
     * SACK-permitted, echoed in the ACK's timestamp; the connection then keeps timestamps on, as
     * RFC 7323 requires once both sent them (it echoes TS.Recent, starting with the ACK's TSval
     * {@code peerTsVal}, -1 when there is none, and uses them neither for RTT nor PAWS), and its
     * MSS leaves room for the option. From SYN-RECEIVED, as if that SYN-ACK had been sent from
     * here, the ACK is then processed as any other.
     */
    void acceptCookie(TcpSegment ack, int peerMss, int peerWindowScale, boolean peerSack, long peerTsVal) {
        irs = ack.sequence() - 1;
        rcvNxt = ack.sequence();
        rcvAdvertisedEdge = rcvNxt;
        peerOptions(new TcpOptions(peerMss, peerWindowScale, peerSack, List.of(), -1, -1));
        timestamps = peerTsVal >= 0;
        tsRecent = peerTsVal;
        if (timestamps) {
            mss -= TIMESTAMP_OPTION_LENGTH;
        }
        iss = ack.acknowledgment() - 1;
        sndUna = iss;
        sndNxt = iss + 1;
        sndMax = sndNxt;
        sndWl1 = irs;
        sndWl2 = iss;
        cwnd = initialWindow();
        enter(TcpState.SYN_RECEIVED);
        segmentArrives(ack);
    }

    /** RFC 7323 section 4.3: TS.Recent follows the newest TSval of a segment that does not start beyond what we acknowledged. */
    private void recordTimestamp(TcpSegment seg) {
        Parsed<TcpOptions> o = TcpOptions.parse(seg.options());
        if (o.isOk()
                && o.value().timestampValue() >= 0
                && Seq.le(seg.sequence(), rcvNxt)
                && Seq.ge((int) o.value().timestampValue(), (int) tsRecent)) {
            tsRecent = o.value().timestampValue();
        }
    }

    /** {@code options} with the timestamps option in front: TSval from the host's timestamp clock, TSecr = TS.Recent. */
    private ByteBuffer withTimestamp(ByteBuffer options) {
        ByteBuffer b = ByteBuffer.allocate(TIMESTAMP_OPTION_LENGTH + options.remaining());
        b.put((byte) TcpOptions.KIND_NOP).put((byte) TcpOptions.KIND_NOP);
        b.put((byte) TcpOptions.KIND_TIMESTAMPS).put((byte) 10);
        b.putInt((int) tcp.timestampNow()).putInt((int) tsRecent);
        b.put(options.duplicate());
        return b.flip();
    }

    /** The window scale (RFC 7323) that lets the whole receive buffer be advertised. */
    private int windowScale() {
        return windowScaleFor(receiveBuffer.capacity());
    }

    /** The window scale (RFC 7323) that lets a receive buffer of {@code capacity} bytes be advertised. */
    static int windowScaleFor(int capacity) {
        int scale = 0;
        while ((capacity >> scale) > 0xFFFF && scale < 14) {
            scale++;
        }
        return scale;
    }

    /** RFC 6928: an initial window of min(10 segments, max(2 segments, 14600 bytes)). */
    private int initialWindow() {
        return Math.min(10 * mss, Math.max(2 * mss, 14_600));
    }

    private int ourMss() {
        return tcp.mtuTowards(remoteAddress) - Ipv4Packet.MIN_HEADER_LENGTH - TcpSegment.MIN_HEADER_LENGTH;
    }

    private void sendSyn(boolean ack) {
        offeredScale = true;
        TcpOptions o = new TcpOptions(ourMss(), windowScale(), config.sack(), List.of(), -1, -1);
        emit(iss, TcpSegment.SYN | (ack ? TcpSegment.ACK : 0), o.toBuffer(), ByteBuffer.allocate(0));
    }

    /** The peer's SYN options: MSS, and window scaling when both sides offered it. */
    private void peerOptions(TcpOptions o) {
        mss = Math.min(o.maxSegmentSize() > 0 ? o.maxSegmentSize() : DEFAULT_MSS, ourMss());
        sackOk = config.sack() && o.sackPermitted();
        if (o.windowScale() >= 0) {
            sndScale = o.windowScale();
            rcvScale = windowScale();
        } else {
            sndScale = 0;
            rcvScale = 0;
        }
    }

    // ---- arriving segments ---------------------------------------------------------------

    /** RFC 9293 section 3.10.7: SEGMENT ARRIVES, for every state but LISTEN and CLOSED. */
    void segmentArrives(TcpSegment seg) {
        lastHeard = ip.now();
        probesUnanswered = 0;
        if (state == TcpState.SYN_SENT) {
            synSentArrives(seg);
            return;
        }
        int len = seg.sequenceLength();
        int window = receiveWindow();
        // First: is the sequence number acceptable?
        boolean acceptable = len == 0
                ? (window == 0 ? seg.sequence() == rcvNxt : Seq.inWindow(seg.sequence(), rcvNxt, rcvNxt + window))
                : window > 0
                        && (Seq.inWindow(seg.sequence(), rcvNxt, rcvNxt + window)
                                || Seq.inWindow(seg.sequence() + len - 1, rcvNxt, rcvNxt + window));
        if (!acceptable) {
            ip.counters().increment(StackCounter.TCP_OUT_OF_WINDOW);
            if (seg.data().hasRemaining() && Seq.le(seg.sequence() + seg.data().remaining(), rcvNxt)) {
                // RFC 2883 section 4: data we already had is reported back, so the sender learns its
                // retransmission (a timeout's, or a tail-loss probe's) was not needed.
                duplicateToReport = new TcpOptions.SackBlock(
                        seg.sequence(), seg.sequence() + seg.data().remaining());
            }
            if (!seg.has(TcpSegment.RST)) {
                sendAck();
            }
            if (state == TcpState.TIME_WAIT && seg.has(TcpSegment.FIN)) {
                restartTimeWait(); // the peer did not get our last ACK
            }
            return;
        }
        if (timestamps) {
            recordTimestamp(seg);
        }
        // Second: RST (RFC 5961 section 3.2: only an exact match resets; in window gets a challenge ACK).
        if (seg.has(TcpSegment.RST)) {
            if (seg.sequence() != rcvNxt) {
                challengeAck();
                return;
            }
            if (state == TcpState.SYN_RECEIVED && listener != null) {
                terminate(null); // RFC 9293: the passive open's listener stays in LISTEN
                return;
            }
            terminate(
                    state == TcpState.CLOSING || state == TcpState.LAST_ACK || state == TcpState.TIME_WAIT
                            ? null
                            : new SocketError(Errno.ECONNRESET, "reset by " + remoteAddress + ":" + remotePort));
            return;
        }
        // Fourth: a SYN in a synchronized state (RFC 5961 section 4.2): challenge ACK.
        if (seg.has(TcpSegment.SYN)) {
            if (state == TcpState.SYN_RECEIVED && seg.sequence() == irs) {
                sendSyn(true); // our SYN-ACK was lost: the peer repeats its SYN
                return;
            }
            challengeAck();
            return;
        }
        // Fifth: the ACK field.
        if (!seg.has(TcpSegment.ACK)) {
            return;
        }
        if (state == TcpState.SYN_RECEIVED) {
            if (Seq.lt(sndUna, seg.acknowledgment()) && Seq.le(seg.acknowledgment(), sndNxt)) {
                sndWnd = seg.window() << sndScale;
                sndWl1 = seg.sequence();
                sndWl2 = seg.acknowledgment();
                enter(TcpState.ESTABLISHED);
                if (listener != null) {
                    listener.established(this);
                    listener = null;
                }
            } else {
                reset(seg.acknowledgment());
                return;
            }
        }
        if (!processAck(seg)) {
            return;
        }
        // Seventh: the segment text.
        if (seg.data().hasRemaining() && state.receivesData()) {
            receiveData(seg);
        }
        // Eighth: FIN, once everything before it has arrived.
        if (seg.has(TcpSegment.FIN) && seg.sequence() + seg.data().remaining() == rcvNxt && !finReceived) {
            finArrives();
        }
        signal();
    }

    private void synSentArrives(TcpSegment seg) {
        boolean ackOk = false;
        if (seg.has(TcpSegment.ACK)) {
            if (Seq.le(seg.acknowledgment(), iss) || Seq.gt(seg.acknowledgment(), sndNxt)) {
                if (!seg.has(TcpSegment.RST)) {
                    reset(seg.acknowledgment());
                }
                return;
            }
            ackOk = true;
        }
        if (seg.has(TcpSegment.RST)) {
            if (ackOk) {
                terminate(new SocketError(
                        Errno.ECONNREFUSED, remoteAddress + ":" + remotePort + " refused the connection"));
            }
            return;
        }
        if (!seg.has(TcpSegment.SYN)) {
            return;
        }
        irs = seg.sequence();
        rcvNxt = irs + 1;
        rcvAdvertisedEdge = rcvNxt;
        Parsed<TcpOptions> options = TcpOptions.parse(seg.options());
        peerOptions(options.isOk() ? options.value() : TcpOptions.NONE);
        cwnd = initialWindow();
        if (ackOk) {
            sndUna = seg.acknowledgment();
            timeAck(seg.acknowledgment());
            stopRetransmit();
            retries = 0;
            sndWnd = seg.window(); // the SYN-ACK's window is not scaled
            sndWl1 = seg.sequence();
            sndWl2 = seg.acknowledgment();
            maxSndWnd = sndWnd;
            enter(TcpState.ESTABLISHED);
            sendAck();
            tcp.connected(this);
            output();
        } else {
            enter(TcpState.SYN_RECEIVED); // simultaneous open (RFC 9293 figure 8)
            sendSyn(true);
        }
        signal();
    }

    /** The ACK field in a synchronized state; false when the segment must be dropped here. */
    private boolean processAck(TcpSegment seg) {
        int ack = seg.acknowledgment();
        if (Seq.gt(ack, sndMax)) {
            sendAck(); // acknowledges something not yet sent (RFC 9293; RFC 5961 section 5.2)
            return false;
        }
        if (Seq.lt(ack, sndUna - Math.max(maxSndWnd, 1))) {
            challengeAck(); // RFC 5961 section 5.2: far too old to be genuine
            return false;
        }
        int windowField = seg.window() << sndScale;
        long unaBefore = sndUnaUnwrapped;
        long sackedBefore = scoreboard.sackedBytes();
        recordSack(seg, ack);
        boolean newSack = scoreboard.sackedBytes() > sackedBefore;
        if (Seq.gt(ack, sndUna)) {
            acknowledge(ack);
        } else if (ack == sndUna && sndNxt != sndUna && (sackOk ? newSack : isStrictDuplicate(seg, windowField))) {
            duplicateAck();
        }
        if (sackOk) {
            sackLossRecovery(
                    unaBefore, sackedBefore); // RFC 6675 section 5 and RFC 8985: on every ACK, duplicate or not
        }
        endOfProbe(ack, sndUnaUnwrapped != unaBefore, newSack);
        if (Seq.lt(sndWl1, seg.sequence()) || sndWl1 == seg.sequence() && Seq.le(sndWl2, ack)) {
            sndWnd = windowField;
            sndWl1 = seg.sequence();
            sndWl2 = ack;
            maxSndWnd = Math.max(maxSndWnd, sndWnd);
        }
        boolean finAcked = finSent && Seq.gt(sndUna, finSequence);
        switch (state) {
            case FIN_WAIT_1:
                if (finAcked) {
                    enter(TcpState.FIN_WAIT_2);
                }
                break;
            case CLOSING:
                if (finAcked) {
                    enterTimeWait();
                    return false;
                }
                break;
            case LAST_ACK:
                if (finAcked) {
                    terminate(null);
                    return false;
                }
                break;
            default:
                break;
        }
        output();
        return true;
    }

    /** New data acknowledged: free it, time it, grow the window (RFC 5681, RFC 6582). */
    private void acknowledge(int ack) {
        int acked = ack - sndUna;
        int data = acked;
        if (sndUna == iss) {
            data--; // our SYN
        }
        if (finAssigned && Seq.gt(ack, finSequence)) {
            data--; // our FIN (acknowledged even if a timeout's go-back had not yet sent it again)
            finSent = true;
        }
        sendBuffer.skip(Math.max(data, 0));
        sndUna = ack;
        sndUnaUnwrapped += acked;
        scoreboard.acknowledgedUpTo(sndUnaUnwrapped);
        if (Seq.lt(sndNxt, sndUna)) {
            sndNxt = sndUna;
        }
        timeAck(ack);
        retries = 0;
        probeRearm = true;
        if (timeoutRecovery && Seq.ge(ack, timeoutRecover)) {
            timeoutRecovery = false;
        }
        if (recovering) {
            if (Seq.ge(ack, recover)) {
                recovering = false; // full acknowledgment: leave fast recovery
                cwnd = sackOk
                        ? ssthresh
                        : Math.min(ssthresh, Math.max(sndNxt - sndUna, mss) + mss); // RFC 6937: ssthresh
            } else if (!sackOk) {
                retransmitFirst(); // partial acknowledgment: the next hole (RFC 6582 section 3.2, step 5)
                cwnd = Math.max(cwnd - acked + mss, mss);
            } // with SACK, PRR sets the window for this ACK (sackLossRecovery)
        } else if (cwnd < ssthresh) {
            // Slow start counting the bytes acknowledged (RFC 3465), with no per-ACK limit, as Linux: a
            // receiver behind GRO, or the kernel's stretch ACKs over TAP, acknowledges many segments at once,
            // and one SMSS per ACK would make slow start linear.
            cwnd = (int) Math.min((long) cwnd + acked, Math.min(ssthresh, MAX_WINDOW));
        } else {
            bytesAckedInAvoidance += acked; // RFC 3465 section 2.1: one SMSS per window's worth of bytes acknowledged
            if (bytesAckedInAvoidance >= cwnd) {
                bytesAckedInAvoidance -= cwnd;
                cwnd = Math.min(cwnd + mss, MAX_WINDOW);
            }
        }
        duplicateAcks = 0;
        limitedTransmit = 0;
        if (sndUna == sndNxt) {
            stopRetransmit();
        } else {
            armRetransmit();
        }
    }

    private void duplicateAck() {
        duplicateAcks++;
        if (sackOk) {
            if (!recovering && duplicateAcks < SackScoreboard.DUP_THRESH) {
                limitedTransmit = duplicateAcks * mss; // RFC 3042, as below; recovery itself starts in sackLossRecovery
            }
            return;
        }
        if (recovering) {
            cwnd += mss; // each further duplicate: one more segment has left the network
            output();
        } else if (duplicateAcks < SackScoreboard.DUP_THRESH) {
            // Limited transmit (RFC 3042): the first two duplicates each let one new segment go,
            // cwnd unchanged, so that a small window still brings the third duplicate.
            limitedTransmit = duplicateAcks * mss;
            output();
        } else {
            enterRecovery();
        }
    }

    // ---- SACK loss recovery: RACK (RFC 8985), RFC 6675's pipe, PRR (RFC 6937) --------------

    /** The largest congestion window kept: far above any buffer, far below overflow. */
    static final int MAX_WINDOW = 1 << 30;

    /**
     * What one ACK from a SACK peer means for loss recovery. RACK learns what was delivered and
     * marks as lost what was sent before it and is still missing a round trip later; RFC 6675's
     * rules (three duplicate ACKs, or IsLost for the first hole) also start recovery. In recovery,
     * PRR sets the window so that the sending rate falls smoothly to ssthresh over one round trip
     * instead of stopping for half of it, and lost data goes out first.
     */
    private void sackLossRecovery(long unaBefore, long sackedBefore) {
        long now = ip.now();
        rack.delivered(sndUnaUnwrapped, scoreboard, now);
        long clean = rack.takeSampleOfFirstTransmission();
        if (clean >= 0 && rtt.backedOff()) {
            // RFC 6298 section 5.7 keeps a backed-off RTO until a valid sample: the ACK or SACK of data
            // sent only once is one (Karn's rule holds), as Linux's tcp_ack_update_rtt takes it.
            rtt.sample(clean);
            if (ip.tracer().enabled()) {
                rttSampled(clean, "a SACK of data sent once");
            }
        }
        if (dsackInThisAck) {
            rack.spuriousRetransmission(now);
        }
        Rack.Verdict verdict = rack.detectLoss(now, recovering, rtt.smoothedRtt());
        armRackTimer(verdict.recheckAt());
        if (!recovering) {
            if (timeoutRecovery) {
                return; // RFC 6675 section 5.1: no new recovery until what the timeout found outstanding is
                // acknowledged
            }
            boolean lossSeen =
                    rack.anyLost() || duplicateAcks >= SackScoreboard.DUP_THRESH || scoreboard.firstHoleLost(mss);
            if (!lossSeen || sndNxt == sndUna) {
                return;
            }
            startSackRecovery();
        }
        long delivered = (sndUnaUnwrapped - unaBefore) + (scoreboard.sackedBytes() - sackedBefore);
        proportionalRateReduction(Math.max(delivered, 0));
    }

    /** RFC 6675 section 5, steps 4 and 5, with PRR's start (RFC 6937 section 3.1). */
    private void startSackRecovery() {
        limitedTransmit = 0;
        recoverFs = unwrapSend(sndNxt) - sndUnaUnwrapped;
        int flight = (int) Math.min(recoverFs, cwnd); // not what limited transmit sent past cwnd (RFC 3042 section 2)
        ssthresh = Math.max(flight / 2, 2 * mss);
        recover = sndNxt;
        recovering = true;
        probeOutstanding = false; // recovery takes over what a probe would have found (RFC 8985 section 7.2)
        highRetransmitted = sndUnaUnwrapped;
        prrDelivered = 0;
        prrOut = 0;
        if (ip.tracer().enabled()) {
            narrate("fast retransmit: "
                    + (rack.anyLost()
                            ? "RACK (RFC 8985) finds SEQ=" + Integer.toUnsignedString(sndUna)
                                    + " lost: segments sent after it have been SACKed, a reordering window ago"
                            : duplicateAcks + " duplicate ACKs with SACK blocks above SEQ="
                                    + Integer.toUnsignedString(sndUna))
                    + "; resends it without waiting for the RTO, ssthresh " + ssthresh
                    + " (half the flight), recovery until SEQ=" + Integer.toUnsignedString(recover)
                    + " (RFC 6675, PRR RFC 6937)");
        }
        if (!rack.anyLost()) {
            // Started by duplicate ACKs or IsLost, not by RACK: the first hole is the lost segment (RFC 6675 4,
            // IsLost).
            SackScoreboard.Hole first = scoreboard.nextHole(sndUnaUnwrapped);
            long end = first != null ? first.end() : sndUnaUnwrapped + mss;
            rack.markLost(sndUnaUnwrapped, Math.min(end, sndUnaUnwrapped + mss));
        }
        ip.counters().increment(StackCounter.TCP_FAST_RETRANSMITS);
    }

    /** RFC 6937 section 3: the window for this ACK is what is in flight plus PRR's send quota. */
    private void proportionalRateReduction(long delivered) {
        prrDelivered += delivered;
        long pipe = pipe();
        long quota;
        if (pipe > ssthresh) {
            quota = (prrDelivered * ssthresh + recoverFs - 1) / Math.max(recoverFs, 1) - prrOut; // proportional
        } else {
            quota = Math.min(
                    ssthresh - pipe, Math.max(prrDelivered - prrOut, delivered) + mss); // slow start reduction bound
        }
        quota = Math.max(quota, 0);
        if (prrOut == 0 && quota < mss) {
            quota = mss; // the fast retransmit goes now (RFC 6937: sndcnt at least one segment at first)
        }
        cwnd = (int) Math.min(pipe + quota, MAX_WINDOW);
    }

    /**
     * RFC 6675 section 4, SetPipe: the bytes taken to be in the network: sent, neither SACKed nor
     * marked lost (a retransmission in flight counts once).
     */
    private long pipe() {
        long next = unwrapSend(sndNxt);
        long outstanding = next - sndUnaUnwrapped;
        return Math.max(outstanding - scoreboard.sackedBytesBelow(next) - rack.lostBytes(), 0);
    }

    /**
     * Sending in SACK recovery (RFC 6675 section 5, step C, NextSeg): while the window has room
     * over the pipe, first data marked lost, then new data, then holes below the highest SACKed
     * byte not yet sent again (rule 3).
     */
    private void recoverySend() {
        for (int sends = 0; sends < 64; sends++) {
            long room = cwnd - pipe();
            if (room <= 0) {
                return;
            }
            long[] lost = rack.nextLost(sndUnaUnwrapped);
            if (lost != null) {
                if (!retransmitRange(lost[0], lost[1], room)) {
                    return;
                }
                continue;
            }
            int dataInFlight = dataInFlight();
            int unsent = sendBuffer.length() - dataInFlight;
            int window = sndWnd - (sndNxt - sndUna);
            if (unsent > 0 && !finSent && window > 0) {
                int n = (int) Math.min(Math.min(unsent, window), room);
                if (n < mss && n < unsent) {
                    return; // a full segment waits for more room (no silly small segments in recovery)
                }
                if (n > mss) {
                    n = largeSegment(unsent, n);
                }
                sendData(sndNxt, dataInFlight, n, n == unsent);
                sndNxt += n;
                prrOut += n;
                continue;
            }
            SackScoreboard.Hole hole = scoreboard.nextHole(Math.max(sndUnaUnwrapped, highRetransmitted));
            if (hole == null || !retransmitRange(hole.start(), hole.end(), room)) {
                return;
            }
        }
    }

    /**
     * Sends [start, end) of the outstanding data again, as much as {@code room} allows (whole
     * segments; several at once for a device that cuts them), with the FIN if it lies there.
     * False when nothing could go.
     */
    private boolean retransmitRange(long start, long end, long room) {
        int offset = (int) (start - sndUnaUnwrapped);
        int available = sendBuffer.length() - offset;
        long finAt = finSent ? unwrapSend(finSequence) : Long.MAX_VALUE;
        int n = (int) Math.min(Math.min(end, finAt) - start, Math.max(available, 0));
        if (n > room) {
            if (room < Math.min(mss, n)) {
                return false;
            }
            n = (int) room;
        }
        if (n > mss) {
            if (segmentationLimit < 0) {
                segmentationLimit = tcp.segmentationOffloadData(remoteAddress);
            }
            int limit = segmentationLimit >= 2 * mss ? Math.min(segmentationLimit, n) : mss;
            n = limit == n || limit < mss ? limit : limit - limit % mss;
        }
        boolean withFin = finSent && start + n == finAt && end > finAt;
        if (n <= 0 && !withFin) {
            return false;
        }
        emit(
                sndUna + offset,
                TcpSegment.ACK | (withFin ? TcpSegment.FIN : 0),
                ByteBuffer.allocate(0),
                sendBuffer.slice(offset, n));
        highRetransmitted = Math.max(highRetransmitted, start + n + (withFin ? 1 : 0));
        prrOut += Math.max(n, 1);
        rtt.retransmitted();
        ip.counters().increment(StackCounter.TCP_RETRANSMITS);
        ip.counters().increment(StackCounter.TCP_SACK_RETRANSMITS);
        armRetransmitIfIdle();
        return true;
    }

    /** The RACK reorder timer (RFC 8985 section 6.3): looks for losses again when their time has come; lazy, as the others. */
    private void armRackTimer(long at) {
        rackDeadline = at < 0 ? Long.MAX_VALUE : at;
        if (at < 0 || rackTimer != null && rackTimer.deadline() <= at) {
            return;
        }
        if (rackTimer != null) {
            rackTimer.cancel();
        }
        rackTimer = ip.loop().schedule(Math.max(at - ip.now(), 0), this::rackTimerFired);
    }

    private void rackTimerFired() {
        rackTimer = null;
        if (rackDeadline == Long.MAX_VALUE || !established()) {
            return;
        }
        long left = rackDeadline - ip.now();
        if (left > 0) {
            rackTimer = ip.loop().schedule(left, this::rackTimerFired);
            return;
        }
        rackDeadline = Long.MAX_VALUE;
        Rack.Verdict verdict = rack.detectLoss(ip.now(), recovering, rtt.smoothedRtt());
        armRackTimer(verdict.recheckAt());
        if (verdict.newlyLost() > 0 && (recovering || !timeoutRecovery)) {
            if (!recovering) {
                startSackRecovery();
            }
            proportionalRateReduction(0);
            output();
        }
    }

    /**
     * A duplicate ACK as RFC 5681 section 2 defines it, for a peer without SACK: no data, no FIN,
     * and the same window as before. With SACK, RFC 6675 section 2's definition holds instead: an
     * ACK that reports new SACKed data is a duplicate whatever its window (Linux grows its window
     * while it receives, so a third of its duplicates change it).
     */
    private boolean isStrictDuplicate(TcpSegment seg, int windowField) {
        return !seg.data().hasRemaining() && !seg.has(TcpSegment.FIN) && windowField == sndWnd;
    }

    /** Fast retransmit, and NewReno's fast recovery to what is sent now (RFC 5681 section 3.2, RFC 6582), for a peer without SACK. */
    private void enterRecovery() {
        limitedTransmit = 0;
        int flight = Math.min(
                sndNxt - sndUna, cwnd); // not the segments limited transmit sent past cwnd (RFC 3042 section 2)
        ssthresh = Math.max(flight / 2, 2 * mss);
        recover = sndNxt;
        recovering = true;
        probeOutstanding = false; // recovery takes over what a probe would have found (RFC 8985 section 7.2)
        ip.counters().increment(StackCounter.TCP_FAST_RETRANSMITS);
        if (ip.tracer().enabled()) {
            narrate("fast retransmit: " + duplicateAcks + " duplicate ACKs for SEQ=" + Integer.toUnsignedString(sndUna)
                    + "; resends it without waiting for the RTO, ssthresh " + ssthresh
                    + " (half the flight), fast recovery (RFC 5681 section 3.2, RFC 6582)");
        }
        retransmitFirst();
        cwnd = ssthresh + 3 * mss;
    }

    private void receiveData(TcpSegment seg) {
        ByteBuffer data = seg.data();
        int offset = rcvNxt - seg.sequence(); // bytes already received at the front
        if (offset > 0) {
            data = data.slice(data.position() + offset, data.remaining() - offset);
        }
        int start = seg.sequence() + Math.max(offset, 0);
        if (start == rcvNxt) {
            boolean fillsHole = !outOfOrder.isEmpty();
            int n = receiveBuffer.write(data);
            rcvNxt += n;
            rcvNxtUnwrapped += n;
            for (ByteBuffer held; (held = outOfOrder.pollFrom(rcvNxtUnwrapped)) != null; ) {
                int m = receiveBuffer.write(held);
                rcvNxt += m;
                rcvNxtUnwrapped += m;
            }
            // A segment a device delivered uncut (TAP segmentation offload, like GRO) counts as the
            // full-sized segments it holds, for the ACK every second one (RFC 5681 section 4.2).
            segmentsUnacknowledged += Math.max(1, (n + mss - 1) / mss);
            if (fillsHole || seg.has(TcpSegment.FIN)) {
                if (ip.tracer().enabled()) {
                    narrate("acknowledges at once: the segment "
                            + (fillsHole ? "fills a hole (RFC 5681 section 4.2)" : "ends the data (FIN)"));
                }
                sendAck(); // at once when the segment fills all or part of a hole (RFC 5681 section 4.2), or ends the
                // data
            } else if (segmentsUnacknowledged >= 2) {
                if (!ackAfterBurst && ip.tracer().enabled()) {
                    narrate("acknowledges every second full-sized segment at once (RFC 9293 section 3.8.6.3, RFC 5681"
                            + " section 4.2): " + segmentsUnacknowledged + " segments are unacknowledged");
                }
                acknowledgeSecondSegment();
            } else if (delayedAckTimer == null) {
                if (ip.tracer().enabled()) {
                    narrate("delays its ACK: one segment (" + n + " bytes) unacknowledged, so the ACK waits up to "
                            + config.delayedAck().toMillis()
                            + " ms for a second segment, or for data to ride on (RFC 9293"
                            + " section 3.8.6.3, RFC 1122 section 4.2.3.2); the receive buffer holds "
                            + receiveBuffer.length() + " unread bytes, the window is " + receiveWindow());
                }
                delayedAckTimer = ip.loop().schedule(config.delayedAck().toNanos(), () -> {
                    delayedAckTimer = null;
                    if (ip.tracer().enabled()) {
                        narrate("the delayed ACK's " + config.delayedAck().toMillis()
                                + " ms are over with nothing to ride on: a pure ACK goes");
                    }
                    sendAck();
                });
            }
        } else {
            long at = rcvNxtUnwrapped + (start - rcvNxt);
            int room = receiveWindow() - (start - rcvNxt);
            if (room > 0) {
                ip.counters().increment(StackCounter.TCP_OUT_OF_ORDER);
                if (!outOfOrder.add(at, data.slice(data.position(), Math.min(room, data.remaining())))) {
                    ip.counters().increment(StackCounter.TCP_OUT_OF_ORDER_DROPPED);
                }
            }
            sendAck(); // a duplicate ACK tells the sender of the hole at once (RFC 5681 section 4.2)
        }
    }

    private void finArrives() {
        finReceived = true;
        rcvNxt += 1;
        rcvNxtUnwrapped += 1;
        sendAck();
        switch (state) {
            case SYN_RECEIVED:
            case ESTABLISHED:
                enter(TcpState.CLOSE_WAIT);
                break;
            case FIN_WAIT_1:
                if (finSent && Seq.gt(sndUna, finSequence)) {
                    enterTimeWait();
                } else {
                    enter(TcpState.CLOSING); // simultaneous close
                }
                break;
            case FIN_WAIT_2:
                enterTimeWait();
                break;
            default:
                break;
        }
    }

    // ---- sending -------------------------------------------------------------------------

    /** The receive window to advertise: free space, not shrinking the right edge, no silly small openings (RFC 9293 3.8.6.2.2). */
    private int receiveWindow() {
        int free = receiveBuffer.free();
        if (free < Math.min(receiveBuffer.capacity() / 2, mss)) {
            free = 0;
        }
        return Math.max(free, rcvAdvertisedEdge - rcvNxt);
    }

    private void emit(int sequence, int flags, ByteBuffer options, ByteBuffer data) {
        if (sackOk
                && (!outOfOrder.isEmpty() || duplicateToReport != null)
                && (flags & (TcpSegment.ACK | TcpSegment.SYN)) == TcpSegment.ACK
                && !options.hasRemaining()
                && !data.hasRemaining()) { // on pure ACKs only: a full-sized data segment has no room for 36 bytes of
            // options
            options = new TcpOptions(-1, -1, false, sackBlocks(), -1, -1).toBuffer();
            ip.counters().increment(StackCounter.TCP_SACK_BLOCKS_OUT);
        }
        if (timestamps) {
            options = withTimestamp(options);
        }
        int window = receiveWindow();
        boolean syn = (flags & TcpSegment.SYN) != 0;
        int field = Math.min(syn ? window : window >> rcvScale, 0xFFFF);
        rcvAdvertisedEdge = rcvNxt + (syn ? field : field << rcvScale);
        boolean ack = (flags & TcpSegment.ACK) != 0;
        TcpSegment seg =
                new TcpSegment(localPort, remotePort, sequence, ack ? rcvNxt : 0, flags, field, 0, options, data);
        int end = sequence + seg.sequenceLength();
        if (sackOk && seg.sequenceLength() > 0 && !syn && Seq.ge(sequence, sndUna)) {
            rack.transmitted(unwrapSend(sequence), unwrapSend(end), ip.now()); // RACK's log of what went out when
        }
        if (Seq.gt(end, sndMax)) {
            sndMax = end;
        }
        if (ack && segmentsUnacknowledged > 0 && (data.hasRemaining() || (flags & TcpSegment.FIN) != 0)) {
            if (ip.tracer().enabled()) {
                narrate("the ACK of the " + segmentsUnacknowledged + " segment(s) received rides on this "
                        + (data.hasRemaining() ? "data" : "FIN") + " (a piggy-backed ACK): no segment of its own");
            }
        }
        if (data.remaining() > mss) {
            tcp.sendSegmented(this, seg, mss);
        } else {
            tcp.send(this, seg);
        }
        if (ack) {
            segmentsUnacknowledged = 0;
            if (delayedAckTimer != null) {
                delayedAckTimer.cancel();
                delayedAckTimer = null;
            }
        }
    }

    /**
     * An ACK for at least every second full-sized segment (RFC 9293 section 3.8.6.3, RFC 5681
     * section 4.2). Segments that arrived in one burst are acknowledged together when the burst
     * has been handled, as Linux does for a GRO batch: the ACKs in between would be superseded
     * before the sender could act on them, and each costs the receiver a frame out. At most
     * {@link TcpConfig#segmentsPerBurstAck()} segments (16 by default, about 23 KB) go
     * unacknowledged, so the sender's clock keeps ticking.
     */
    private void acknowledgeSecondSegment() {
        if (!ip.inReceiveBurst() || segmentsUnacknowledged >= config.segmentsPerBurstAck()) {
            sendAck();
        } else if (!ackAfterBurst) {
            ackAfterBurst = true;
            tcp.ackAfterBurst(this);
        }
    }

    /** The receive burst is over: the ACK it deferred, unless one has gone out since. */
    void burstOver() {
        ackAfterBurst = false;
        if (segmentsUnacknowledged >= 2 && state.synchronizedState()) {
            sendAck();
        }
    }

    private void sendAck() {
        emit(sndNxt, TcpSegment.ACK, ByteBuffer.allocate(0), ByteBuffer.allocate(0));
    }

    private void challengeAck() {
        if (!tcp.challengeAckAllowed()) {
            return; // over the host's limit this second (RFC 5961 section 7); Tcp counts it
        }
        ip.counters().increment(StackCounter.TCP_CHALLENGE_ACKS);
        sendAck();
    }

    private void reset(int sequence) {
        tcp.sendReset(localAddress, localPort, remoteAddress, remotePort, sequence, 0, false);
    }

    /**
     * Sends what the windows and Nagle's rule allow, then the FIN once the data is out; then
     * schedules a tail-loss probe for what is in flight.
     */
    void output() {
        if (!established()) {
            return;
        }
        if ((recovering || timeoutRecovery) && sackOk) {
            recoverySend();
        } else {
            sendAllowed();
        }
        if (probeRearm) {
            probeRearm = false;
            scheduleProbe();
        }
    }

    private void sendAllowed() {
        if (!(state == TcpState.ESTABLISHED
                || state == TcpState.CLOSE_WAIT
                || state == TcpState.FIN_WAIT_1
                || state == TcpState.CLOSING
                || state == TcpState.LAST_ACK)) {
            return;
        }
        for (; ; ) {
            int sent = dataInFlight();
            int unsent = sendBuffer.length() - sent;
            int usable = Math.min(sndWnd, cwnd + limitedTransmit) - (sndNxt - sndUna);
            if (unsent > 0 && !finSent) {
                int n = Math.min(Math.min(mss, unsent), usable);
                if (n <= 0) {
                    if (sndWnd == 0 && sndNxt == sndUna) {
                        armRetransmit(); // persist: the timer's probe reopens a zero window
                    }
                    return;
                }
                if (n == mss && Math.min(unsent, usable) >= 2 * mss) {
                    n = largeSegment(unsent, usable);
                }
                boolean last = n == unsent;
                if (n < mss && sndNxt != sndUna && !noDelay && !(last && finQueued)) {
                    if (!nagleHolding) {
                        nagleHolding = true;
                        if (ip.tracer().enabled()) {
                            narrate("holds " + n + " bytes back: less than the MSS (" + mss + ") while "
                                    + (sndNxt - sndUna) + " bytes are unacknowledged; Nagle's rule (RFC 896, RFC 9293"
                                    + " section 3.7.4) sends them with the next ACK, so small writes travel together");
                        }
                    }
                    return; // Nagle (RFC 896): one small segment in flight at a time
                }
                if (n < mss && !last && n < maxSndWnd / 2 && sndNxt != sndUna) {
                    return; // sender-side SWS avoidance (RFC 9293 section 3.8.6.2.1): wait for the window to open
                    // further
                }
                if (n < mss && ip.tracer().enabled()) {
                    narrate(smallSegmentReason(n, last));
                }
                nagleHolding = false;
                sendData(sndNxt, sent, n, last);
                sndNxt += n;
                continue;
            }
            if (finQueued && !finSent && unsent == 0) {
                if (!finAssigned) {
                    finSequence = sndNxt;
                    finAssigned = true;
                }
                finSent = true;
                emit(sndNxt, TcpSegment.FIN | TcpSegment.ACK, ByteBuffer.allocate(0), ByteBuffer.allocate(0));
                sndNxt += 1;
                armRetransmitIfIdle();
            }
            return;
        }
    }

    /** Why a segment shorter than the MSS goes now (for the trace; Nagle's rule, RFC 896). */
    private String smallSegmentReason(int n, boolean last) {
        String what = "sends " + n + " bytes, less than the MSS, at once: ";
        if (sndNxt == sndUna) {
            return what + "nothing is unacknowledged, and Nagle's rule (RFC 896) waits only while something is";
        }
        if (noDelay) {
            return what + "TCP_NODELAY is set, so Nagle's rule does not wait for the ACK of the " + (sndNxt - sndUna)
                    + " bytes in flight";
        }
        if (last && finQueued) {
            return what + "the application has closed, so Nagle's rule does not hold back the last piece";
        }
        return what + "the window allows it";
    }

    /**
     * Data bytes sent and not yet acknowledged: the sequence space in flight, less our SYN while it
     * is unacknowledged (a connection handed to the application with the ACK of the handshake still
     * being processed may write at once) and less a FIN in flight.
     */
    private int dataInFlight() {
        int n = sndNxt - sndUna;
        if (sndUna == iss && n > 0) {
            n--;
        }
        if (finSent && Seq.gt(sndNxt, finSequence)) {
            n--;
        }
        return Math.max(0, Math.min(n, sendBuffer.length()));
    }

    /**
     * With a device that cuts TCP segments itself (TSO), one segment of as much as the window
     * allows, up to the device's limit: whole MSS-sized pieces, or all that is left to send (as
     * Linux hands a TSO NIC up to 64 KiB at a time); else one MSS.
     */
    private int largeSegment(int unsent, int usable) {
        if (segmentationLimit < 0) {
            segmentationLimit = tcp.segmentationOffloadData(remoteAddress); // the route's device, asked once
        }
        int limit = segmentationLimit;
        if (limit < 2 * mss) {
            return mss;
        }
        int n = Math.min(Math.min(unsent, usable), limit);
        return n == unsent ? n : n - n % mss;
    }

    private void sendData(int sequence, int offset, int n, boolean push) {
        if (!Seq.lt(sequence, sndMax)) {
            rtt.sent(sequence, ip.now()); // Karn: what a timeout's go-back sends again is not timed
            probeRearm = true; // new data: a tail-loss probe is due for it (RFC 8985 section 7.2)
        }
        emit(
                sequence,
                TcpSegment.ACK | (push ? TcpSegment.PSH : 0),
                ByteBuffer.allocate(0),
                sendBuffer.slice(offset, n));
        armRetransmitIfIdle();
    }

    /** Sends the first unacknowledged segment again (fast retransmit, partial ACK, timeout). */
    private void retransmitFirst() {
        ip.counters().increment(StackCounter.TCP_RETRANSMITS);
        rtt.retransmitted();
        int n = Math.min(mss, sendBuffer.length());
        if (n > 0) {
            emit(sndUna, TcpSegment.ACK, ByteBuffer.allocate(0), sendBuffer.slice(0, n));
        } else if (finSent) {
            emit(finSequence, TcpSegment.FIN | TcpSegment.ACK, ByteBuffer.allocate(0), ByteBuffer.allocate(0));
        }
    }

    private void armRetransmitIfIdle() {
        if (retransmitTimer == null) {
            armRetransmit();
        }
    }

    /**
     * (Re)starts the retransmission timer: it expires one RTO from now (RFC 6298 section 5.3).
     * Every ACK of new data restarts it, so a restart only moves the deadline when the timer set
     * earlier goes off no later: that timer then sets itself again for the rest of the time.
     */
    private void armRetransmit() {
        long rto = rtt.rto();
        retransmitDeadline = ip.now() + rto;
        if (retransmitTimer != null && retransmitTimer.deadline() <= retransmitDeadline) {
            return;
        }
        stopRetransmit();
        retransmitTimer = ip.loop().schedule(rto, this::retransmitTimerFired);
    }

    private void retransmitTimerFired() {
        retransmitTimer = null;
        long left = retransmitDeadline - ip.now();
        if (left > 0) {
            retransmitTimer = ip.loop().schedule(left, this::retransmitTimerFired); // restarted since it was set
            return;
        }
        retransmitTimeout();
    }

    private void stopRetransmit() {
        if (retransmitTimer != null) {
            retransmitTimer.cancel();
            retransmitTimer = null;
        }
    }

    // ---- tail-loss probe (RFC 8985 section 7) ---------------------------------------------

    /** RFC 8985 section 7.2: WCDelAckT, the worst case delayed-ACK time a probe for one segment waits out. */
    static final long WORST_CASE_DELAYED_ACK = 200_000_000L;
    /** The shortest probe timeout, as Linux's 10 ms floor: a timer finer than that fires before any ACK could. */
    static final long MIN_PROBE_TIMEOUT = 10_000_000L;

    /**
     * Schedules a probe timeout (PTO) for the data in flight, so that a tail loss (the last
     * segments, or the only ACK for them, lost: no duplicate ACK will come) is found in about two
     * round trips instead of an RTO: PTO = 2 SRTT, at least 1.5 SRTT + WCDelAckT when one segment is
     * in flight (its ACK may be delayed), never later than the RTO. Not in recovery, not while a
     * probe is out, not before an RTT sample. Restarts are lazy, as the RTO's: the timer set
     * earlier fires and sets itself again for the rest.
     */
    private void scheduleProbe() {
        long srtt = rtt.smoothedRtt();
        if (recovering
                || timeoutRecovery
                || probeOutstanding
                || sndNxt == sndUna
                || srtt < 0
                || sndWnd == 0
                || !established()) {
            probeDeadline = Long.MAX_VALUE;
            return;
        }
        long pto = 2 * srtt;
        if (sndNxt - sndUna <= mss) {
            pto = Math.max(pto, srtt + srtt / 2 + WORST_CASE_DELAYED_ACK);
        }
        long now = ip.now();
        probeDeadline = Math.min(now + Math.max(pto, MIN_PROBE_TIMEOUT), retransmitDeadline);
        if (probeTimer != null && probeTimer.deadline() <= probeDeadline) {
            return;
        }
        if (probeTimer != null) {
            probeTimer.cancel();
        }
        probeTimer = ip.loop().schedule(Math.max(probeDeadline - now, 0), this::probeTimerFired);
    }

    private boolean established() {
        return state == TcpState.ESTABLISHED
                || state == TcpState.CLOSE_WAIT
                || state == TcpState.FIN_WAIT_1
                || state == TcpState.CLOSING
                || state == TcpState.LAST_ACK;
    }

    private void probeTimerFired() {
        probeTimer = null;
        if (probeDeadline == Long.MAX_VALUE) {
            return;
        }
        long left = probeDeadline - ip.now();
        if (left > 0) {
            probeTimer = ip.loop().schedule(left, this::probeTimerFired); // moved later since it was set
            return;
        }
        probeDeadline = Long.MAX_VALUE;
        if (!recovering && !probeOutstanding && sndNxt != sndUna && established()) {
            sendProbe();
        }
    }

    /**
     * RFC 8985 section 7.3: one segment of new data if the peer's window takes it, else the last
     * segment sent, again; the ACK it brings shows what was lost (SACK) or that nothing was. The
     * RTO restarts from now.
     */
    private void sendProbe() {
        ip.counters().increment(StackCounter.TCP_LOSS_PROBES);
        int dataInFlight = dataInFlight();
        int unsent = sendBuffer.length() - dataInFlight;
        if (unsent > 0 && !finSent && sndWnd - (sndNxt - sndUna) >= Math.min(mss, unsent)) {
            int n = Math.min(mss, unsent);
            sendData(sndNxt, dataInFlight, n, n == unsent);
            sndNxt += n;
            probeRetransmitted = false;
        } else {
            ip.counters().increment(StackCounter.TCP_RETRANSMITS);
            rtt.retransmitted();
            int n = Math.min(mss, dataInFlight);
            int fin = finSent && Seq.gt(sndNxt, finSequence) ? TcpSegment.FIN : 0;
            emit(
                    sndUna + dataInFlight - n,
                    TcpSegment.ACK | fin,
                    ByteBuffer.allocate(0),
                    sendBuffer.slice(dataInFlight - n, n));
            probeRetransmitted = true;
        }
        probeOutstanding = true;
        probeEnd = sndNxt;
        armRetransmit();
    }

    /**
     * RFC 8985 section 7.4, as Linux's tcp_process_tlp_ack: once the ACK reaches the probe's end,
     * a probe of new data, or one a D-SACK reports as having arrived twice, repaired nothing; a
     * retransmitted probe followed by an ACK beyond it repaired a lost segment, which gets the
     * congestion response of a fast recovery (the window halved); a pure duplicate ACK says the
     * original and the probe both arrived. An ACK that reaches exactly the probe's end with none of
     * these leaves the episode open until one comes.
     */
    private void endOfProbe(int ack, boolean unaAdvanced, boolean newSack) {
        if (!probeOutstanding || Seq.lt(ack, probeEnd)) {
            return;
        }
        if (!probeRetransmitted || dsackInThisAck) {
            probeOutstanding = false;
        } else if (Seq.gt(ack, probeEnd)) {
            probeOutstanding = false;
            if (!recovering) {
                ssthresh = Math.max(cwnd / 2, 2 * mss);
                cwnd = ssthresh;
                ip.counters().increment(StackCounter.TCP_LOSS_PROBE_RECOVERIES);
            }
        } else if (!unaAdvanced && !newSack) {
            probeOutstanding = false;
        }
    }

    /** RFC 6298 section 5: back off, resend from SND.UNA, and start slow start over (RFC 5681 section 3.1). */
    private void retransmitTimeout() {
        retransmitTimer = null;
        ip.counters().increment(StackCounter.TCP_TIMEOUTS);
        boolean opening = state == TcpState.SYN_SENT || state == TcpState.SYN_RECEIVED;
        boolean probing = sndWnd == 0 && sendBuffer.length() > 0;
        if (!probing && ++retries > (opening ? config.synRetries() : config.dataRetries())) {
            SocketError e = softError != null
                    ? softError
                    : new SocketError(
                            Errno.ETIMEDOUT,
                            remoteAddress + ":" + remotePort + " did not answer after " + (retries - 1)
                                    + " retransmissions");
            if (!opening) {
                reset(sndNxt);
            }
            terminate(e);
            return;
        }
        long expired = rtt.rto();
        rtt.backOff();
        if (ip.tracer().enabled()) {
            narrate("retransmission timeout: nothing new acknowledged for RTO " + expired / 1_000_000
                    + " ms; resends from"
                    + " SND.UNA=" + Integer.toUnsignedString(sndUna) + ", the RTO doubles to " + rtt.rto() / 1_000_000
                    + " ms (RFC 6298 section 5.5)"
                    + (opening ? "" : " and slow start begins again (RFC 5681 section 3.1)"));
        }
        if (opening) {
            sendSyn(state == TcpState.SYN_RECEIVED);
        } else if (probing) {
            // Zero-window probe (RFC 9293 section 3.8.6.1): the next byte, again and again with backoff, until the
            // window opens.
            emit(sndUna, TcpSegment.ACK, ByteBuffer.allocate(0), sendBuffer.slice(0, 1));
            if (Seq.lt(sndNxt, sndUna + 1)) {
                sndNxt = sndUna + 1;
            }
        } else {
            ssthresh = Math.max((sndNxt - sndUna) / 2, 2 * mss);
            cwnd = mss;
            recovering = false;
            probeOutstanding = false;
            timeoutRecovery = true;
            timeoutRecover = sndMax;
            limitedTransmit = 0;
            duplicateAcks = 0;
            if (sackOk && !scoreboard.covers(sndUnaUnwrapped, sndUnaUnwrapped + 1)) {
                timeoutWithSack();
            } else {
                goBack();
            }
        }
        armRetransmit();
    }

    /**
     * A timeout with SACK, as Linux's loss state: what the peer SACKed stays on the board (RFC
     * 6675 section 5.1 keeps the scoreboard updated through RTO recovery), everything outstanding
     * and not SACKed is marked lost, and it is sent again in order through the RFC 6675 pipe as
     * slow start opens the window, followed by new data. RACK still runs on every ACK, so a
     * retransmission lost again is found by time, not by another backed-off timeout. Going back to
     * SND.UNA instead sent a whole window again from one segment of window up (the receiver
     * already held most of it), and at 5 % loss the go-back itself lost a segment so often that
     * timeouts followed one another, each twice as long.
     */
    private void timeoutWithSack() {
        highRetransmitted = sndUnaUnwrapped;
        rack.markLost(sndUnaUnwrapped, unwrapSend(sndMax));
        output();
    }

    /**
     * A timeout without SACK, or after the peer reneged (SND.UNA's own byte was SACKed, RFC 2018
     * section 8): the scoreboard is forgotten and everything outstanding is resent from SND.UNA
     * (go-back-N) as the window allows.
     */
    private void goBack() {
        scoreboard.clear();
        rack.clear();
        sndNxt = sndUna;
        if (finSent && Seq.le(sndNxt, finSequence)) {
            finSent = false;
        }
        ip.counters().increment(StackCounter.TCP_RETRANSMITS);
        output();
    }

    // ---- keep-alive ----------------------------------------------------------------------

    /**
     * SO_KEEPALIVE with its Linux knobs: after {@code idle} with nothing heard, a probe (an ACK for
     * SND.UNA - 1, which the peer must answer) every {@code interval}; after {@code probes}
     * unanswered ones the connection ends with ETIMEDOUT. A zero idle turns it off.
     */
    void keepAlive(long idle, long interval, int probes) {
        keepAliveIdle = idle;
        keepAliveInterval = interval;
        keepAliveProbes = probes;
        if (keepAliveTimer != null) {
            keepAliveTimer.cancel();
            keepAliveTimer = null;
        }
        if (idle > 0) {
            lastHeard = ip.now();
            keepAliveTimer = ip.loop().schedule(idle, this::keepAliveCheck);
        }
    }

    private void keepAliveCheck() {
        keepAliveTimer = null;
        if (keepAliveIdle == 0 || state == TcpState.CLOSED || state == TcpState.TIME_WAIT) {
            return;
        }
        long quiet = ip.now() - lastHeard;
        if (quiet < keepAliveIdle && probesUnanswered == 0) {
            keepAliveTimer = ip.loop().schedule(keepAliveIdle - quiet, this::keepAliveCheck);
            return;
        }
        if (probesUnanswered >= keepAliveProbes) {
            reset(sndNxt);
            terminate(new SocketError(
                    Errno.ETIMEDOUT,
                    remoteAddress + ":" + remotePort + " did not answer " + keepAliveProbes + " keep-alive probes"));
            return;
        }
        probesUnanswered++;
        emit(sndUna - 1, TcpSegment.ACK, ByteBuffer.allocate(0), ByteBuffer.allocate(0));
        keepAliveTimer = ip.loop().schedule(keepAliveInterval, this::keepAliveCheck);
    }

    // ---- SACK (RFC 2018) -----------------------------------------------------------------

    /** Our receive queue's out-of-order data as SACK blocks, the one with the latest arrival first. */
    private List<TcpOptions.SackBlock> sackBlocks() {
        List<TcpOptions.SackBlock> blocks = new ArrayList<>();
        if (duplicateToReport != null) {
            blocks.add(duplicateToReport); // a D-SACK goes first, and once (RFC 2883 section 4)
            duplicateToReport = null;
            ip.counters().increment(StackCounter.TCP_DSACKS_OUT);
        }
        int room = timestamps ? 3 : 4; // 3 fit beside a timestamp in 40 bytes
        for (long[] r : outOfOrder.ranges(room - blocks.size())) {
            blocks.add(new TcpOptions.SackBlock(
                    rcvNxt + (int) (r[0] - rcvNxtUnwrapped), rcvNxt + (int) (r[1] - rcvNxtUnwrapped)));
        }
        return blocks;
    }

    private long unwrapSend(int seq) {
        return sndUnaUnwrapped + (seq - sndUna);
    }

    /**
     * Adds the peer's SACK blocks that lie inside what is outstanding to the scoreboard, and notes
     * a D-SACK (RFC 2883 section 4): a first block below the cumulative ACK, or inside the second
     * block, reports data that arrived twice.
     */
    private void recordSack(TcpSegment seg, int ack) {
        dsackInThisAck = false;
        if (!sackOk || !seg.options().hasRemaining()) {
            return;
        }
        Parsed<TcpOptions> o = TcpOptions.parse(seg.options());
        if (!o.isOk()) {
            return;
        }
        List<TcpOptions.SackBlock> blocks = o.value().sack();
        if (!blocks.isEmpty()) {
            TcpOptions.SackBlock first = blocks.get(0);
            dsackInThisAck = Seq.le(first.right(), ack)
                    || blocks.size() > 1
                            && Seq.ge(first.left(), blocks.get(1).left())
                            && Seq.le(first.right(), blocks.get(1).right());
        }
        for (TcpOptions.SackBlock b : blocks) {
            long l = unwrapSend(b.left());
            long r = unwrapSend(b.right());
            if (r <= l || l < sndUnaUnwrapped || r > unwrapSend(sndMax)) {
                continue; // not about outstanding data (old, or a D-SACK): ignored
            }
            scoreboard.add(l, r);
        }
    }

    // ---- closing -------------------------------------------------------------------------

    /**
     * Tells the host's tracer about this connection. Callers check {@code ip.tracer().enabled()}
     * first, so no sentence is built while nobody listens (several are on the per-segment path).
     */
    private void narrate(String text) {
        ip.tracer()
                .event(
                        TraceLayer.TCP,
                        localAddress + ":" + localPort + " <-> " + remoteAddress + ":" + remotePort + " " + text);
    }

    /** Takes the RTT sample an ACK gives (RFC 6298 section 3: one timed segment) and tells it while a tracer listens. */
    private void timeAck(int ack) {
        int timed = rtt.timedSequence();
        long sample = rtt.acknowledged(ack, ip.now());
        if (sample >= 0 && ip.tracer().enabled()) {
            rttSampled(sample, "SEQ=" + Integer.toUnsignedString(timed));
        }
    }

    /** Tells a round-trip sample of {@code sample} ns from the acknowledgement of {@code what}. */
    private void rttSampled(long sample, String what) {
        narrate("the ACK of " + what + " (sent once: Karn's rule times no retransmitted segment) "
                + rtt.describe(sample, rtt.samples()));
    }

    /** Moves to {@code next}, telling the host's tracer (with the numbers that state begins with). */
    private void enter(TcpState next) {
        TcpState was = state;
        state = next;
        releaseIdleBuffers();
        if (!lingering.isEmpty() && finAcknowledged()) {
            List<CompletableFuture<Void>> now = new ArrayList<>(lingering);
            lingering.clear();
            now.forEach(f -> f.complete(null));
        }
        if (ip.tracer().enabled()) {
            String why = switch (next) {
                case SYN_SENT ->
                    ": ISN " + Integer.toUnsignedString(iss) + " (RFC 6528: a keyed hash of the 4-tuple plus a clock)";
                case SYN_RECEIVED ->
                    ": peer's ISN " + Integer.toUnsignedString(irs) + ", ours " + Integer.toUnsignedString(iss)
                            + ", MSS " + mss;
                case ESTABLISHED ->
                    ": MSS " + mss + ", send window " + sndWnd + (sndScale > 0 ? " (scale " + sndScale + ")" : "")
                            + ", cwnd " + cwnd;
                case TIME_WAIT ->
                    ": the 4-tuple stays reserved for 2 MSL = "
                            + 2 * config.msl().toSeconds() + " s (RFC 9293 section 3.6.1)";
                default -> "";
            };
            ip.tracer()
                    .event(
                            TraceLayer.TCP,
                            localAddress + ":" + localPort + " <-> " + remoteAddress + ":" + remotePort + " "
                                    + was.rfcName() + " -> " + next.rfcName() + why);
        }
    }

    private void enterTimeWait() {
        enter(TcpState.TIME_WAIT);
        tcp.enteredTimeWait(this);
        stopRetransmit();
        restartTimeWait();
        signal();
    }

    private void restartTimeWait() {
        if (timeWaitTimer != null) {
            timeWaitTimer.cancel();
        }
        timeWaitTimer = ip.loop().schedule(2 * config.msl().toNanos(), () -> terminate(null)); // RFC 9293 section 3.6.1
    }

    /**
     * Lets a buffer's memory go once it can hold nothing more: the send buffer when our FIN has
     * been acknowledged, the receive buffer when the peer's FIN is in (or the connection is over)
     * and all has been read. A connection in TIME-WAIT thus keeps only its control block.
     */
    private void releaseIdleBuffers() {
        if (finAcknowledged()) {
            sendBuffer.release();
        }
        if (finReceived || state == TcpState.CLOSED) {
            receiveBuffer.release();
        }
    }

    /** Memory held for data: both buffers and the out-of-order queue. */
    long bufferMemory() {
        return (long) sendBuffer.memory() + receiveBuffer.memory() + outOfOrder.memory();
    }

    /** Ends the connection: CLOSED, timers stopped, the 4-tuple freed, waiters woken with {@code e}. */
    void terminate(SocketError e) {
        if (state == TcpState.CLOSED) {
            return;
        }
        enter(TcpState.CLOSED);
        if (e != null && error == null) {
            error = e;
        }
        stopRetransmit();
        recovering = false;
        if (probeTimer != null) {
            probeTimer.cancel();
            probeTimer = null;
        }
        if (rackTimer != null) {
            rackTimer.cancel();
            rackTimer = null;
        }
        if (delayedAckTimer != null) {
            delayedAckTimer.cancel();
        }
        if (timeWaitTimer != null) {
            timeWaitTimer.cancel();
        }
        if (keepAliveTimer != null) {
            keepAliveTimer.cancel();
        }
        tcp.remove(this);
        tcp.failed(this);
        if (listener != null) {
            listener.forget(this);
            listener = null;
        }
        signal();
    }

    /** An ICMP error about this connection: remembered as a soft error (RFC 5461), reported if it times out. */
    void icmpError(SocketError e) {
        softError = e;
    }

    // ---- the user's calls (on the loop) --------------------------------------------------

    /** Copies up to {@code len} received bytes; 0 when none is ready yet, -1 at the end of the stream. */
    int read(byte[] b, int off, int len) throws SocketError {
        if (receiveBuffer.length() == 0) {
            if (error != null) {
                throw error;
            }
            return finReceived || state == TcpState.CLOSED ? -1 : 0;
        }
        int before = receiveWindow();
        int n = receiveBuffer.read(b, off, len);
        releaseIdleBuffers();
        int after = receiveWindow();
        int half = receiveBuffer.capacity() / 2;
        if (state.synchronizedState() && after - before >= Math.min(half, 2 * mss) && before < half) {
            if (ip.tracer().enabled()) {
                narrate("window update: the application read " + n + " bytes, the receive window opens from " + before
                        + " to " + after
                        + " bytes, by at least min(half the buffer, 2 MSS), so the peer is told at once"
                        + " (receiver SWS avoidance, RFC 9293 section 3.8.6.2.2)");
            }
            sendAck(); // a window update worth telling (RFC 9293 section 3.8.6.2.2)
        }
        return n;
    }

    /** Takes as many of {@code len} bytes as the send buffer has room for; returns how many. */
    int write(byte[] b, int off, int len) throws SocketError {
        if (error != null) {
            throw error;
        }
        if (finQueued || state == TcpState.CLOSED) {
            throw new SocketError(Errno.EPIPE, "the connection's sending side is closed");
        }
        int n = sendBuffer.write(b, off, len);
        output();
        return n;
    }

    /** Bytes received in order and not yet read (FIONREAD). */
    int unread() {
        return receiveBuffer.length();
    }

    /** Bytes in the send buffer, sent or not (SIOCOUTQ). */
    int sendQueued() {
        return sendBuffer.length();
    }

    /** Room left in the send buffer. */
    int sendRoom() {
        return sendBuffer.free();
    }

    /** Half-close: a FIN after the data (RFC 9293 section 3.10.4, CLOSE while ESTABLISHED or CLOSE-WAIT). */
    void shutdownOutput() {
        switch (state) {
            case SYN_SENT:
                terminate(null);
                return;
            case SYN_RECEIVED:
            case ESTABLISHED:
                enter(TcpState.FIN_WAIT_1);
                break;
            case CLOSE_WAIT:
                enter(TcpState.LAST_ACK);
                break;
            default:
                return;
        }
        finQueued = true;
        output();
    }

    /** CLOSE: unread data makes it an abort (RST, as RFC 2525 section 2.17 and Linux), else a FIN. */
    void close() {
        if (receiveBuffer.length() > 0 && state.synchronizedState() && state != TcpState.TIME_WAIT) {
            abort();
            return;
        }
        shutdownOutput();
    }

    /** Whether nothing we sent waits for the peer's acknowledgment any more: our FIN is acknowledged, or the connection is over. */
    private boolean finAcknowledged() {
        return state == TcpState.FIN_WAIT_2 || state == TcpState.TIME_WAIT || state == TcpState.CLOSED;
    }

    /** Completes {@code f} once our FIN has been acknowledged (so all our data has been), or the connection has ended: SO_LINGER's wait. */
    void whenFinAcknowledged(CompletableFuture<Void> f) {
        if (finAcknowledged()) {
            f.complete(null);
        } else {
            lingering.removeIf(CompletableFuture::isDone);
            lingering.add(f);
        }
    }

    /** ABORT (RFC 9293 section 3.10.5): RST to the peer, CLOSED at once. */
    void abort() {
        if (state == TcpState.SYN_RECEIVED || state.synchronizedState() && state != TcpState.TIME_WAIT) {
            tcp.sendReset(localAddress, localPort, remoteAddress, remotePort, sndNxt, 0, false);
        }
        terminate(null);
    }

    /** The control block's variables in one line, for logs. */
    public String debug() {
        return String.format(
                "%s una=%d nxt=%d wnd=%d cwnd=%d ssthresh=%d rto=%dms retries=%d sendLength=%d fin=%s/%s rcvNxt=%d rcvWnd=%d buffered=%d oooMemory=%d recovering=%s timer=%s",
                state,
                sndUna - iss,
                sndNxt - iss,
                sndWnd,
                cwnd,
                ssthresh,
                rtt.rto() / 1_000_000,
                retries,
                sendBuffer.length(),
                finQueued,
                finSent,
                rcvNxt - irs,
                receiveWindow(),
                receiveBuffer.length(),
                outOfOrder.memory(),
                recovering,
                retransmitTimer != null);
    }

    @Override
    public String toString() {
        return localAddress + ":" + localPort + " > " + remoteAddress + ":" + remotePort + " " + state;
    }
}
