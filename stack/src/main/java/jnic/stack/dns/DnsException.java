package jnic.stack.dns;

import java.io.IOException;

/** A DNS answer that is not an address: the server's response code (NXDOMAIN...) or a truncated reply. */
public final class DnsException extends IOException {
    private static final long serialVersionUID = 1L;
    private final int rcode;

    public DnsException(int rcode, String message) {
        super(message);
        this.rcode = rcode;
    }

    /** RFC 1035 section 4.1.1 RCODE (3 = NXDOMAIN), or -1 when the failure was not the server's code. */
    public int rcode() {
        return rcode;
    }
}
