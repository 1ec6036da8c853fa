package lcs.importer.rules;

/** A rules file that cannot be used; the message names the file, the rule and the key. */
public final class InvalidRulesException extends RuntimeException {
    public InvalidRulesException(String message) {
        super(message);
    }
}
