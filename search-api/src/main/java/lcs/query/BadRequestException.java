package lcs.query;

/** A request parameter is invalid; mapped to HTTP 400 naming the parameter. */
public final class BadRequestException extends RuntimeException {
    private final String parameter;

    public BadRequestException(String parameter, String message) {
        super(parameter + ": " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
