package jnic.stack.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * The chunked coding (RFC 9112 section 7.1) as properties: any body, cut into chunks anywhere,
 * with or without extensions and trailer fields, and the coded bytes delivered in pieces cut
 * anywhere, decodes to itself, and the decoder stops exactly at the body's end; anything else
 * never throws and never yields more than the limit.
 */
class ChunkedCodingTest {
    /** Encodes {@code body} cut at {@code cuts} (positions, any order, duplicates ignored), with extensions and trailers when asked. */
    static byte[] encode(byte[] body, List<Integer> cuts, boolean extensions, Map<String, String> trailers) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] at = cuts.stream()
                .mapToInt(c -> Math.floorMod(c, body.length + 1))
                .sorted()
                .distinct()
                .toArray();
        int from = 0;
        for (int i = 0; i <= at.length; i++) {
            int to = i < at.length ? at[i] : body.length;
            if (to > from) {
                byte[] chunk = ChunkedCoding.chunk(body, from, to - from);
                if (extensions) {
                    String size = Integer.toHexString(to - from);
                    String ext = i % 2 == 0 ? " ; name=token" : ";q=\"a \\\" ;b\";flag";
                    out.writeBytes((size + ext).getBytes(StandardCharsets.ISO_8859_1));
                    out.write(chunk, size.length(), chunk.length - size.length());
                } else {
                    out.writeBytes(chunk);
                }
                from = to;
            }
        }
        out.writeBytes(ChunkedCoding.last(trailers));
        return out.toByteArray();
    }

    /** Decodes {@code coded} delivered in pieces of the given sizes (cycled); returns the body, or null on an error. */
    static byte[] decode(byte[] coded, List<Integer> pieces, long limit) {
        ChunkedCoding.Decoder d = new ChunkedCoding.Decoder(limit, 1024);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        int k = 0;
        while (at < coded.length && !d.done() && d.error() == null) {
            int n = Math.min(coded.length - at, pieces.isEmpty() ? coded.length : 1 + pieces.get(k++ % pieces.size()));
            int used = d.decode(coded, at, n, body);
            assertTrue(used <= n);
            at += used;
            if (used < n) {
                assertTrue(d.done() || d.error() != null, "the decoder leaves bytes only at the end or an error");
            }
        }
        assertTrue(body.size() <= limit, "never more than the limit");
        if (d.error() != null) {
            return null;
        }
        assertTrue(d.done(), "the whole coding was given");
        assertEquals(coded.length, at, "it took every byte up to the body's end");
        return body.toByteArray();
    }

    @Property
    void anyBodyChunkedAnyWayDecodesToItself(
            @ForAll @Size(max = 3000) byte[] body,
            @ForAll @Size(max = 20) List<Integer> cuts,
            @ForAll boolean extensions,
            @ForAll("trailers") Map<String, String> trailers,
            @ForAll @Size(max = 8) List<@IntRange(min = 0, max = 300) Integer> pieces) {
        byte[] coded = encode(body, cuts, extensions, trailers);
        assertArrayEquals(body, decode(coded, pieces, body.length));
    }

    @Provide
    Arbitrary<Map<String, String>> trailers() {
        return Arbitraries.maps(
                        Arbitraries.strings()
                                .withChars("abcXYZ-_0")
                                .ofMinLength(1)
                                .ofMaxLength(8),
                        Arbitraries.strings()
                                .withChars("abc ;,\"=\t~")
                                .ofMaxLength(20)
                                .map(String::strip))
                .ofMaxSize(3);
    }

    @Property
    void bytesAfterTheBodyAreLeftForTheNextMessage(
            @ForAll @Size(max = 200) byte[] body, @ForAll @Size(max = 50) byte[] after) {
        byte[] coded = encode(body, List.of(body.length / 3), false, Map.of());
        byte[] stream = new byte[coded.length + after.length];
        System.arraycopy(coded, 0, stream, 0, coded.length);
        System.arraycopy(after, 0, stream, coded.length, after.length);
        ChunkedCoding.Decoder d = new ChunkedCoding.Decoder(1000, 100);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(coded.length, d.decode(stream, 0, stream.length, out));
        assertTrue(d.done());
        assertArrayEquals(body, out.toByteArray());
    }

    @Property
    void aBodyOverTheLimitIsRefusedWhateverTheChunking(
            @ForAll @Size(min = 1, max = 500) byte[] body,
            @ForAll @Size(max = 10) List<Integer> cuts,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 50) Integer> pieces) {
        byte[] coded = encode(body, cuts, false, Map.of());
        assertNull(decode(coded, pieces, body.length - 1));
    }

    @Property
    void anyBytesNeverThrowAndStayWithinTheLimit(
            @ForAll @Size(max = 400) byte[] junk,
            @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 50) Integer> pieces) {
        ChunkedCoding.Decoder d = new ChunkedCoding.Decoder(64, 64);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int at = 0;
        int k = 0;
        while (at < junk.length && !d.done() && d.error() == null) {
            int n = Math.min(junk.length - at, pieces.isEmpty() ? junk.length : 1 + pieces.get(k++ % pieces.size()));
            at += d.decode(junk, at, n, body);
        }
        assertTrue(body.size() <= 64);
    }

    @Property
    void hexadecimalSizesOfAnyLengthNeverOverflow(
            @ForAll @Size(min = 1, max = 64) List<@IntRange(min = 0, max = 15) Integer> digits) {
        StringBuilder size = new StringBuilder();
        digits.forEach(d -> size.append(Integer.toHexString(d)));
        java.math.BigInteger value = new java.math.BigInteger(size.toString(), 16);
        byte[] line = (size + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
        ChunkedCoding.Decoder d = new ChunkedCoding.Decoder(Long.MAX_VALUE, 64);
        d.decode(line, 0, line.length, new ByteArrayOutputStream());
        if (value.bitLength() < 64) {
            assertNull(d.error(), size + " fits a long: " + d.detail());
        } else {
            assertEquals(ChunkedCoding.Error.TOO_LARGE, d.error(), size + " does not fit a long");
        }
    }

    @Example
    void theLimitIsExact() {
        byte[] coded = "3\r\nabc\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1);
        assertArrayEquals("abc".getBytes(StandardCharsets.ISO_8859_1), decode(coded, List.of(), 3));
        assertNull(decode(coded, List.of(), 2));
        assertArrayEquals(new byte[0], decode("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), List.of(), 0));
    }

    @Example
    void extensionGrammar() {
        for (String ok :
                List.of("", ";a", " ;a", ";a=b", ";a = b", ";a=\"\"", ";a=\"x\\\"y\";b;c=d", ";a ", ";a\t;b")) {
            assertTrue(ChunkedCoding.extensionsValid(ok), ok);
        }
        for (String bad : List.of(";", "a", ";=b", ";a=", ";a=\"x", ";a=b c", ";a;;", ";a=\"\\", ";a=b\"c\"")) {
            assertFalse(ChunkedCoding.extensionsValid(bad), bad);
        }
    }
}
