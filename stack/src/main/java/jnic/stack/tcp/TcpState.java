package jnic.stack.tcp;

/** The connection states of RFC 9293 section 3.3.2, with its names. */
public enum TcpState {
    CLOSED,
    LISTEN,
    SYN_SENT,
    SYN_RECEIVED,
    ESTABLISHED,
    FIN_WAIT_1,
    FIN_WAIT_2,
    CLOSE_WAIT,
    CLOSING,
    LAST_ACK,
    TIME_WAIT;

    /** The name as RFC 9293 writes it: SYN-SENT, TIME-WAIT. */
    public String rfcName() {
        return name().replace('_', '-');
    }

    /** States after the handshake completed, in which sequence numbers are synchronized. */
    public boolean synchronizedState() {
        return ordinal() >= ESTABLISHED.ordinal();
    }

    /** States in which data from the peer is still accepted (RFC 9293 section 3.10.7.4, "seventh"). */
    boolean receivesData() {
        return this == ESTABLISHED || this == FIN_WAIT_1 || this == FIN_WAIT_2;
    }
}
