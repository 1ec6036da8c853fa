package lcs.config;

/** A configuration value is invalid; the message names it. */
public final class ConfigException extends IllegalArgumentException {
    public ConfigException(String message) {
        super(message);
    }
}
