/**
 * What every {@code lcs} command shares: options are picocli fields declared once, with their
 * environment variable ({@link lcs.command.Env}) and default; {@link lcs.command.Commands} runs a
 * command with one policy for usage errors (exit 2) and failures (one line, exit 1).
 */
package lcs.command;
