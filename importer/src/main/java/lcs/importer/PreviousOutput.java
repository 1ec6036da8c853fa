package lcs.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records of the previous {@code --out}, by {@code source}: a re-crawl keeps those of pages the
 * site says did not change (HTTP 304). Lines that are not records are passed over.
 */
final class PreviousOutput {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> bySource;

    private PreviousOutput(Map<String, List<String>> bySource) {
        this.bySource = bySource;
    }

    static PreviousOutput none() {
        return new PreviousOutput(Map.of());
    }

    /** Reads {@code out}; none when it does not exist. */
    static PreviousOutput read(Path out) throws IOException {
        if (out == null || !Files.isRegularFile(out)) {
            return none();
        }
        Map<String, List<String>> bySource = new HashMap<>();
        try (BufferedReader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                try {
                    JsonNode source = JSON.readTree(line).get("source");
                    if (source != null && source.isTextual()) {
                        bySource.computeIfAbsent(source.asText(), s -> new ArrayList<>())
                                .add(line);
                    }
                } catch (IOException e) {
                    // Not a record: nothing to keep from it.
                }
            }
        }
        return new PreviousOutput(bySource);
    }

    /** The record lines whose {@code source} is {@code source}, in file order; empty when none. */
    List<String> lines(String source) {
        return bySource.getOrDefault(source, List.of());
    }
}
