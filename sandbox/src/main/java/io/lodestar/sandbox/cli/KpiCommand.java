package io.lodestar.sandbox.cli;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.BugTypes;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.EstimateMoment;
import io.lodestar.core.kpi.delivery.DeliveryOutcome;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryCalculator;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryReport;
import io.lodestar.core.kpi.flow.CycleTimeCalculator;
import io.lodestar.core.kpi.flow.FlowTime;
import io.lodestar.core.kpi.flow.FlowTimes;
import io.lodestar.core.kpi.flow.IssueTimeInStatus;
import io.lodestar.core.kpi.flow.LeadTimeCalculator;
import io.lodestar.core.kpi.flow.ResolutionTimeCalculator;
import io.lodestar.core.kpi.flow.StageMapping;
import io.lodestar.core.kpi.flow.StatusTime;
import io.lodestar.core.kpi.flow.StatusTotal;
import io.lodestar.core.kpi.flow.TimeInStatusCalculator;
import io.lodestar.core.kpi.flow.TimeInStatusReport;
import io.lodestar.core.kpi.sprint.ScopeChange;
import io.lodestar.core.kpi.sprint.SprintIssue;
import io.lodestar.core.kpi.sprint.SprintOutcome;
import io.lodestar.core.kpi.sprint.SprintReport;
import io.lodestar.core.kpi.sprint.VelocityCalculator;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StatusSelection;
import io.lodestar.core.kpi.release.ReleaseCalculator;
import io.lodestar.core.kpi.release.ReleaseSummary;
import io.lodestar.core.kpi.throughput.PeriodThroughput;
import io.lodestar.core.kpi.throughput.ThroughputCalculator;
import io.lodestar.core.kpi.throughput.WorkInProgress;
import io.lodestar.core.kpi.throughput.WorkInProgressCalculator;
import io.lodestar.sandbox.export.ExportFields;
import io.lodestar.sandbox.export.JiraExport;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import java.io.PrintStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * {@code lodestar kpi <kpi> --issues FILE [options]}: reads a Jira REST search export, computes one
 * KPI with the core calculators and describes the result as a {@link KpiOutput}. Parsing the options
 * and choosing the calculator is all it does; the numbers come from core.
 */
final class KpiCommand {

    /** The KPIs whose calculators exist, in the order the help lists them. */
    static final List<String> KPIS = List.of("velocity", "scope-change", "throughput", "wip", "bugs-per-release",
            "on-time-delivery", "resolution-time", "lead-time", "cycle-time", "time-in-status");

    static final String USAGE = """
            Usage: lodestar kpi <kpi>[,<kpi>...] --issues FILE [options]

            Computes KPIs from a Jira REST search export (/rest/api/2/search?expand=names,changelog:
            one response, a JSON array of responses, or responses one after another), reading the
            file once: one KPI, several separated by commas, or all. A large export shows its
            progress (issues read, per second) on standard error.

            KPIs: %s
            Options:
              --kpi KPIS             the KPIs, instead of the first argument: e.g. cycle-time,throughput
                                     or all (table or json output; csv holds one KPI)
              --issues FILE          the export to read (required)
              --project KEY          only issues of this project
              --per-issue            list every issue (per sprint for velocity and scope-change)
              --format FORMAT        table (default), csv or json
              --workflow MAPPING     stages in process order, for lead-time and cycle-time:
                                     "Stage=Status,Status;Stage=Status" (status names or ids);
                                     default: Jira's status categories To Do, In Progress, Done
              --commit-stage NAME    the stage where work starts (required with --workflow)
              --done-stage NAME      the stage where work is done (required with --workflow)
              --as-of INSTANT        time-in-status: replay open issues to this instant
                                     (e.g. 2015-01-01T00:00:00Z; default: the export's last
                                     update, its latest timestamp)
              --bug-types NAMES      bugs-per-release: the issue types that are bugs,
                                     comma-separated (default: Bug, Defect)
              --story-points-field ID  the custom field id of story points (e.g.
                                     customfield_10036); default: the field named Story
                                     Points (or Story point estimate) in the names block,
                                     else of type jsw-story-points in the schema block,
                                     else the fieldId of Story Points changelog items
              --sprint-field ID      the custom field id of sprints; default: the field named
                                     Sprint, else of type gh-sprint, else the field holding
                                     sprints, else the agile API's sprint and closedSprints
              --epic-field ID        the custom field id of the epic link; default: the field
                                     named Epic Link, else of type gh-epic-link, else the
                                     field whose values are keys of epics, else the agile
                                     API's epic field; an epic parent is an epic too
              --help                 this text
            """.formatted(String.join(", ", KPIS));

