package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.IssueLink;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.WorkBasis;
import io.lodestar.jira.host.FakeJira;
import io.lodestar.jira.persistence.AoAppSettingsStore;
import io.lodestar.jira.persistence.AoKpiStore;
import io.lodestar.jira.persistence.AoOkrStore;
import io.lodestar.jira.persistence.EntityManagerActiveObjects;
import io.lodestar.jira.persistence.LodestarSchema;
import java.lang.reflect.Method;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import javax.ws.rs.DELETE;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.client.Entity;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import net.java.ao.EntityManager;
import net.java.ao.builder.EntityManagerBuilder;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;
import org.junit.After;
import org.junit.Test;

/**
 * A request that fails changes nothing, for every mutating endpoint of the API: each is sent a set of
 * invalid payloads (the hardening issue's cases, and the generic ones any JSON endpoint must survive),
 * by a user who may make the change and by one who may not, over real HTTP, with the real resources,
 * app classes and Active Objects stores on HSQLDB. Before and after each request every table is dumped
 * row by row, column by column; the dumps must be identical and the answer a 4xx.
 *
 * <p>The list of endpoints is read from the resource classes, so an endpoint added without cases here
 * fails {@link #shouldHaveInvalidPayloadsForEveryMutatingEndpoint}.
 */
public class FailedRequestsChangeNothingTest extends JerseyTest {

    /** Bodies that no JSON endpoint may accept. */
    private static final List<String> MALFORMED = List.of("{", "", "[]", "null", "\"text\"", "42", "{\"zz\":1}",
            "{\"title\":\"a\",\"title\":\"b\"}", "{\"title\":\"\\uD800\"}", "{\"version\":\"1\"}", "{\"version\":1.5}");

