/**
 * TCP per RFC 9293 and its companions (RFC 5681 congestion control, RFC 6298 RTO, RFC 2018 and
 * 6675 SACK, RFC 7323 window scaling, RFC 6528 ISNs, RFC 5961 challenge ACKs, RFC 4987 SYN cookies
 * in {@link jnic.stack.tcp.SynCookies}): {@link jnic.stack.tcp.Tcp}
 * demultiplexes segments to connections and listeners; {@link jnic.stack.tcp.TcpConnection} is the
 * state machine (states named as the RFC's, {@link jnic.stack.tcp.TcpState}); its parts each have
 * a class ({@link jnic.stack.tcp.RttEstimator}, {@link jnic.stack.tcp.SackScoreboard},
 * {@link jnic.stack.tcp.OutOfOrderQueue}, {@link jnic.stack.tcp.ByteRing});
 * {@link jnic.stack.tcp.TcpSocket} and {@link jnic.stack.tcp.TcpListener} are the thread-safe faces.
 *
 * <p>May depend on: {@code jnic.stack.iface} (through {@code IpLayer}), {@code jnic.stack},
 * {@code jnic.net.wire}, the driver's time and trace.
 */
package jnic.stack.tcp;
