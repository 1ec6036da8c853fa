package lcs.index;

import static lcs.index.IndexRun.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A build replaces the index only when it succeeds: refused, failed or killed builds leave it as it was. */
class AtomicBuildTest {
    private static final int GENERATED_RECORDS = 60_000;
    private static final long KILL_AFTER_MS = 1_500;

    @TempDir
    Path tmp;

    private Path index;
    private Manifest before;

    @BeforeEach
    void buildAGoodIndex() {
        index = tmp.resolve("index");
        IndexRun run = IndexRun.of(fixture("good-3.jsonl"), index);
        assertEquals(0, run.status(), run.transcript());
        before = IndexRun.manifest(index);
    }

    @Test
    void refused_build_keeps_the_previous_documents() {
        IndexRun run = IndexRun.of(fixture("bad-lines.jsonl"), index);

        assertEquals(1, run.status(), run.transcript());
        assertEquals(3, IndexRun.documents(index));
    }

    @Test
    void refused_build_keeps_the_previous_manifest() {
        IndexRun.of(fixture("bad-lines.jsonl"), index);

        assertEquals(before, IndexRun.manifest(index));
    }

    @Test
    void successful_rebuild_replaces_documents_and_manifest() {
        IndexRun run = IndexRun.of(fixture("bad-lines.jsonl"), index, "--skip-invalid");

        assertEquals(0, run.status(), run.transcript());
        Manifest after = IndexRun.manifest(index);
        assertNotEquals(before.corpusChecksum(), after.corpusChecksum());
        assertEquals(3, after.documents());
        assertEquals(3, IndexRun.documents(index));
    }

    @Test
    void refused_build_into_a_new_folder_leaves_no_folder_behind() {
        Path fresh = tmp.resolve("fresh-index");

        IndexRun run = IndexRun.of(fixture("bad-lines.jsonl"), fresh);

        assertEquals(1, run.status(), run.transcript());
        assertFalse(Files.exists(fresh), "left behind: " + fresh);
    }

    @Test
    void refused_build_into_a_new_nested_folder_leaves_no_parent_behind() {
        Path parent = tmp.resolve("data");

        IndexRun run = IndexRun.of(fixture("bad-lines.jsonl"), parent.resolve("index"));

        assertEquals(1, run.status(), run.transcript());
        assertFalse(Files.exists(parent), "left behind: " + parent);
    }

    @Test
    void missing_corpus_leaves_the_index_alone_and_creates_nothing() {
        Path fresh = tmp.resolve("fresh-index");

        IndexRun run = IndexRun.of(tmp.resolve("no-such-corpus"), fresh);

        assertEquals(1, run.status(), run.transcript());
        assertTrue(run.err().contains("no such file or folder"), run.transcript());
        assertFalse(Files.exists(fresh));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void killed_build_leaves_the_previous_index_readable_with_its_documents() throws Exception {
        killBuildHalfway();

        assertEquals(3, IndexRun.documents(index));
        assertEquals(before, IndexRun.manifest(index));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void killed_build_leaves_an_index_that_passes_check_index() throws Exception {
        killBuildHalfway();

        var log = new ByteArrayOutputStream();
        try (Directory dir = FSDirectory.open(index);
                var checker = new CheckIndex(dir)) {
            checker.setInfoStream(new PrintStream(log, true, StandardCharsets.UTF_8));
            CheckIndex.Status status = checker.checkIndex();
            assertTrue(status.clean, log.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void build_after_a_killed_build_succeeds() throws Exception {
        killBuildHalfway();

        // The dead process's write.lock file is still there; the OS released the lock with the process.
        IndexRun run = IndexRun.of(fixture("bad-lines.jsonl"), index, "--skip-invalid");

        assertEquals(0, run.status(), run.transcript());
        assertNotEquals(before.corpusChecksum(), IndexRun.manifest(index).corpusChecksum());
    }

    /**
     * Starts {@code lcs index} in its own JVM over the good index with a corpus big enough to take
     * several seconds, and SIGKILLs it after {@link #KILL_AFTER_MS} or as soon as it writes its
     * first new index file, whichever comes first.
     */
    private void killBuildHalfway() throws IOException, InterruptedException {
        Path corpus = generateCorpus(tmp.resolve("big.jsonl"));
        Path log = tmp.resolve("child.log");
        Set<String> filesBefore = listing(index);
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        "lcs.index.IndexCommand",
                        "--corpus",
                        corpus.toString(),
                        "--index",
                        index.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(KILL_AFTER_MS);
            while (System.nanoTime() < deadline && child.isAlive() && filesBefore.containsAll(listing(index))) {
                Thread.sleep(20);
            }
            assertTrue(
                    child.isAlive(),
                    "the build ended before it could be killed; grow the corpus\n" + Files.readString(log));
        } finally {
            child.destroyForcibly();
            child.waitFor();
        }
    }

    private static Path generateCorpus(Path file) throws IOException {
        List<String> countries = List.of("Ireland", "France", "China", "Brazil", "Morocco");
        try (BufferedWriter w = Files.newBufferedWriter(file)) {
            for (int i = 0; i < GENERATED_RECORDS; i++) {
                w.write("{\"id\":\"gen-" + i + "\",\"type\":\"news\",\"language\":\"en\",\"country\":\""
                        + countries.get(i % countries.size()) + "\",\"year\":" + (2015 + i % 10)
                        + ",\"title\":\"Generated learning city note " + i + "\",\"body\":\"Synthetic record " + i
                        + " about evening classes and lifelong learning in district " + (i % 997) + ".\"}\n");
            }
        }
        return file;
    }

    private static Set<String> listing(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
    }
}
