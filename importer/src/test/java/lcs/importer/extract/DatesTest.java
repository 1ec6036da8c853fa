package lcs.importer.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DatesTest {
    private static LocalDate date(String text) {
        return Dates.find(text).map(Dates.Found::date).orElse(null);
    }

    @Test
    void dates_written_in_the_eight_languages() {
        LocalDate d = LocalDate.of(2018, 10, 24);
        assertEquals(LocalDate.of(2022, 9, 9), date("Friday, 9. 9. 2022"));
        assertEquals(d, date("Hamburg, 24 October 2018 – Learning cities"));
        assertEquals(d, date("October 24, 2018"));
        assertEquals(d, date("24 octobre 2018"));
        assertEquals(d, date("24 de octubre de 2018"));
        assertEquals(d, date("24. Oktober 2018"));
        assertEquals(d, date("24 de outubro de 2018"));
        assertEquals(d, date("24 октября 2018 г."));
        assertEquals(d, date("24 أكتوبر 2018"));
        assertEquals(d, date("٢٤ أكتوبر ٢٠١٨"));
        assertEquals(d, date("2018年10月24日"));
        assertEquals(d, date("published 2018-10-24"));
    }

    @Test
    void a_month_and_year_give_the_year_only_and_impossible_dates_none() {
        var f = Dates.find("On October 2018, Viciebsk joined").orElseThrow();
        assertEquals(null, f.date());
        assertEquals(2018, f.year());
        assertTrue(Dates.find("31 February 2020").map(Dates.Found::date).isEmpty());
        assertTrue(Dates.find("programme for 2021–2027").isEmpty());
    }

    @Test
    void joined_year_of_a_profile() {
        assertEquals(
                2022,
                Dates.joinedYear("Ventspils, located in Latvia, was inducted into UNESCO’s Global Network in 2022.")
                        .orElseThrow());
    }
}
