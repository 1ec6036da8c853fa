package lcs.http;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;

/**
 * Token buckets per client, in memory only: {@code rate} tokens a second up to {@code burst}. A
 * client idle long enough to refill its bucket is forgotten, so memory stays bounded. Thread-safe.
 */
final class RateLimiter {
    private final double rate;
    private final int burst;
    private final Ticker ticker;
    private final Cache<String, Bucket> buckets;

    RateLimiter(double rate, int burst, Ticker ticker) {
        this.rate = rate;
        this.burst = burst;
        this.ticker = ticker;
        long refillNanos = (long) Math.ceil(burst / rate * 1e9);
        this.buckets = Caffeine.newBuilder()
                .expireAfterAccess(Duration.ofNanos(Math.max(refillNanos, 1_000_000_000L)))
                .maximumSize(100_000)
                .ticker(ticker)
                .build();
    }

    /** Takes a token for {@code client}: 0 if granted, else how many seconds until one is free. */
    long acquire(String client) {
        return buckets.get(client, k -> new Bucket(burst, ticker.read())).take(rate, burst, ticker.read());
    }

    private static final class Bucket {
        private double tokens;
        private long at;

        Bucket(double tokens, long at) {
            this.tokens = tokens;
            this.at = at;
        }

        synchronized long take(double rate, int burst, long now) {
            tokens = Math.min(burst, tokens + (now - at) / 1e9 * rate);
            at = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - tokens) / rate));
        }
    }
}
