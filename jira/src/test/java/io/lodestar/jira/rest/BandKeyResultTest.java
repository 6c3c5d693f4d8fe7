package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.time.Instant;
import org.junit.Before;
import org.junit.Test;

/**
 * Keep-within-a-band key results over REST: created with their lowest and highest values as start and
 * target, checked in with values, scored full inside and none outside, with the time spent inside.
 * The clock of {@link RestTestBase} stands at 2026-02-15 10:00 UTC.
 */
public class BandKeyResultTest extends RestTestBase {

    private Objective objective;

    @Before
    public void seed() {
        Cycle q1 = quarter(2026, 1);
        objective = objective(q1, "Flow", "alice", ObjectiveLevel.TEAM, "TEAM");
        jira.login("alice");
    }

    /** The key result as the cycle's tree shows it. */
    private JsonNode read(long id) {
        JsonNode tree = ok(get("cycles/" + objective.cycleId() + "/okrs"), 200);
        for (JsonNode o : tree.get("objectives")) {
            for (JsonNode kr : o.get("keyResults")) {
                if (kr.get("id").asLong() == id) {
                    return kr;
                }
            }
        }
        throw new AssertionError("no key result " + id + " in " + tree);
    }

    private JsonNode create(String body) {
        return ok(post("objectives/" + objective.id() + "/key-results", json(body)), 201);
    }

    @Test
    public void shouldCreateABandKeyResultAndShowItsEdges() {
        JsonNode kr = create("{'title':'p85 cycle time stays between 2 and 5 days','kind':'BAND','unit':'days',"
                + "'start':2,'target':5}");

        assertEquals("BAND", kr.get("kind").asText());
        assertEquals("days", kr.get("unit").asText());
        assertEquals(2.0, kr.get("start").asDouble(), 0.0);
        assertEquals(5.0, kr.get("target").asDouble(), 0.0);
        assertEquals("no check-in has reported a value yet", kr.get("gap").asText());
        assertEquals(0.0, kr.get("within").get("share").asDouble(), 0.0);
        assertEquals(Measure.band("days", 2, 5), store.findKeyResult(kr.get("id").asLong()).orElseThrow().measure());
    }

    @Test
    public void shouldScoreTheLatestValueAgainstTheBandAndTellTheTimeInside() {
        long id = create("{'title':'Cycle time','kind':'BAND','unit':'days','start':2,'target':5}").get("id").asLong();
        // 4.0 from 1 to 8 Feb (inside, 7 days), 6.5 from 8 to 11 Feb (outside, 3 days)
        store.appendCheckIn(CheckIn.of(id, 4.0, Confidence.ON_TRACK, "", "alice", Instant.parse("2026-02-01T10:00:00Z")));
        store.appendCheckIn(CheckIn.of(id, 6.5, Confidence.AT_RISK, "", "alice", Instant.parse("2026-02-08T10:00:00Z")));

        JsonNode checkedIn = ok(post("key-results/" + id + "/check-ins", json("{'value':3,'confidence':'ON_TRACK'}")), 201);
        JsonNode kr = read(id);

        assertEquals(3.0, checkedIn.get("value").asDouble(), 0.0);
        assertEquals(1.0, kr.get("score").asDouble(), 0.0);
        assertEquals("GREEN", kr.get("band").asText());
        assertEquals(3.0, kr.get("current").asDouble(), 0.0);
        // the check-in of 3.0 is at the clock's instant, 15 Feb: inside 7 days of the 14 observed so far
        assertEquals(7 * 86400, kr.get("within").get("insideSeconds").asLong());
        assertEquals(14 * 86400, kr.get("within").get("observedSeconds").asLong());
        assertEquals(0.5, kr.get("within").get("share").asDouble(), 1e-12);
        assertEquals("BAND", kr.get("forecast").get("reasonCode").asText());
    }

    @Test
    public void shouldScoreNothingOutsideTheBand() {
        long id = create("{'title':'Cycle time','kind':'BAND','unit':'days','start':2,'target':5}").get("id").asLong();
        ok(post("key-results/" + id + "/check-ins", json("{'value':5.5,'confidence':'AT_RISK'}")), 201);

        JsonNode kr = read(id);

        assertEquals(0.0, kr.get("score").asDouble(), 0.0);
        assertEquals("RED", kr.get("band").asText());
    }

    @Test
    public void shouldRefuseAReversedBandWithTheFieldAndTheReason() {
        JsonNode error = error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Cycle time','kind':'BAND','start':5,'target':2}")), 400);

        assertEquals("keyResult.target", error.get("field").asText());
        assertEquals("must be above the band's lowest value 5.0", error.get("message").asText());
    }

    @Test
    public void shouldRefuseAFormatOnABandKeyResult() {
        JsonNode error = error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Cycle time','kind':'BAND','start':2,'target':5,'format':'PERCENT'}")), 400);

        assertEquals("keyResult.format", error.get("field").asText());
    }
}
