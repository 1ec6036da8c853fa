package lcs.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * Drives a request from N client threads in a closed loop: each client sends its next request as
 * soon as the previous one is answered. A warm-up phase runs first and is not recorded; the
 * measured phase ends after a time or a request count, whichever comes first.
 *
 * <p>Closed-loop clients slow down with the server, so latencies are those of a saturated server
 * at that concurrency, not of a fixed arrival rate.
 */
final class ClosedLoop {
    /** One request: {@code client} is the thread's number, {@code seq} its request counter. */
    interface Request {
        /** Sends one request; throws on any failure, including a wrong status. */
        void send(int client, long seq) throws Exception;
    }

    /** What one run measured. */
    record Outcome(
            int clients,
            long requests,
            long errors,
            double seconds,
            long[] sortedNanos,
            String firstError,
            long cpuNanos) {
        double throughput() {
            return seconds > 0 ? requests / seconds : 0;
        }

        /** CPU milliseconds per request of the process whose clock was given; NaN if none was. */
        double cpuMillisPerRequest() {
            return cpuNanos < 0 || requests == 0 ? Double.NaN : cpuNanos / 1e6 / requests;
        }

        double millis(double percentile) {
            return Latencies.percentile(sortedNanos, percentile) / 1e6;
        }
    }

    private ClosedLoop() {}

    /**
     * Runs the load. {@code cpuClock}, if not null, reads the CPU nanoseconds of the process to charge
     * (this JVM, or a server's); it is read when the measured phase starts and when it ends.
     */
    static Outcome run(
            int clients, Duration warmup, Duration measure, long maxRequests, Request request, LongSupplier cpuClock)
            throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        var budget = new AtomicLong(maxRequests);
        var lastEnd = new AtomicLong(measureFrom);
        var errors = new AtomicLong();
        var firstError = new AtomicReference<String>();
        var recorders = new ArrayList<Latencies>();
        var threads = new ArrayList<Thread>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            var latencies = new Latencies();
            recorders.add(latencies);
            Thread t = new Thread(
                    () -> {
                        long seq = 0;
                        long end = 0;
                        while (true) {
                            long t0 = System.nanoTime();
                            if (t0 >= measureTo) {
                                break;
                            }
                            boolean measured = t0 >= measureFrom;
                            if (measured && budget.getAndDecrement() <= 0) {
                                break;
                            }
                            boolean failed = false;
                            try {
                                request.send(client, seq++);
                            } catch (Exception e) {
                                failed = true;
                                if (measured) {
                                    firstError.compareAndSet(null, e.toString());
                                }
                            }
                            long t1 = System.nanoTime();
                            if (measured) {
                                latencies.add(t1 - t0);
                                end = t1;
                                if (failed) {
                                    errors.incrementAndGet();
                                }
                            }
                        }
                        long e = end;
                        lastEnd.accumulateAndGet(e, Math::max);
                    },
                    "bench-client-" + c);
            t.setDaemon(true);
            threads.add(t);
        }
        var cpuAtStart = new AtomicLong(-1);
        Thread cpuMark = new Thread(
                () -> {
                    try {
                        Thread.sleep(Duration.ofNanos(Math.max(0, measureFrom - System.nanoTime())));
                        cpuAtStart.set(cpuClock.getAsLong());
                    } catch (InterruptedException e) {
                        // the run ended first
                    }
                },
                "bench-cpu-mark");
        cpuMark.setDaemon(true);
        threads.forEach(Thread::start);
        if (cpuClock != null) {
            cpuMark.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long cpu = -1;
        if (cpuClock != null) {
            cpuMark.interrupt();
            cpuMark.join();
            long end = cpuClock.getAsLong();
            cpu = cpuAtStart.get() < 0 || end < 0 ? -1 : end - cpuAtStart.get();
        }
        long[] sorted = Latencies.merge(recorders);
        double seconds = (lastEnd.get() - measureFrom) / 1e9;
        return new Outcome(clients, sorted.length, errors.get(), seconds, sorted, firstError.get(), cpu);
    }

    /**
     * The query a client sends as its {@code seq}-th request: each client draws from the mix in its
     * own fixed pseudo-random sequence (the same on every run), so clients do not move through it in step. (In step, two clients would often
     * ask the same question at the same moment and the server could answer both with one search.)
     */
    static int queryIndex(int client, long seq, int mixSize) {
        long z = (seq + 1) * 0x9E3779B97F4A7C15L + (client + 1) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (int) Math.floorMod(z ^ (z >>> 31), (long) mixSize);
    }
}
