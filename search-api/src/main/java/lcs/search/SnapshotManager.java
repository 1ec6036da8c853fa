package lcs.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds the current {@link IndexSnapshot} and swaps in a new one when a newer commit appears in
 * the index folder (a reindex by {@code lcs index}). Requests {@link #acquire()} a snapshot and
 * {@link #release} it; an old snapshot closes when its last request is done. A new commit that
 * cannot be opened is refused and the current snapshot kept. Thread-safe.
 */
public final class SnapshotManager extends ReferenceManager<IndexSnapshot> {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotManager.class);

    private final Directory dir;
    /** The last commit generation refused, so a bad commit is judged (and logged) once. */
    private volatile long refusedGeneration = -1;

    private SnapshotManager(Directory dir, IndexSnapshot first) {
        this.dir = dir;
        this.current = first;
    }

    /**
     * Opens the index in {@code indexDir}.
     *
     * @throws InvalidIndexException naming the problem when the folder holds no servable index
     */
    public static SnapshotManager open(Path indexDir) throws IOException {
        if (!Files.isDirectory(indexDir)) {
            throw new InvalidIndexException("index folder " + indexDir + " does not exist");
        }
        Directory dir = FSDirectory.open(indexDir);
        try {
            DirectoryReader reader;
            try {
                reader = DirectoryReader.open(dir);
            } catch (IndexNotFoundException e) {
                throw new InvalidIndexException("index folder " + indexDir + " holds no index", e);
            } catch (IOException | RuntimeException e) {
                throw new InvalidIndexException(
                        "index in " + indexDir + " is corrupt or unreadable: " + e.getMessage(), e);
            }
            try {
                return new SnapshotManager(dir, IndexSnapshot.open(reader));
            } catch (InvalidIndexException e) {
                reader.close();
                throw new InvalidIndexException("index in " + indexDir + " cannot be served: " + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                reader.close();
                throw new InvalidIndexException(
                        "index in " + indexDir + " is corrupt or unreadable: " + e.getMessage(), e);
            }
        } catch (IOException e) {
            dir.close();
            throw e;
        }
    }

    @Override
    protected void decRef(IndexSnapshot s) throws IOException {
        s.decRef();
    }

    @Override
    protected IndexSnapshot refreshIfNeeded(IndexSnapshot old) throws IOException {
        long generation;
        try {
            generation = SegmentInfos.getLastCommitGeneration(dir);
        } catch (IOException e) {
            return null; // mid-write listing; the next poll will see the finished commit
        }
        if (generation == refusedGeneration) {
            return null;
        }
        DirectoryReader next;
        try {
            next = DirectoryReader.openIfChanged(old.reader());
        } catch (IOException | RuntimeException e) {
            refuse(generation, old, e);
            return null;
        }
        if (next == null) {
            return null;
        }
        try {
            // A rebuilt index is read in full once before it is served: a torn or corrupted copy is
            // refused here rather than failing visitors' requests later.
            for (var leaf : next.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return IndexSnapshot.open(next);
        } catch (IOException | RuntimeException e) {
            next.close();
            refuse(generation, old, e);
            return null;
        }
    }

    private void refuse(long generation, IndexSnapshot old, Exception why) {
        refusedGeneration = generation;
        LOG.warn(
                "new index commit {} refused, still serving version {}: {}", generation, old.version(), why.toString());
    }

    @Override
    protected boolean tryIncRef(IndexSnapshot s) {
        return s.tryIncRef();
    }

    @Override
    protected int getRefCount(IndexSnapshot s) {
        return s.refCount();
    }

    @Override
    protected void afterClose() throws IOException {
        dir.close();
    }
}
