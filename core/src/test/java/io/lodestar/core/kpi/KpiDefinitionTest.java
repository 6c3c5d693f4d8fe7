package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.lodestar.core.common.InvalidInputException;
import java.time.ZoneOffset;
import org.junit.Test;

public class KpiDefinitionTest {

    private static KpiDefinition definition(String name, KpiType type, Frequency frequency, String owner) {
        return KpiDefinition.of(name, null, KpiFormula.of(type), KpiDataSource.project("CORE"), frequency,
                ZoneOffset.UTC, owner, KpiGoal.growing(Direction.HIGHER_IS_BETTER, 10, 5), null, Indicator.LAGGING);
    }

    private static String fieldRefused(Runnable creation) {
        try {
            creation.run();
        } catch (InvalidInputException refused) {
            return refused.field();
        }
        throw new AssertionError("accepted");
    }

    @Test
    public void shouldStripNameAndDefaultOptionalTextsWhenCreated() {
        KpiDefinition throughput = definition("  Throughput ", KpiType.THROUGHPUT, Frequency.WEEKLY, "asm");

        assertEquals("Throughput", throughput.name());
        assertEquals("", throughput.description());
        assertEquals("", throughput.actionIfAlert());
        assertEquals(0, throughput.id());
    }

    @Test
    public void shouldRefuseWhenNameIsBlank() {
        assertEquals("kpi.name", fieldRefused(() -> definition(" ", KpiType.THROUGHPUT, Frequency.WEEKLY, "asm")));
    }

    @Test
    public void shouldRefuseWhenOwnerIsMissing() {
        assertEquals("kpi.owner", fieldRefused(() -> definition("T", KpiType.THROUGHPUT, Frequency.WEEKLY, null)));
    }

    @Test
    public void shouldRefuseWhenSprintKpiIsMeasuredWeekly() {
        assertEquals("kpi.frequency", fieldRefused(() -> definition("V", KpiType.VELOCITY, Frequency.WEEKLY, "asm")));
    }

    @Test
    public void shouldRefuseWhenWorkInProgressIsMeasuredPerSprint() {
        assertEquals("kpi.frequency",
                fieldRefused(() -> definition("W", KpiType.WORK_IN_PROGRESS, Frequency.PER_SPRINT, "asm")));
    }

    @Test
    public void shouldRefuseBoardWhenReferenceIsNotAnId() {
        assertEquals("kpi.dataSource.reference",
                fieldRefused(() -> new KpiDataSource(KpiDataSource.Kind.BOARD, "Team board")));
    }

    @Test
    public void shouldHaveNoTeamWhenCreatedWithoutOne() {
        assertNull(definition("T", KpiType.THROUGHPUT, Frequency.WEEKLY, "asm").team());
    }

    @Test
    public void shouldKeepTeamAsUpperCaseProjectKeyWhenGivenWithBlanksOrLowerCase() {
        KpiDefinition throughput = definition("T", KpiType.THROUGHPUT, Frequency.WEEKLY, "asm").withTeam(" atlas ");

        assertEquals("ATLAS", throughput.team());
    }

    @Test
    public void shouldHaveNoTeamWhenTeamIsBlank() {
        KpiDefinition atlas = definition("T", KpiType.THROUGHPUT, Frequency.WEEKLY, "asm").withTeam("ATLAS");

        assertNull(atlas.withTeam("  ").team());
    }

    @Test
    public void shouldKeepTeamWhenGoalOrIdentityChanges() {
        KpiDefinition atlas = definition("T", KpiType.THROUGHPUT, Frequency.WEEKLY, "asm").withTeam("ATLAS");

        assertEquals("ATLAS", atlas.withGoal(KpiGoal.band(1, 2)).team());
        assertEquals("ATLAS", atlas.stored(7, 3).team());
    }

    @Test
    public void shouldAcceptTeamOf255CharactersAndRefuseLongerOne() {
        KpiDefinition throughput = definition("T", KpiType.THROUGHPUT, Frequency.WEEKLY, "asm");

        assertEquals(255, throughput.withTeam("K".repeat(255)).team().length());
        assertEquals("kpi.team", fieldRefused(() -> throughput.withTeam("K".repeat(256))));
    }
}