    private EntityManager entityManager;
    private FakeJira jira;
    private AoOkrStore store;
    private Cycle q1;
    private Cycle q2;
    private Objective company;
    private Objective team;
    private Objective later;
    private KeyResult numeric;
    private KeyResult work;
    private KeyResult achieved;
    private long kpiId;
    private int sent;

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        // Column and table names as Jira's AO plugin makes them (the entities' column constants are those names).
        entityManager = EntityManagerBuilder.url("jdbc:hsqldb:mem:unchanged" + System.nanoTime()).username("sa").password("")
                .none()
                .tableNameConverter(new net.java.ao.atlassian.AtlassianTableNameConverter(name -> "AO_0A5972_" + name))
                .fieldNameConverter(new net.java.ao.atlassian.AtlassianFieldNameConverter())
                .sequenceNameConverter(new net.java.ao.atlassian.AtlassianSequenceNameConverter())
                .triggerNameConverter(new net.java.ao.atlassian.AtlassianTriggerNameConverter())
                .indexNameConverter(new net.java.ao.atlassian.AtlassianIndexNameConverter())
                .uniqueNameConverter(new net.java.ao.atlassian.AtlassianUniqueNameConverter())
                .build();
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        ao.migrate(LodestarSchema.entities());
        jira = new FakeJira().user("alice", "Alice Adams").user("carol", "Carol Clark").user("root", "Jira Root")
                .jiraAdmin("root").projectAdmin("TEAM", "alice");
        jira.issue(11, "TEAM-11", "Importer", "done", 3.0).issue(12, "TEAM-12", "Exporter", "new", 5.0);
        store = new AoOkrStore(ao);
        AoKpiStore kpiStore = new AoKpiStore(ao);
        seed(kpiStore);
        IssueHistorySource histories = (source, sink) -> StatusCatalog.empty();
        return RestTestBase.application(jira, store, kpiStore, new AoAppSettingsStore(ao),
                new io.lodestar.jira.app.KpiStoreReadings(kpiStore), histories,
                RestTestBase.measurements(kpiStore, store, new io.lodestar.jira.persistence.AoMeasurementRunStore(ao), histories,
                        new ArrayList<>()));
    }

    private void seed(AoKpiStore kpiStore) {
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
        q2 = store.saveCycle(Cycle.quarter(2026, 2));
        company = store.saveObjective(Objective.draft(q1.id(), "Be the best", "", "root", ObjectiveLevel.COMPANY, null));
        team = store.saveObjective(Objective.draft(q1.id(), "Ship", "", "alice", ObjectiveLevel.TEAM, "TEAM")
                .alignedTo(company.id()));
        later = store.saveObjective(Objective.draft(q2.id(), "Ship more", "", "alice", ObjectiveLevel.TEAM, "TEAM"));
        numeric = store.saveKeyResult(KeyResult.of(team.id(), "Sign-ups", "alice", Measure.number("", 0.0, 100.0)));
        work = store.saveKeyResult(KeyResult.of(team.id(), "Tools", "alice", Measure.linkedWork(WorkBasis.ISSUE_COUNT)));
        store.link(new IssueLink(work.id(), 11, "TEAM-11"));
        store.appendCheckIn(CheckIn.of(numeric.id(), 40.0, Confidence.ON_TRACK, "", "alice", RestTestBase.CLOCK.instant()));
        achieved = store.saveKeyResult(KeyResult.of(team.id(), "On-time delivery", "alice", Measure.number("%", 70.0, 95.0)));
        store.appendCheckIn(CheckIn.of(achieved.id(), 96.0, Confidence.ON_TRACK, "", "alice", RestTestBase.CLOCK.instant()));
        kpiId = kpiStore.save(demoKpi()).id();
    }

    private static io.lodestar.core.kpi.KpiDefinition demoKpi() {
        return new io.lodestar.core.kpi.KpiDefinition(0, 0, "Cycle time", "",
                io.lodestar.core.kpi.KpiFormula.fromText(io.lodestar.core.kpi.KpiType.CYCLE_TIME, Map.of()),
                new io.lodestar.core.kpi.KpiDataSource(io.lodestar.core.kpi.KpiDataSource.Kind.PROJECT, "TEAM"),
                io.lodestar.core.kpi.Frequency.WEEKLY, java.time.ZoneOffset.UTC, "alice", "TEAM",
                new io.lodestar.core.kpi.KpiGoal.Growing(io.lodestar.core.kpi.Direction.LOWER_IS_BETTER, 2, 5), "",
                io.lodestar.core.kpi.Indicator.LAGGING);
    }

    @After
    public void closeDatabase() {
        entityManager.getProvider().dispose();
    }

    /** The invalid requests, by endpoint as {@code METHOD path-template}: each entry is a path (with query) and a body. */
    private Map<String, List<String[]>> cases() {
        Map<String, List<String[]>> cases = new LinkedHashMap<>();
        String kr = "objectives/" + team.id() + "/key-results";
        cases.put("POST cycles", bodies("cycles", MALFORMED,
                "{'name':'','kind':'QUARTER','start':'2026-07-01','end':'2026-10-01'}",
                "{'name':'Q3','kind':' QUARTER','start':'2026-07-01','end':'2026-10-01'}",
                "{'name':'Q3','kind':'QUARTER','start':'2026-10-01','end':'2026-07-01'}",
                "{'name':'Q3','kind':'QUARTER','start':'2026-13-01','end':'2026-10-01'}",
                "{'name':'Q3','kind':'QUARTER','start':'2026-07-01'}",
                "{'name':'" + "n".repeat(256) + "','kind':'QUARTER','start':'2026-07-01','end':'2026-10-01'}"));
        cases.put("PUT cycles/{cycleId}", bodies("cycles/" + q1.id(), MALFORMED,
                "{'version':999,'name':'Q1','kind':'QUARTER','start':'2026-01-01','end':'2026-04-01'}",
                "{'name':'Q1','kind':'QUARTER','start':'2026-01-01','end':'2026-04-01'}",
                "{'version':1,'name':'','kind':'QUARTER','start':'2026-01-01','end':'2026-04-01'}",
                "{'version':1,'name':'Q1','kind':'quarter','start':'2026-01-01','end':'2026-04-01'}",
                "{'version':1,'name':'Q1','kind':'QUARTER','start':'2026-04-01','end':'2026-01-01'}",
                "{'version':1,'name':'Q1','kind':'QUARTER','start':'2026-02-30','end':'2026-04-01'}",
                "{'version':1,'name':'Q1','kind':'QUARTER','start':'2026-01-01'}",
                "{'version':1,'name':'Q1','kind':'QUARTER','start':'2026-01-01','end':'2026-04-01','closed':true}",
                "{'version':1,'name':'" + "n".repeat(256) + "','kind':'QUARTER','start':'2026-01-01','end':'2026-04-01'}"));
        cases.get("PUT cycles/{cycleId}").add(new String[] {"cycles/999999",
            "{\"version\":1,\"name\":\"Q1\",\"kind\":\"QUARTER\",\"start\":\"2026-01-01\",\"end\":\"2026-04-01\"}"});
        cases.put("POST cycles/{cycleId}/close", bodies("cycles/" + q1.id() + "/close", MALFORMED,
                "{'version':999}",
                "{'version':999,'carryOver':[null]}",
                "{'version':1,'carryOver':[null]}",
                "{'version':1,'carryOver':[{'keyResultId':" + numeric.id() + "}]}",
                "{'version':1,'carryOver':[{'keyResultId':999999,'objectiveId':" + later.id() + "}]}",
                "{'version':1,'carryOver':[{'keyResultId':" + numeric.id() + ",'objectiveId':" + team.id() + "}]}",
                "{'version':1,'carryOver':[{'keyResultId':" + numeric.id() + ",'objectiveId':" + later.id() + "},null]}"));
        cases.put("POST objectives", bodies("objectives", MALFORMED,
                "{'cycleId':999,'title':'x','level':'TEAM','team':'TEAM'}",
                "{'cycleId':" + q1.id() + ",'title':'','level':'TEAM','team':'TEAM'}",
                "{'cycleId':" + q1.id() + ",'title':'x','level':'BOSS','team':'TEAM'}",
                "{'cycleId':" + q1.id() + ",'title':'x','level':'TEAM','team':'TEAM','parentId':999999}",
                "{'cycleId':" + q1.id() + ",'title':'x','level':'TEAM','team':'TEAM','parentId':" + later.id() + "}",
                "{'cycleId':" + q1.id() + ",'title':'" + "t".repeat(256) + "','level':'TEAM','team':'TEAM'}",
                "{'cycleId':" + q1.id() + ",'title':'x','level':'TEAM','team':'" + "T".repeat(256) + "'}"));
        cases.put("PUT objectives/{id}", bodies("objectives/" + team.id(), MALFORMED,
                "{'version':999,'title':'x','level':'TEAM','team':'TEAM'}",
                "{'version':1,'title':'','level':'TEAM','team':'TEAM'}",
                "{'version':1,'title':'x','level':' TEAM','team':'TEAM'}",
                "{'version':1,'title':'x','level':'TEAM','team':'TEAM','state':'ARCHIVED','parentId':" + company.id() + "}",
                "{'version':1,'title':'x','level':'TEAM','team':'TEAM','parentId':" + team.id() + "}",
                "{'version':1,'title':'x','level':'TEAM','team':'TEAM','parentId':999999,'state':'ACTIVE'}",
                // issue 11: roll-up, and a roll-up change that would land with a refused alignment (no activity written)
                "{'version':1,'title':'x','level':'TEAM','team':'TEAM','rollUp':'yes'}",
                "{'version':1,'title':'y','level':'TEAM','team':'TEAM','rollUp':true,'parentId':999999}",
                "{'version':999,'title':'x','level':'TEAM','team':'TEAM','rollUp':true}"));
        cases.put("DELETE objectives/{id}", queries("objectives/" + team.id(), "?version=999", "?version=+1", "?version=abc",
                "", "?version=%201"));
        String[] keyResultBodies = {
            "{'title':'k','kind':'NUMERIC','start':0,'target':-0.0}",
            "{'title':'k','kind':'NUMERIC','start':-0.0,'target':0}",
            "{'title':'k','kind':'NUMERIC','format':'PERCENT','start':0,'target':-0.0}",
            "{'title':'k','kind':'NUMERIC','start':0,'target':1,'basis':'BOGUS'}",
            "{'title':'k','kind':'NUMERIC','start':0,'target':1,'kpiId':-1}",
            "{'title':'k','kind':'KPI','kpiId':999999,'start':0,'target':1}",
            "{'title':'k','kind':'KPI','kpiId':" + "KPI" + ",'start':1,'target':1}",
            "{'title':'k','kind':'NUMERIC','start':0,'target':1,'weight':0}",
            "{'title':'k','kind':'NUMERIC','start':0,'target':1,'weight':1e39}",
            "{'title':'k','kind':'NUMERIC','start':0,'target':3.4028235E38}",
            "{'title':'','kind':'MILESTONE'}",
            "{'title':'k','kind':'MILESTONE','start':0}",
            "{'title':'k','kind':'LINKED_WORK'}",
            "{'title':'k','kind':'NUMERIC','format':'percent','start':0,'target':1}",
            // keep-within-a-band key results
            "{'title':'k','kind':'BAND','start':5,'target':2}",
            "{'title':'k','kind':'BAND','start':2,'target':2}",
            "{'title':'k','kind':'BAND','start':2}",
            "{'title':'k','kind':'BAND','start':2,'target':5,'format':'NUMBER'}",
            "{'title':'k','kind':'BAND','start':2,'target':5,'basis':'ISSUE_COUNT'}",
            "{'title':'k','kind':'BAND','start':2,'target':5,'unit':'" + "u".repeat(256) + "'}",
            // key results from a JQL query (issue 11)
            "{'title':'k','kind':'JQL','aggregate':'SHARE_DONE'}",
            "{'title':'k','kind':'JQL','jql':'assignee in (','aggregate':'SHARE_DONE'}",
            "{'title':'k','kind':'JQL','jql':'project = TEAM'}",
            "{'title':'k','kind':'JQL','jql':'project = TEAM','aggregate':'COUNT'}",
            "{'title':'k','kind':'JQL','jql':'project = TEAM','aggregate':'SHARE_DONE','field':'Story Points'}",
            "{'title':'k','kind':'JQL','jql':'project = TEAM','aggregate':'SHARE_DONE','start':0}",
            "{'title':'k','kind':'JQL','jql':'project = TEAM','aggregate':'SUM','start':0,'target':5}",
            "{'title':'k','kind':'JQL','jql':'project = TEAM','aggregate':'SUM','field':'Story Points','start':5,'target':5}",
            "{'title':'k','kind':'JQL','jql':'project = TEAM','aggregate':'SUM','field':'" + "f".repeat(256) + "','start':0,'target':5}",
            "{'title':'k','kind':'NUMERIC','start':0,'target':1,'jql':'project = TEAM'}"};
        cases.put("POST objectives/{id}/key-results", bodies(kr, MALFORMED, kpi(keyResultBodies)));
        List<String> edits = new ArrayList<>();
        edits.add("{'version':999,'title':'k','kind':'NUMERIC','start':0,'target':5}");
        for (String body : kpi(keyResultBodies)) {
            edits.add("{'version':1," + body.substring(1));
        }
        cases.put("PUT key-results/{id}", bodies("key-results/" + numeric.id(), MALFORMED, edits.toArray(new String[0])));
        cases.put("DELETE key-results/{id}", queries("key-results/" + numeric.id(), "?version=999", "?version=+1", ""));
        cases.put("POST key-results/{id}/check-ins", bodies("key-results/" + numeric.id() + "/check-ins", MALFORMED,
                "{'value':5}", "{'value':'5','confidence':'ON_TRACK'}", "{'value':5,'done':true,'confidence':'ON_TRACK'}",
                "{'value':1e39,'confidence':'ON_TRACK'}", "{'value':5,'confidence':' ON_TRACK'}",
                "{'value':5,'confidence':'ON_TRACK','note':'" + "n".repeat(10_001) + "'}"));
        cases.put("POST key-results/{id}/links", bodies("key-results/" + work.id() + "/links", MALFORMED,
                "{}", "{'issueKey':'NOPE-1'}", "{'issueKey':'" + "K".repeat(256) + "'}"));
        cases.get("POST key-results/{id}/links").add(new String[] {"key-results/" + numeric.id() + "/links", "{\"issueKey\":\"TEAM-12\"}"});
        cases.put("DELETE key-results/{id}/links/{issueId}", queries("key-results/999999/links/11", ""));
        String kpi = "'name':'Velocity','type':'VELOCITY','source':{'kind':'PROJECT','value':'TEAM'},'owner':'alice','team':'TEAM'";
        String[] kpiBodies = {
            "{" + kpi + ",'frequency':'PER_SPRINT','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20,'min':1e39}",
            "{" + kpi + ",'frequency':'PER_SPRINT','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20,'max':'NaN'}",
            "{" + kpi + ",'frequency':'PER_SPRINT','kind':'BAND','min':5,'max':2}",
            "{" + kpi + ",'frequency':'PER_SPRINT','kind':'BAND','min':2,'max':5,'target':3}",
            "{" + kpi + ",'frequency':'WEEKLY','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20}",
            "{" + kpi + ",'frequency':'PER_SPRINT','kind':'GROWING','direction':'UP','target':30,'alertThreshold':20}",
            "{" + kpi + ",'frequency':'PER_SPRINT','zone':'Mars/Base','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20}",
            "{" + kpi + ",'frequency':'PER_SPRINT','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20,'parameters':{'doneStatusIds':null}}",
            "{" + kpi.replace("'Velocity'", "''") + ",'frequency':'PER_SPRINT','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20}"};
        cases.put("POST kpis", bodies("kpis", MALFORMED, kpiBodies));
        List<String> kpiEdits = new ArrayList<>();
        kpiEdits.add("{'version':999," + kpi + ",'frequency':'WEEKLY','kind':'GROWING','direction':'LOWER_IS_BETTER','target':2,'alertThreshold':5}");
        for (String body : kpiBodies) {
            kpiEdits.add("{'version':1," + body.substring(1));
        }
        cases.put("PUT kpis/{id}", bodies("kpis/" + kpiId, MALFORMED, kpiEdits.toArray(new String[0])));
        cases.put("DELETE kpis/{id}", queries("kpis/" + kpiId, "?version=999", "?version=+1", "", "?version=1&convertKeyResults=yes"));
        // issue 14: background measurement runs; a refused request queues no run.
        cases.put("POST kpi-runs", bodies("kpi-runs", MALFORMED, "{}", "{'kpiId':999999}", "{'kpiId':'x'}",
                "{'kpiId':-1}", kpi(new String[] {"{'kpiId':KPI,'period':'2026-W01'}"})[0]));
        cases.put("POST kpi-runs/remeasure", bodies("kpi-runs/remeasure", MALFORMED, kpi(new String[] {"{}",
                "{'kpiId':999999,'period':'2026-W01'}", "{'kpiId':KPI}", "{'kpiId':KPI,'period':'2026-W07'}",
                "{'kpiId':KPI,'period':'2026-02'}", "{'kpiId':KPI,'period':'sprint-4'}", "{'kpiId':KPI,'period':'2026-W99'}",
                "{'kpiId':KPI,'period':''}"})));
        cases.put("POST kpi-page/kpis/{id}/draft-objective", bodies("kpi-page/kpis/" + kpiId + "/draft-objective", MALFORMED,
                "{}", "{'cycleId':999}", "{'cycleId':" + q1.id() + "}"));
        cases.get("POST kpi-page/kpis/{id}/draft-objective").add(new String[] {"kpi-page/kpis/999999/draft-objective",
            "{\"cycleId\":" + q1.id() + "}"});
        String keep = "kpi-page/key-results/" + achieved.id() + "/keep-as-kpi";
        cases.put("POST kpi-page/key-results/{id}/keep-as-kpi", bodies(keep, MALFORMED,
                "{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY'}",
                "{'type':'NOPE','frequency':'MONTHLY','alertThreshold':80}",
                "{'type':'ON_TIME_DELIVERY','frequency':'HOURLY','alertThreshold':80}",
                "{'type':'VELOCITY','frequency':'MONTHLY','alertThreshold':80}",
                "{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY','alertThreshold':99}",
                "{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY','alertThreshold':'x'}",
                "{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY','alertThreshold':80,'source':{'kind':'JQL','value':'project = = TEAM'}}",
                "{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY','alertThreshold':80,'source':{'kind':'PLANET','value':'TEAM'}}",
                "{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY','alertThreshold':80,'source':{'kind':'PROJECT'}}"));
        cases.get("POST kpi-page/key-results/{id}/keep-as-kpi").add(new String[] {"kpi-page/key-results/" + numeric.id()
            + "/keep-as-kpi", "{\"type\":\"THROUGHPUT\",\"frequency\":\"WEEKLY\",\"alertThreshold\":10}"});
        cases.get("POST kpi-page/key-results/{id}/keep-as-kpi").add(new String[] {"kpi-page/key-results/" + work.id()
            + "/keep-as-kpi", "{\"type\":\"THROUGHPUT\",\"frequency\":\"WEEKLY\",\"alertThreshold\":10}"});
        cases.get("POST kpi-page/key-results/{id}/keep-as-kpi").add(new String[] {"kpi-page/key-results/999999/keep-as-kpi",
            "{\"type\":\"THROUGHPUT\",\"frequency\":\"WEEKLY\",\"alertThreshold\":10}"});
        cases.put("PUT settings", bodies("settings", MALFORMED, "{'storyPointsFieldId':'points'}",
                "{'doneStatusIds':{'TEAM':['Done']}}", "{'doneStatusIds':{'TEAM':[null]}}"));
        cases.put("PUT kpis/{id}/watchers/me", queries("kpis/999999/watchers/me", ""));
        cases.put("DELETE kpis/{id}/watchers/me", queries("kpis/999999/watchers/me", ""));
        cases.put("PUT users/me/reminders", bodies("users/me/reminders", MALFORMED, "{'checkInReminders':null}",
                "{'checkInReminders':'yes'}"));
        return cases;
    }

    private String[] kpi(String[] bodies) {
        String[] replaced = new String[bodies.length];
        for (int i = 0; i < bodies.length; i++) {
            replaced[i] = bodies[i].replace("'kpiId':KPI", "'kpiId':" + kpiId);
        }
        return replaced;
    }

    @Test
    public void shouldHaveInvalidPayloadsForEveryMutatingEndpoint() {
        TreeSet<String> endpoints = new TreeSet<>();
        for (Class<?> resource : LodestarRest.RESOURCES) {
            String root = resource.getAnnotation(Path.class).value();
            for (Method method : resource.getMethods()) {
                String verb = method.isAnnotationPresent(POST.class) ? "POST" : method.isAnnotationPresent(PUT.class) ? "PUT"
                        : method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
                if (verb != null) {
                    Path path = method.getAnnotation(Path.class);
                    String template = path == null ? root : root + "/" + path.value();
                    endpoints.add(verb + " " + template.replaceAll("\\{(\\w+):[^}]*}", "{$1}"));
                }
            }
        }
        TreeSet<String> missing = new TreeSet<>(endpoints);
        missing.removeAll(cases().keySet());
        assertEquals("mutating endpoints without invalid payloads here", new TreeSet<>(), missing);
    }

    @Test
    public void shouldLeaveEveryTableUnchangedWhenAnyMutatingEndpointRefusesARequest() throws Exception {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> endpoint : cases().entrySet()) {
            String verb = endpoint.getKey().substring(0, endpoint.getKey().indexOf(' '));
            for (String[] request : endpoint.getValue()) {
                for (String user : List.of(permittedUser(endpoint.getKey()), "carol")) {
                    jira.login(user);
                    String before = dump();
                    Response response = send(verb, request[0], request[1]);
                    String body = response.readEntity(String.class);
                    String after = dump();
                    sent++;
                    String what = user + " " + verb + " " + request[0] + " " + abbreviated(request[1]) + " -> "
                            + response.getStatus() + " " + abbreviated(body);
                    if (response.getStatus() < 400 || response.getStatus() >= 500) {
                        changed.add("not refused with a 4xx: " + what);
                    }
                    if (!before.equals(after)) {
                        changed.add("stored state changed: " + what);
                    }
                    if (!body.startsWith("{\"errors\":[")) {
                        changed.add("no error body: " + what);
                    }
                }
            }
        }
        System.out.println("FailedRequestsChangeNothingTest: " + sent + " refused requests, every table unchanged after each");
        assertTrue("requests sent: " + sent, sent > 300);
        if (!changed.isEmpty()) {
            fail(changed.size() + " of " + sent + " requests broke the promise:\n" + String.join("\n", changed));
        }
    }

    private static String permittedUser(String endpoint) {
        return endpoint.contains("cycles") || endpoint.contains("settings") || endpoint.contains("remeasure") ? "root"
                : "alice";
    }

    private Response send(String verb, String pathAndQuery, String body) {
        int question = pathAndQuery.indexOf('?');
        javax.ws.rs.client.WebTarget target = target(question < 0 ? pathAndQuery : pathAndQuery.substring(0, question));
        if (question >= 0) {
            for (String parameter : pathAndQuery.substring(question + 1).split("&")) {
                String[] pair = parameter.split("=", 2);
                target = target.queryParam(pair[0], java.net.URLDecoder.decode(pair[1], java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        javax.ws.rs.client.Invocation.Builder builder = target.request().header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
        return switch (verb) {
            case "POST" -> builder.post(Entity.entity(body, "application/json"));
            case "PUT" -> builder.put(Entity.entity(body, "application/json"));
            default -> builder.delete();
        };
    }

    /** Every row of every table, every column, in a fixed order: what "unchanged" compares. */
    private String dump() throws SQLException {
        StringBuilder dump = new StringBuilder();
        try (Connection connection = entityManager.getProvider().getConnection()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = connection.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
                while (rows.next()) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
            java.util.Collections.sort(tables);
            for (String table : tables) {
                dump.append("# ").append(table).append('\n');
                try (Statement statement = connection.createStatement();
                     ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int i = 1; i <= columns.getColumnCount(); i++) {
                            dump.append(columns.getColumnName(i)).append('=').append(rows.getString(i)).append(';');
                        }
                        dump.append('\n');
                    }
                }
            }
        }
        return dump.toString();
    }

    private static List<String[]> bodies(String path, List<String> generic, String... specific) {
        List<String[]> requests = new ArrayList<>();
        generic.forEach(body -> requests.add(new String[] {path, body}));
        for (String body : specific) {
            requests.add(new String[] {path, body.replace('\'', '"')});
        }
        return requests;
    }

    private static List<String[]> queries(String path, String... queries) {
        List<String[]> requests = new ArrayList<>();
        for (String query : queries) {
            requests.add(new String[] {path + query, ""});
        }
        return requests;
    }

    private static String abbreviated(String text) {
        return text.length() > 160 ? text.substring(0, 160) + "..." : text;
    }
}
