package lcs.http;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A shared search link offers the API's correction, in the UI language, as the script does (render.js renderDidYouMean). */
class PageDidYouMeanTest {
    @RegisterExtension
    static final TestService api = TestService.serving("spelling-6.jsonl");

    @Test
    void a_misspelt_shared_search_offers_the_correction_as_a_link_in_the_ui_language() {
        String html = api.get("/?q=cartom+festival&lang=fr").body();
        assertTrue(
                html.contains("<p id=\"did-you-mean\" class=\"did-you-mean\">Vouliez-vous dire "
                        + "<a href=\"/?q=cartoon+festival&amp;lang=fr\" data-nav>cartoon festival</a> ?</p>"),
                html);
    }
}
