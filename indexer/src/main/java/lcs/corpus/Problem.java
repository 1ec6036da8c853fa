package lcs.corpus;

import java.nio.file.Path;

/** A reason a corpus line cannot be indexed, printed as {@code file:line: field: message}. */
public record Problem(Path file, long line, String field, String message) {

    @Override
    public String toString() {
        return file + ":" + line + ": " + field + ": " + message;
    }
}