    /** The parsed command line: {@code kpi} is the KPI to compute now, one of {@code kpis}. */
    record Options(String kpi, List<String> kpis, Path issues, String project, boolean perIssue, OutputFormat format, String workflow,
                   String commitStage, String doneStage, Instant asOf, BugTypes bugTypes,
                   ExportFields.Chosen fields) {

        /** These options for one of the KPIs asked for. */
        Options forKpi(String one) {
            return new Options(one, kpis, issues, project, perIssue, format, workflow, commitStage, doneStage, asOf,
                    bugTypes, fields);
        }
    }

    /** A field id as Jira writes it in an export's fields: customfield_10036, or a system field's id. */
    private static String fieldId(String text, String option) {
        String id = ExportFields.Chosen.fieldId(text);
        if (id == null) {
            throw new CommandLineException(option + " expects a field id like customfield_10036, got \"" + text + "\"");
        }
        return id;
    }

    static Options parse(List<String> arguments) {
        String kpi = null;
        Path issues = null;
        String project = null;
        boolean perIssue = false;
        OutputFormat format = OutputFormat.TABLE;
        String workflow = null;
        String commitStage = null;
        String doneStage = null;
        Instant asOf = null;
        BugTypes bugTypes = BugTypes.DEFAULT;
        String storyPointsField = null;
        String sprintField = null;
        String epicField = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            switch (argument) {
                case "--issues" -> issues = path(value(arguments, ++i, argument));
                case "--kpi" -> {
                    if (kpi != null) {
                        throw new CommandLineException("the KPIs are given twice: " + kpi + " and --kpi");
                    }
                    kpi = value(arguments, ++i, argument);
                }
                case "--project" -> project = value(arguments, ++i, argument).strip();
                case "--per-issue" -> perIssue = true;
                case "--format" -> format = OutputFormat.parse(value(arguments, ++i, argument));
                case "--workflow" -> workflow = value(arguments, ++i, argument);
                case "--commit-stage" -> commitStage = value(arguments, ++i, argument);
                case "--done-stage" -> doneStage = value(arguments, ++i, argument);
                case "--as-of" -> asOf = instant(value(arguments, ++i, argument));
                case "--bug-types" -> bugTypes = bugTypes(value(arguments, ++i, argument));
                case "--story-points-field" -> storyPointsField = fieldId(value(arguments, ++i, argument), argument);
                case "--sprint-field" -> sprintField = fieldId(value(arguments, ++i, argument), argument);
                case "--epic-field" -> epicField = fieldId(value(arguments, ++i, argument), argument);
                default -> {
                    if (argument.startsWith("-")) {
                        throw new CommandLineException("unknown option " + argument + "; see lodestar kpi --help");
                    }
                    if (kpi != null) {
                        throw new CommandLineException("the KPIs are given twice: " + kpi + " and " + argument
                                + "; name several in one argument, separated by commas");
                    }
                    kpi = argument;
                }
            }
        }
        if (kpi == null) {
            throw new CommandLineException("which KPI? expected one of " + String.join(", ", KPIS));
        }
        List<String> kpis = kpis(kpi);
        if (kpis.size() > 1 && format == OutputFormat.CSV) {
            throw new CommandLineException("--format csv holds one KPI's table: give one KPI, or use table or json");
        }
        if (issues == null) {
            throw new CommandLineException("--issues FILE is required: a Jira REST search export");
        }
        if (issues.toString().isBlank()) {
            throw new CommandLineException("--issues needs a file name, got an empty one");
        }
        if (project != null && project.isEmpty()) {
            throw new CommandLineException("--project needs a project key, got an empty one");
        }
        if (workflow == null && (commitStage != null || doneStage != null)) {
            throw new CommandLineException("--commit-stage and --done-stage need --workflow");
        }
        if (workflow != null && (commitStage == null || doneStage == null)) {
            throw new CommandLineException("--workflow needs --commit-stage and --done-stage");
        }
        return new Options(kpis.get(0), kpis, issues, project, perIssue, format, workflow, commitStage, doneStage, asOf, bugTypes,
                new ExportFields.Chosen(storyPointsField, sprintField, epicField));
    }

    /** "cycle-time,throughput" or "all" to the KPIs, in the order given (each once). */
    private static List<String> kpis(String text) {
        if (text.strip().equals("all")) {
            return KPIS;
        }
        Set<String> kpis = new LinkedHashSet<>();
        for (String part : text.split(",", -1)) {
            String kpi = part.strip();
            if (!KPIS.contains(kpi)) {
                throw new CommandLineException((kpi.isEmpty() ? "an empty KPI name in " + text : "unknown KPI " + kpi)
                        + "; expected one of " + String.join(", ", KPIS) + ", or all");
            }
            kpis.add(kpi);
        }
        return List.copyOf(kpis);
    }

    private static BugTypes bugTypes(String names) {
        try {
            return BugTypes.parse(names);
        } catch (InvalidInputException e) {
            throw new CommandLineException("--bug-types needs issue type names separated by commas (" + e.reason()
                    + "), e.g. \"Bug, Defect\"");
        }
    }

    private static String value(List<String> arguments, int index, String option) {
        if (index >= arguments.size() || arguments.get(index).startsWith("--")) {
            throw new CommandLineException(option + " needs a value; see lodestar kpi --help");
        }
        return arguments.get(index);
    }

    private static Path path(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new CommandLineException("--issues: " + text + " is not a file name: " + e.getReason());
        }
    }

    /** An instant of the years 1000-9999, which epoch milliseconds hold; beyond, replays would overflow. */
    private static Instant instant(String text) {
        try {
            Instant at = Instant.parse(text);
            int year = at.atOffset(ZoneOffset.UTC).getYear();
            if (year >= 1000 && year <= 9999) {
                return at;
            }
        } catch (DateTimeParseException e) {
            // refused below
        }
        throw new CommandLineException("--as-of expects an instant like 2015-01-01T00:00:00Z (years 1000 to 9999),"
                + " got " + text);
    }

    /** The first KPI of {@code options}. */
    KpiOutput run(Options options) {
        return compute(options, read(options, null), new HashMap<>());
    }

    /**
     * Every KPI of {@code options}, the export read once; {@code progress} (standard error) hears how the
     * reading goes when it takes more than a second, never the results.
     */
    List<KpiOutput> runAll(Options options, PrintStream progress) {
        JiraExport.WithIssues read = read(options, progress);
        List<KpiOutput> outputs = new ArrayList<>();
        Map<String, IssueColumns> columns = new HashMap<>();
        for (String kpi : options.kpis()) {
            outputs.add(compute(options.forKpi(kpi), read, columns));
        }
        return outputs;
    }

    /** Reads the export, telling {@code progress} (when not null) once a second how many issues are read. */
    private static JiraExport.WithIssues read(Options options, PrintStream progress) {
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(options.issues(), options.fields());
        if (progress == null) {
            return source.readAll();
        }
        long started = System.nanoTime();
        long[] nextReport = {started + 1_000_000_000L};
        boolean[] reported = {false};
        // the reader counts the issues read from the file, also when it holds their snapshots back until its end
        JiraExport.WithIssues read = source.readAll(issuesRead -> {
            if ((issuesRead & 1023) == 0 && System.nanoTime() >= nextReport[0]) {
                long now = System.nanoTime();
                progress.println("lodestar: read " + issuesRead + " issues (" + perSecond(issuesRead, now - started)
                        + " per second)");
                nextReport[0] = now + 1_000_000_000L;
                reported[0] = true;
            }
        });
        if (reported[0]) {
            long elapsed = System.nanoTime() - started;
            int count = read.issues().size();
            progress.println("lodestar: read " + count + " issues in " + String.format(Locale.ROOT, "%.1f",
                    elapsed / 1e9) + " s (" + perSecond(count, elapsed) + " per second)");
        }
        return read;
    }

    private static long perSecond(int count, long nanos) {
        return nanos <= 0 ? count : Math.round(count * 1e9 / nanos);
    }

    /**
     * One KPI of the export; {@code built} holds the issues in columns per project filter ("" for none), built on
     * first use and shared by every KPI of the run, which the calculators then read instead of the snapshots.
     */
    private KpiOutput compute(Options options, JiraExport.WithIssues read, Map<String, IssueColumns> built) {
        StageMapping mapping = options.workflow() == null ? StageMapping.byStatusCategory()
                : StageMapping.parse(options.workflow(), options.commitStage(), options.doneStage());
        List<IssueSnapshot> issues = read.issues();
        if (issues.isEmpty()) {
            throw new InvalidInputException("issues", "the export holds no issues: " + options.issues().getFileName()
                    + " is a Jira search response whose \"issues\" array is empty, so there is nothing to compute");
        }
        if (options.project() != null) {
            issues = issues.stream().filter(issue -> issue.projectKey().equalsIgnoreCase(options.project())).toList();
            if (issues.isEmpty()) {
                throw new InvalidInputException("project", "no issue of project " + options.project() + " in "
                        + options.issues().getFileName());
            }
        }
        List<IssueSnapshot> chosen = issues;
        IssueColumns columns = built.computeIfAbsent(options.project() == null ? "" : options.project()
                .toUpperCase(Locale.ROOT), project -> IssueColumns.of(chosen));
        Output output = new Output(options, issues.size());
        output.notes.add(read.export().fields().note());
        changelogNotes(options, read.export(), output);
        if (!read.export().categoryConflicts().isEmpty()) {
            output.notes.add("statuses with two categories in the export, every issue read with the first one seen"
                    + " so that all KPIs agree on what is done: " + String.join("; ", read.export().categoryConflicts()));
        }
        StatusCatalog statuses = read.export().statuses();
        uncategorisedNote(options, issues, statuses, output);
        switch (options.kpi()) {
            case "velocity", "scope-change" -> sprints(options, issues, columns, statuses, output);
            case "on-time-delivery" -> onTimeDelivery(options, columns, output);
            case "resolution-time" -> {
                flow(new ResolutionTimeCalculator().measure(columns), "created", "resolved",
                        "resolution_time_days", options, output);
                output.notes.add("resolution time = creation to the resolution date (the resolutiondate field), in"
                        + " days; issues without a resolution date are not measured");
            }
            case "lead-time" -> {
                flow(new LeadTimeCalculator(mapping, statuses).measure(columns), "created", "first_done",
                        "lead_time_days", options, output);
                output.notes.add("lead time = creation to the first entry into the " + mapping.doneStageName()
                        + " stage, from the changelog (a reopening does not move it), in days");
                mappingNotes(mapping, read.export(), issues, output);
            }
            case "cycle-time" -> {
                FlowTimes times = new CycleTimeCalculator(mapping, statuses).measure(columns);
                flow(times, "started", "done", "cycle_time_days", options, output);
                output.notes.add("cycle time = the first entry into the " + mapping.commitStageName() + " stage (or a"
                        + " later one before " + mapping.doneStageName() + ") to the last entry into the "
                        + mapping.doneStageName() + " stage, from the changelog, in days");
                output.summary.put("not_started", times.notStarted());
                if (times.notStarted() > 0) {
                    output.notes.add(times.notStarted() + " issues never entered the " + mapping.commitStageName()
                            + " stage (moved straight to " + mapping.doneStageName() + ", or created there) and are left out");
                }
                mappingNotes(mapping, read.export(), issues, output);
            }
            case "time-in-status" -> timeInStatus(options, columns, read.export(), output);
            case "throughput", "wip" -> weekly(options, issues, columns, statuses, read.export(), output);
            case "bugs-per-release" -> bugsPerRelease(options, columns, statuses, output);
            default -> throw new IllegalStateException("KPI listed but not wired: " + options.kpi());
        }
        if (read.export().truncatedChangelogs() > 0) {
            output.notes.add(read.export().truncatedChangelogs() + " issues have a truncated changelog in the export;"
                    + " changes beyond it are unknown");
        }
        return output.build();
    }

    /**
     * Statuses the export gives no category (Jira before 6.2 had none; some tools drop statusCategory):
     * a KPI that goes by category sees no issue in them as done or in progress, which the output says
     * rather than reporting zeros as if nothing were done.
     */
    private static void uncategorisedNote(Options options, List<IssueSnapshot> issues, StatusCatalog statuses,
                                          Output output) {
        Map<String, String> uncategorised = new LinkedHashMap<>();
        int affected = 0;
        for (IssueSnapshot issue : issues) {
            if (statuses.categoryOf(issue.status().id()) == StatusCategory.UNDEFINED) {
                uncategorised.putIfAbsent(issue.status().id(), issue.status().name());
                affected++;
            }
        }
        if (uncategorised.isEmpty() || options.workflow() != null) {
            return;
        }
        boolean flow = Set.of("lead-time", "cycle-time").contains(options.kpi());
        output.notes.add(affected + " of " + issues.size() + " issues are in statuses without a category in the export"
                + " (Jira before 6.2 wrote none): " + uncategorised.entrySet().stream()
                .map(status -> status.getValue() + " (" + status.getKey() + ")").collect(Collectors.joining(", "))
                + "; by status category none of them counts as done or in progress"
                + (flow ? ", so map them with --workflow" : ""));
    }

    /** The KPIs that replay each issue's status history, which only the changelog holds. */
    private static final Set<String> FROM_CHANGELOG = Set.of("lead-time", "cycle-time", "time-in-status", "wip");

    /**
     * An export without changelogs (a search without {@code expand=changelog}) would make every issue look
     * as if it never changed status: lead and cycle times of 0.0 days. A KPI that replays status history
     * refuses such an export; where only some issues lack a changelog, the output says how many.
     */
    private static void changelogNotes(Options options, JiraExport export, Output output) {
        int without = export.withoutChangelog();
        if (without == 0) {
            return;
        }
        boolean needed = FROM_CHANGELOG.contains(options.kpi());
        if (without == export.issueCount() && needed) {
            throw new InvalidInputException("issues", options.issues().getFileName() + " has no changelog for any"
                    + " issue, and " + options.kpi() + " needs each issue's status history: export the issues with"
                    + " /rest/api/2/search?expand=names,changelog");
        }
        output.notes.add(without + " of the export's " + export.issueCount() + " issues have no changelog"
                + (needed ? "; their status history is unknown, so they count as never having changed status"
                : "; changes to their sprints, estimates and statuses are unknown"));
    }

    private static void flow(FlowTimes times, String startColumn, String endColumn, String daysColumn, Options options,
                             Output output) {
        Distribution days = times.times();
        output.summary.put("measured", (int) days.count().value());
        output.summary.put("mean_days", days.mean());
        output.summary.put("median_days", days.median());
        output.summary.put("p85_days", days.percentile85());
        output.summary.put("p95_days", days.percentile95());
        output.summary.put("not_measured", times.notMeasured());
        if (times.notMeasured() > 0) {
            output.notes.add(times.notMeasured() + " issues not measured: " + times.whyNotMeasured());
        }
        if (options.perIssue()) {
            output.columns.addAll(List.of("key", startColumn, endColumn, daysColumn));
            for (FlowTime time : times.perIssue()) {
                output.rows.add(List.of(time.issueKey(), time.start(), time.end(), time.days()));
            }
        }
    }

    private static void mappingNotes(StageMapping mapping, JiraExport export, List<IssueSnapshot> issues, Output output) {
        output.notes.add("stages: " + mapping);
        if (mapping.usesStatusCategories() && !export.changelogOnly().isEmpty()) {
            Set<String> unknown = export.changelogOnly().stream().map(status -> status.id()).collect(Collectors.toSet());
            long affected = issues.stream().filter(issue -> issue.changelog().stream()
                    .anyMatch(change -> change.field() == ChangeField.STATUS
                            && (unknown.contains(change.from()) || unknown.contains(change.to())))).count();
            output.notes.add("statuses seen only in changelogs have no known category and stay unmapped: "
                    + export.changelogOnly().stream().map(status -> status.name() + " (" + status.id() + ")")
                    .collect(Collectors.joining(", ")) + "; map them with --workflow");
            output.notes.add(affected + " of " + issues.size() + " issues pass through such a status in their changelog,"
                    + " so their times may be measured from or to another stage than their workflow means");
        }
    }

    private static void onTimeDelivery(Options options, IssueColumns issues, Output output) {
        OnTimeDeliveryReport report = new OnTimeDeliveryCalculator().measure(issues);
        output.summary.put("rate", report.rate());
        output.summary.put("on_time", report.onTime());
        output.summary.put("late", report.late());
        output.summary.put("without_deadline", report.withoutDeadline());
        output.summary.put("unresolved", report.unresolved());
        output.summary.put("mean_delay_days_of_late", report.lateDelays().mean());
        output.summary.put("median_delay_days_of_late", report.lateDelays().median());
        output.notes.add("deadline: due date, else the earliest release date of the fix versions; on time when the"
                + " resolution date, in its own offset, is on or before it");
        if (report.withoutDeadline() > 0) {
            output.notes.add(report.withoutDeadline() + " resolved issues excluded: no due date and no released fix version date");
        }
        if (options.perIssue()) {
            output.columns.addAll(List.of("key", "deadline", "deadline_source", "resolved", "delay_days", "on_time"));
            for (DeliveryOutcome outcome : report.outcomes()) {
                output.rows.add(List.of(outcome.issueKey(), outcome.deadline().date(),
                        outcome.deadline().source().name().toLowerCase(Locale.ROOT), outcome.resolved(),
                        outcome.delayDays(), outcome.onTime()));
            }
        }
    }

    private static void timeInStatus(Options options, IssueColumns issues, JiraExport export, Output output) {
        // Open issues are measured up to the moment the export describes, not to today: a 2014 export
        // read in 2026 would otherwise give every open issue twelve years in its status.
        OffsetDateTime until = options.asOf() != null ? options.asOf().atOffset(ZoneOffset.UTC) : export.lastUpdate();
        Instant asOf = until.toInstant();
        String source = options.asOf() != null ? "as given by --as-of" : "the export's last update (its latest"
                + " timestamp; --as-of sets another instant)";
        TimeInStatusCalculator calculator = new TimeInStatusCalculator(asOf);
        TimeInStatusReport report = options.perIssue() ? calculator.measure(issues) : calculator.totals(issues);
        output.summary.put("measured", issues.size() - report.notMeasured());
        output.summary.put("not_measured", report.notMeasured());
        output.summary.put("as_of", until);
        output.notes.add("each issue is replayed from its creation to its resolution, or when unresolved to "
                + KpiOutputWriter.timestamp(until) + ", " + source);
        if (report.notMeasured() > 0) {
            output.notes.add(report.notMeasured() + " issues not measured: created after " + KpiOutputWriter.timestamp(until));
        }
        if (options.perIssue()) {
            output.columns.addAll(List.of("key", "status_id", "status", "times_entered", "millis"));
            for (IssueTimeInStatus issue : report.perIssue()) {
                for (StatusTime time : issue.statuses()) {
                    output.rows.add(List.of(issue.issueKey(), time.statusId(), time.statusName(), time.timesEntered(),
                            time.millis()));
                }
            }
        } else {
            output.columns.addAll(List.of("status_id", "status", "issues", "times_entered", "total_days",
                    "mean_days_per_issue"));
            for (StatusTotal total : report.totals()) {
                output.rows.add(List.of(total.statusId(), total.statusName(), total.issues(), total.timesEntered(),
                        total.totalDays(), total.meanDaysPerIssue()));
            }
        }
    }

    private static void sprints(Options options, List<IssueSnapshot> issues, IssueColumns columns, StatusCatalog statuses,
                                Output output) {
        Map<String, StatusCategory> current = new LinkedHashMap<>();
        for (IssueSnapshot issue : issues) {
            current.putIfAbsent(issue.status().id(), issue.status().category());
        }
        VelocityCalculator calculator = new VelocityCalculator(
                statusId -> statuses.categoryOf(statusId) == StatusCategory.DONE
                        || current.get(statusId) == StatusCategory.DONE, EstimateMoment.AT_CLOSE);
        List<SprintReport> reports = calculator.closedSprints(columns);
        output.summary.put("closed_sprints", reports.size());
        output.notes.add("done = the Done status category; estimates of completed issues as at sprint close;"
                + " sub-tasks excluded");
        Map<String, String> projectOfKey = new HashMap<>();
        for (IssueSnapshot issue : issues) {
            projectOfKey.put(issue.key(), issue.projectKey());
        }
        Map<Long, String> projectsOfSprint = new LinkedHashMap<>();
        Set<String> allProjects = new TreeSet<>();
        for (SprintReport report : reports) {
            Set<String> projects = new TreeSet<>();
            report.issues().forEach(issue -> projects.add(projectOfKey.get(issue.key())));
            allProjects.addAll(projects);
            projectsOfSprint.put(report.sprint().id(), String.join(" ", projects));
        }
        if (options.kpi().equals("velocity")) {
            output.summary.put("average_velocity_last_3", VelocityCalculator.averageVelocity(reports, 3));
            output.summary.put("average_velocity_all", VelocityCalculator.averageVelocity(reports, Math.max(1, reports.size())));
            double committed = reports.stream().mapToDouble(SprintReport::commitment).sum();
            double completed = reports.stream().mapToDouble(SprintReport::completed).sum();
            output.summary.put("say_do_all", committed > 0
                    ? KpiValue.of(completed / committed, KpiUnit.RATIO, reports.size())
                    : KpiValue.notApplicable(reports.isEmpty() ? "no closed sprint"
                    : "no sprint started with estimated work committed"));
            output.notes.add("say/do = completed / commitment (points at the sprint's start, not done then);"
                    + " say_do_all = all sprints' completed / all sprints' commitment; n/a for a sprint that"
                    + " started with no estimated work");
        }
        if (allProjects.size() > 1) {
            output.notes.add((options.kpi().equals("velocity") ? "the averages mix" : "these are")
                    + " the sprints of " + allProjects.size() + " projects (" + String.join(", ", allProjects)
                    + "); use --project KEY for one project's sprints");
        }
        if (options.perIssue()) {
            output.columns.addAll(List.of("sprint_id", "sprint", "key", "outcome", "added_during_sprint",
                    "initial_estimate", "final_estimate", "commitment_points", "completed_points"));
            for (SprintReport report : reports) {
                for (SprintIssue issue : report.issues()) {
                    output.rows.add(Arrays.asList(report.sprint().id(), report.sprint().name(), issue.key(),
                            outcome(issue.outcome()), issue.addedDuringSprint(), issue.estimateAtStart(),
                            issue.estimateAtClose(), issue.commitmentPoints(), issue.completedPoints()));
                }
            }
            output.notes.add("outcome: completed, not_completed, removed (taken out before the end),"
                    + " completed_outside_sprint (already done when it entered), completed_in_another_sprint"
                    + " (its completion counted by a sprint that closed earlier); initial_estimate when it entered"
                    + " the sprint, final_estimate at the sprint's completion");
        } else if (options.kpi().equals("velocity")) {
            output.columns.addAll(List.of("sprint_id", "sprint", "projects", "board_id", "start", "complete",
                    "commitment", "completed", "say_do"));
            for (SprintReport report : reports) {
                Sprint sprint = report.sprint();
                output.rows.add(Arrays.asList(sprint.id(), sprint.name(), projectsOfSprint.get(sprint.id()),
                        sprint.boardId(), sprint.startDate(), sprint.completeDate(), report.commitment(),
                        report.completed(), report.sayDoRatio()));
            }
        } else {
            output.columns.addAll(List.of("sprint_id", "sprint", "projects", "board_id", "start", "complete",
                    "added_points", "added_issues", "removed_points", "removed_issues", "reestimated_points",
                    "scope_change_points"));
            for (SprintReport report : reports) {
                Sprint sprint = report.sprint();
                ScopeChange change = report.scopeChange();
                output.rows.add(Arrays.asList(sprint.id(), sprint.name(), projectsOfSprint.get(sprint.id()),
                        sprint.boardId(), sprint.startDate(), sprint.completeDate(), change.addedPoints(),
                        change.addedIssues(), change.removedPoints(), change.removedIssues(),
                        change.reestimatedPoints(), change.absolutePoints()));
            }
        }
        if (reports.isEmpty()) {
            output.notes.add("no closed sprint with a start and a completion date among these issues");
        }
    }

    /** An outcome as the output names it; Jira's sprint report says "completed outside of this sprint". */
    private static String outcome(SprintOutcome outcome) {
        return switch (outcome) {
            case COMPLETED -> "completed";
            case NOT_COMPLETED -> "not_completed";
            case REMOVED -> "removed";
            case DONE_BEFORE_SPRINT -> "completed_outside_sprint";
            case COMPLETED_IN_ANOTHER_SPRINT -> "completed_in_another_sprint";
        };
    }

    /**
     * Throughput (issues entering done per Monday week, UTC) or WIP (issues in progress at each week's
     * end), every week from the first to the last "done" instant: an issue's entry into the Done status
     * category from its changelog, the same rule for both and for the issues counted, never the
     * resolution date (Jira Cloud's Done status often sets none, which cut the window short). Weeks
     * before the first completion would only say when the data begins, and lower the mean per week.
     * WIP of an export with no issue done runs from the first creation to the export's last update.
     */
    private static void weekly(Options options, List<IssueSnapshot> issues, IssueColumns columns, StatusCatalog statuses,
                               JiraExport export, Output output) {
        ThroughputCalculator calculator = new ThroughputCalculator(StatusSelection.category(StatusCategory.DONE,
                statuses, columns));
        Instant firstDone = calculator.firstDone(columns);
        Instant lastDone = calculator.lastDone(columns);
        String doneRule = "done = entry into the Done status category (from the changelog; the resolution date or"
                + " creation only for an issue without status changes); Monday weeks in UTC; sub-tasks excluded";
        if (options.kpi().equals("throughput")) {
            output.notes.add(doneRule);
            output.columns.addAll(List.of("week", "issues", "points"));
            if (firstDone == null) {
                output.summary.put("weeks", 0);
                output.summary.put("done", 0);
                output.summary.put("mean_per_week", KpiValue.notApplicable("no issue is done"));
                output.notes.add("no issue is done: there is no week to count from");
                return;
            }
            LocalDate first = LocalDate.ofInstant(firstDone, ZoneOffset.UTC);
            LocalDate last = LocalDate.ofInstant(lastDone, ZoneOffset.UTC);
            List<PeriodThroughput> weeks = calculator.weekly(columns, first, last, ZoneOffset.UTC);
            output.summary.put("weeks", weeks.size());
            output.summary.put("done", weeks.stream().mapToInt(PeriodThroughput::issues).sum());
            output.summary.put("mean_per_week", KpiValue.of(weeks.stream().mapToInt(PeriodThroughput::issues).average()
                    .orElseThrow(), KpiUnit.ISSUES, weeks.size()));
            output.notes.add("weeks from the first completion (" + KpiPeriod.week(first, ZoneOffset.UTC).key()
                    + ") to the last (" + KpiPeriod.week(last, ZoneOffset.UTC).key() + ")");
            for (PeriodThroughput week : weeks) {
                output.rows.add(List.of(week.period().key(), week.issues(), week.points()));
            }
        } else {
            LocalDate first;
            LocalDate last;
            String window;
            if (firstDone != null) {
                first = LocalDate.ofInstant(firstDone, ZoneOffset.UTC);
                last = LocalDate.ofInstant(lastDone, ZoneOffset.UTC);
                window = "weeks from the first completion (%s) to the last (%s), as throughput counts them; " + doneRule;
            } else {
                first = issues.stream().map(issue -> LocalDate.ofInstant(issue.created().toInstant(), ZoneOffset.UTC))
                        .min(LocalDate::compareTo).orElseThrow();
                LocalDate lastUpdate = LocalDate.ofInstant(export.lastUpdate().toInstant(), ZoneOffset.UTC);
                last = lastUpdate.isBefore(first) ? first : lastUpdate;
                window = "no issue is done, so weeks from the first creation (%s) to the export's last update (%s)";
            }
            List<Instant> weekEnds = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            KpiPeriod lastWeek = KpiPeriod.week(last, ZoneOffset.UTC);
            for (KpiPeriod week = KpiPeriod.week(first, ZoneOffset.UTC); !week.start().isAfter(lastWeek.start());
                 week = KpiPeriod.week(LocalDate.ofInstant(week.end(), ZoneOffset.UTC), ZoneOffset.UTC)) {
                weekEnds.add(week.end().minusMillis(1));
                keys.add(week.key());
            }
            List<WorkInProgress> series = new WorkInProgressCalculator(
                    StatusSelection.category(StatusCategory.IN_PROGRESS, statuses, columns)).series(columns, weekEnds);
            output.summary.put("weeks", series.size());
            output.summary.put("mean_wip_at_week_end", KpiValue.of(series.stream().mapToInt(WorkInProgress::count).average()
                    .orElseThrow(), KpiUnit.ISSUES, series.size()));
            output.notes.add("in progress = a status of the In Progress category at the last instant of each Monday week (UTC)");
            output.notes.add(window.formatted(keys.get(0), keys.get(keys.size() - 1)));
            output.columns.addAll(List.of("week", "wip"));
            for (int i = 0; i < series.size(); i++) {
                output.rows.add(List.of(keys.get(i), series.get(i).count()));
            }
        }
    }

    private static void bugsPerRelease(Options options, IssueColumns issues, StatusCatalog statuses, Output output) {
        List<ReleaseSummary> releases = new ReleaseCalculator(StatusSelection.category(StatusCategory.DONE, statuses, issues),
                options.bugTypes()).releases(issues);
        List<ReleaseSummary> released = releases.stream().filter(release -> release.version().releaseDate() != null).toList();
        output.summary.put("released_versions", released.size());
        output.summary.put("mean_bugs_per_release", released.isEmpty()
                ? KpiValue.notApplicable("no released version with a release date")
                : KpiValue.of(released.stream().mapToInt(release -> release.bugKeys().size()).average().orElseThrow(),
                        KpiUnit.ISSUES, released.size()));
        output.notes.add("bugs of a release = issues of the types " + options.bugTypes() + " (--bug-types) whose fix"
                + " versions include it");
        output.columns.addAll(List.of("version", "release_date", "bugs", "done_points"));
        for (ReleaseSummary release : releases) {
            output.rows.add(Arrays.asList(release.version().name(), release.version().releaseDate(),
                    release.bugKeys().size(), release.donePoints()));
        }
    }

    /** The output being assembled. */
    private static final class Output {
        final Options options;
        final Map<String, Object> summary = new LinkedHashMap<>();
        final List<String> notes = new ArrayList<>();
        final List<String> columns = new ArrayList<>();
        final List<List<Object>> rows = new ArrayList<>();

        Output(Options options, int issueCount) {
            this.options = options;
            summary.put("file", options.issues().getFileName().toString());
            if (options.project() != null) {
                summary.put("project", options.project());
            }
            summary.put("issues", issueCount);
        }

        KpiOutput build() {
            return new KpiOutput(options.kpi(), summary, notes, columns, rows);
        }
    }
}
