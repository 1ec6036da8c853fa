package lcs.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server refuses to start on a bad index with one clear line and exit status 1. */
class StartupFailureTest {
    @TempDir
    Path tmp;

    private record Outcome(int exit, String stderr) {}

    private Outcome serve(Path index) throws Exception {
        Process p = new ProcessBuilder(ReliabilityFixtures.serveCommand("--index", index.toString(), "--port", "0"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "server did not exit");
        return new Outcome(p.exitValue(), new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void assertOneClearLine(Outcome o, Path index, String problem) {
        assertEquals(1, o.exit());
        List<String> lines = o.stderr().lines().filter(l -> !l.isBlank()).toList();
        assertEquals(1, lines.size(), "stderr: " + o.stderr());
        String line = lines.get(0);
        assertTrue(line.contains(index.toString()), line);
        assertTrue(line.contains(problem), line);
        assertTrue(line.contains("./lcs index"), line);
        assertFalse(o.stderr().contains("\tat "), "stack trace: " + o.stderr());
    }

    @Test
    void a_missing_index_folder_exits_1_naming_it() throws Exception {
        Path index = tmp.resolve("nowhere");
        assertOneClearLine(serve(index), index, "does not exist");
    }

    @Test
    void an_empty_index_folder_exits_1_naming_it() throws Exception {
        Path index = Files.createDirectories(tmp.resolve("empty"));
        assertOneClearLine(serve(index), index, "holds no index");
    }

    @Test
    void a_corrupt_index_exits_1_naming_it() throws Exception {
        Path index = Files.createDirectories(tmp.resolve("corrupt"));
        Files.write(index.resolve("segments_1"), "not a lucene commit".getBytes(StandardCharsets.UTF_8));
        assertOneClearLine(serve(index), index, "corrupt");
    }
}
