package lcs.index;

import static lcs.index.IndexRun.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each kind of invalid record, one fixture per failure mode: the build exits 1 and names the
 * place as {@code file:line: field:}. The bad record is on line 2 between two valid ones, so a
 * wrong line number cannot pass by accident.
 */
class ValidationErrorsTest {
    @TempDir
    Path tmp;

    // "Sønderborg" in ISO-8859-1: the lone byte 0xF8 is not valid UTF-8.
    private static final byte[] LATIN1_LINE =
            "{\"id\":\"x\",\"type\":\"news\",\"title\":\"S\u00f8nderborg\",\"body\":\"b\"}\n"
                    .getBytes(StandardCharsets.ISO_8859_1);

    /** Writes the three valid lines of {@code good-3.jsonl} followed by a line in Latin-1. */
    private static Path threeGoodLinesThenLatin1(Path file) throws IOException {
        Files.write(file, Files.readAllBytes(fixture("good-3.jsonl")));
        return Files.write(file, LATIN1_LINE, StandardOpenOption.APPEND);
    }

    private IndexRun failing(Path corpus) {
        IndexRun run = IndexRun.of(corpus, tmp.resolve("index"));
        assertEquals(1, run.status(), run.transcript());
        return run;
    }

    private static void assertReported(IndexRun run, String prefix) {
        assertTrue(
                run.err().lines().anyMatch(l -> l.startsWith(prefix)),
                "expected a line starting with \"" + prefix + "\"\n" + run.transcript());
    }

    /** A fixture with one bad record on line 2, and the start of the line that must name it. */
    static Stream<Arguments> badRecords() {
        return Stream.of(
                argumentSet(
                        "missing required field names the field",
                        "missing-title.jsonl",
                        ":2: title: missing required field"),
                argumentSet(
                        "number where a string is expected is a type error",
                        "mistyped-title.jsonl",
                        ":2: title: must be a string (got number)"),
                argumentSet(
                        "id with spaces and slashes is refused", "bad-id.jsonl", ":2: id: must be 1-128 characters"),
                argumentSet(
                        "impossible date is refused",
                        "bad-date.jsonl",
                        ":2: date: must be a real date as YYYY-MM-DD (got \"2023-02-30\")"),
                argumentSet(
                        "year that disagrees with the date is refused",
                        "year-date-disagree.jsonl",
                        ":2: year: 2022 disagrees with date 2023-05-01"),
                argumentSet(
                        "unknown language tag is refused",
                        "unknown-language.jsonl",
                        ":2: language: unknown language \"xx\""),
                argumentSet(
                        "unknown country is refused",
                        "unknown-country.jsonl",
                        ":2: country: unknown country \"Atlantis\" (closest: "),
                argumentSet(
                        "region that contradicts the country is refused",
                        "region-contradicts-country.jsonl",
                        ":2: region: \"Africa\" contradicts country Germany, which is in \"Europe and North America\""),
                argumentSet("blank body is refused", "empty-body.jsonl", ":2: body: must not be empty"),
                argumentSet("line that is not json is refused", "invalid-json.jsonl", ":2: (line): invalid JSON: "));
    }

    @ParameterizedTest
    @MethodSource("badRecords")
    void bad_record_is_refused_naming_its_line_and_field(String fixture, String report) {
        Path corpus = fixture(fixture);
        assertReported(failing(corpus), corpus + report);
    }

    @Test
    void duplicate_id_names_both_places() {
        Path corpus = fixture("duplicate-id.jsonl");
        assertReported(failing(corpus), corpus + ":3: id: duplicate id \"ok-1\", first used at " + corpus + ":1");
    }

    @Test
    void duplicate_id_in_another_file_names_both_files() throws IOException {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        String line = Files.readAllLines(fixture("good-3.jsonl")).getFirst();
        Files.writeString(corpus.resolve("a.jsonl"), line + "\n");
        Files.writeString(corpus.resolve("b.jsonl"), "\n" + line + "\n");

        IndexRun run = failing(corpus);

        assertReported(
                run,
                corpus.resolve("b.jsonl") + ":2: id: duplicate id \"ok-1\", first used at " + corpus.resolve("a.jsonl")
                        + ":1");
    }

