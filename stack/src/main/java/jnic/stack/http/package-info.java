/**
 * A small HTTP/1.1 client and server on TCP sockets (RFC 9112), for the story's web request:
 * {@link jnic.stack.http.HttpServer}, {@link jnic.stack.http.HttpClient},
 * {@link jnic.stack.http.HttpMessage}.
 *
 * <p>May depend on: {@code jnic.stack.host}, {@code jnic.stack.tcp}, {@code jnic.stack},
 * {@code jnic.net.wire}.
 */
package jnic.stack.http;
