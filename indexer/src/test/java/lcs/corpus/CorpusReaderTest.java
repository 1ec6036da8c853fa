package lcs.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines as the reader splits them: line ends, a byte-order mark, long lines, bytes that are not UTF-8. */
class CorpusReaderTest {
    @TempDir
    Path tmp;

    /** What the reader gave, in order. */
    private record Collected(List<CorpusRecord> records, List<Problem> problems) implements CorpusReader.Sink {
        public void accept(CorpusRecord r) {
            records.add(r);
        }

        public void reject(Problem p) {
            problems.add(p);
        }
    }

    private static String record(String id, String body) {
        return "{\"id\":\"" + id + "\",\"type\":\"news\",\"title\":\"T " + id + "\",\"body\":\"" + body + "\"}";
    }

    @Test
    void every_line_is_read_whole_with_its_own_number() throws IOException {
        // Longer than the reader's 64 KB block, with two-byte characters across its edges.
        String longBody = "S\u00f8nderborg ".repeat(20_000);
        var bytes = new ByteArrayOutputStream();
        bytes.writeBytes(("\uFEFF" + record("a", "first") + "\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((record("b", longBody) + "\n").getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes((record("x", "S\u00f8nderborg") + "\n").getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes(record("c", "no line end").getBytes(StandardCharsets.UTF_8));
        Path file = Files.write(tmp.resolve("corpus.jsonl"), bytes.toByteArray());

        var seen = new Collected(new ArrayList<>(), new ArrayList<>());
        var reader = new CorpusReader(new RecordParser(Countries.bundled(), LanguageGuesser::new));
        CorpusReader.Scan scan = reader.read(file, seen);
        List<CorpusRecord> records = seen.records();

        assertEquals(
                List.of("a", "b", "c"), records.stream().map(CorpusRecord::id).toList());
        assertEquals("first", records.get(0).body());
        assertEquals(longBody.strip(), records.get(1).body().strip());
        assertEquals("no line end", records.get(2).body());
        assertEquals(List.of(new Problem(file, 4, "(line)", "not valid UTF-8")), seen.problems());
        assertEquals(5, scan.lines());
        assertEquals(CorpusReader.checksum(file), scan.checksum(), "the checksum covers every byte");
    }
}
