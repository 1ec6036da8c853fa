package lcs.importer;

import java.net.URI;
import java.util.Objects;

/**
 * One page as read from a file or fetched from the web, before extraction.
 *
 * @param source the input path or URL exactly as read (it becomes the record's {@code source})
 * @param url the URL it was fetched from after redirects, or null for a local file
 * @param contentType the media type as served or guessed from the file name, e.g. {@code text/html}
 * @param content the raw bytes (bounded by the reader)
 */
public record Page(String source, URI url, String contentType, byte[] content) {
    public Page {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(content, "content");
    }
}
