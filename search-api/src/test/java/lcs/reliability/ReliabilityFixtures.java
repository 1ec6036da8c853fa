package lcs.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small generated corpora for the reliability tests: n documents that all match "lantern". */
final class ReliabilityFixtures {
    private ReliabilityFixtures() {}

    static Path corpus(Path dir, String prefix, int n) throws IOException {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            lines.add("{\"id\":\"" + prefix + "-" + i + "\",\"type\":\"news\",\"title\":\"Lantern evening " + i
                    + "\",\"country\":\"Latvia\",\"date\":\"2024-0" + (1 + i % 9) + "-1" + (i % 9)
                    + "\",\"language\":\"en\",\"body\":\"A paper lantern parade and a reading evening, number " + i
                    + ", with volunteers and a library.\",\"source\":\"synthetic test fixture\"}");
        }
        Path file = dir.resolve(prefix + ".jsonl");
        Files.write(file, lines, StandardCharsets.UTF_8);
        return dir;
    }

    /** The java command and classpath of this JVM, to run a main class in a child process. */
    static List<String> java(String mainClass, String... args) {
        var cmd = new ArrayList<String>();
        cmd.add(ProcessHandle.current().info().command().orElse("java"));
        cmd.add("--enable-native-access=ALL-UNNAMED");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        return cmd;
    }
}
