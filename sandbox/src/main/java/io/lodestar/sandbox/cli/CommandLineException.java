package io.lodestar.sandbox.cli;

/**
 * A command line the command cannot run: unknown command or KPI, missing or bad option. Its message
 * is written to stderr as is, without a stack trace, and the process exits with {@link #EXIT_CODE}.
 */
final class CommandLineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The exit code of every refused command line or unreadable input, as Unix tools use for usage errors. */
    static final int EXIT_CODE = 2;

    CommandLineException(String message) {
        super(message);
    }
}
