package jnic.net.wire;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A DNS message (RFC 1035 section 4): header, questions and resource records. Parsing follows
 * compression pointers (section 4.1.4) only backwards, so a pointer loop cannot hang it, and
 * checks every label and count against the bytes there are. Emitting writes names uncompressed.
 */
public record DnsMessage(
        int id,
        int flags,
        List<Question> questions,
        List<ResourceRecord> answers,
        List<ResourceRecord> authorities,
        List<ResourceRecord> additionals) {
    public static final int HEADER_LENGTH = 12;
    public static final int TYPE_A = 1;
    public static final int TYPE_CNAME = 5;
    public static final int CLASS_IN = 1;
    public static final int FLAG_RESPONSE = 0x8000;
    public static final int FLAG_AUTHORITATIVE = 0x0400;
    public static final int FLAG_TRUNCATED = 0x0200;
    public static final int FLAG_RECURSION_DESIRED = 0x0100;
    public static final int RCODE_NO_ERROR = 0;
    public static final int RCODE_FORMAT_ERROR = 1;
    public static final int RCODE_SERVER_FAILURE = 2;
    public static final int RCODE_NAME_ERROR = 3;
    public static final int RCODE_NOT_IMPLEMENTED = 4;
    private static final int MAX_NAME = 255;
    private static final int MAX_LABEL = 63;

    public record Question(String name, int type, int qclass) {
        public Question {
            name = checkName(name);
        }
    }

    public record ResourceRecord(String name, int type, int rclass, long ttl, ByteBuffer data) {
        public ResourceRecord {
            name = checkName(name);
            if (data.remaining() > 0xFFFF || ttl < 0 || ttl > 0xFFFFFFFFL) {
                throw new IllegalArgumentException("RDATA over 65535 bytes or a TTL out of 32 bits");
            }
        }

        public static ResourceRecord a(String name, long ttl, Ipv4Address address) {
            return new ResourceRecord(name, TYPE_A, CLASS_IN, ttl, ByteBuffer.wrap(address.toBytes()));
        }

        public static ResourceRecord cname(String name, long ttl, String canonical) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writeName(out, checkName(canonical));
            return new ResourceRecord(name, TYPE_CNAME, CLASS_IN, ttl, ByteBuffer.wrap(out.toByteArray()));
        }

        /** The canonical name of a CNAME record, else null. */
        public String canonicalName() {
            if (type != TYPE_CNAME) {
                return null;
            }
            try {
                return checkName(readName(data.slice(), new int[] {0}));
            } catch (BadMessage | IllegalArgumentException e) {
                return null;
            }
        }

        /** The address of an A record (RDATA of exactly 4 bytes), else null. */
        public Ipv4Address address() {
            return type == TYPE_A && data.remaining() == 4 ? Ipv4Address.read(data, data.position()) : null;
        }
    }

    public DnsMessage {
        questions = List.copyOf(questions);
        answers = List.copyOf(answers);
        authorities = List.copyOf(authorities);
        additionals = List.copyOf(additionals);
    }

    public static DnsMessage query(int id, String name, int type) {
        return new DnsMessage(
                id,
                FLAG_RECURSION_DESIRED,
                List.of(new Question(name, type, CLASS_IN)),
                List.of(),
                List.of(),
                List.of());
    }

    public boolean isResponse() {
        return (flags & FLAG_RESPONSE) != 0;
    }

    public int rcode() {
        return flags & 0xF;
    }

    public int opcode() {
        return flags >>> 11 & 0xF;
    }

    /** A name in its comparable form: lower case (RFC 4343), no trailing dot; checked against RFC 1035's limits. */
    static String checkName(String name) {
        String n = name.endsWith(".") ? name.substring(0, name.length() - 1) : name;
        n = n.toLowerCase(Locale.ROOT);
        if (n.isEmpty()) {
            return n;
        }
        int wire = 1;
        for (String label : n.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > MAX_LABEL || !label.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
                throw new IllegalArgumentException(
                        "'" + name + "' is not a DNS name (labels of 1 to 63 printable characters)");
            }
            wire += 1 + label.length();
        }
        if (wire > MAX_NAME) {
            throw new IllegalArgumentException("'" + name + "' is longer than 255 bytes on the wire");
        }
        return n;
    }

    public static Parsed<DnsMessage> parse(ByteBuffer b) {
        ByteBuffer m = b.slice();
        if (m.remaining() < HEADER_LENGTH) {
            return Parsed.error(Malformed.TRUNCATED);
        }
        int[] at = {HEADER_LENGTH};
        try {
            List<Question> qs = new ArrayList<>();
            for (int i = 0, n = m.getShort(4) & 0xFFFF; i < n; i++) {
                String name = readName(m, at);
                need(m, at[0], 4);
                qs.add(new Question(name, m.getShort(at[0]) & 0xFFFF, m.getShort(at[0] + 2) & 0xFFFF));
                at[0] += 4;
            }
            List<List<ResourceRecord>> sections = new ArrayList<>();
            for (int s = 0; s < 3; s++) {
                List<ResourceRecord> rrs = new ArrayList<>();
                for (int i = 0, n = m.getShort(6 + 2 * s) & 0xFFFF; i < n; i++) {
                    String name = readName(m, at);
                    need(m, at[0], 10);
                    int type = m.getShort(at[0]) & 0xFFFF;
                    int rclass = m.getShort(at[0] + 2) & 0xFFFF;
                    long ttl = m.getInt(at[0] + 4) & 0xFFFFFFFFL;
                    int rdlength = m.getShort(at[0] + 8) & 0xFFFF;
                    at[0] += 10;
                    need(m, at[0], rdlength);
                    ByteBuffer data = m.slice(at[0], rdlength);
                    if (type == TYPE_CNAME) {
                        // Its name may point into the message; stored expanded, so the record stands alone.
                        int[] in = {at[0]};
                        ByteArrayOutputStream expanded = new ByteArrayOutputStream();
                        writeName(expanded, checkName(readName(m, in)));
                        data = ByteBuffer.wrap(expanded.toByteArray());
                    }
                    rrs.add(new ResourceRecord(name, type, rclass, ttl, data));
                    at[0] += rdlength;
                }
                sections.add(rrs);
            }
            return Parsed.ok(new DnsMessage(
                    m.getShort(0) & 0xFFFF,
                    m.getShort(2) & 0xFFFF,
                    qs,
                    sections.get(0),
                    sections.get(1),
                    sections.get(2)));
        } catch (BadMessage e) {
            return Parsed.error(e.reason);
        } catch (IllegalArgumentException e) {
            return Parsed.error(Malformed.BAD_FIELD);
        }
    }

    /** Thrown inside the parser only, to leave its nested loops; parse turns it into an error value. */
    private static final class BadMessage extends Exception {
        private static final long serialVersionUID = 1L;
        final Malformed reason;

        BadMessage(Malformed reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    private static void need(ByteBuffer m, int at, int n) throws BadMessage {
        if (at + n > m.limit()) {
            throw new BadMessage(Malformed.TRUNCATED);
        }
    }

    /** Reads a name at at[0], advancing it past the name's bytes here (not past where a pointer led). */
    private static String readName(ByteBuffer m, int[] at) throws BadMessage {
        StringBuilder name = new StringBuilder();
        int i = at[0];
        int end = -1;
        int wire = 1;
        int lowestJump = i;
        for (; ; ) {
            need(m, i, 1);
            int len = m.get(i) & 0xFF;
            if (len == 0) {
                i++;
                break;
            }
            if ((len & 0xC0) == 0xC0) {
                need(m, i, 2);
                int target = (len & 0x3F) << 8 | m.get(i + 1) & 0xFF;
                if (target >= lowestJump) {
                    throw new BadMessage(Malformed.BAD_FIELD); // only strictly backwards: no loops
                }
                if (end < 0) {
                    end = i + 2;
                }
                lowestJump = target;
                i = target;
                continue;
            }
            if ((len & 0xC0) != 0) {
                throw new BadMessage(Malformed.BAD_FIELD); // 0x40 and 0x80 label types are not in use
            }
            need(m, i + 1, len);
            wire += 1 + len;
            if (wire > MAX_NAME) {
                throw new BadMessage(Malformed.BAD_FIELD);
            }
            if (name.length() > 0) {
                name.append('.');
            }
            for (int k = 0; k < len; k++) {
                name.append((char) (m.get(i + 1 + k) & 0xFF));
            }
            i += 1 + len;
        }
        at[0] = end < 0 ? i : end;
        return name.toString();
    }

    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write16(out, id);
        write16(out, flags);
        write16(out, questions.size());
        write16(out, answers.size());
        write16(out, authorities.size());
        write16(out, additionals.size());
        for (Question q : questions) {
            writeName(out, q.name);
            write16(out, q.type);
            write16(out, q.qclass);
        }
        for (List<ResourceRecord> section : List.of(answers, authorities, additionals)) {
            for (ResourceRecord r : section) {
                writeName(out, r.name);
                write16(out, r.type);
                write16(out, r.rclass);
                write16(out, (int) (r.ttl >>> 16));
                write16(out, (int) r.ttl);
                write16(out, r.data.remaining());
                for (int k = 0; k < r.data.remaining(); k++) {
                    out.write(r.data.get(r.data.position() + k));
                }
            }
        }
        return out.toByteArray();
    }

    private static void write16(ByteArrayOutputStream out, int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private static void writeName(ByteArrayOutputStream out, String name) {
        if (!name.isEmpty()) {
            for (String label : name.split("\\.")) {
                out.write(label.length());
                for (int k = 0; k < label.length(); k++) {
                    out.write(label.charAt(k));
                }
            }
        }
        out.write(0);
    }
}
