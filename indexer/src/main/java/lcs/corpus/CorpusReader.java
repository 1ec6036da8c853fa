package lcs.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Streams a corpus: every {@code *.jsonl} file under a folder (or one file), in path order, line
 * by line, so memory does not grow with the size of the documents. Only the ids are remembered,
 * to report duplicates with both places.
 */
public final class CorpusReader {

    /** Receives each valid record and each problem, in corpus order. */
    public interface Sink {
        void accept(CorpusRecord record) throws IOException;

        void reject(Problem problem);
    }

    /** What a full read saw: files, lines and a checksum of the bytes read. */
    public record Scan(List<Path> files, long lines, String checksum) {}

    private final RecordParser parser;

    public CorpusReader(RecordParser parser) {
        this.parser = parser;
    }

    /** The corpus files under {@code root} in a stable order. */
    public static List<Path> files(Path root) throws IOException {
        if (!Files.exists(root)) {
            throw new NoSuchFileException(root.toString(), null, "corpus not found");
        }
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p ->
                            Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jsonl"))
                    .sorted()
                    .toList();
        }
    }

    /** A SHA-256 over the names and bytes of the corpus files, without parsing them. */
    public static String checksum(Path root) throws IOException {
        MessageDigest digest = sha256();
        for (Path file : files(root)) {
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    public Scan read(Path root, Sink sink) throws IOException {
        List<Path> files = files(root);
        MessageDigest digest = sha256();
        Map<String, Long> seen = new HashMap<>();
        long lines = 0;
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            digest.update(root.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
            long lineNo = 0;
            try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
                var bytes = new LineBytes(in);
                while (bytes.next()) {
                    lineNo++;
                    String line;
                    try {
                        line = bytes.decode();
                    } catch (CharacterCodingException e) {
                        sink.reject(new Problem(file, lineNo, "(line)", "not valid UTF-8"));
                        continue;
                    }
                    if (lineNo == 1 && line.startsWith("\uFEFF")) {
                        line = line.substring(1);
                    }
                    if (line.isBlank()) {
                        continue;
                    }
                    RecordParser.Result result = parser.parse(file, lineNo, line);
                    if (!result.valid()) {
                        result.problems().forEach(sink::reject);
                        continue;
                    }
                    CorpusRecord record = result.record();
                    Long previous = seen.putIfAbsent(record.id(), ((long) f << 32) | lineNo);
                    if (previous != null) {
                        Path first = files.get((int) (previous >>> 32));
                        sink.reject(new Problem(
                                file,
                                lineNo,
                                "id",
                                "duplicate id \"" + record.id() + "\", first used at " + first + ":"
                                        + (previous & 0xffffffffL)));
                        continue;
                    }
                    sink.accept(record);
                }
            }
            lines += lineNo;
        }
        return new Scan(files, lines, HexFormat.of().formatHex(digest.digest()));
    }

    /**
     * Splits a stream into lines as bytes and decodes each on its own, so a line that is not UTF-8
     * is reported with its own number and the lines around it are still read. Reads the stream a
     * block at a time and looks for the line ends in the block: reading it a byte at a time (through
     * a {@code BufferedInputStream}) was a tenth of the CPU of a whole build.
     */
    private static final class LineBytes {
        private final InputStream in;
        private final CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        private final byte[] block = new byte[1 << 16];
        /** The unread bytes of the block are {@code [pos, limit)}. */
        private int pos;

        private int limit;
        private byte[] line = new byte[8192];
        private int len;

        LineBytes(InputStream in) {
            this.in = in;
        }

        /** Reads the next line (without its \\n or \\r\\n); false at the end of the stream. */
        boolean next() throws IOException {
            len = 0;
            boolean any = false;
            while (pos < limit || fill()) {
                any = true;
                int end = pos;
                while (end < limit && block[end] != '\n') {
                    end++;
                }
                append(pos, end);
                if (end < limit) {
                    pos = end + 1;
                    break;
                }
                pos = limit;
            }
            if (len > 0 && line[len - 1] == '\r') {
                len--;
            }
            return any;
        }

        /** Reads the next block; false at the end of the stream. */
        private boolean fill() throws IOException {
            int n = in.read(block, 0, block.length);
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        }

        private void append(int from, int to) {
            int n = to - from;
            if (len + n > line.length) {
                line = Arrays.copyOf(line, Math.max(line.length * 2, len + n));
            }
            System.arraycopy(block, from, line, len, n);
            len += n;
        }

        String decode() throws CharacterCodingException {
            return decoder.reset().decode(ByteBuffer.wrap(line, 0, len)).toString();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError("every JVM has SHA-256", e);
        }
    }
}
