package jnic.stack.tcp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.util.function.LongSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import jnic.net.wire.Ipv4Address;

/**
 * Initial sequence numbers as RFC 6528 section 3 recommends: ISN = M + F(4-tuple, secret), with M
 * a clock ticking every 4 microseconds and F a keyed hash (HMAC-SHA-256 from the JDK, its first 32
 * bits). Connections to different peers get unrelated ISNs; one 4-tuple's ISNs increase with time,
 * so a new incarnation's segments are not taken for an old one's.
 */
final class IsnGenerator {
    private final Mac mac;
    private final LongSupplier nanos;

    IsnGenerator(byte[] secret, LongSupplier nanos) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
        this.nanos = nanos;
    }

    int next(Ipv4Address localAddress, int localPort, Ipv4Address remoteAddress, int remotePort) {
        ByteBuffer tuple = ByteBuffer.allocate(12)
                .putInt(localAddress.value())
                .putShort((short) localPort)
                .putInt(remoteAddress.value())
                .putShort((short) remotePort);
        byte[] h = mac.doFinal(tuple.array());
        int f = ByteBuffer.wrap(h).getInt();
        int m = (int) (nanos.getAsLong() / 4000);
        return m + f;
    }
}
