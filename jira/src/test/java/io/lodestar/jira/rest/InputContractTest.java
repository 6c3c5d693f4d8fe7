package io.lodestar.jira.rest;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

/**
 * What docs/rest-api.md promises about input and about what is stored, case by case: a refused request
 * stores nothing, values are normalised where they enter (-0.0 is 0), a stored row that today's rules
 * refuse never makes a cycle unreadable, and the input rules (bounds, fields a kind does not use, duplicate
 * keys, exact enumerations, digit-only ids, characters counted as people count them) hold as written.
 */
public class InputContractTest extends RestTestBase {

    private Cycle q1;
    private Objective objective;
    /** When set, reading a KPI fails, as when the KPI side breaks between the write and the answer. */
    private volatile RuntimeException kpiFailure;

    @Override
    protected io.lodestar.core.okr.KpiReadings kpiReadings() {
        return kpiId -> {
            if (kpiFailure != null) {
                throw kpiFailure;
            }
            return kpis.latest(kpiId);
        };
    }

    @Before
    public void seed() {
        q1 = quarter(2026, 1);
        objective = objective(q1, "Grow", "alice", ObjectiveLevel.TEAM, "TEAM");
        numeric(objective, "Sign-ups", "alice", 0, 100);
        jira.login("alice");
    }

    // ----- 1. a request that fails changes nothing

    @Test
    public void shouldStoreNothingAndKeepTheCycleReadableWhenATargetIsNegativeZeroAgainstAStartOfZero() {
        for (String body : List.of(
                "{'title':'k','kind':'NUMERIC','start':0,'target':-0.0}",
                "{'title':'k','kind':'NUMERIC','start':-0.0,'target':0}",
                "{'title':'k','kind':'NUMERIC','format':'PERCENT','start':0,'target':-0.0}",
                "{'title':'k','kind':'KPI','kpiId':1,'start':-0.0,'target':0}")) {
            JsonNode error = error(post("objectives/" + objective.id() + "/key-results", json(body)), 400);
            assertEquals(body, "keyResult.target", error.get("field").asText());
        }

        assertEquals(1, store.keyResultsOf(objective.id()).size());
        ok(get("cycles/" + q1.id() + "/okrs"), 200);
        ok(get("cycles/" + q1.id() + "/findings"), 200);
        assertEquals(200, get("cycles/" + q1.id() + "/export.csv").getStatus());
        ok(get("objectives/" + objective.id()), 200);
    }

    @Test
    public void shouldRefuseAnEditToNegativeZeroAndKeepTheStoredKeyResult() {
        KeyResult kr = store.keyResultsOf(objective.id()).get(0);

        error(put("key-results/" + kr.id(), json("{'version':1,'title':'k','kind':'NUMERIC','start':-0.0,'target':0}")), 400);

        KeyResult stored = store.findKeyResult(kr.id()).orElseThrow();
        assertEquals(kr, stored);
    }

