package lcs.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives browser tests the shared {@link WebEnvironment}, started on first use and closed when the
 * whole run ends, so the index, the service and Chromium start once. Skips the tests only where
 * there is no chromedriver and {@code CI} is not {@code true}; in CI a missing browser fails them.
 * A class extends {@link SharedBrowserTest} to have it as static fields, or its test methods take
 * it as a parameter.
 */
final class BrowserTests implements ParameterResolver {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BrowserTests.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebEnvironment.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        assumeTrue(
                WebEnvironment.browserExpected(),
                "no " + WebEnvironment.CHROMEDRIVER + ": browser tests skipped (set CI=true to make this a failure)");
        return context.getRoot()
                .getStore(NS)
                .getOrComputeIfAbsent(
                        WebEnvironment.class,
                        k -> {
                            try {
                                return WebEnvironment.start();
                            } catch (Exception e) {
                                throw new ParameterResolutionException(
                                        "could not start the browser test environment: " + e, e);
                            }
                        },
                        WebEnvironment.class);
    }
}
