package io.lodestar.core.kpi.run;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The {@link MeasurementRunStore} contract, run against the in-memory store and the Active Objects one. */
public abstract class MeasurementRunStoreContract {

    private static final Instant NINE = Instant.parse("2026-03-18T09:00:00Z");
    private static final Instant TEN = Instant.parse("2026-03-18T10:00:00Z");

    protected abstract MeasurementRunStore store();

    @Test
    public void shouldKeepEveryFieldWhenARunIsCreatedAndUpdated() {
        MeasurementRun queued = store().create(MeasurementRun.remeasure(4, "2026-W11", "root", NINE));
        assertTrue(queued.id() > 0);
        assertEquals(queued, store().find(queued.id()).orElseThrow());

        MeasurementRun running = store().claim(queued.id(), 1, TEN).orElseThrow();
        MeasurementRun ended = store().update(running.progressed(1, 1234, TEN).finished("KPI a: no such project", TEN));

        assertEquals(ended, store().find(queued.id()).orElseThrow());
        assertEquals(MeasurementRun.State.FAILED, ended.state());
        assertEquals(1234, ended.issuesRead());
        assertEquals("2026-W11", ended.periodKey());
        assertEquals("root", ended.requestedBy());
    }

    @Test
    public void shouldLetOneCallerClaimARunWhenTwoTry() {
        MeasurementRun queued = store().create(MeasurementRun.scheduled(NINE));

        assertTrue(store().claim(queued.id(), 3, TEN).isPresent());
        assertFalse(store().claim(queued.id(), 3, TEN).isPresent());
        assertFalse("unknown run", store().claim(queued.id() + 1000, 3, TEN).isPresent());
        assertEquals(MeasurementRun.State.RUNNING, store().find(queued.id()).orElseThrow().state());
        assertEquals(3, store().find(queued.id()).orElseThrow().kpisTotal());
    }

    @Test
    public void shouldListRecentNewestFirstAndUnfinishedOldestFirst() {
        MeasurementRun first = store().create(MeasurementRun.scheduled(NINE));
        MeasurementRun second = store().create(MeasurementRun.onDemand(2, "alice", TEN));
        MeasurementRun third = store().create(MeasurementRun.onDemand(3, "alice", TEN));
        store().update(store().claim(second.id(), 1, TEN).orElseThrow().finished(null, TEN));

        assertEquals(List.of(third.id(), store().find(second.id()).orElseThrow().id()),
                store().recent(2).stream().map(MeasurementRun::id).toList());
        assertEquals(List.of(first.id(), third.id()), store().unfinished().stream().map(MeasurementRun::id).toList());
    }

    @Test
    public void shouldKeepAStaleMarkWhenTheIssuesChangedAfterTheRunBeganReading() {
        store().markStale(List.of(1L, 2L), NINE);
        store().markStale(List.of(2L), TEN);

        store().clearStale(1, NINE);
        store().clearStale(2, NINE);

        assertEquals(Map.of(2L, TEN), store().staleKpis());
        store().clearStale(2, TEN);
        assertEquals(Map.of(), store().staleKpis());
    }
}