    @Test
    public void shouldReadNegativeZeroAsZeroWhenItIsAValidBound() {
        JsonNode created = ok(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Bugs','kind':'NUMERIC','start':10,'target':-0.0}")), 201);

        assertEquals("0.0", created.get("target").asText());
        Measure.Numeric measure = (Measure.Numeric) store.findKeyResult(created.get("id").asLong()).orElseThrow().measure();
        assertEquals(Double.valueOf(0.0), measure.target());
    }

    @Test
    public void shouldShowReportAndRepairAStoredKeyResultThatTodaysRulesRefuse() {
        KeyResult broken = store.saveKeyResult(KeyResult.of(objective.id(), "Legacy", "alice",
                new Measure.Invalid(KeyResultKind.NUMERIC, "keyResult.target", "must differ from the start value")));

        JsonNode tree = ok(get("cycles/" + q1.id() + "/okrs"), 200);
        JsonNode node = tree.at("/objectives/0/keyResults/1");
        JsonNode findings = ok(get("cycles/" + q1.id() + "/findings"), 200);
        JsonNode issuePanel = ok(get("objectives/" + objective.id()), 200);

        assertEquals("Legacy", node.get("title").asText());
        assertEquals(0.0, node.get("score").asDouble(), 0.0);
        assertThat(node.get("gap").asText(), containsString("target must differ from the start value"));
        assertThat(findings.toString(), containsString("INVALID_STORED_VALUE"));
        assertThat(findings.toString(), containsString("Key result " + broken.id()));
        assertEquals(2, issuePanel.get("keyResults").size());

        JsonNode repaired = ok(put("key-results/" + broken.id(),
                json("{'version':1,'title':'Legacy','kind':'NUMERIC','start':0,'target':10}")), 200);
        assertTrue(repaired.get("gap").isNull());
        assertThat(ok(get("cycles/" + q1.id() + "/findings"), 200).toString(), not(containsString("INVALID_STORED_VALUE")));
    }

    @Test
    public void shouldDeleteAStoredKeyResultThatTodaysRulesRefuse() {
        KeyResult broken = store.saveKeyResult(KeyResult.of(objective.id(), "Legacy", "alice",
                new Measure.Invalid(KeyResultKind.LINKED_WORK, "keyResult.basis", "\"HOURS\" is not one of the known values")));

        assertEquals(204, delete("key-results/" + broken.id() + "?version=1").getStatus());

        assertTrue(store.findKeyResult(broken.id()).isEmpty());
    }

    @Test
    public void shouldCheckThePermissionBeforeReadingTheBodyWhenACycleIsClosed() {
        JsonNode forbidden = error(post("cycles/" + q1.id() + "/close", json("{'version':999,'carryOver':[null]}")), 403);
        jira.login("root");
        JsonNode invalid = error(post("cycles/" + q1.id() + "/close", json("{'version':1,'carryOver':[null]}")), 400);
        JsonNode missing = error(post("cycles/" + q1.id() + "/close", json("{'version':1,'carryOver':[{'keyResultId':1}]}")), 400);

        assertThat(forbidden.get("message").asText(), not(containsString("Exception")));
        assertEquals("carryOver[0]", invalid.get("field").asText());
        assertEquals("carryOver[0].objectiveId", missing.get("field").asText());
        assertTrue(!store.findCycle(q1.id()).orElseThrow().closed());
    }

    @Test
    public void shouldRollBackTheWriteWhenTheAnswerCannotBeBuiltFromIt() {
        // A reader that fails after the write: the answer is part of the request's transaction.
        int before = store.keyResultsOf(objective.id()).size();
        long kpi = kpiId();
        kpiFailure = new IllegalStateException("the KPI side is down");

        Response response = post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Cycle time','kind':'KPI','kpiId':" + kpi + ",'start':5,'target':2}"));

        assertEquals(500, response.getStatus());
        assertEquals(before, store.keyResultsOf(objective.id()).size());
    }

    // ----- 3. the contract says what the server does

    @Test
    public void shouldAcceptTheDocumentedLargestNumberAndRefuseTheNextWithTheSameFigure() {
        JsonNode created = ok(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Huge','kind':'NUMERIC','start':0,'target':3.40282347E38}")), 201);
        JsonNode refused = error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Huger','kind':'NUMERIC','start':0,'target':3.4028235E38}")), 400);

        assertEquals(3.40282347E38, created.get("target").asDouble(), 0.0);
        assertEquals("keyResult.target", refused.get("field").asText());
        assertEquals("must be between -3.40282347E38 and 3.40282347E38", refused.get("message").asText());
    }

    @Test
    public void shouldRefuseAFieldThatTheKindDoesNotUseWhateverItsValue() {
        String path = "objectives/" + objective.id() + "/key-results";
        assertEquals("keyResult.basis", error(post(path, json("{'title':'k','kind':'NUMERIC','start':0,'target':1,'basis':'BOGUS'}")), 400)
                .get("field").asText());
        assertEquals("keyResult.kpiId", error(post(path, json("{'title':'k','kind':'NUMERIC','start':0,'target':1,'kpiId':-1}")), 400)
                .get("field").asText());
        assertEquals("keyResult.start", error(post(path, json("{'title':'k','kind':'MILESTONE','start':0}")), 400)
                .get("field").asText());
        assertEquals("keyResult.unit", error(post(path, json("{'title':'k','kind':'LINKED_WORK','basis':'ISSUE_COUNT','unit':'pts'}")), 400)
                .get("field").asText());
        assertEquals("keyResult.unit", error(post(path, json("{'title':'k','kind':'NUMERIC','format':'PERCENT','unit':'days','start':0,'target':1}")), 400)
                .get("field").asText());
        assertEquals(1, store.keyResultsOf(objective.id()).size());
    }

    @Test
    public void shouldRefuseGoalFieldsThatTheGoalKindDoesNotUse() {
        jira.login("root");
        String growing = "{'name':'Velocity','type':'VELOCITY','source':{'kind':'PROJECT','value':'TEAM'},"
                + "'frequency':'PER_SPRINT','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20,'owner':'root'";

        JsonNode tooBig = error(post("kpis", json(growing + ",'min':1e39}")), 400);
        JsonNode notANumber = error(post("kpis", json(growing + ",'max':'NaN'}")), 400);
        JsonNode bandTarget = error(post("kpis", json("{'name':'WIP','type':'WORK_IN_PROGRESS','source':{'kind':'PROJECT','value':'TEAM'},"
                + "'frequency':'WEEKLY','kind':'BAND','min':2,'max':5,'target':3,'owner':'root'}")), 400);

        assertEquals("kpi.min", tooBig.get("field").asText());
        assertEquals("kpi.max", notANumber.get("field").asText());
        assertEquals("kpi.max", error(post("kpis", json("{'name':'WIP','type':'WORK_IN_PROGRESS','source':{'kind':'PROJECT','value':'TEAM'},"
                + "'frequency':'WEEKLY','kind':'BAND','min':2,'max':'NaN','owner':'root'}")), 400).get("field").asText());
        assertEquals("kpi.target", bandTarget.get("field").asText());
        assertTrue(kpiStore.definitions().isEmpty());
    }

    @Test
    public void shouldRefuseAKeySentTwiceWhereverItStands() {
        String path = "objectives/" + objective.id() + "/key-results";
        JsonNode first = error(post(path, json("{'title':'a','title':'b','kind':'MILESTONE'}")), 400);
        JsonNode last = error(post(path, json("{'kind':'MILESTONE','title':'a','title':'b'}")), 400);
        JsonNode unknownThenDuplicate = error(post(path, json("{'title':'a','kind':'MILESTONE','kind':'NUMERIC'}")), 400);
        // JSON that cannot be read is refused before anyone's rights are looked at: it says nothing about stored data.
        JsonNode nested = error(post("cycles/" + q1.id() + "/close",
                json("{'version':1,'carryOver':[{'keyResultId':1,'keyResultId':2,'objectiveId':1}]}")), 400);

        assertEquals("title", first.get("field").asText());
        assertEquals("title", last.get("field").asText());
        assertEquals("kind", unknownThenDuplicate.get("field").asText());
        assertEquals("is sent twice; send each field once", first.get("message").asText());
        assertEquals("carryOver[0].keyResultId", nested.get("field").asText());
        assertEquals(1, store.keyResultsOf(objective.id()).size());
    }

    @Test
    public void shouldMatchEnumerationsExactlyWithoutBlanksAround() {
        JsonNode level = error(get("cycles/" + q1.id() + "/okrs?level=%20TEAM%20"), 400);
        JsonNode kind = error(post("objectives/" + objective.id() + "/key-results", json("{'title':'k','kind':' MILESTONE'}")), 400);

        assertEquals("level", level.get("field").asText());
        assertEquals("keyResult.kind", kind.get("field").asText());
        ok(get("cycles/" + q1.id() + "/okrs?level=TEAM"), 200);
    }

    @Test
    public void shouldAnswer404InJsonWhenAnIdInAPathIsNotDigitsOnly() {
        for (String path : List.of("objectives/+" + objective.id(), "objectives/%20" + objective.id(),
                "cycles/-" + q1.id() + "/okrs", "objectives/" + objective.id() + ".0")) {
            Response response = get(path);
            assertEquals(path, 404, response.getStatus());
            assertEquals(path, "application/json", response.getMediaType().toString());
        }
    }

    @Test
    public void shouldAnswer404InJsonForANonNumericIdEvenWhenTheClientAcceptsOnlyHtml() {
        Response response = at("cycles/abc/okrs").request("text/html").get();

        assertEquals(404, response.getStatus());
        assertEquals("application/json", response.getMediaType().toString());
        assertThat(response.readEntity(String.class), containsString("\"errors\""));
    }

    @Test
    public void shouldRefuseASignedVersionInAQuery() {
        JsonNode error = error(delete("objectives/" + objective.id() + "?version=+1"), 400);

        assertEquals("version", error.get("field").asText());
        assertTrue(store.findObjective(objective.id()).isPresent());
    }

    @Test
    public void shouldCountCharactersAsPeopleDoAndRefuseAnUnpairedSurrogate() {
        String path = "objectives/" + objective.id() + "/key-results";
        String emoji = "\uD83D\uDE80";
        String description = emoji.repeat(10_000);

        JsonNode objectiveWithEmoji = ok(post("objectives", "{\"cycleId\":" + q1.id() + ",\"title\":\"Launch " + emoji
                + "\",\"description\":\"" + description + "\",\"level\":\"TEAM\",\"team\":\"TEAM\"}"), 201);
        JsonNode tooLong = error(post(path, "{\"title\":\"" + "a".repeat(256) + "\",\"kind\":\"MILESTONE\"}"), 400);
        JsonNode lone = error(post(path, "{\"title\":\"ok \\uD83D then\",\"kind\":\"MILESTONE\"}"), 400);
        JsonNode loneInArray = error(put("settings", "{\"doneStatusIds\":{\"TEAM\":[\"\\uDE00\"]}}"), 400);

        assertEquals(10_000, objectiveWithEmoji.get("description").asText().codePointCount(0, 20_000));
        assertEquals("must be at most 255 characters, got 256", tooLong.get("message").asText());
        assertEquals("title", lone.get("field").asText());
        assertEquals("is not valid text: it holds an unpaired surrogate", lone.get("message").asText());
        assertEquals("doneStatusIds.TEAM[0]", loneInArray.get("field").asText());
        assertEquals(1, store.keyResultsOf(objective.id()).size());
    }

    /** A stored KPI, created through the API as a Jira administrator would. */
    private long kpiId() {
        jira.login("root");
        long id = ok(post("kpis", json("{'name':'Cycle time','type':'CYCLE_TIME','source':{'kind':'PROJECT','value':'TEAM'},"
                + "'frequency':'WEEKLY','kind':'GROWING','direction':'LOWER_IS_BETTER','target':2,'alertThreshold':5,'owner':'root'}")), 201)
                .get("id").asLong();
        jira.login("alice");
        return id;
    }
}
