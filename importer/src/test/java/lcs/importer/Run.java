package lcs.importer;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import lcs.command.Commands;

/** Runs {@code lcs import} in-process, as {@code ./lcs} would, and keeps what it printed. */
record Run(int exit, String out, String err) {
    static Run of(String... args) {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = Commands.execute(
                new ImportCommand(),
                args,
                Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    long records() {
        return out.lines().filter(l -> !l.isBlank()).count();
    }
}
