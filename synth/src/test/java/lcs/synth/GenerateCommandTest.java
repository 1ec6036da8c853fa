package lcs.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenerateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return lcs.command.Commands.execute(
                new GenerateCommand(),
                args,
                java.util.Map.of(),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                                | Missing required options: '--out=DIR', '--docs=N'",
                "--docs                            | Missing required parameter for option '--docs' (N)",
                "--docs 0 --out OUT                | --docs must be between 1 and 50000000 (got 0)",
                "--docs -3 --out OUT               | --docs must be between 1 and 50000000 (got -3)",
                "--docs 50000001 --out OUT         | --docs must be between 1 and 50000000 (got 50000001)",
                "--docs 1e6 --out OUT              | Invalid value for option '--docs': '1e6' is not a long",
                "--docs ten --out OUT              | Invalid value for option '--docs': 'ten' is not a long",
                "--docs 10                         | Missing required option: '--out=DIR'",
                "--docs 10 --out                   | Missing required parameter for option '--out' (DIR)",
                "--docs 10 --out OUT --seed x      | Invalid value for option '--seed': 'x' is not a long",
                "--docs 10 --out OUT --seed 1.5    | Invalid value for option '--seed': '1.5' is not a long",
                "--docs 10 --out OUT --bogus       | Unknown option: '--bogus'",
                "10 --out OUT                      | Missing required option: '--docs=N'",
            })
    void usage_errors_exit_2_and_name_the_bad_flag_or_value(String args, String message) {
        List<String> argv = new ArrayList<>();
        for (String a : args.isBlank() ? new String[0] : args.strip().split("\\s+")) {
            argv.add(a.equals("OUT") ? dir.resolve("out").toString() : a);
        }
        assertEquals(2, run(argv.toArray(String[]::new)));
        assertTrue(err().contains("lcs generate: " + message), err());
        assertTrue(err().contains("./lcs generate --help"), err());
        assertTrue(Files.notExists(dir.resolve("out")), "nothing written on a usage error");
    }

    @Test
    void help_prints_usage_and_exits_0() {
        assertEquals(0, run("--help"));
        assertTrue(
                out.toString(StandardCharsets.UTF_8).startsWith("Usage: generate"),
                out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void a_run_writes_parts_and_queries_and_prints_a_summary_line() throws Exception {
        Path target = dir.resolve("corpus");
        assertEquals(0, run("--docs", "250", "--seed", "-7", "--out", target.toString()));

        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(
                summary.matches("generated 250 documents \\(\\d+\\.\\d MB\\) and 2000 queries into "
                        + java.util.regex.Pattern.quote(target.toString()) + " in \\d+\\.\\d s\\R"),
                summary);
        List<String> lines = Files.readAllLines(target.resolve("part-00000.jsonl"));
        assertEquals(250, lines.size());
        assertTrue(lines.get(0).startsWith("{\"id\":\"syn-000000001\""), lines.get(0));
        assertTrue(lines.get(249).startsWith("{\"id\":\"syn-000000250\""), lines.get(249));
        assertTrue(lines.get(0).contains("\"source\":\"synthetic (lcs generate, seed -7)\""), lines.get(0));
        assertEquals(2001, Files.readAllLines(target.resolve("queries.tsv")).size());
    }

    @Test
    void a_smaller_run_removes_the_parts_of_a_bigger_one() throws Exception {
        Files.writeString(dir.resolve("part-00003.jsonl"), "{}\n");
        Files.writeString(dir.resolve("notes.txt"), "keep me\n");
        assertEquals(0, run("--docs", "5", "--out", dir.toString()));
        assertTrue(Files.notExists(dir.resolve("part-00003.jsonl")));
        assertTrue(Files.exists(dir.resolve("notes.txt")));
    }

    @Test
    void an_output_path_that_is_a_file_exits_1() throws Exception {
        Path file = Files.writeString(dir.resolve("taken"), "x");
        assertEquals(1, run("--docs", "5", "--out", file.toString()));
        assertTrue(err().contains("lcs generate: "), err());
    }
}
