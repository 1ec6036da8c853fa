package lcs.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class LcsTest {
    /** Every command builds the whole command line, benchmarks included: lcs serve must keep its log. */
    @Test
    void building_the_command_line_leaves_the_access_log_alone() {
        var access = (Logger) LoggerFactory.getLogger("lcs.access");
        Level configured = access.getLevel();
        try {
            access.setLevel(Level.INFO); // as lcs serve configures it
            var quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
            Lcs.commandLine(Map.of(), quiet, quiet).parseArgs("serve", "--help");
            assertTrue(access.isInfoEnabled());
        } finally {
            access.setLevel(configured);
        }
    }
}
