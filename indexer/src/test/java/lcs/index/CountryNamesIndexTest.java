package lcs.index;

import static lcs.index.IndexRun.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus takes countries as people write them and stores the UNESCO short name. */
class CountryNamesIndexTest {
    @TempDir
    Path tmp;

    @Test
    void codes_common_and_local_names_are_stored_as_the_unesco_name() throws IOException {
        Path index = tmp.resolve("index");
        IndexRun run = IndexRun.of(fixture("country-common-names.jsonl"), index);
        assertEquals(0, run.status(), run.transcript());

        var counts = FacetCounts.of(index);
        assertEquals(
                Map.of("Netherlands (Kingdom of the)", 1, "Republic of Korea", 1, "Germany", 1, "Viet Nam", 1),
                counts.get("country"));
        assertEquals(Map.of("Europe and North America", 2, "Asia and the Pacific", 2), counts.get("region"));
    }
}
