package lcs.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Pages from files and folders. A folder is walked recursively in path order for {@code .html},
 * {@code .htm}, {@code .txt}, {@code .md} and {@code .pdf}; a file named outright is read whatever
 * its name says, and skipped as "not HTML/text/PDF" when its extension is none of those. Files
 * larger than {@link #MAX_BYTES} are skipped, so one huge file cannot exhaust memory.
 */
public final class LocalFiles implements PageSource {
    /** The largest file read, in bytes. */
    public static final int MAX_BYTES = 16 * 1024 * 1024;

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html",
            "htm", "text/html",
            "txt", "text/plain",
            "md", "text/markdown",
            "pdf", "application/pdf");

    private final List<String> inputs;

    public LocalFiles(List<String> inputs) {
        this.inputs = List.copyOf(inputs);
    }

    /** The media type for a file name, or null when it is not one the import reads. */
    public static String contentType(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? null : TYPES.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public void forEach(PageSink sink) throws IOException {
        for (String input : inputs) {
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                List<Path> files = new ArrayList<>();
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> contentType(p.getFileName().toString()) != null)
                            .sorted()
                            .forEach(files::add);
                }
                if (files.isEmpty()) {
                    sink.skipped(input, SkipReason.NOT_FOUND, "folder has no .html, .htm, .txt, .md or .pdf file");
                }
                for (Path file : files) {
                    read(file, file.toString(), sink);
                }
            } else {
                read(path, input, sink);
            }
        }
    }

    private static void read(Path file, String source, PageSink sink) {
        String type =
                contentType(file.getFileName() == null ? "" : file.getFileName().toString());
        if (!Files.exists(file)) {
            sink.skipped(source, SkipReason.NOT_FOUND, "no such file or folder");
            return;
        }
        if (type == null) {
            sink.skipped(source, SkipReason.NOT_SUPPORTED, "extension is not .html, .htm, .txt, .md or .pdf");
            return;
        }
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                sink.skipped(source, SkipReason.TOO_LARGE, size + " bytes, over the " + MAX_BYTES + "-byte limit");
                return;
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(file)) {
                // Bounded even if the file grows while it is read.
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) {
                sink.skipped(source, SkipReason.TOO_LARGE, "over the " + MAX_BYTES + "-byte limit");
                return;
            }
            sink.accept(new Page(source, null, type, bytes));
        } catch (AccessDeniedException e) {
            sink.skipped(source, SkipReason.UNREADABLE, "permission denied");
        } catch (NoSuchFileException e) {
            sink.skipped(source, SkipReason.NOT_FOUND, "no such file");
        } catch (IOException e) {
            sink.skipped(source, SkipReason.UNREADABLE, e.getMessage());
        }
    }
}
