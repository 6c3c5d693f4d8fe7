package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.jaxrs.json.JacksonJsonProvider;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleService;
import io.lodestar.core.okr.InMemoryKpiReadings;
import io.lodestar.core.okr.KpiBridgeService;
import io.lodestar.core.okr.InMemoryOkrStore;
import io.lodestar.core.okr.IssueLink;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KeyResultService;
import io.lodestar.core.okr.KpiReadings;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveService;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.core.okr.OkrTreeService;
import io.lodestar.core.okr.QualityService;
import io.lodestar.jira.app.CycleActions;
import io.lodestar.jira.app.DirectoryActions;
import io.lodestar.jira.app.KpiActions;
import io.lodestar.jira.app.KpiObjectives;
import io.lodestar.jira.app.KpiPageReader;
import io.lodestar.jira.app.OkrAccess;
import io.lodestar.jira.app.OkrCommands;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.app.SettingsActions;
import io.lodestar.jira.host.FakeJira;
import io.lodestar.jira.host.JiraIssueSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import javax.ws.rs.client.Entity;
import javax.ws.rs.client.Invocation;
import javax.ws.rs.client.WebTarget;
import javax.ws.rs.core.Application;
import javax.ws.rs.core.Response;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.test.JerseyTest;
import org.glassfish.jersey.test.TestProperties;

/**
 * Runs the real resources, providers and exception mappers ({@link LodestarRest}) in Jersey over real
 * HTTP (Grizzly on a free port), with the real app classes and core services on core's in-memory
 * store, and Jira's managers played by {@link FakeJira}. Data is seeded straight into the store; every
 * check goes through HTTP.
 *
 * <p>The people: alice (a team member), bob (administrator of project TEAM), root (Jira administrator),
 * carol (nobody special). The projects: TEAM and NOVA, which everyone may browse unless a test hides one. The clock stands at 2026-02-15 10:00 UTC, in the middle of 2026 Q1.
 */
public abstract class RestTestBase extends JerseyTest {

    /** The windows the app asked the issue source for ({@code IssueHistorySource#read(source, since, sink)}). */
    protected final java.util.List<Instant> windowsRead = new java.util.ArrayList<>();

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-15T10:00:00Z"), ZoneOffset.UTC);
    static final ObjectMapper JSON = new ObjectMapper();

    protected FakeJira jira;
    protected InMemoryOkrStore store;
    protected InMemoryKpiReadings kpis;
    protected InMemoryKpiStore kpiStore;
    /** What the KPI refresh reads, whatever the source: set by a test. */
    protected IssueHistory issueHistory;
    /** issue 15: false plays a Jira without Jira Software (no Sprint field). */
    protected boolean jiraSoftware = true;
    /** Measurement runs and stale marks (issue 14). */
    protected io.lodestar.core.kpi.run.InMemoryMeasurementRunStore runs;
    /** The runs asked to start in the background, in order; a test executes them with {@link #measuring}. */
    protected java.util.List<Long> started;
    protected io.lodestar.core.kpi.run.KpiMeasuring measuring;

    @Override
    protected Application configure() {
        forceSet(TestProperties.CONTAINER_PORT, "0");
        jira = new FakeJira()
                .user("alice", "Alice Adams")
                .user("bob", "Bob Brown")
                .user("root", "Jira Root")
                .user("carol", "Carol Clark")
                .jiraAdmin("root")
                .projectAdmin("TEAM", "bob")
                .project("NOVA", "Nova");
        store = new InMemoryOkrStore();
        kpis = new InMemoryKpiReadings();
        kpiStore = new InMemoryKpiStore();
        issueHistory = new IssueHistory(java.util.List.of(), io.lodestar.core.issue.StatusCatalog.empty());
        runs = new io.lodestar.core.kpi.run.InMemoryMeasurementRunStore();
        started = new java.util.ArrayList<>();
        return application(kpiReadings());
    }

    /** The KPI store the app uses; a test may wrap it, e.g. to play a stored row today's rules refuse. */
    protected KpiStore kpiStoreOfApp(InMemoryKpiStore stored) {
        return stored;
    }

    /** The KPI readings the app uses; a test may replace them to play a failing KPI side. */
    protected KpiReadings kpiReadings() {
        return kpis;
    }

