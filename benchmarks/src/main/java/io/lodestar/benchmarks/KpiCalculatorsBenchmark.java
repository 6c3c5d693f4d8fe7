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
import java.time.Instant;
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

    @Setup(Level.Trial)
    public void generate() {
        issues = SyntheticIssues.generate(issueCount, 42);
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

    /** Part A's calculator; velocity and scope change come from the same pass. */
    @Benchmark
    public List<SprintReport> velocityAndScopeChange() {
        return new VelocityCalculator(statusId -> SyntheticIssues.CATALOG.categoryOf(statusId) == StatusCategory.DONE,
                EstimateMoment.AT_CLOSE).closedSprints(issues);
    }
}
