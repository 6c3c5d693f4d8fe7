package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** Who hears of a red KPI: the owner, then the watchers, each once, only those who may read the KPI's values. */
public class KpiWatchersTest {

    @Test
    public void shouldTellTheOwnerFirstThenEachWatcherOnce() {
        assertEquals(List.of("olga", "bob", "alice"),
                KpiWatchers.recipients("olga", List.of("bob", "olga", "alice", "bob"), user -> true));
    }

    @Test
    public void shouldLeaveOutAWatcherWhoMayNoLongerReadTheKpi() {
        Set<String> readers = Set.of("olga", "alice");
        assertEquals(List.of("olga", "alice"),
                KpiWatchers.recipients("olga", List.of("bob", "alice"), readers::contains));
    }

    @Test
    public void shouldLeaveOutAnOwnerWhoMayNoLongerReadTheKpiButStillTellTheWatchers() {
        assertEquals(List.of("alice"), KpiWatchers.recipients("olga", List.of("alice"), "alice"::equals));
    }

    @Test
    public void shouldSkipMissingAndBlankKeys() {
        assertEquals(List.of("alice"), KpiWatchers.recipients(null, Arrays.asList(null, " ", "alice"), user -> true));
        assertEquals(List.of(), KpiWatchers.recipients(" ", null, user -> true));
    }
}