    private Application application(KpiReadings readings) {
        IssueHistorySource histories = new IssueHistorySource() {
            @Override
            public io.lodestar.core.issue.StatusCatalog read(io.lodestar.core.kpi.KpiDataSource source,
                                                             java.util.function.Consumer<io.lodestar.core.issue.IssueSnapshot> sink) {
                issueHistory.issues().forEach(sink);
                return issueHistory.statuses();
            }

            // What Jira's windowed JQL leaves out: done issues whose last change is before the window.
            @Override
            public io.lodestar.core.issue.StatusCatalog read(io.lodestar.core.kpi.KpiDataSource source, Instant changedSince,
                                                             java.util.function.Consumer<io.lodestar.core.issue.IssueSnapshot> sink) {
                windowsRead.add(changedSince);
                for (io.lodestar.core.issue.IssueSnapshot issue : issueHistory.issues()) {
                    Instant updated = issue.changelog().isEmpty() ? issue.created().toInstant()
                            : issue.changelog().get(issue.changelog().size() - 1).at().toInstant();
                    if (!issue.status().isDone() || !updated.isBefore(changedSince)) {
                        sink.accept(issue);
                    }
                }
                return issueHistory.statuses();
            }

            // issue 15: a test may play a Jira without Jira Software.
            @Override
            public boolean hasSprints() {
                return jiraSoftware;
            }
        };
        KpiStore appStore = kpiStoreOfApp(kpiStore);
        Measurements measurements = measurements(appStore, store, runs, histories, started);
        measuring = measurements.measuring();
        return application(jira, store, appStore, jira.settings, readings, histories, measurements);
    }

    /** Background measuring over the given stores, as lodestar-beans.xml builds it, with test locks and readers. */
    record Measurements(io.lodestar.core.kpi.run.MeasurementRunStore runs, io.lodestar.core.kpi.run.KpiMeasuring measuring,
                        io.lodestar.jira.app.BackgroundRuns background) {
    }

    /** Starting a run records its id in {@code started}; nothing runs until a test executes it. */
    static Measurements measurements(KpiStore kpiStore, OkrStore okrStore, io.lodestar.core.kpi.run.MeasurementRunStore runs,
                                     IssueHistorySource histories, java.util.List<Long> started) {
        io.lodestar.core.kpi.run.Readers readers = new io.lodestar.core.kpi.run.Readers() {
            @Override
            public <T> T as(String userKey, java.util.function.Supplier<T> work) {
                return work.get();
            }
        };
        io.lodestar.core.kpi.run.KpiMeasuring measuring = new io.lodestar.core.kpi.run.KpiMeasuring(kpiStore, runs,
                new KpiEvaluation(kpiStore, histories, KpiCalculators.builtIn(), CLOCK,
                        new io.lodestar.core.okr.KpiCheckIns(okrStore, CLOCK)), histories,
                kpiId -> java.util.Optional.of(() -> { }), readers, (kpi, alert) -> { }, CLOCK);
        return new Measurements(runs, measuring, started::add);
    }

