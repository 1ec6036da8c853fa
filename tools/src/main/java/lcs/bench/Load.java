package lcs.bench;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The load a search benchmark puts on each system it measures: the query mix at one page size, for
 * each client count in turn, with the same warm-up, measured time and request cap. One value, so
 * that the server, the in-process runs and the peers are measured under the same load.
 */
record Load(QueryMix mix, int size, List<Integer> clientCounts, Duration warmup, Duration seconds, long maxRequests) {
    Load {
        clientCounts = List.copyOf(clientCounts);
    }

    /** One step of this load at {@code clients}: see {@link ClosedLoop#run}. */
    ClosedLoop.Outcome run(int clients, ClosedLoop.Request request, LongSupplier cpuClock) throws InterruptedException {
        return ClosedLoop.run(clients, warmup, seconds, maxRequests, request, cpuClock);
    }
}
