package lcs.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    private static final java.io.PrintWriter QUIET = new java.io.PrintWriter(java.io.Writer.nullWriter());
    /** What {@code lcs generate} writes that the seed decides. */
    private static final List<String> OUTPUTS = List.of("part-00000.jsonl", "queries.tsv");

    @TempDir
    Path dir;

    private Path generate(long seed, int documents, String folder) throws IOException {
        Path out = dir.resolve(folder);
        new CorpusGenerator(seed).generate(documents, out, QUIET);
        return out;
    }

    @Test
    void the_same_seed_writes_byte_identical_output() throws Exception {
        Path a = generate(42, 3_000, "a");
        Path b = generate(42, 3_000, "b");

        for (String file : OUTPUTS) {
            assertArrayEquals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file)), file);
        }
    }

    @Test
    void another_seed_writes_another_corpus() throws Exception {
        Path a = generate(1, 50, "a");
        Path b = generate(2, 50, "b");

        for (String file : OUTPUTS) {
            assertFalse(Arrays.equals(Files.readAllBytes(a.resolve(file)), Files.readAllBytes(b.resolve(file))), file);
        }
    }

    @Test
    void part_size_and_thread_count_do_not_change_the_documents() throws Exception {
        Path whole = dir.resolve("whole");
        Path split = dir.resolve("split");
        new CorpusGenerator(7, 100_000, 1).generate(2_500, whole, QUIET);
        var summary = new CorpusGenerator(7, 1_000, 3).generate(2_500, split, QUIET);

        assertEquals(3, summary.parts());
        var joined = new ByteArrayOutputStream();
        for (int p = 0; p < 3; p++) {
            joined.write(Files.readAllBytes(split.resolve(CorpusGenerator.partName(p))));
        }
        assertEquals(
                1_000, Files.readAllLines(split.resolve("part-00000.jsonl")).size());
        assertEquals(500, Files.readAllLines(split.resolve("part-00002.jsonl")).size());
        assertArrayEquals(Files.readAllBytes(whole.resolve("part-00000.jsonl")), joined.toByteArray());
        assertEquals(Files.size(whole.resolve("part-00000.jsonl")), summary.bytes());
    }
}
