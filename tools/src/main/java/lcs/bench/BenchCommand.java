package lcs.bench;

import picocli.CommandLine.Command;

/** {@code lcs bench}: indexing, search load, startup and profile benchmarks (bench/README.md explains each figure). */
@Command(
        name = "bench",
        description = "Benchmarks; bench/README.md explains each figure.",
        subcommands = {IndexBench.class, SearchBench.class, EstimateBench.class, StartupBench.class, Profile.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    static {
        if (System.getenv("LCS_ACCESS_LOG") == null) {
            silenceAccessLog();
        }
    }

    /**
     * The per-request access log would flood the report and cost the server under test;
     * LCS_ACCESS_LOG=INFO keeps it. Set on the logger itself: logging is configured before this
     * class loads, so a system property for the configuration would come too late.
     */
    static void silenceAccessLog() {
        ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("lcs.access"))
                .setLevel(ch.qos.logback.classic.Level.OFF);
    }

    /** Without a benchmark named, list them. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
