package jnic.stack.iface;

/** What a host counts. Every drop has a counter, so a lost packet can always be accounted for. */
public enum StackCounter {
    ETHERNET_IN,
    ETHERNET_MALFORMED,
    ETHERNET_UNKNOWN_TYPE,
    ETHERNET_OUT,
    ETHERNET_SEND_FAILED,
    ETHERNET_INBOX_FULL,
    ARP_IN,
    ARP_MALFORMED,
    ARP_NOT_FOR_US,
    ARP_REQUESTS_OUT,
    ARP_REPLIES_OUT,
    ARP_ANNOUNCEMENTS_OUT,
    ARP_PENDING_DROPPED,
    ARP_RESOLUTION_FAILED,
    ARP_CONFLICTS,
    IP_IN,
    IP_MALFORMED,
    IP_NOT_FOR_US,
    IP_MARTIAN,
    IP_DELIVERED,
    IP_UNKNOWN_PROTOCOL,
    IP_FORWARDED,
    IP_TTL_EXCEEDED,
    IP_NO_ROUTE,
    IP_OUT,
    IP_LOCAL_DELIVERY,
    IP_FRAGMENTS_OUT,
    IP_FRAGMENTATION_NEEDED,
    REASSEMBLY_FRAGMENTS_IN,
    REASSEMBLY_OK,
    REASSEMBLY_TIMEOUT,
    REASSEMBLY_OVERLAP,
    REASSEMBLY_DUPLICATE,
    REASSEMBLY_EVICTED,
    REASSEMBLY_TOO_BIG,
    ICMP_IN,
    ICMP_MALFORMED,
    ICMP_OUT,
    ICMP_ERRORS_OUT,
    /** ICMP errors not sent: the host-wide token bucket was empty (Linux's IcmpOutRateLimitGlobal). */
    ICMP_OUT_RATE_LIMIT_GLOBAL,
    /** ICMP errors not sent: their destination's token bucket was empty (Linux's IcmpOutRateLimitHost). */
    ICMP_OUT_RATE_LIMIT_HOST,
    ICMP_ERRORS_IN,
    ICMP_ECHO_REPLIES_OUT,
    ICMP_IGNORED,
    UDP_IN,
    /** Datagrams that came without a checksum (a zero field, RFC 768), accepted unchecked. */
    UDP_NO_CHECKSUM,
    UDP_MALFORMED,
    UDP_NO_PORT,
    UDP_QUEUE_FULL,
    UDP_OUT,
    TCP_IN,
    TCP_MALFORMED,
    TCP_OUT,
    TCP_NO_SOCKET,
    TCP_RESETS_OUT,
    TCP_RETRANSMITS,
    TCP_FAST_RETRANSMITS,
    /** Tail-loss probes sent (RFC 8985 section 7). */
    TCP_LOSS_PROBES,
    /** Retransmitted probes that repaired a loss (no D-SACK said the original had arrived). */
    TCP_LOSS_PROBE_RECOVERIES,
    TCP_TIMEOUTS,
    TCP_OUT_OF_WINDOW,
    TCP_CHALLENGE_ACKS,
    /** Challenge ACKs not sent: over the host's limit for the second (RFC 5961 section 7). */
    TCP_CHALLENGE_ACKS_SKIPPED,
    TCP_OUT_OF_ORDER,
    TCP_OUT_OF_ORDER_DROPPED,
    TCP_BACKLOG_DROPS,
    /** SYN-ACKs sent with a SYN cookie, no state kept (RFC 4987 section 3.6; Linux's SyncookiesSent). */
    TCP_SYN_COOKIES_SENT,
    /** ACKs whose cookie was good: a connection rebuilt from it (Linux's SyncookiesRecv). */
    TCP_SYN_COOKIES_VALIDATED,
    /** ACKs to a listener that had sent cookies whose cookie was not good: answered with a reset (Linux's SyncookiesFailed). */
    TCP_SYN_COOKIES_FAILED,
    /** TIME-WAIT connections ended early to make room at the connection limit (as Linux's tcp_max_tw_buckets). */
    TCP_TIME_WAIT_RECYCLED,
    /** SYNs that reopened a 4-tuple in TIME-WAIT (RFC 1122 section 4.2.2.13). */
    TCP_TIME_WAIT_REOPENED,
    TCP_SACK_RETRANSMITS,
    TCP_SACK_BLOCKS_OUT,
    /** D-SACK blocks sent: data that arrived twice, reported back (RFC 2883). */
    TCP_DSACKS_OUT,
    TCP_SEGMENTATION_OFFLOADS,
    TCP_SEGMENTATION_IN_SOFTWARE
}
