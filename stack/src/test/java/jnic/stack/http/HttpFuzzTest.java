package jnic.stack.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayOutputStream;

/**
 * HTTP's parsers on arbitrary bytes, fed in two pieces: they return a request, a response, a
 * refusal or "more", never throw, and keep to their limits. {@code make test} runs each target
 * briefly; {@code make fuzz} runs them long (tools/fuzz.sh).
 */
class HttpFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void request(byte[] input) {
        RequestParser p = new RequestParser(256, 1024, 512);
        int half = input.length / 2;
        p.offer(input, 0, half);
        drain(p);
        p.offer(input, half, input.length - half);
        drain(p);
    }

    private static void drain(RequestParser p) {
        for (int i = 0; i < 1000; i++) {
            RequestParser.Result r = p.next();
            if (r instanceof RequestParser.Complete c) {
                assertTrue(c.request().body().length <= 512);
                continue;
            }
            if (r instanceof RequestParser.Refused f) {
                assertTrue(f.status() >= 400 && f.status() < 600);
            }
            return;
        }
    }

    @FuzzTest(maxDuration = "10s")
    void response(byte[] input) {
        ResponseParser p = new ResponseParser(1024, 512);
        p.expect(input.length % 3 == 0 ? "HEAD" : "GET");
        int half = input.length / 2;
        p.offer(input, 0, half);
        p.next(false);
        p.offer(input, half, input.length - half);
        ResponseParser.Result r = p.next(true);
        if (r instanceof ResponseParser.Complete c) {
            assertTrue(c.response().body().length <= 512);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void chunked(byte[] input) {
        ChunkedCoding.Decoder d = new ChunkedCoding.Decoder(512, 256);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int half = input.length / 2;
        int used = d.decode(input, 0, half, body);
        if (used == half) {
            d.decode(input, half, input.length - half, body);
        }
        assertTrue(body.size() <= 512);
    }
}
