package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveState;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

public class ObjectiveResourceTest extends RestTestBase {

    private Cycle q1;

    @Before
    public void seed() {
        q1 = quarter(2026, 1);
    }

    @Test
    public void shouldCreateADraftOwnedByTheCreatorWhenNoOwnerIsGiven() {
        jira.login("alice");

        JsonNode created = ok(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'Delight customers','level':'TEAM'}")), 201);

        assertEquals("alice", created.get("owner").asText());
        assertEquals("Alice Adams", created.get("ownerName").asText());
        assertEquals("DRAFT", created.get("state").asText());
        assertTrue(created.get("canEdit").asBoolean());
        assertTrue(created.get("score").isNull());
        assertEquals(1, store.objectivesOf(q1.id()).size());
    }

    @Test
    public void shouldKeepAScriptTagAsPlainDataWhenItIsInTheTitle() {
        jira.login("alice");
        String title = "<script>alert('x')</script>";

        Response response = post("objectives", "{\"cycleId\":" + q1.id() + ",\"title\":\"" + title.replace("'", "\\u0027")
                + "\",\"level\":\"TEAM\"}");
        JsonNode created = ok(response, 201);

        assertTrue(response.getMediaType().isCompatible(MediaType.APPLICATION_JSON_TYPE));
        assertEquals(title, created.get("title").asText());
        assertEquals(title, store.objectivesOf(q1.id()).get(0).title());
    }

    @Test
    public void shouldLetAProjectAdministratorCreateAnObjectiveForTheirTeamWhenOwnedBySomeoneElse() {
        jira.login("bob");

        JsonNode created = ok(post("objectives", json("{'cycleId':" + q1.id()
                + ",'title':'Ship it','level':'TEAM','team':'TEAM','owner':'alice'}")), 201);

        assertEquals("alice", created.get("owner").asText());
    }

    @Test
    public void shouldAnswer403WhenCreatingAnObjectiveForSomeoneElseOutsideTheirProjects() {
        jira.login("carol");

        error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'Ship it','level':'TEAM','team':'TEAM','owner':'alice'}")), 403);

