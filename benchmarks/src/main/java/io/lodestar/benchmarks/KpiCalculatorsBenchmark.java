package io.lodestar.benchmarks;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.EstimateMoment;
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
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every KPI calculator over a million generated issues ({@link SyntheticIssues}, seed 42), one call
 * per operation on one thread. The aim is well under a second per calculator.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class KpiCalculatorsBenchmark {

    @Param("1000000")
    public int issueCount;

    private List<IssueSnapshot> issues;
    private final StageMapping mapping = StageMapping.byStatusCategory();
    private final StageMapping workflow = StageMapping.parse(
            "To Do=Open,Reopened;In Progress=In Progress;Review=In Review;Done=Resolved,Closed", "In Progress", "Done");

    private static final LocalDate FIRST_DAY = LocalDate.parse("2020-01-06");
    private static final LocalDate LAST_DAY = LocalDate.parse("2024-01-01");
    private final List<Instant> weekEnds = new ArrayList<>();

    @Setup(Level.Trial)
    public void generate() {
        issues = SyntheticIssues.generate(issueCount, 42);
        for (LocalDate monday = FIRST_DAY.plusWeeks(1); !monday.isAfter(LAST_DAY); monday = monday.plusWeeks(1)) {
            weekEnds.add(monday.atStartOfDay(ZoneOffset.UTC).toInstant().minusMillis(1));
        }
    }

    @Benchmark
    public OnTimeDeliveryReport onTimeDelivery() {
        return new OnTimeDeliveryCalculator().measure(issues);
    }

    @Benchmark
    public FlowTimes resolutionTime() {
        return new ResolutionTimeCalculator().measure(issues);
    }

    @Benchmark
    public FlowTimes leadTimeByCategory() {
        return new LeadTimeCalculator(mapping, SyntheticIssues.CATALOG).measure(issues);
    }

    @Benchmark
    public FlowTimes cycleTimeByCategory() {
        return new CycleTimeCalculator(mapping, SyntheticIssues.CATALOG).measure(issues);
    }

    @Benchmark
    public FlowTimes cycleTimeByConfiguredWorkflow() {
        return new CycleTimeCalculator(workflow, SyntheticIssues.CATALOG).measure(issues);
    }

    @Benchmark
    public TimeInStatusReport timeInStatusPerIssue() {
        return new TimeInStatusCalculator(Instant.parse("2025-01-01T00:00:00Z")).measure(issues);
    }

    @Benchmark
    public TimeInStatusReport timeInStatusTotals() {
        return new TimeInStatusCalculator(Instant.parse("2025-01-01T00:00:00Z")).totals(issues);
    }

    /** Part A's calculator: throughput per Monday week over the four generated years. */
    @Benchmark
    public List<PeriodThroughput> throughputWeekly() {
        return new ThroughputCalculator(done()).weekly(issues, FIRST_DAY, LAST_DAY, ZoneOffset.UTC);
    }

    /** Part A's calculator: WIP at the end of each Monday week over the four generated years. */
    @Benchmark
    public List<WorkInProgress> workInProgressWeekly() {
        return new WorkInProgressCalculator(StatusSelection.category(StatusCategory.IN_PROGRESS, SyntheticIssues.CATALOG,
                issues)).series(issues, weekEnds);
    }

    /** Part A's calculator: bugs and done points per released version. */
    @Benchmark
    public List<ReleaseSummary> bugsPerRelease() {
        return new ReleaseCalculator(done()).releases(issues);
    }

    private StatusSelection done() {
        return StatusSelection.category(StatusCategory.DONE, SyntheticIssues.CATALOG, issues);
    }

    /** Part A's calculator; velocity and scope change come from the same pass. */
    @Benchmark
    public List<SprintReport> velocityAndScopeChange() {
        return new VelocityCalculator(statusId -> SyntheticIssues.CATALOG.categoryOf(statusId) == StatusCategory.DONE,
                EstimateMoment.AT_CLOSE).closedSprints(issues);
    }
}
