/**
 * HTTP/1.1 (RFC 9112 for the messages, RFC 9110 for their meaning) on jnic's TCP sockets: a
 * server and a client with persistent connections, pipelined requests answered in order, bodies by
 * Content-Length or the chunked coding both ways, and clear 4xx answers to malformed requests.
 *
 * <p>Start with {@link jnic.stack.http.HttpServer} (connections, limits, timeouts, what is
 * counted) and {@link jnic.stack.http.HttpClient}; the parsers they use say what they accept and
 * refuse: {@code RequestParser} (every status the server answers by itself), {@code
 * ResponseParser}, {@code ChunkedCoding} (chunk sizes, extensions, trailers), on {@code
 * InputBuffer} (CRLF lines). {@link jnic.stack.http.HttpMessage} holds the records and the field
 * syntax. The parsers do no I/O and never throw on input, so the tests drive them byte by byte and
 * the fuzzer drives them with anything.
 *
 * <p>May depend on: {@code jnic.stack.host}, {@code jnic.stack.tcp}, {@code jnic.stack},
 * {@code jnic.net.wire}, {@code jnic.driver.time} and {@code jnic.driver.trace}.
 */
package jnic.stack.http;
