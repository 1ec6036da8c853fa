package lcs.index;

import org.slf4j.bridge.SLF4JBridgeHandler;

/** Routes java.util.logging (used by Lucene and Jetty) through SLF4J, once per process. */
public final class Logging {
    private Logging() {}

    public static synchronized void bridgeJul() {
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
    }
}
