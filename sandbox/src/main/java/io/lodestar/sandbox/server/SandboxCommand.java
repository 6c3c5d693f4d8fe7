package io.lodestar.sandbox.server;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.sandbox.export.ExportFields;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * {@code lodestar sandbox [--port N] [--issues FILE [field options]] [--data DIR]}: starts the sandbox, prints the URL when ready
 * and runs until Ctrl-C, when a shutdown hook closes Jetty and the database. Bad options print a readable error
 * and give exit code 2; a start that fails (port in use, data folder locked, unreadable export) gives 1.
 */
public final class SandboxCommand {

    public static final int USAGE_ERROR = 2;
    public static final String USAGE = "usage: lodestar sandbox [--port N] [--issues FILE [field options]] [--data DIR]\n"
            + "                        [--database URL --node NAME [--db-user U] [--db-password P]] [--job-interval S]\n"
            + "  --port N       HTTP port on 127.0.0.1 (default 2990; 0 picks a free one)\n"
            + "  --issues FILE  a Jira REST search export (/rest/api/2/search?expand=names,changelog) to use\n"
            + "                 instead of the generated demo data\n"
            + "  --story-points-field ID, --sprint-field ID, --epic-field ID\n"
            + "                 the custom field ids of story points, sprints and the epic link in that\n"
            + "                 export (e.g. customfield_10036), as for lodestar kpi; default: found by\n"
            + "                 name, schema type or content; the start prints which were used\n"
            + "  --data DIR     folder of the sandbox's database and demo data (default .lodestar/sandbox-data)\n"
            + "  --database URL a PostgreSQL database (jdbc:postgresql://host:port/db) instead of the embedded one:\n"
            + "                 several sandboxes on one database are the nodes of a cluster (scheduler, cluster\n"
            + "                 locks and data shared); each needs its own --port, --data and --node\n"
            + "  --db-user U, --db-password P   the database's user and password (default: none)\n"
            + "  --node NAME    this node's name (letters, digits . _ -, up to 64), shown in the page footer and\n"
            + "                 used by the scheduler and the cluster locks; needed with --database (default sandbox)\n"
            + "  --job-interval S   run the scheduled jobs (the 15-minute KPI measurement) at least every S seconds,\n"
            + "                 to watch them without waiting; give every node of a cluster the same value";

    /** Parsed options. */
    public record Options(int port, Path issues, Path dataDir, ExportFields.Chosen fields, SandboxServer.Cluster cluster) {

        public Options(int port, Path issues, Path dataDir) {
            this(port, issues, dataDir, ExportFields.Chosen.NONE, SandboxServer.Cluster.ALONE);
        }

        private static final List<String> OPTIONS = List.of("--port", "--issues", "--data", "--story-points-field",
                "--sprint-field", "--epic-field", "--database", "--db-user", "--db-password", "--node", "--job-interval");
        private static final java.util.regex.Pattern NODE = java.util.regex.Pattern.compile("[A-Za-z0-9._-]{1,64}");

