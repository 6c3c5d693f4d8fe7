package io.lodestar.sandbox.cli;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.sandbox.server.SandboxCommand;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code lodestar} command line: {@code lodestar kpi ...} computes a KPI from a Jira export;
 * {@code lodestar sandbox ...} runs the Jira app on the embedded host ({@link SandboxCommand}).
 * Every refused command line or unreadable input prints a one-line message to stderr and exits with
 * code 2, never a stack trace, because the reader is a person at a terminal.
 */
public final class LodestarCommand {

    static final String USAGE = """
            Usage: lodestar <command> [options]

            Commands:
              kpi <kpi> --issues FILE [options]   compute a KPI from a Jira REST search export
                                                  (lodestar kpi --help for the KPIs and options)
              sandbox [--port N] [--issues FILE] [--data DIR]
                                                  run the Jira app on an embedded host with demo or
                                                  exported issue data (lodestar sandbox --help)
            Options:
              --help                              this text
            """;

    /** The exit code when the command fails for a reason of its own, never for its input. */
    static final int INTERNAL_ERROR = 70;

    private final PrintStream out;
    private final PrintStream err;

    LodestarCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] arguments) {
        int code = new LodestarCommand(System.out, System.err).run(Arrays.asList(arguments));
        System.exit(code);
    }

    /** Runs a command line and returns the process exit code. */
    int run(List<String> arguments) {
        try {
            if (arguments.isEmpty() || isHelp(arguments.get(0))) {
                out.print(USAGE);
                return arguments.isEmpty() ? CommandLineException.EXIT_CODE : 0;
            }
            String command = arguments.get(0);
            List<String> rest = arguments.subList(1, arguments.size());
            if (command.equals("sandbox")) {
                return SandboxCommand.run(rest, out, err);
            }
            if (!command.equals("kpi")) {
                throw new CommandLineException("unknown command " + command + "; see lodestar --help");
            }
            if (rest.stream().anyMatch(LodestarCommand::isHelp)) {
                out.print(KpiCommand.USAGE);
                return 0;
            }
            KpiCommand.Options options = KpiCommand.parse(rest);
            List<KpiOutput> outputs = new KpiCommand().runAll(options, err);
            new KpiOutputWriter().write(outputs, options.format(), out);
            return 0;
        } catch (CommandLineException e) {
            err.println("lodestar: " + e.getMessage());
            return CommandLineException.EXIT_CODE;
        } catch (InvalidInputException e) {
            err.println("lodestar: " + e.getMessage());
            return CommandLineException.EXIT_CODE;
        } catch (UncheckedIOException e) {
            err.println("lodestar: " + e.getMessage() + ": " + e.getCause().getMessage());
            return CommandLineException.EXIT_CODE;
        } catch (RuntimeException e) {
            // A defect of ours, not of the input: still one line for the person at the terminal, and a
            // distinct exit code so that a script can tell it from a refused input.
            err.println("lodestar: internal error (" + e.getClass().getSimpleName() + (e.getMessage() == null ? ""
                    : ": " + e.getMessage()) + "); please report it with the command line and the export");
            return INTERNAL_ERROR;
        }
    }

    private static boolean isHelp(String argument) {
        return argument.equals("--help") || argument.equals("-h") || argument.equals("help");
    }
}
