package io.lodestar.core.kpi.run;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiType;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class StaleKpisTest {

    private static final Instant AT = Instant.parse("2026-03-18T10:00:00Z");

    private final InMemoryKpiStore kpis = new InMemoryKpiStore();
    private final InMemoryMeasurementRunStore runs = new InMemoryMeasurementRunStore();

    private KpiDefinition kpi(KpiDataSource source, String team) {
        return kpis.save(KpiDefinition.of("Throughput " + source.reference(), "", KpiFormula.of(KpiType.THROUGHPUT), source,
                Frequency.WEEKLY, ZoneOffset.UTC, "alice", KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "",
                Indicator.LAGGING).withTeam(team));
    }

    @Test
    public void shouldMarkTheKpisOfTheProjectItsTeamAndQueriesWhenAnIssueOfTheProjectChanges() {
        KpiDefinition core = kpi(KpiDataSource.project("CORE"), null);
        KpiDefinition coreTeam = kpi(KpiDataSource.project("OPS"), "core");
        KpiDefinition query = kpi(KpiDataSource.jql("labels = x"), "NOVA");
        KpiDefinition nova = kpi(KpiDataSource.project("NOVA"), "NOVA");

        List<Long> marked = new StaleKpis(kpis, runs).issueChanged("core", AT);

        assertEquals(List.of(core.id(), coreTeam.id(), query.id()), marked);
        assertEquals(Map.of(core.id(), AT, coreTeam.id(), AT, query.id(), AT), runs.staleKpis());
        assertFalse(StaleKpis.affectedBy(nova, "CORE"));
        assertTrue(StaleKpis.affectedBy(nova, "nova"));
    }

    @Test
    public void shouldMarkEverySprintKpiWhenASprintStartsOrCloses() {
        kpi(KpiDataSource.project("CORE"), null);
        KpiDefinition velocity = kpis.save(KpiDefinition.of("Velocity", "", KpiFormula.of(KpiType.VELOCITY),
                KpiDataSource.project("CORE"), Frequency.PER_SPRINT, ZoneOffset.UTC, "alice",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 30, 20), "", Indicator.LAGGING));

        assertEquals(List.of(velocity.id()), new StaleKpis(kpis, runs).sprintChanged(AT));
        assertEquals(Map.of(velocity.id(), AT), runs.staleKpis());
    }
}