        public static Options parse(List<String> args) {
            int port = 2990;
            Path issues = null;
            Path data = Path.of(".lodestar", "sandbox-data");
            String[] fieldIds = new String[3];
            String database = null;
            String dbUser = null;
            String dbPassword = null;
            String node = null;
            long jobInterval = 0;
            for (int i = 0; i < args.size(); i++) {
                String option = args.get(i);
                if (option.equals("--help") || option.equals("-h")) {
                    throw new InvalidInputException("help", USAGE);
                }
                if (!OPTIONS.contains(option)) {
                    throw new InvalidInputException(option, "unknown option");
                }
                if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
                    throw new InvalidInputException(option, "needs a value");
                }
                String value = args.get(++i);
                switch (option) {
                    case "--port" -> port = port(value);
                    case "--issues" -> {
                        issues = Path.of(value);
                        if (!Files.isRegularFile(issues)) {
                            throw new InvalidInputException("--issues", "no such file: " + value);
                        }
                    }
                    case "--story-points-field" -> fieldIds[0] = fieldId(option, value);
                    case "--sprint-field" -> fieldIds[1] = fieldId(option, value);
                    case "--epic-field" -> fieldIds[2] = fieldId(option, value);
                    case "--database" -> {
                        if (!value.startsWith("jdbc:postgresql://")) {
                            throw new InvalidInputException("--database", "expects jdbc:postgresql://host:port/database,"
                                    + " got '" + value + "'");
                        }
                        database = value;
                    }
                    case "--db-user" -> dbUser = value;
                    case "--db-password" -> dbPassword = value;
                    case "--node" -> {
                        if (!NODE.matcher(value).matches()) {
                            throw new InvalidInputException("--node", "letters, digits, '.', '_' and '-', 1 to 64 of"
                                    + " them, not '" + value + "'");
                        }
                        node = value;
                    }
                    case "--job-interval" -> jobInterval = seconds(value);
                    default -> {
                        data = Path.of(value);
                        if (Files.exists(data) && !Files.isDirectory(data)) {
                            throw new InvalidInputException("--data", "not a folder: " + value);
                        }
                    }
                }
            }
            ExportFields.Chosen fields = new ExportFields.Chosen(fieldIds[0], fieldIds[1], fieldIds[2]);
            if (issues == null && !fields.equals(ExportFields.Chosen.NONE)) {
                throw new InvalidInputException("--issues", "the field options name fields of an export: give it"
                        + " with --issues FILE");
            }
            if (database == null && (dbUser != null || dbPassword != null)) {
                throw new InvalidInputException(dbUser != null ? "--db-user" : "--db-password",
                        "is for the database given with --database URL");
            }
            if (database != null && node == null) {
                throw new InvalidInputException("--node", "each node of a cluster needs its own name: give --node NAME"
                        + " with --database");
            }
            SandboxServer.Cluster cluster = new SandboxServer.Cluster(
                    database == null ? null : new io.lodestar.sandbox.host.SandboxDatabase.Remote(database, dbUser, dbPassword),
                    node == null ? SandboxServer.Cluster.ALONE.nodeId() : node, jobInterval * 1000);
            return new Options(port, issues, data, fields, cluster);
        }

        private static long seconds(String value) {
            try {
                long seconds = Long.parseLong(value);
                if (seconds >= 1 && seconds <= 86_400) {
                    return seconds;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidInputException("--job-interval", "must be a number of seconds from 1 to 86400, not '"
                    + value + "'");
        }

        private static String fieldId(String option, String value) {
            String id = ExportFields.Chosen.fieldId(value);
            if (id == null) {
                throw new InvalidInputException(option, "expects a field id like customfield_10036, got '" + value + "'");
            }
            return id;
        }

        private static int port(String value) {
            try {
                int port = Integer.parseInt(value);
                if (port >= 0 && port <= 65535) {
                    return port;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new InvalidInputException("--port", "must be a number from 0 to 65535, not '" + value + "'");
        }
    }

    private SandboxCommand() {
    }

    /** Runs the command; returns only when it fails to start or when interrupted. */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (InvalidInputException e) {
            err.println(e.field().equals("help") ? e.reason() : "lodestar sandbox: " + e.field() + ": " + e.reason()
                    + "\n" + USAGE);
            return e.field().equals("help") ? 0 : USAGE_ERROR;
        }
        SandboxServer server;
        try {
            server = SandboxServer.start(new SandboxServer.Settings(options.port(), options.issues(), options.dataDir(),
                    Clock.systemUTC(), options.fields(), options.cluster()));
        } catch (InvalidInputException e) {
            err.println("lodestar sandbox: " + e.field() + ": " + e.reason());
            return USAGE_ERROR;
        } catch (Exception e) {
            err.println("lodestar sandbox: cannot start: " + rootMessage(e));
            return 1;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            err.println("lodestar sandbox: stopped");
            stopped.countDown();
        }, "sandbox-shutdown"));
        out.println("Lodestar sandbox is ready with " + server.issueCount() + " issues, signed in as alice:");
        if (options.issues() != null) {
            out.println("  " + server.fieldsNote());
        }
        for (String address : server.addresses()) {
            out.println("  " + address);
        }
        out.println("Node: " + options.cluster().nodeId() + "  Database: " + (options.cluster().database() == null
                ? "embedded, in the data folder" : options.cluster().database().url()));
        out.println("Data: " + options.dataDir().toAbsolutePath() + "  (Ctrl-C stops)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
            if (cause.getMessage() != null && !message.toString().contains(cause.getMessage())) {
                message.append(": ").append(cause.getMessage());
            }
        }
        return message.toString();
    }

    public static void main(String[] args) {
        System.exit(run(List.of(args), System.out, System.err));
    }
}