    /**
     * The REST API as a host serves it ({@link LodestarRest}), built over the given stores the way
     * lodestar-beans.xml builds it in Jira, with Jira's managers played by {@code jira}.
     */
    static Application application(FakeJira jira, OkrStore store, KpiStore kpiStore,
                                   io.lodestar.jira.settings.AppSettingsStore settings, KpiReadings readings,
                                   IssueHistorySource histories, Measurements measurements) {
        JiraIssueSource issues = jira.issueSource();
        OkrAccess access = new OkrAccess(jira.permissions());
        OkrTreeService trees = new OkrTreeService(store, issues, readings, CLOCK, jira.issueQuery());
        CheckInService checkIns = new CheckInService(store, CLOCK);
        OkrReader reader = new OkrReader(store, trees, checkIns, new QualityService(store), issues, access,
                kpiStore);
        DirectoryActions directory = new DirectoryActions(jira.directory(), access);
        OkrCommands commands = new OkrCommands(store, new ObjectiveService(store), new KeyResultService(store), checkIns,
                access, issues, kpiStore, directory, CLOCK, jira.jqlParser());
        CycleActions cycles = new CycleActions(store, new CycleService(store, issues, readings, CLOCK, jira.issueQuery()), access,
                CLOCK);
        OkrViews views = new OkrViews(access, CLOCK);
        ResourceConfig config = new ResourceConfig();
        LodestarRest.PROVIDERS.forEach(config::register);
        KpiPageReader pageReader = new KpiPageReader(kpiStore, store, histories, access, jira.permissions(), CLOCK);
        LodestarRest.resources(cycles, reader, commands, views, new KpiActions(kpiStore, histories, access, store,
                        jira.jqlParser(), jira.kpiWatchers),
                pageReader, new KpiObjectives(pageReader, new KpiBridgeService(store, issues, readings, CLOCK), access),
                new SettingsActions(settings, access, jira.settingsChoices()), directory,
                new io.lodestar.jira.app.MeasurementActions(kpiStore, measurements.runs(), measurements.measuring(),
                        measurements.background(), access, CLOCK),
                new io.lodestar.jira.app.ReminderActions(jira.reminderPreferences, settings, access)).forEach(config::register);
        config.register(JacksonJsonProvider.class);
        return config;
    }

    // ----- seeding

    protected Cycle quarter(int year, int quarter) {
        return store.saveCycle(Cycle.quarter(year, quarter));
    }

    protected Objective objective(Cycle cycle, String title, String owner, ObjectiveLevel level, String team) {
        return store.saveObjective(Objective.draft(cycle.id(), title, "", owner, level, team));
    }

    protected Objective childObjective(Objective parent, String title, String owner, String team) {
        return store.saveObjective(Objective.draft(parent.cycleId(), title, "", owner, ObjectiveLevel.TEAM, team)
                .alignedTo(parent.id()));
    }

    protected KeyResult numeric(Objective objective, String title, String owner, double start, double target) {
        return store.saveKeyResult(KeyResult.of(objective.id(), title, owner, Measure.number("", start, target)));
    }

    protected KeyResult linkedWork(Objective objective, String title, long... issueIds) {
        KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), title, null,
                Measure.linkedWork(io.lodestar.core.okr.WorkBasis.ISSUE_COUNT)));
        for (long issueId : issueIds) {
            store.link(new IssueLink(kr.id(), issueId));
        }
        return kr;
    }

    // ----- HTTP

    protected Response get(String path) {
        return at(path).request().get();
    }

    /** A JSON POST as the page sends it, with the XSRF header. */
    protected Response post(String path, String json) {
        return page(path).post(Entity.json(json));
    }

    protected Response put(String path, String json) {
        return page(path).put(Entity.json(json));
    }

    protected Response delete(String path) {
        return page(path).delete();
    }

    private Invocation.Builder page(String path) {
        return at(path).request().header(XsrfFilter.TOKEN_HEADER, XsrfFilter.NO_CHECK);
    }

    /** The target of a path that may end with a query ({@code objectives/1?version=2}). */
    protected WebTarget at(String pathAndQuery) {
        int question = pathAndQuery.indexOf('?');
        if (question < 0) {
            return target(pathAndQuery);
        }
        WebTarget target = target(pathAndQuery.substring(0, question));
        for (String pair : pathAndQuery.substring(question + 1).split("&")) {
            String[] nameValue = pair.split("=", 2);
            target = target.queryParam(nameValue[0], nameValue.length > 1 ? nameValue[1] : "");
        }
        return target;
    }

    /** Single quotes stand for double quotes, to keep JSON in tests readable. */
    protected static String json(String singleQuoted) {
        return singleQuoted.replace('\'', '"');
    }

    protected static JsonNode body(Response response) {
        String text = response.readEntity(String.class);
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    /** Checks the status and the error body, and returns the first error. */
    protected static JsonNode error(Response response, int status) {
        JsonNode body = body(response);
        assertEquals(body.toString(), status, response.getStatus());
        assertEquals(1, body.get("errors").size());
        return body.get("errors").get(0);
    }

    protected static JsonNode ok(Response response, int status) {
        JsonNode body = body(response);
        assertEquals(body.toString(), status, response.getStatus());
        return body;
    }
}
