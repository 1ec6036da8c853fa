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
        // The per-request access log would flood the report; LCS_ACCESS_LOG=INFO brings it back.
        if (System.getenv("LCS_ACCESS_LOG") == null) {
            System.setProperty("LCS_ACCESS_LOG", "OFF");
        }
    }

    /** Without a benchmark named, list them. */
    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
