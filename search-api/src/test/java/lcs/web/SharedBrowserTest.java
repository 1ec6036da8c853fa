package lcs.web;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A browser test class: the run's shared {@link WebEnvironment} and its Chromium are {@code env} and
 * {@code driver}, set before the class's own {@code @BeforeAll} methods run (JUnit runs a
 * superclass's first). Both stay the same for the whole run, so static fields are safe to share;
 * browser tests run one at a time.
 */
@ExtendWith(BrowserTests.class)
abstract class SharedBrowserTest {
    static WebEnvironment env;
    static ChromeDriver driver;

    @BeforeAll
    static void sharedEnvironment(WebEnvironment shared) {
        env = shared;
        driver = shared.driver;
    }
}
