package lcs.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.time.Duration;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty-level protections that Javalin leaves to the server: bounded concurrency (a fixed number
 * of requests at once and a bounded wait queue; past it 503 with Retry-After, instead of
 * unbounded latency or memory), graceful shutdown (in-flight requests finish), and JSON instead
 * of Jetty's HTML for errors raised before Javalin sees the request (bad URI, huge headers).
 */
final class JettyGuards {
  static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration MAX_WAIT = Duration.ofSeconds(5);
  private static final ObjectMapper JSON = new ObjectMapper();

  private JettyGuards() {}

  /** Limits concurrent requests to {@code running}, with up to {@code queued} waiting. */
  static QoSHandler concurrencyLimit(int running, int queued) {
    var qos = new QoSHandler() {
      @Override
      protected void reject(Request request, Response response, Callback callback, int status) {
        writeJson(response, callback, 503, "server busy, try again shortly");
      }
    };
    qos.setMaxRequestCount(running);
    qos.setMaxSuspendedRequestCount(queued);
    qos.setMaxSuspend(MAX_WAIT);
    return qos;
  }

  /** Waits for in-flight requests on stop, and answers server-level errors in JSON. */
  static void configure(Server server) {
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
    server.insertHandler(new GracefulHandler());
    server.setErrorHandler(new ErrorHandler() {
      @Override
      public boolean handle(Request request, Response response, Callback callback) {
        Object s = request.getAttribute(ERROR_STATUS);
        int status = s instanceof Integer i ? i : response.getStatus() >= 400 ? response.getStatus() : 500;
        Object m = request.getAttribute(ERROR_MESSAGE);
        String message = m instanceof String str && !str.isBlank() ? str : status == 503 ? "server busy" : "bad request";
        writeJson(response, callback, status, message);
        return true;
      }
    });
  }

  static void writeJson(Response response, Callback callback, int status, String message) {
    byte[] body;
    try {
      body = JSON.writeValueAsBytes(ErrorMapper.error(status, message));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("an error body of two plain fields always serialises", e);
    }
    response.setStatus(status);
    if (status == 503) {
      // Every "busy" answer says when to come back, also one failed by the queue's wait limit.
      response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
