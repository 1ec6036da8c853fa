/**
 * Benchmarks, run as {@code ./lcs bench}: indexing time against a bare Lucene baseline, search
 * throughput and latency over HTTP and in process, time from launch to first answer. The package
 * measures and reports; it asserts nothing about time, so it cannot make {@code ./lcs test} flaky.
 */
package lcs.bench;
