package lcs.command;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import lcs.index.Logging;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/** Runs {@code lcs} commands with the same rules for environment defaults, usage errors and failures. */
public final class Commands {
    /** Exit status of a command that failed on its input or environment. */
    public static final int FAILED = 1;
    /** Exit status of a command line that cannot be understood. */
    public static final int USAGE = 2;

    private Commands() {}

    /**
     * A command line for {@code command} whose options fall back to {@code env} (see {@link Env}). A usage
     * error prints "lcs NAME: message" and a hint to --help, then exits {@link #USAGE}; an exception that
     * escapes a command prints one line and exits {@link #FAILED}: commands report their own expected
     * failures, this is the net under them.
     */
    public static CommandLine commandLine(Object command, Map<String, String> env, PrintStream out, PrintStream err) {
        return configure(new CommandLine(command), env, out, err);
    }

    /** As {@link #commandLine}, for a command line whose subcommands are all added already. */
    public static CommandLine configure(CommandLine cl, Map<String, String> env, PrintStream out, PrintStream err) {
        withHelpOptions(cl);
        cl.setDefaultValueProvider(arg -> fromEnvironment(arg, env));
        cl.setUsageHelpWidth(100);
        cl.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cl.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cl.setParameterExceptionHandler((e, args) -> {
            var sub = e.getCommandLine();
            sub.getErr().println(qualifiedName(sub) + ": " + e.getMessage());
            sub.getErr().println("Try '." + "/" + qualifiedName(sub) + " --help' for the options.");
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, sub, parsed) -> {
            sub.getErr().println(qualifiedName(sub) + ": failed: " + e);
            return FAILED;
        });
        return cl;
    }

    /** Every command and subcommand answers {@code --help} and {@code --version}, declared here once. */
    private static void withHelpOptions(CommandLine cl) {
        cl.getCommandSpec().mixinStandardHelpOptions(true);
        cl.getSubcommands().values().forEach(Commands::withHelpOptions);
    }

    /** Parses and runs {@code args}; returns the exit status. */
    public static int execute(
            Object command, String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
        return commandLine(command, env, out, err).execute(args);
    }

    /** Runs a command as a program: the real environment, standard streams, and {@code System.exit}. */
    public static void main(Object command, String[] args) {
        Logging.bridgeJul();
        System.exit(execute(command, args, System.getenv(), System.out, System.err));
    }

    private static String qualifiedName(CommandLine cl) {
        String name = cl.getCommandSpec().qualifiedName(" ");
        return name.startsWith("lcs") ? name : "lcs " + name;
    }

    private static String fromEnvironment(ArgSpec arg, Map<String, String> env) {
        if (arg.userObject() instanceof Field field) {
            Env var = field.getAnnotation(Env.class);
            if (var != null) {
                String value = env.get(var.value());
                return value == null || value.isBlank() ? null : value.strip();
            }
        }
        return null;
    }
}
