package lcs.bench;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.Map;
import lcs.command.Commands;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class SearchBenchTest {
    @Test
    void load_is_only_sent_to_loopback() {
        assertEquals(8080, SearchBench.loopback("http://127.0.0.1:8080/").getPort());
        assertThrows(IllegalArgumentException.class, () -> SearchBench.loopback("http://example.org:8080"));
        assertThrows(IllegalArgumentException.class, () -> SearchBench.loopback("https://127.0.0.1:8443"));
    }

    @Test
    void the_access_log_is_silenced_for_an_in_process_server_unless_asked_for() {
        var access = (ch.qos.logback.classic.Logger) LoggerFactory.getLogger("lcs.access");
        var configured = access.getLevel();
        try {
            access.setLevel(ch.qos.logback.classic.Level.INFO); // as lcs serve configures it
            BenchCommand.silenceAccessLog(Map.of("LCS_ACCESS_LOG", "INFO"));
            assertTrue(access.isInfoEnabled(), "LCS_ACCESS_LOG keeps the log");
            BenchCommand.silenceAccessLog(Map.of());
            assertFalse(access.isInfoEnabled());
            assertFalse(access.isErrorEnabled());
        } finally {
            access.setLevel(configured);
        }
    }

    @Test
    void heap_is_the_sum_of_the_heap_pools_in_a_prometheus_scrape() {
        String scrape = """
        # HELP jvm_memory_used_bytes The amount of used memory
        jvm_memory_used_bytes{area="heap",id="PS Eden Space"} 1.0E7
        jvm_memory_used_bytes{area="heap",id="PS Old Gen"} 5000000.0
        jvm_memory_used_bytes{area="nonheap",id="Metaspace"} 3.0E7
        """;
        assertEquals(15_000_000L, SearchBench.heapFromMetrics(scrape));
        assertEquals(-1L, SearchBench.heapFromMetrics("up 1\n"));
    }

    @Test
    void bad_options_are_usage_errors_naming_them_and_nothing_runs() {
        assertEquals(2, run("search", "--queries", "q.tsv", "--client", "2"));
        assertTrue(err.toString(UTF_8).contains("Unknown options: '--client', '2'"), err.toString(UTF_8));
        assertEquals(2, run("search", "--queries", "q.tsv", "--index", "x", "--clients", "1,0"));
        assertTrue(err.toString(UTF_8).contains("--clients must be 1 or more"), err.toString(UTF_8));
        assertEquals(2, run("search", "--queries", "q.tsv", "--url", "http://example.org:8080"));
        assertTrue(err.toString(UTF_8).contains("--url must be http://127.0.0.1:PORT"), err.toString(UTF_8));
        assertEquals(2, run("index"));
        assertTrue(err.toString(UTF_8).contains("Missing required option: '--corpus=DIR'"), err.toString(UTF_8));
    }

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Commands.execute(
                new BenchCommand(),
                args,
                Map.of(),
                new PrintStream(new ByteArrayOutputStream(), true, UTF_8),
                new PrintStream(err, true, UTF_8));
    }
}
