package lcs.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SearchBenchTest {
  @Test
  void load_is_only_sent_to_loopback() {
    assertEquals(8080, SearchBench.loopback("http://127.0.0.1:8080/").getPort());
    assertThrows(Flags.UsageException.class, () -> SearchBench.loopback("http://example.org:8080"));
    assertThrows(Flags.UsageException.class, () -> SearchBench.loopback("https://127.0.0.1:8443"));
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
  void client_lists_and_unknown_flags_are_checked() {
    var flags = Flags.parse(new String[] {"--clients", "1,2,8", "--seconds=3"}, SearchBench.FLAGS);
    assertEquals(java.util.List.of(1, 2, 8), flags.numbers("clients", null));
    assertEquals(3, flags.number("seconds", 20, 1));
    assertThrows(Flags.UsageException.class, () -> Flags.parse(new String[] {"--client", "2"}, SearchBench.FLAGS));
    assertThrows(Flags.UsageException.class,
        () -> Flags.parse(new String[] {"--clients", "0"}, SearchBench.FLAGS).numbers("clients", null));
  }
}
