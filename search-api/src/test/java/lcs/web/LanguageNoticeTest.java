package lcs.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A query in a language the collection barely has (issue 16): the real server answers a Korean
 * query over the web fixture (no Korean document) with notice {kind: fewInLanguage}, and the page
 * names the collection's languages, most documents first, instead of "check the spelling", in the
 * UI language.
 */
@ExtendWith(BrowserTests.class)
class LanguageNoticeTest {

    @Test
    void a_query_in_a_language_the_collection_lacks_names_its_languages(WebEnvironment env) {
        for (String[] lang : new String[][] {
            {
                "en",
                "Few documents are in Korean. The collection’s documents are in English, Arabic, German, ",
                "Chinese."
            },
            {
                "fr",
                "Peu de documents sont en coréen. Les documents de la collection sont en anglais, arabe, allemand, ",
                "chinois."
            }
        }) {
            env.openSearch("/?lang=" + lang[0]);
            env.driver.findElement(By.id("q")).sendKeys("서울 학습", Keys.ENTER);
            env.waitFor(d -> d.findElement(By.id("empty")).isDisplayed());
            String notice =
                    env.driver.findElement(By.cssSelector("#empty .notice")).getText();
            assertTrue(notice.startsWith(lang[1]) && notice.endsWith(lang[2]), notice);
        }
    }
}
