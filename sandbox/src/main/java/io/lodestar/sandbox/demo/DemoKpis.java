package io.lodestar.sandbox.demo;

import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.KpiType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * The KPIs a fresh demo sandbox starts with: each team's velocity per sprint and monthly on-time delivery,
 * NOVA's say/do ratio and ATLAS's weekly throughput, each measured over the past periods so their history and trend show at once.
 * Each KPI belongs to the team (ATLAS or NOVA) whose project it measures. Definitions are
 * saved through the KPI store port and measured by core's {@link KpiEvaluation} over the app's own issue history
 * source (the Jira adapter on the sandbox's host services), with a clock set to each past period in turn, the way
 * past check-ins are seeded. Must run while a user who may browse the projects is bound to the thread.
 */
public final class DemoKpis {

    /** The seeded KPIs' ids, for key results that track them. */
    public record Seeded(long atlasVelocity, long novaVelocity) {
    }

    private final KpiStore store;
    private final IssueHistorySource issues;
    private final KpiCalculators calculators;
    private final Clock clock;

    public DemoKpis(KpiStore store, IssueHistorySource issues, KpiCalculators calculators, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.calculators = calculators;
        this.clock = clock;
    }

    public Seeded seed(String owner) {
        long atlasVelocity = measured(define("ATLAS velocity", "Story points completed per sprint, as Jira's velocity chart counts them.",
                KpiType.VELOCITY, DemoTeams.ATLAS, Frequency.PER_SPRINT, owner, KpiGoal.growing(Direction.HIGHER_IS_BETTER, 35, 25),
                Indicator.LAGGING), Duration.ofDays(14), 8);
        long novaVelocity = measured(define("NOVA velocity", "Story points completed per sprint.", KpiType.VELOCITY,
                DemoTeams.NOVA, Frequency.PER_SPRINT, owner, KpiGoal.growing(Direction.HIGHER_IS_BETTER, 40, 30),
                Indicator.LAGGING), Duration.ofDays(14), 8);
        measured(define("ATLAS throughput", "Issues done per week.", KpiType.THROUGHPUT, DemoTeams.ATLAS,
                Frequency.WEEKLY, owner, KpiGoal.growing(Direction.HIGHER_IS_BETTER, 12, 8), Indicator.LEADING),
                Duration.ofDays(7), 10);
        measured(define("NOVA say/do ratio", "Story points completed over story points committed, per sprint.",
                KpiType.SAY_DO_RATIO, DemoTeams.NOVA, Frequency.PER_SPRINT, owner,
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 0.9, 0.7), Indicator.LEADING), Duration.ofDays(14), 8);
        for (DemoTeams team : DemoTeams.values()) {
            measured(define(team.key() + " on-time delivery", "Share of issues resolved by their due date or release, per month.",
                    KpiType.ON_TIME_DELIVERY, team, Frequency.MONTHLY, owner,
                    KpiGoal.growing(Direction.HIGHER_IS_BETTER, 0.85, 0.7), Indicator.LAGGING), Duration.ofDays(30), 6);
        }
        return new Seeded(atlasVelocity, novaVelocity);
    }

    private KpiDefinition define(String name, String description, KpiType type, DemoTeams team, Frequency frequency,
                                 String owner, KpiGoal goal, Indicator indicator) {
        return store.save(KpiDefinition.of(name, description, KpiFormula.of(type), KpiDataSource.project(team.key()),
                frequency, ZoneOffset.UTC, owner, goal, null, indicator).withTeam(team.key()));
    }

    /** Evaluates the KPI as it would have been at each of the last {@code periods} periods, oldest first. */
    private long measured(KpiDefinition kpi, Duration period, int periods) {
        Instant now = clock.instant();
        for (int back = periods - 1; back >= 0; back--) {
            Clock then = Clock.fixed(now.minus(period.multipliedBy(back)), ZoneOffset.UTC);
            new KpiEvaluation(store, issues, calculators, then).evaluate(kpi.id());
        }
        return kpi.id();
    }
}
