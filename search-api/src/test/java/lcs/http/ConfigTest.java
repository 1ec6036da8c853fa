package lcs.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lcs.config.Config;
import lcs.config.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Config#from}: flags beat environment variables, which beat defaults; bad values are
 * refused naming them. (Kept here because this suite owns the {@code lcs.http} test package; the
 * config is what {@link ServeCommand} reads.)
 */
class ConfigTest {
    private static final Path ROOT = Path.of("/srv/lcs");

    private static Config from(Map<String, String> env, String... args) {
        return Config.from(args, env, ROOT);
    }

    private static ConfigException refused(Map<String, String> env, String... args) {
        return assertThrows(ConfigException.class, () -> from(env, args));
    }

    @Test
    void without_flags_or_environment_the_defaults_apply() {
        Config c = from(Map.of());
        assertNull(c.indexDir());
        assertNull(c.corpusDir(), "the bundled corpus");
        assertEquals(ROOT.resolve("data").resolve("index"), c.servedIndex());
        assertEquals("127.0.0.1", c.host());
        assertEquals(7070, c.port());
        assertEquals("maximumSize=10000", c.cacheSpec());
        assertEquals(List.of("*"), c.corsOrigins());
        assertEquals(2, c.reloadSeconds());
    }

    @Test
    void environment_beats_defaults() {
        Config c = from(Map.of(
                "LCS_PORT",
                "8081",
                "LCS_HOST",
                "0.0.0.0",
                "LCS_CACHE",
                "off",
                "LCS_CORS_ORIGINS",
                "https://a.example, https://b.example",
                "LCS_INDEX",
                "/data/idx"));
        assertEquals(8081, c.port());
        assertEquals("0.0.0.0", c.host());
        assertEquals("off", c.cacheSpec());
        assertEquals(List.of("https://a.example", "https://b.example"), c.corsOrigins());
        assertEquals(Path.of("/data/idx"), c.servedIndex());
    }

    @Test
    void flags_beat_environment() {
        Config c = from(Map.of("LCS_PORT", "8081", "LCS_CACHE", "off"), "--port", "9090", "--cache=maximumSize=5");
        assertEquals(9090, c.port());
        assertEquals("maximumSize=5", c.cacheSpec());
    }

    @Test
    void flags_accept_name_equals_value() {
        assertEquals(9091, from(Map.of(), "--port=9091").port());
    }

    @Test
    void blank_environment_values_are_ignored() {
        assertEquals(7070, from(Map.of("LCS_PORT", "  ")).port());
    }

    @Test
    void a_non_numeric_port_in_the_environment_is_refused_naming_the_value() {
        assertTrue(refused(Map.of("LCS_PORT", "x8080")).getMessage().contains("x8080"));
    }

    @ParameterizedTest(name = "{3}: {0} {1} is refused naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            --port           | eighty | eighty   | a non-numeric port
            --port           | 70000  | 70000    | a port out of range
            --port           | -1     | -1       | a port out of range
            --threads        | 2      | 2        | too few threads
            --reload-seconds | 0      | 0        | reload seconds below 1
            --colour         | blue   | --colour | an unknown flag
            --cache          | bogus  | bogus    | a bad cache spec
            """)
    void a_bad_flag_is_refused_naming_it_or_its_value(String flag, String value, String named, String rule) {
        String message = refused(Map.of(), flag, value).getMessage();
        assertTrue(message.contains(named), rule + ": " + message);
    }

    @Test
    void a_flag_without_its_value_is_refused_naming_it() {
        assertTrue(refused(Map.of(), "--port").getMessage().contains("--port"));
    }
}
