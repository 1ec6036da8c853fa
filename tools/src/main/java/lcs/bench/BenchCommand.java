package lcs.bench;

import java.util.Map;
import picocli.CommandLine.Command;

/** {@code lcs bench}: indexing, search load, startup and profile benchmarks (bench/README.md explains each figure). */
@Command(
        name = "bench",
        description = "Benchmarks; bench/README.md explains each figure.",
        subcommands = {IndexBench.class, SearchBench.class, EstimateBench.class, StartupBench.class, Profile.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /**
     * Turns the per-request access log off for a benchmark that runs a server in this process: it
     * would flood the report and cost the server under test. LCS_ACCESS_LOG (INFO, say) keeps it.
     * Called when such a benchmark runs, never when the command line is built, since every
     * command (serve included) builds it. Set on the logger itself: logging is configured before
     * any command runs, so a system property for the configuration would come too late.
     */
    static void silenceAccessLog(Map<String, String> env) {
        if (env.get("LCS_ACCESS_LOG") == null) {
            ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("lcs.access"))
                    .setLevel(ch.qos.logback.classic.Level.OFF);
        }
    }

    /** Without a benchmark named, list them. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
