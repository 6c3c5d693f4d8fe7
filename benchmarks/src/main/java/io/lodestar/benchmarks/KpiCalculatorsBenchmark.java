package io.lodestar.benchmarks;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.EstimateMoment;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryCalculator;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryReport;
import io.lodestar.core.kpi.flow.CycleTimeCalculator;
import io.lodestar.core.kpi.flow.FlowTimes;
import io.lodestar.core.kpi.flow.LeadTimeCalculator;
import io.lodestar.core.kpi.flow.ResolutionTimeCalculator;
import io.lodestar.core.kpi.flow.StageMapping;
import io.lodestar.core.kpi.flow.TimeInStatusCalculator;
import io.lodestar.core.kpi.flow.TimeInStatusReport;
import io.lodestar.core.kpi.sprint.SprintReport;
import io.lodestar.core.kpi.sprint.VelocityCalculator;
import io.lodestar.core.kpi.StatusSelection;
import io.lodestar.core.kpi.release.ReleaseCalculator;
import io.lodestar.core.kpi.release.ReleaseSummary;
import io.lodestar.core.kpi.throughput.PeriodThroughput;
import io.lodestar.core.kpi.throughput.ThroughputCalculator;
import io.lodestar.core.kpi.throughput.WorkInProgress;
import io.lodestar.core.kpi.throughput.WorkInProgressCalculator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every KPI calculator over 10,000 and 1,000,000 generated issues ({@link SyntheticIssues}, seed 42), one
 * call per operation on one thread, reading the issues in columns ({@link IssueColumns}, built once in
 * the set-up as the command line builds them once per export; {@link #buildColumns} times that step).
 * The aim is under 100 ms per calculator at a million issues. {@code -p path=snapshots} measures the
 * calculators walking the snapshots instead, the path a single KPI over a list of issues takes.
 *
 * <p>The heap is fixed at 8 GB and touched up front: a million issues hold over a gigabyte, and with 3 GB
 * the collector ran mixed collections inside the measured iterations, which made the errors as wide as
 * the scores (e.g. 157 ± 308 ms). Six warm-up iterations (with four, the first measured one of the flow calculators
 * was still a tenth slower) and ten measured ones of two seconds keep the error under a tenth of the score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 10, time = 2)
public class KpiCalculatorsBenchmark {

    @Param({"10000", "1000000"})
    public int issueCount;

    /** {@code columns} (the default) or {@code snapshots}. */
    @Param("columns")
    public String path;

    private List<IssueSnapshot> issues;
    private IssueColumns columns;
    private boolean snapshots;
    private final StageMapping mapping = StageMapping.byStatusCategory();
    private final StageMapping workflow = StageMapping.parse(
            "To Do=Open,Reopened;In Progress=In Progress;Review=In Review;Done=Resolved,Closed", "In Progress", "Done");

    private static final LocalDate FIRST_DAY = LocalDate.parse("2020-01-06");
    private static final LocalDate LAST_DAY = LocalDate.parse("2024-01-01");
    private final List<Instant> weekEnds = new ArrayList<>();

    @Setup(Level.Trial)
    public void generate() {
        issues = SyntheticIssues.generate(issueCount, 42);
        columns = IssueColumns.of(issues);
        snapshots = switch (path) {
            case "columns" -> false;
            case "snapshots" -> true;
            default -> throw new IllegalArgumentException("path must be columns or snapshots, not " + path);
        };
        for (LocalDate monday = FIRST_DAY.plusWeeks(1); !monday.isAfter(LAST_DAY); monday = monday.plusWeeks(1)) {
            weekEnds.add(monday.atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
        }
    }

    /** What the columns cost to build from the snapshots, once per set of issues. */
    @Benchmark
    public IssueColumns buildColumns() {
        return IssueColumns.of(issues);
    }

    @Benchmark
    public OnTimeDeliveryReport onTimeDelivery() {
        OnTimeDeliveryCalculator calculator = new OnTimeDeliveryCalculator();
        return snapshots ? calculator.measure(issues) : calculator.measure(columns);
    }

    @Benchmark
    public FlowTimes resolutionTime() {
        ResolutionTimeCalculator calculator = new ResolutionTimeCalculator();
        return snapshots ? calculator.measure(issues) : calculator.measure(columns);
    }

    @Benchmark
    public FlowTimes leadTimeByCategory() {
        LeadTimeCalculator calculator = new LeadTimeCalculator(mapping, SyntheticIssues.CATALOG);
        return snapshots ? calculator.measure(issues) : calculator.measure(columns);
    }

    @Benchmark
    public FlowTimes cycleTimeByCategory() {
        CycleTimeCalculator calculator = new CycleTimeCalculator(mapping, SyntheticIssues.CATALOG);
        return snapshots ? calculator.measure(issues) : calculator.measure(columns);
    }

    @Benchmark
    public FlowTimes cycleTimeByConfiguredWorkflow() {
        CycleTimeCalculator calculator = new CycleTimeCalculator(workflow, SyntheticIssues.CATALOG);
        return snapshots ? calculator.measure(issues) : calculator.measure(columns);
    }

    @Benchmark
    public TimeInStatusReport timeInStatusPerIssue() {
        TimeInStatusCalculator calculator = new TimeInStatusCalculator(Instant.parse("2025-01-01T00:00:00Z"));
        return snapshots ? calculator.measure(issues) : calculator.measure(columns);
    }

    @Benchmark
    public TimeInStatusReport timeInStatusTotals() {
        TimeInStatusCalculator calculator = new TimeInStatusCalculator(Instant.parse("2025-01-01T00:00:00Z"));
        return snapshots ? calculator.totals(issues) : calculator.totals(columns);
    }

    /** Part A's calculator: throughput per Monday week over the four generated years. */
    @Benchmark
    public List<PeriodThroughput> throughputWeekly() {
        ThroughputCalculator calculator = new ThroughputCalculator(done());
        return snapshots ? calculator.weekly(issues, FIRST_DAY, LAST_DAY, ZoneOffset.UTC)
                : calculator.weekly(columns, FIRST_DAY, LAST_DAY, ZoneOffset.UTC);
    }

    /** Part A's calculator: WIP at the end of each Monday week over the four generated years. */
    @Benchmark
    public List<WorkInProgress> workInProgressWeekly() {
        StatusSelection inProgress = snapshots
                ? StatusSelection.category(StatusCategory.IN_PROGRESS, SyntheticIssues.CATALOG, issues)
                : StatusSelection.category(StatusCategory.IN_PROGRESS, SyntheticIssues.CATALOG, columns);
        WorkInProgressCalculator calculator = new WorkInProgressCalculator(inProgress);
        return snapshots ? calculator.series(issues, weekEnds) : calculator.series(columns, weekEnds);
    }

    /**
     * {@link #workInProgressWeekly} and every key of every week listed (each reference handed to the
     * blackhole, not followed): the series writes its keys out on first read (most readers want the counts
     * only), so this is what a reader that lists them all pays the calculator.
     */
    @Benchmark
    public void workInProgressWeeklyWithKeys(Blackhole sink) {
        for (WorkInProgress week : workInProgressWeekly()) {
            List<String> keys = week.keys();
            for (int i = 0, n = keys.size(); i < n; i++) {
                sink.consume(keys.get(i));
            }
        }
    }

    /**
     * {@link #workInProgressWeeklyWithKeys} with each key's text read too (its length): what a caller that
     * looks into every key of every week pays on top, for following ten million references to strings
     * spread over the snapshots' heap (the calculator's share is the benchmark above).
     */
    @Benchmark
    public long workInProgressWeeklyKeyLengths() {
        long hash = 0;
        for (WorkInProgress week : workInProgressWeekly()) {
            List<String> keys = week.keys();
            for (int i = 0, n = keys.size(); i < n; i++) {
                hash += keys.get(i).length();
            }
        }
        return hash;
    }

    /** Part A's calculator: bugs and done points per released version. */
    @Benchmark
    public List<ReleaseSummary> bugsPerRelease() {
        ReleaseCalculator calculator = new ReleaseCalculator(done());
        return snapshots ? calculator.releases(issues) : calculator.releases(columns);
    }

    private StatusSelection done() {
        return snapshots ? StatusSelection.category(StatusCategory.DONE, SyntheticIssues.CATALOG, issues)
                : StatusSelection.category(StatusCategory.DONE, SyntheticIssues.CATALOG, columns);
    }

    /** Part A's calculator; velocity and scope change come from the same pass. */
    @Benchmark
    public List<SprintReport> velocityAndScopeChange() {
        VelocityCalculator calculator = new VelocityCalculator(
                statusId -> SyntheticIssues.CATALOG.categoryOf(statusId) == StatusCategory.DONE, EstimateMoment.AT_CLOSE);
        return snapshots ? calculator.closedSprints(issues) : calculator.closedSprints(columns);
    }
}
