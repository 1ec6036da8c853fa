package lcs.importer.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** URL normalisation, so one page is one key: lower-case scheme and host, no default port, no fragment. */
final class Urls {
    private Urls() {}

    /** The normalised http(s) URL, or null when {@code text} is not one. */
    static URI parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return normalise(new URI(text.strip()));
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A redirect's {@code Location} resolved against the URL that sent it; null when it is not a usable http(s) URL. */
    static URI resolve(URI base, String location) {
        try {
            return normalise(base.resolve(new URI(location.strip())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** As {@link #parse}, for a URI already built; null when not http(s) or without a host. */
    static URI normalise(URI uri) {
        String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!"http".equals(scheme) && !"https".equals(scheme) || uri.getHost() == null) {
            return null;
        }
        int port = uri.getPort();
        if ("http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        StringBuilder s =
                new StringBuilder(scheme).append("://").append(uri.getHost().toLowerCase(Locale.ROOT));
        if (port != -1) {
            s.append(':').append(port);
        }
        s.append(path);
        if (uri.getRawQuery() != null) {
            s.append('?').append(uri.getRawQuery());
        }
        try {
            return new URI(s.toString());
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
