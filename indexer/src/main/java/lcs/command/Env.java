package lcs.command;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The environment variable that sets a picocli option when the flag is absent: flags beat the
 * environment, which beats the option's {@code defaultValue}. Read by {@link Commands}, which takes
 * the environment as a map so tests never touch the real one.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Env {
    /** The variable's name, e.g. {@code LCS_PORT}. */
    String value();
}
