package lcs.index;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import lcs.schema.Schema;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;

/**
 * What an index was built from, kept in the Lucene commit itself so it changes atomically with
 * the index: schema version, build time, document count and corpus checksum.
 */
public record Manifest(int schemaVersion, Instant builtAt, long documents, String corpusChecksum) {

    Map<String, String> toUserData() {
        return Map.of(
                "schemaVersion", Integer.toString(schemaVersion),
                "builtAt", builtAt.toString(),
                "documents", Long.toString(documents),
                "corpusChecksum", corpusChecksum);
    }

    /** The manifest of a commit, or null when the commit has none (not built by lcs). */
    public static Manifest of(IndexCommit commit) throws IOException {
        return fromUserData(commit.getUserData());
    }

    /** The manifest of the latest commit in a directory. */
    public static Manifest read(Directory dir) throws IOException {
        return fromUserData(SegmentInfos.readLatestCommit(dir).getUserData());
    }

    /** True when this index was built by the current schema from a corpus with this checksum. */
    public boolean matches(String checksum) {
        return schemaVersion == Schema.VERSION && corpusChecksum.equals(checksum);
    }

    private static Manifest fromUserData(Map<String, String> data) {
        if (!data.containsKey("schemaVersion")) {
            return null;
        }
        return new Manifest(
                Integer.parseInt(data.get("schemaVersion")),
                Instant.parse(data.get("builtAt")),
                Long.parseLong(data.get("documents")),
                data.get("corpusChecksum"));
    }
}