        assertTrue(store.objectivesOf(q1.id()).isEmpty());
    }

    @Test
    public void shouldAnswer404WhenTheCycleIsUnknown() {
        jira.login("alice");

        error(post("objectives", json("{'cycleId':999,'title':'Ship it','level':'TEAM'}")), 404);
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenTheTitleIsMissing() {
        jira.login("alice");

        JsonNode error = error(post("objectives", json("{'cycleId':" + q1.id() + ",'level':'TEAM'}")), 400);

        assertEquals("objective.title", error.get("field").asText());
    }

    @Test
    public void shouldAnswer400WhenTheTitleIsHuge() {
        jira.login("alice");

        JsonNode error = error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'" + "x".repeat(100_000)
                + "','level':'TEAM'}")), 400);

        assertEquals("objective.title", error.get("field").asText());
        assertTrue(store.objectivesOf(q1.id()).isEmpty());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenAFieldIsUnknown() {
        jira.login("alice");

        JsonNode error = error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'T','level':'TEAM','colour':'red'}")), 400);

        assertEquals("colour", error.get("field").asText());
        assertEquals("is not a known field", error.get("message").asText());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenATypeIsWrong() {
        jira.login("alice");

        JsonNode asText = error(post("objectives", json("{'cycleId':'one','title':'T','level':'TEAM'}")), 400);
        JsonNode asNumber = error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':42,'level':'TEAM'}")), 400);
        JsonNode asObject = error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'T','level':{'x':1}}")), 400);

        assertEquals("cycleId", asText.get("field").asText());
        assertEquals("title", asNumber.get("field").asText());
        assertEquals("level", asObject.get("field").asText());
        assertFalse(asText.get("message").asText().contains("Exception"));
    }

    @Test
    public void shouldAnswer400WithoutDetailsWhenTheJsonIsMalformed() {
        jira.login("alice");

        JsonNode error = error(post("objectives", "{\"cycleId\": 1, \"title\": "), 400);

        assertTrue(error.get("field").isNull());
        assertFalse(error.get("message").asText().contains("com.fasterxml"));
    }

    @Test
    public void shouldAnswer400WhenTheBodyIsEmptyOrNotAnObject() {
        jira.login("alice");

        assertEquals("objective", error(post("objectives", ""), 400).get("field").asText());
        assertTrue(error(post("objectives", "[1,2]"), 400).get("field").isNull());
        assertTrue(error(post("objectives", "\"title\""), 400).get("field").isNull());
    }

    @Test
    public void shouldEditRealignAndActivateInOneCallWhenTheOwnerSendsTheCurrentVersion() {
        Objective company = objective(q1, "Company", "root", ObjectiveLevel.COMPANY, null);
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, "TEAM");
        jira.login("alice");

        JsonNode edited = ok(put("objectives/" + mine.id(), json("{'version':1,'title':'Mine, sharper','description':'why',"
                + "'owner':'alice','level':'TEAM','team':'TEAM','parentId':" + company.id() + ",'state':'ACTIVE'}")), 200);

        assertEquals("Mine, sharper", edited.get("title").asText());
        assertEquals(company.id(), edited.get("parentId").asLong());
        assertEquals("ACTIVE", edited.get("state").asText());
        Objective stored = store.findObjective(mine.id()).orElseThrow();
        assertEquals(ObjectiveState.ACTIVE, stored.state());
        assertEquals(edited.get("version").asLong(), stored.version());
    }

    @Test
    public void shouldAnswer400OnTheTeamWhenItIsNoProjectTheUserMayBrowse() {
        jira.hideProject("NOVA", "alice").login("alice");

        JsonNode unknown = error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'Ship','level':'TEAM','team':'NOPE'}")), 400);
        JsonNode hidden = error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'Ship','level':'TEAM','team':'NOVA'}")), 400);

        assertEquals("objective.team", unknown.get("field").asText());
        assertEquals("no project NOPE", unknown.get("message").asText());
        assertEquals("a hidden project reads like an unknown one", "no project NOVA", hidden.get("message").asText());
        assertTrue(store.objectivesOf(q1.id()).isEmpty());
    }

    @Test
    public void shouldAnswer400OnTheOwnerWhenJiraKnowsNoSuchUser() {
        jira.login("root");

        JsonNode error = error(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'Ship','level':'TEAM','owner':'nobody'}")), 400);

        assertEquals("objective.owner", error.get("field").asText());
        assertEquals("no user nobody", error.get("message").asText());
        assertTrue(store.objectivesOf(q1.id()).isEmpty());
    }

    @Test
    public void shouldKeepTheTeamAsJiraSpellsItsProjectKeyWhenTypedInAnotherCase() {
        jira.login("alice");

        JsonNode created = ok(post("objectives", json("{'cycleId':" + q1.id() + ",'title':'Ship','level':'TEAM','team':'nova'}")), 201);

        assertEquals("NOVA", created.get("team").asText());
    }

    @Test
    public void shouldRefuseANewUnknownTeamOnEditButKeepAnUnchangedOne() {
        Objective legacy = objective(q1, "Legacy", "alice", ObjectiveLevel.TEAM, "Platform guild");
        jira.login("alice");

        ok(put("objectives/" + legacy.id(), json("{'version':1,'title':'Legacy, renamed','owner':'alice','level':'TEAM',"
                + "'team':'Platform guild'}")), 200);
        JsonNode error = error(put("objectives/" + legacy.id(), json("{'version':2,'title':'Legacy','owner':'ghost',"
                + "'level':'TEAM','team':'Platform guild'}")), 400);
        JsonNode team = error(put("objectives/" + legacy.id(), json("{'version':2,'title':'Legacy','owner':'alice',"
                + "'level':'TEAM','team':'NOPE'}")), 400);

        assertEquals("objective.owner", error.get("field").asText());
        assertEquals("objective.team", team.get("field").asText());
        assertEquals("Legacy, renamed", store.findObjective(legacy.id()).orElseThrow().title());
    }

    @Test
    public void shouldAnswer409WhenTheVersionIsStale() {
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, null);
        jira.login("alice");
        ok(put("objectives/" + mine.id(), json("{'version':1,'title':'First','owner':'alice','level':'TEAM'}")), 200);

        JsonNode error = error(put("objectives/" + mine.id(), json("{'version':1,'title':'Second','owner':'alice','level':'TEAM'}")), 409);

        assertEquals("version", error.get("field").asText());
        assertEquals("First", store.findObjective(mine.id()).orElseThrow().title());
    }

    @Test
    public void shouldAnswer403WhenSomeoneElseEditsButLetTheProjectAdministratorEdit() {
        Objective teams = objective(q1, "Team goal", "alice", ObjectiveLevel.TEAM, "TEAM");
        String edit = json("{'version':1,'title':'Changed','level':'TEAM','team':'TEAM','owner':'alice'}");

        jira.login("carol");
        error(put("objectives/" + teams.id(), edit), 403);
        jira.login("bob");
        ok(put("objectives/" + teams.id(), edit), 200);
    }

    @Test
    public void shouldShowCanEditOnlyToThoseWhoMayEdit() {
        Objective teams = objective(q1, "Team goal", "alice", ObjectiveLevel.TEAM, "TEAM");

        jira.login("carol");
        assertFalse(ok(get("objectives/" + teams.id()), 200).get("canEdit").asBoolean());
        jira.login("root");
        assertTrue(ok(get("objectives/" + teams.id()), 200).get("canEdit").asBoolean());
    }

    @Test
    public void shouldAnswer404WhenTheObjectiveIsUnknown() {
        jira.login("alice");

        error(get("objectives/999"), 404);
        error(put("objectives/999", json("{'version':1,'title':'T','level':'TEAM'}")), 404);
        error(get("objectives/abc"), 404);
    }

    @Test
    public void shouldDeleteWhenTheVersionMatchesAndAnswer400WhenItIsMissing() {
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, null);
        jira.login("alice");

        assertEquals("version", error(delete("objectives/" + mine.id()), 400).get("field").asText());
        assertEquals("version", error(delete("objectives/" + mine.id() + "?version=x"), 400).get("field").asText());
        error(delete("objectives/" + mine.id() + "?version=5"), 409);
        assertEquals(204, delete("objectives/" + mine.id() + "?version=1").getStatus());

        assertTrue(store.findObjective(mine.id()).isEmpty());
    }

    @Test
    public void shouldAddAKeyResultAndScoreItWhenTheEditorAddsOne() {
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, null);
        jira.login("alice");

        JsonNode added = ok(post("objectives/" + mine.id() + "/key-results", json("{'title':'Bugs per release',"
                + "'kind':'NUMERIC','format':'NUMBER','unit':'bugs','start':15,'target':3}")), 201);

        assertEquals("NUMERIC", added.get("kind").asText());
        assertEquals(15.0, added.get("current").asDouble(), 0.0);
        assertEquals(0.0, added.get("score").asDouble(), 0.0);
        assertEquals("0.00", added.get("scoreText").asText());
        assertTrue(added.get("checkInDue").asBoolean());
        assertEquals("not enough data: needs check-in values at two different times at least",
                added.get("forecast").get("reason").asText());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenALinkedWorkKeyResultHasNoBasis() {
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, null);
        jira.login("alice");

        JsonNode error = error(post("objectives/" + mine.id() + "/key-results", json("{'title':'Epics done','kind':'LINKED_WORK'}")), 400);

        assertEquals("keyResult.basis", error.get("field").asText());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenAKeyResultNumberIsBeyondWhatTheDatabaseKeeps() {
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, null);
        jira.login("alice");
        String path = "objectives/" + mine.id() + "/key-results";

        assertEquals("keyResult.target", error(post(path, json("{'title':'Huge','kind':'NUMERIC','start':0,'target':1e300}")), 400)
                .get("field").asText());
        assertEquals("keyResult.start", error(post(path, json("{'title':'Huge','kind':'NUMERIC','start':-1.7e308,'target':5}")), 400)
                .get("field").asText());
        assertEquals("keyResult.weight", error(post(path, json("{'title':'Huge','kind':'NUMERIC','start':0,'target':5,'weight':1e308}")), 400)
                .get("field").asText());
        ok(post(path, json("{'title':'Largest','kind':'NUMERIC','start':-3.4e38,'target':3.4e38}")), 201);
    }

    @Test
    public void shouldAnswer400OnTheKpiIdWhenAKpiKeyResultNamesNoStoredKpi() {
        Objective mine = objective(q1, "Mine", "alice", ObjectiveLevel.TEAM, null);
        jira.login("alice");
        long kpiId = ok(post("kpis", json("{'name':'Lead time','type':'LEAD_TIME','source':{'kind':'PROJECT','value':'TEAM'},"
                + "'frequency':'WEEKLY','owner':'alice','kind':'GROWING','direction':'LOWER_IS_BETTER','target':5,"
                + "'alertThreshold':8}")), 201).get("id").asLong();
        String path = "objectives/" + mine.id() + "/key-results";

        JsonNode error = error(post(path, json("{'title':'Faster','kind':'KPI','kpiId':" + (kpiId + 99) + ",'start':8,'target':5}")), 400);
        JsonNode added = ok(post(path, json("{'title':'Faster','kind':'KPI','kpiId':" + kpiId + ",'start':8,'target':5}")), 201);

        assertEquals("keyResult.kpiId", error.get("field").asText());
        assertEquals(kpiId, added.get("kpiId").asLong());
        assertEquals(1, store.keyResultsOf(mine.id()).size());
    }
}
