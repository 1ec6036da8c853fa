package lcs.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The widget on another site while the service is overloaded: the 503 that Jetty's request limit
 * writes carries CORS headers, so the widget can read it, says the service is busy (not that it could
 * not be reached), and its retry after Retry-After finds results once the load is gone. The load is
 * real: uploads that never finish hold every request slot and the one place in the queue.
 */
class CrossOriginBusyTest extends SharedBrowserTest {
    /**
     * The fewest slots the service allows; analytics on for an endpoint that reads a request body.
     * Another site embeds the widget.
     */
    @RegisterExtension
    static final OwnService own =
            new OwnService("""
          <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
          <script src="%s/widget.js" defer></script></head>
          <body><lcs-search id="w" size="3" facets="none"></lcs-search></body></html>""", dir -> List.of("--threads", "4", "--queue", "1", "--analytics", "on"));

    static SearchContext widget() {
        return driver.findElement(By.id("w")).getShadowRoot();
    }

    /** An event upload that announces 1,000 bytes and sends one: its handler waits, holding a slot. */
    static Socket stalledUpload() throws IOException {
        var socket = new Socket("127.0.0.1", own.service().port());
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/events HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                        + "Content-Length: 1000\r\n\r\n{")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    @Test
    void an_overloaded_service_is_busy_to_a_widget_on_another_site_and_its_retry_finds_results() throws Exception {
        driver.get(own.hostPageUrl());
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d ->
                        widget().findElements(By.cssSelector("[part~=title]")).size() == 3);
        env.consoleErrors();

        var stalled = new ArrayList<Socket>();
        var http = HttpClient.newHttpClient();
        try {
            // Four running, one queued; then the service answers 503 at once.
            for (int i = 0; i < 5; i++) {
                stalled.add(stalledUpload());
            }
            int status = 0;
            for (int tries = 0; tries < 50 && status != 503; tries++) {
                Thread.sleep(100);
                status = http.send(
                                HttpRequest.newBuilder(URI.create(own.base() + "/api/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.discarding())
                        .statusCode();
            }
            assertEquals(503, status, "the stalled uploads did not fill the service");

            widget().findElement(By.cssSelector("[part~=input]")).sendKeys("riga", Keys.ENTER);
            new WebDriverWait(driver, Duration.ofSeconds(10))
                    .until(d -> !widget().findElement(By.cssSelector("[part~=error]"))
                            .getText()
                            .isEmpty());
            String error = widget().findElement(By.cssSelector("[part~=error]"))
                    .getText()
                    .replaceAll("\\s+", " ");
            assertTrue(
                    error.startsWith("The search service is busy right now. Trying again in 1 s"),
                    "busy, not unreachable: " + error);
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
        }
        new WebDriverWait(driver, Duration.ofSeconds(15))
                .until(d -> widget().findElements(By.cssSelector("[part~=title]")).stream()
                        .anyMatch(t -> t.getText().contains("Riga")));
        assertTrue(
                widget().findElement(By.cssSelector("[part~=error]")).getText().isEmpty());
        List<String> errors =
                env.consoleErrors().stream().filter(m -> !m.contains("503")).toList();
        assertEquals(List.of(), errors, "no CORS error: the 503 was readable");
    }
}
