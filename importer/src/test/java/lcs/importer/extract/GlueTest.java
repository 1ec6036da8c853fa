package lcs.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class GlueTest {
    @Test
    void glued_blocks_are_split_where_the_case_changes() {
        assertEquals(
                "Capital of Learning for comprehensive development\n\nAs the Chinese national capital",
                Glue.repair("Capital of Learning for comprehensive developmentAs the Chinese national capital"));
        assertEquals(
                "Vision and motivation\n\nThe overall objective",
                Glue.repair("Vision and motivationThe overall objective"));
        assertEquals("Villa María\n\nVision", Glue.repair("Villa MaríaVision"));
    }

    @Test
    void brand_style_words_stay_whole() {
        for (String w :
                new String[] {"WordPress", "YouTube", "LinkedIn", "JavaScript", "iPhone", "McDonald", "UNESCO"}) {
            assertEquals(w, Glue.repair(w));
        }
    }
}
