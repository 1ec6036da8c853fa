package lcs.analytics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryIdsTest {
    static final byte[] KEY = "0123456789abcdef0123456789abcdef".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    static QueryIds at(Instant t, byte[] key) {
        return new QueryIds(key, Clock.fixed(t, ZoneOffset.UTC));
    }

    @Test
    void an_issued_id_verifies_on_any_replica_with_the_same_key() {
        String id = at(NOW, KEY).issue();
        var replica = at(NOW.plusSeconds(30), KEY.clone());
        assertTrue(replica.verify(id).isPresent());
        assertEquals(NOW, replica.verify(id).get().issued());
    }

    @Test
    void ids_are_unique() {
        var ids = at(NOW, KEY);
        var seen = new HashSet<String>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(seen.add(ids.issue()));
        }
    }

    @Test
    void an_id_older_than_an_hour_or_from_the_future_is_refused() {
        String id = at(NOW, KEY).issue();
        assertTrue(at(NOW.plus(Duration.ofMinutes(59)), KEY).verify(id).isPresent());
        assertTrue(at(NOW.plus(Duration.ofMinutes(61)), KEY).verify(id).isEmpty());
        assertTrue(at(NOW.minus(Duration.ofMinutes(5)), KEY).verify(id).isEmpty());
    }

    @Test
    void a_changed_character_or_another_key_is_refused() {
        String id = at(NOW, KEY).issue();
        var ids = at(NOW, KEY);
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            String changed = id.substring(0, i) + (c == 'A' ? 'B' : 'A') + id.substring(i + 1);
            if (!changed.equals(id)) {
                assertTrue(ids.verify(changed).isEmpty(), changed);
            }
        }
        byte[] other = KEY.clone();
        other[0] ^= 1;
        assertTrue(at(NOW, other).verify(id).isEmpty());
        assertTrue(ids.verify("").isEmpty());
        assertTrue(ids.verify("a.b").isEmpty());
        assertTrue(ids.verify(null).isEmpty());
    }

    @Test
    void the_key_file_is_created_once_owner_only_and_reused(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("data/analytics.key");
        byte[] first = QueryIds.loadKey(null, file);
        assertEquals(32, first.length);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertArrayEquals(first, QueryIds.loadKey(null, file));
        assertFalse(java.util.Arrays.equals(first, QueryIds.loadKey(null, tmp.resolve("other.key"))));
        assertArrayEquals(
                KEY,
                QueryIds.loadKey(new String(KEY, java.nio.charset.StandardCharsets.US_ASCII), file),
                "a configured key wins");
    }
}
