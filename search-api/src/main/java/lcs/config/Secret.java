package lcs.config;

/** A configured secret (admin token, signing key): its {@code toString} never shows it, so no log can. */
public record Secret(String value) {
    public Secret {
        if (value == null || value.isBlank()) {
            throw new ConfigException("a secret must not be empty");
        }
        value = value.strip();
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
