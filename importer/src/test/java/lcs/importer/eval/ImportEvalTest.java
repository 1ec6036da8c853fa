package lcs.importer.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The import's quality on the fixture pages stays at the targets. */
class ImportEvalTest {
    /** Written by the build (importer/pom.xml runs eval/import/tools/make_fixtures.py). */
    static final Path FIXTURES = Path.of("target", "eval-import").toAbsolutePath();

    @Test
    void every_field_and_the_body_meet_the_targets() throws Exception {
        var result = ImportEval.run(FIXTURES);
        assertTrue(result.pages().size() >= 30, "at least 30 fixture pages");
        result.accuracy()
                .forEach((field, acc) ->
                        assertTrue(acc >= ImportEvalCommand.METADATA_TARGET, field + " accuracy " + acc));
        assertTrue(result.bodyF1() >= ImportEvalCommand.BODY_TARGET, "body F1 " + result.bodyF1());
    }

    @Test
    void the_command_prints_the_figures() {
        var out = new java.io.ByteArrayOutputStream();
        var print = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        int exit = lcs.command.Commands.execute(
                new ImportEvalCommand(),
                new String[] {"--fixtures", FIXTURES.toString()},
                java.util.Map.of(),
                print,
                print);
        assertEquals(0, exit);
        assertTrue(
                out.toString(java.nio.charset.StandardCharsets.UTF_8).contains("country   "),
                out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(
                out.toString(java.nio.charset.StandardCharsets.UTF_8)
                        .contains("targets (metadata >= 0.95, body F1 >= 0.93): met"),
                out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void token_f1_ignores_case_and_punctuation_and_counts_ideographs() {
        assertEquals(1.0, ImportEval.f1("Hello, World.", "hello world"), 1e-9);
        assertEquals(2 / 3.0, ImportEval.f1("学习城市", "学习"), 1e-9);
        assertEquals(0.0, ImportEval.f1("a b", null), 1e-9);
    }
}
