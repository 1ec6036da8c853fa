package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A query in a language the collection barely has (issue 16): when the API's answer carries
 * notice {kind: fewInLanguage}, the page names the collection's languages instead of "check the
 * spelling", in the UI language. The answer is the documented shape, served by a stand-in fetch.
 */
@ExtendWith(BrowserTests.class)
class LanguageNoticeTest {
  private static final String NOTICE_ANSWER = """
      window.fetch = () => Promise.resolve(new Response(JSON.stringify({ query: '中国', total: 0, totalExact: true,
        facetsExact: true, page: 1, size: 10, hits: [], facets: {}, didYouMean: null,
        notice: { kind: 'fewInLanguage', queryLanguage: 'zh', collectionLanguages: ['en', 'sl'] } }),
        { status: 200, headers: { 'Content-Type': 'application/json' } }));""";

  @Test
  void a_query_in_a_language_the_collection_lacks_names_its_languages(WebEnvironment env) {
    for (String[] lang : new String[][] {
        {"en", "Few documents are in Chinese. The collection’s documents are in English and Slovenian."},
        {"fr", "Peu de documents sont en chinois. Les documents de la collection sont en anglais et slovène."}}) {
      env.open("/?lang=" + lang[0]);
      SearchPageTest.settled(env);
      env.js(NOTICE_ANSWER);
      env.driver.findElement(By.id("q")).sendKeys("中国", Keys.ENTER);
      env.waitFor(d -> d.findElement(By.id("empty")).isDisplayed());
      assertEquals(lang[1], env.driver.findElement(By.cssSelector("#empty .notice")).getText());
    }
  }
}
