package io.lodestar.jira.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KpiReadings;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import org.junit.Test;

/** What a user sees when something fails that nobody anticipated, or asks for what does not exist. */
public class ErrorMappingTest extends RestTestBase {

    @Override
    protected KpiReadings kpiReadings() {
        return kpiId -> {
            throw new IllegalStateException("database gone at com.example.Secret.line(Secret.java:42)");
        };
    }

    @Test
    public void shouldAnswer500WithAGenericMessageAndNoStackTraceWhenSomethingUnexpectedFails() {
        Cycle q1 = quarter(2026, 1);
        Objective objective = objective(q1, "Grow", "alice", ObjectiveLevel.TEAM, null);
        store.saveKeyResult(KeyResult.of(objective.id(), "Velocity", "alice", Measure.kpi(7, "points", 20, 30)));
        jira.login("alice");

        JsonNode error = error(get("cycles/" + q1.id() + "/okrs"), 500);

        String message = error.get("message").asText();
        assertTrue(message.startsWith(UnexpectedErrorMapper.MESSAGE));
        assertFalse(message.contains("Secret"));
        assertFalse(message.contains("Exception"));
    }

    @Test
    public void shouldAnswer404InTheErrorFormatWhenThePathIsUnknown() {
        jira.login("alice");

        error(get("no-such-thing"), 404);
    }

    @Test
    public void shouldAnswer405InTheErrorFormatWhenTheMethodIsNotAllowed() {
        jira.login("alice");

        error(put("cycles", "{}"), 405);
    }
}
