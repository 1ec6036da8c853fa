package lcs.analytics;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * A throwaway PostgreSQL cluster for tests, from Debian's binaries under /usr/lib/postgresql:
 * initdb into a temporary folder, a server on a free loopback port, removed on close. initdb
 * refuses to run as root, so as root the commands run as the {@code postgres} user (runuser).
 */
public final class TemporaryPostgres implements AutoCloseable {
    private final Path bin;
    private final Path dir;
    private final int port;
    private boolean running;

    private TemporaryPostgres(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The bin folder of the newest installed PostgreSQL, if any. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(
                            b -> versionOf(b.getParent().getFileName().toString())));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Why PostgreSQL tests cannot run here, or empty if they can. */
    public static Optional<String> unavailable() {
        if (binaries().isEmpty()) {
            return Optional.of("PostgreSQL binaries not found under /usr/lib/postgresql (Debian package postgresql)");
        }
        if (isRoot()
                && !Files.isExecutable(Path.of("/usr/sbin/runuser"))
                && !Files.isExecutable(Path.of("/sbin/runuser"))) {
            return Optional.of("running as root without runuser: initdb refuses root");
        }
        return Optional.empty();
    }

    public static TemporaryPostgres start() throws IOException, InterruptedException {
        Path bin = binaries()
                .orElseThrow(() -> new IllegalStateException(unavailable().orElse("no PostgreSQL")));
        Path dir = Files.createTempDirectory("lcs-pg-");
        int port;
        try (var s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        var pg = new TemporaryPostgres(bin, dir, port);
        if (isRoot()) {
            run(List.of("chown", "postgres:postgres", dir.toString()), dir);
        }
        pg.onData("initdb", "-A", "trust", "-U", "lcs", "-E", "UTF8", "--no-sync");
        pg.onData(
                "pg_ctl",
                "-w",
                "-l",
                dir.resolve("server.log").toString(),
                "-o",
                "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "start");
        pg.running = true;
        return pg;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=lcs";
    }

    /** Stops the server at once: a crash, as far as clients can tell (there is no restart). */
    public void stop() throws IOException, InterruptedException {
        if (running) {
            onData("pg_ctl", "-m", "immediate", "-w", "stop");
            running = false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            stop();
        } finally {
            IOUtils.rm(dir);
        }
    }

    /** Runs the PostgreSQL program {@code tool} on this cluster's data folder, as its owner. */
    private void onData(String tool, String... args) throws IOException, InterruptedException {
        var command = new ArrayList<String>();
        if (isRoot()) {
            command.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        command.addAll(
                List.of(bin.resolve(tool).toString(), "-D", dir.resolve("data").toString()));
        command.addAll(List.of(args));
        run(command, dir);
    }

    private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("commands.log").toFile())
                .start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            String log = Files.exists(dir.resolve("commands.log")) ? Files.readString(dir.resolve("commands.log")) : "";
            throw new IOException(String.join(" ", command) + " failed: " + log);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static int versionOf(String name) {
        try {
            return Integer.parseInt(name.replaceAll("\\D.*", ""));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
