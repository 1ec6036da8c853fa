package lcs.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code lcs bench profile}: summarises the CPU samples of a JFR recording: where threads spent
 * their samples, the hottest leaf frames, the inclusive share of each method of the project's
 * own code, and for each leaf-most project frame the call it was in (who to blame).
 */
@Command(
        name = "profile",
        description = "CPU samples of a JFR recording: hottest frames, time inside the project's methods.")
final class Profile implements Callable<Integer> {
    @Option(names = "--jfr", required = true, paramLabel = "FILE", description = "a JFR recording")
    Path file;

    @Option(
            names = "--top",
            paramLabel = "N",
            defaultValue = "25",
            description = "rows per table (default ${DEFAULT-VALUE})")
    int top;

    @Option(
            names = "--package",
            paramLabel = "P",
            defaultValue = "lcs.",
            description = "the project's own code (default ${DEFAULT-VALUE})")
    String own;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        var self = new HashMap<String, Integer>();
        var inclusive = new HashMap<String, Integer>();
        var blame = new HashMap<String, Integer>();
        var threads = new HashMap<String, Integer>();
        int samples = 0;
        int truncated = 0;
        for (RecordedEvent e : RecordingFile.readAllEvents(file)) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null) {
                continue;
            }
            samples++;
            threads.merge(threadGroup(e), 1, Integer::sum);
            List<RecordedFrame> frames = e.getStackTrace().getFrames();
            if (e.getStackTrace().isTruncated()) {
                truncated++;
            }
            if (frames.isEmpty()) {
                continue;
            }
            self.merge(name(frames.get(0).getMethod()), 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            boolean blamed = false;
            for (int i = 0; i < frames.size(); i++) {
                RecordedMethod m = frames.get(i).getMethod();
                String n = name(m);
                if (!m.getType().getName().startsWith(own)) {
                    continue;
                }
                if (seen.add(n)) {
                    inclusive.merge(n, 1, Integer::sum);
                }
                if (!blamed) {
                    blamed = true;
                    String callee = i == 0 ? "(itself)" : name(frames.get(i - 1).getMethod());
                    blame.merge(n + "  →  " + callee, 1, Integer::sum);
                }
            }
            if (!blamed) {
                blame.merge("(no " + own + "* frame on the stack)", 1, Integer::sum);
            }
        }
        out.printf(
                Locale.ROOT,
                "# lcs bench profile%n%s: %d execution samples (%d with truncated stacks)%n",
                file,
                samples,
                truncated);
        section(out, "samples by thread", threads, samples, top);
        section(out, "hottest leaf frames (self time)", self, samples, top);
        section(out, "inclusive time of " + own + "* methods", inclusive, samples, top);
        section(out, "leaf-most " + own + "* frame → the call it was in", blame, samples, top);
        return 0;
    }

    private static void section(PrintWriter out, String title, Map<String, Integer> counts, int total, int top) {
        out.println();
        out.println("## " + title);
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(top)
                .forEach(en -> out.printf(
                        Locale.ROOT, "%6.1f%%  %6d  %s%n", 100.0 * en.getValue() / total, en.getValue(), en.getKey()));
    }

    private static String name(RecordedMethod m) {
        return m.getType().getName() + "." + m.getName();
    }

    /** Thread names without their numbers, so a pool's threads add up: qtp123-45 → qtp#-#. */
    static String threadGroup(RecordedEvent e) {
        var t = e.getThread("sampledThread");
        String n = t == null ? "?" : t.getJavaName() != null ? t.getJavaName() : t.getOSName();
        return n == null ? "?" : n.replaceAll("\\d+", "#");
    }
}
