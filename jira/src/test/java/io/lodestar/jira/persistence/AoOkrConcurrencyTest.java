package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.StaleVersionException;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NumberFormat;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.OkrStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Two people (or two cluster nodes) writing at the same moment, each in its own transaction on its
 * own connection. The tests are {@link NonTransactional} so that the writes really commit; the
 * runner recreates the tables after each.
 *
 * <p>A barrier releases the writers together so their transactions overlap most of the time; the
 * expected outcome holds whether they overlap or not, so the tests cannot flicker.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoOkrConcurrencyTest {

    private static final int WRITERS = 2;
    private static final int ROUNDS = 10;
    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    private EntityManager entityManager;
    private OkrStore store;
    private ExecutorService writers;

    @Before
    public void createStore() {
        store = new AoOkrStore(new EntityManagerActiveObjects(entityManager));
        writers = Executors.newFixedThreadPool(WRITERS);
    }

    @After
    public void stopWriters() throws InterruptedException {
        writers.shutdownNow();
        writers.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    @NonTransactional
    public void shouldKeepBothCheckInsWhenTwoLandOnOneKeyResultAtOnce() throws Exception {
        KeyResult keyResult = keyResult();

        for (int round = 0; round < ROUNDS; round++) {
            int r = round;
            List<Object> results = together(writer -> () -> store.appendCheckIn(
                    CheckIn.of(keyResult.id(), (double) writer, Confidence.ON_TRACK, "round " + r, "writer" + writer,
                            MONDAY)));
            results.forEach(result -> assertTrue(String.valueOf(result), result instanceof CheckIn));
        }

        assertEquals(WRITERS * ROUNDS, store.checkInsOf(keyResult.id()).size());
    }

    @Test
    @NonTransactional
    public void shouldAcceptOneEditAndRefuseTheOtherWhenBothAreBasedOnTheSameVersion() throws Exception {
        Objective objective = keyResultObjective();

        for (int round = 0; round < ROUNDS; round++) {
            Objective base = store.findObjective(objective.id()).orElseThrow();
            List<Object> results = together(writer -> () -> store.saveObjective(
                    base.edit("Edited by writer " + writer, "", "writer" + writer, ObjectiveLevel.TEAM, null)));

            List<Objective> saved = new ArrayList<>();
            List<StaleVersionException> refused = new ArrayList<>();
            for (Object result : results) {
                if (result instanceof Objective) {
                    saved.add((Objective) result);
                } else if (result instanceof StaleVersionException) {
                    refused.add((StaleVersionException) result);
                } else {
                    throw new AssertionError("unexpected outcome " + result, (Throwable) result);
                }
            }
            assertEquals("one edit wins in round " + round, 1, saved.size());
            assertEquals("the other is refused in round " + round, 1, refused.size());
            assertEquals(base.version() + 1, saved.get(0).version());
            assertEquals(saved.get(0), store.findObjective(objective.id()).orElseThrow());
        }
        assertEquals(1 + ROUNDS, store.findObjective(objective.id()).orElseThrow().version());
    }

    private KeyResult keyResult() {
        Objective objective = keyResultObjective();
        return store.saveKeyResult(KeyResult.of(objective.id(), "p95 latency", null,
                new Measure.Numeric(NumberFormat.NUMBER, "ms", 900.0, 300.0)));
    }

    private Objective keyResultObjective() {
        Cycle cycle = store.saveCycle(Cycle.quarter(2026, 1));
        return store.saveObjective(Objective.draft(cycle.id(), "Faster checkout", "", null, ObjectiveLevel.TEAM, null));
    }

    /** Runs one task per writer, released together; returns each result or the exception it threw. */
    private List<Object> together(IntFunction<Callable<Object>> task) throws Exception {
        CyclicBarrier start = new CyclicBarrier(WRITERS);
        List<Future<Object>> futures = new ArrayList<>();
        for (int writer = 0; writer < WRITERS; writer++) {
            Callable<Object> work = task.apply(writer);
            futures.add(writers.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        List<Object> results = new ArrayList<>();
        for (Future<Object> future : futures) {
            results.add(future.get(60, TimeUnit.SECONDS));
        }
        return results;
    }
}
