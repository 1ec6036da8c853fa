package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lcs.config.Config;
import lcs.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve options of analytics, the admin view and per-client limits. */
class AnalyticsConfigTest {
    private static final Path ROOT = Path.of("/srv/lcs");

    private static Config from(Map<String, String> env, String... args) {
        return Config.from(args, env, ROOT);
    }

    @Test
    void by_default_analytics_are_on_in_sqlite_with_20_a_second_and_no_admin() {
        Config c = from(Map.of());
        assertTrue(c.analytics());
        assertEquals("jdbc:sqlite:" + ROOT.resolve("data/analytics.db"), c.analyticsUrl());
        assertEquals(396, c.analyticsRetentionDays());
        assertNull(c.adminToken());
        assertEquals(List.of(), c.trustedProxies());
        assertEquals(20.0, c.rateLimit());
        assertEquals(40, c.rateBurst());
    }

    @Test
    void flags_and_environment_set_them() {
        Config c = from(
                Map.of(
                        "LCS_ADMIN_TOKEN",
                        "secret-token-0123456789",
                        "LCS_TRUSTED_PROXIES",
                        "10.0.0.0/8, ::1",
                        "LCS_ANALYTICS_DB",
                        "jdbc:postgresql://db.internal/lcs"),
                "--analytics",
                "off",
                "--rate-limit",
                "off",
                "--rate-burst",
                "5",
                "--analytics-retention-days",
                "30");
        assertFalse(c.analytics());
        assertEquals("jdbc:postgresql://db.internal/lcs", c.analyticsUrl());
        assertEquals("secret-token-0123456789", c.adminToken().value());
        assertEquals(List.of("10.0.0.0/8", "::1"), c.trustedProxies());
        assertEquals(0.0, c.rateLimit());
        assertEquals(5, c.rateBurst());
        assertEquals(30, c.analyticsRetentionDays());
    }

    @Test
    void the_admin_token_comes_from_a_file_and_never_shows_in_the_config_text(@TempDir Path tmp) throws Exception {
        Path file = Files.writeString(tmp.resolve("token"), "from-a-file-0123456789\n");
        Config c = from(Map.of(), "--admin-token-file", file.toString());
        assertEquals("from-a-file-0123456789", c.adminToken().value());
        assertFalse(c.toString().contains("from-a-file"), c.toString());
    }

    @Test
    void bad_values_are_refused_naming_them() {
        for (String[] args : new String[][] {
            {"--analytics", "maybe"},
            {"--analytics-db", "mysql://x"},
            {"--rate-limit", "fast"},
            {"--rate-limit", "-1"},
            {"--rate-burst", "0"},
            {"--trusted-proxies", "proxy.example"},
            {"--analytics-retention-days", "0"},
            {"--admin-token-file", "/nonexistent/token"}
        }) {
            var e = assertThrows(ConfigException.class, () -> from(Map.of(), args), String.join(" ", args));
            assertTrue(e.getMessage().contains(args[0].substring(2)), e.getMessage());
        }
        assertThrows(ConfigException.class, () -> from(Map.of("LCS_ADMIN_TOKEN", "short")));
        assertThrows(ConfigException.class, () -> from(Map.of("LCS_ANALYTICS_KEY", "too-short")));
    }

    @Test
    void tests_and_tools_serve_without_analytics_or_limits_unless_asked() {
        Config plain = Config.forIndex(Path.of("/tmp/i"), Path.of("/tmp/d"));
        assertFalse(plain.analytics());
        assertEquals(0.0, plain.rateLimit());
        Config asked = Config.forIndex(Path.of("/tmp/i"), Path.of("/tmp/d"), "--analytics", "on", "--rate-limit", "3");
        assertTrue(asked.analytics());
        assertEquals(3.0, asked.rateLimit());
    }
}
