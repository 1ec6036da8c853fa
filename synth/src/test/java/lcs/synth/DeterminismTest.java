package lcs.synth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {
    private static final java.io.PrintWriter QUIET = new java.io.PrintWriter(java.io.Writer.nullWriter());

    @TempDir
    Path dir;

    @Test
    void the_same_seed_writes_byte_identical_output() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new CorpusGenerator(42).generate(3_000, a, QUIET);
        new CorpusGenerator(42).generate(3_000, b, QUIET);

        assertArrayEquals(
                Files.readAllBytes(a.resolve("part-00000.jsonl")), Files.readAllBytes(b.resolve("part-00000.jsonl")));
        assertArrayEquals(Files.readAllBytes(a.resolve("queries.tsv")), Files.readAllBytes(b.resolve("queries.tsv")));
    }

    @Test
    void another_seed_writes_another_corpus() throws Exception {
        Path a = dir.resolve("a");
        Path b = dir.resolve("b");
        new CorpusGenerator(1).generate(50, a, QUIET);
        new CorpusGenerator(2).generate(50, b, QUIET);

        assertFalse(Arrays.equals(
                Files.readAllBytes(a.resolve("part-00000.jsonl")), Files.readAllBytes(b.resolve("part-00000.jsonl"))));
        assertFalse(Arrays.equals(
                Files.readAllBytes(a.resolve("queries.tsv")), Files.readAllBytes(b.resolve("queries.tsv"))));
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
