package lcs.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.BreakIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The snippet word boundaries are the JDK word instance's, found faster. */
class WordBreaksTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Hello, world!  It's 3.14 and e-mail U.S.A. ok",
                "UNESCO’s Global Network: 96% of 1,000 learners; the 4-17-42 way, the 15-minute city.",
                "Vision and motivation.\n\nChallenges and goals\r\nPlan",
                "上海，2025年3月3日——上海今天正式推出面向全民的终身学习平台。",
                "مدينة التعلم، ٢٠٢٤",
                "Москва, 2024 — «город обучения»",
                "Sønderborg's café: naïve façade 😀 emoji 𠀀 ext-B",
                "well–known well—known snake_case a_1 soft\u00ADhyphen ab\u00AD a\"b a--b a-1 3-4",
                "CO₂ m² ²a $5 €10 US$5 5$ .5 x.5.6 a.5 5.x 1'000 7‰ 5&6 12%x x% ١٫٢ 1;2 a:b a·b",
                "cafe\u0301-bar e\u0301.f zwj\u200Dx a \u200Db \u0301start it’s \"quoted\"",
                "spaces  \nthen a line\n\nand   \r\nmore",
                "  leading and trailing spaces  ",
                "a",
                ""
            })
    void boundaries_are_those_of_the_jdk_word_instance(String text) {
        BreakIterator jdk = BreakIterator.getWordInstance(Locale.ROOT);
        jdk.setText(text);
        var ours = new WordBreaks();
        ours.setText(text);
        assertEquals(forward(jdk), forward(ours), "next() over «" + text + "»");
        assertEquals(backward(jdk), backward(ours), "previous() over «" + text + "»");
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(jdk.following(i), ours.following(i), "following(" + i + ") in «" + text + "»");
            assertEquals(jdk.current(), ours.current(), "current() after following(" + i + ")");
            assertEquals(jdk.preceding(i), ours.preceding(i), "preceding(" + i + ") in «" + text + "»");
            assertEquals(jdk.isBoundary(i), ours.isBoundary(i), "isBoundary(" + i + ") in «" + text + "»");
        }
        ours.setText(new StringCharacterIterator(text));
        jdk.first();
        ours.first();
        assertEquals(jdk.next(3), ours.next(3), "next(3) over a character iterator");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4})
    void an_offset_outside_the_text_is_refused(int offset) {
        var breaks = new WordBreaks();
        breaks.setText("abc");
        assertThrows(IllegalArgumentException.class, () -> breaks.following(offset));
        assertThrows(IllegalArgumentException.class, () -> breaks.preceding(offset));
    }

    private static List<Integer> forward(BreakIterator b) {
        var all = new ArrayList<Integer>();
        for (int e = b.first(); e != BreakIterator.DONE; e = b.next()) {
            all.add(e);
        }
        return all;
    }

    private static List<Integer> backward(BreakIterator b) {
        var all = new ArrayList<Integer>();
        for (int e = b.last(); e != BreakIterator.DONE; e = b.previous()) {
            all.add(e);
        }
        return all;
    }
}
