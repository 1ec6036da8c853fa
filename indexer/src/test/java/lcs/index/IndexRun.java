package lcs.index;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/** One in-process run of {@code lcs index}: its exit status and what it printed. */
record IndexRun(int status, String out, String err) {

    /** Runs {@link IndexCommand} on a corpus into an index folder, with any extra flags. */
    static IndexRun of(Path corpus, Path index, String... flags) {
        var args = new ArrayList<>(List.of("--corpus", corpus.toString(), "--index", index.toString()));
        args.addAll(List.of(flags));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status;
        try (var o = new PrintStream(out, true, StandardCharsets.UTF_8);
                var e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            status = lcs.command.Commands.execute(
                    new IndexCommand(), args.toArray(String[]::new), java.util.Map.of(), o, e);
        }
        return new IndexRun(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A fixture under {@code src/test/resources/corpus/}, as a file path. */
    static Path fixture(String name) {
        try {
            return Path.of(IndexRun.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalArgumentException("no test fixture corpus/" + name, e);
        }
    }

    /** The live document count of the index in a folder. */
    static int documents(Path index) {
        try (Directory dir = FSDirectory.open(index);
                DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The manifest of the latest commit in a folder. */
    static Manifest manifest(Path index) {
        try (Directory dir = FSDirectory.open(index)) {
            return Manifest.read(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Both streams, for assertion messages. */
    String transcript() {
        return "exit " + status + "\n--- out\n" + out + "--- err\n" + err;
    }
}