    @Test
    void misspelt_country_names_the_closest_known_countries() throws IOException {
        Path corpus = tmp.resolve("misspelt.jsonl");
        Files.writeString(
                corpus, Files.readString(fixture("unknown-country.jsonl")).replace("Atlantis", "Germny"));
        assertReported(failing(corpus), corpus + ":2: country: unknown country \"Germny\" (closest: \"Germany\"");
    }

    @Test
    void bytes_that_are_not_utf8_are_refused() throws IOException {
        Path corpus = Files.write(tmp.resolve("latin1.jsonl"), LATIN1_LINE);

        assertReported(failing(corpus), corpus + ":1: (line): not valid UTF-8");
    }

    @Test
    void bytes_that_are_not_utf8_are_reported_on_their_own_line() throws IOException {
        Path corpus = threeGoodLinesThenLatin1(tmp.resolve("latin1-line4.jsonl"));

        assertReported(failing(corpus), corpus + ":4: (line): not valid UTF-8");
    }

    @Test
    void every_invalid_record_is_reported_not_only_the_first() {
        Path corpus = fixture("bad-lines.jsonl");
        IndexRun run = failing(corpus);

        assertReported(run, corpus + ":2: date: ");
        assertReported(run, corpus + ":4: country: ");
        assertTrue(
                run.err().contains("2 invalid record(s) in the corpus; the index was not changed"), run.transcript());
    }

    @Test
    void long_problem_lists_are_cut_with_a_count_of_the_rest() throws IOException {
        Path corpus = tmp.resolve("many-bad.jsonl");
        String bad = Files.readAllLines(fixture("bad-lines.jsonl")).get(1);
        Files.writeString(corpus, (bad + "\n").repeat(205));

        IndexRun run = failing(corpus);

        assertEquals(
                200,
                run.err().lines().filter(l -> l.startsWith(corpus.toString())).count(),
                run.err());
        assertTrue(run.err().contains("... and 5 more"), run.err());
        assertTrue(run.err().contains("205 invalid record(s)"), run.err());
    }

    @Test
    void failed_build_prints_nothing_on_stdout() {
        IndexRun run = failing(fixture("bad-lines.jsonl"));

        assertEquals("", run.out());
    }

    @Test
    void skip_invalid_indexes_the_valid_records_and_lists_the_skipped_ones() {
        Path corpus = fixture("bad-lines.jsonl");
        Path index = tmp.resolve("index");

        IndexRun run = IndexRun.of(corpus, index, "--skip-invalid");

        assertEquals(0, run.status(), run.transcript());
        assertReported(run, "skipped " + corpus + ":2: date: ");
        assertReported(run, "skipped " + corpus + ":4: country: ");
        assertTrue(run.out().contains("indexed 3 documents"), run.transcript());
        assertTrue(run.out().contains("skipped:     2 invalid record(s)"), run.transcript());
        assertEquals(3, IndexRun.documents(index));
    }

    @Test
    void skip_invalid_with_no_valid_record_still_lists_the_problems() throws IOException {
        Path corpus = tmp.resolve("all-bad.jsonl");
        List<String> bad = Files.readAllLines(fixture("bad-lines.jsonl"));
        Files.writeString(corpus, bad.get(1) + "\n" + bad.get(3) + "\n");

        IndexRun run = IndexRun.of(corpus, tmp.resolve("index"), "--skip-invalid");

        assertEquals(1, run.status(), run.transcript());
        assertReported(run, corpus + ":1: date: ");
        assertReported(run, corpus + ":2: country: ");
    }

    @Test
    void skip_invalid_keeps_the_valid_lines_before_bytes_that_are_not_utf8() throws IOException {
        Path corpus = threeGoodLinesThenLatin1(tmp.resolve("latin1-tail.jsonl"));
        Path index = tmp.resolve("index");

        IndexRun run = IndexRun.of(corpus, index, "--skip-invalid");

        assertEquals(0, run.status(), run.transcript());
        assertEquals(3, IndexRun.documents(index));
    }
}
