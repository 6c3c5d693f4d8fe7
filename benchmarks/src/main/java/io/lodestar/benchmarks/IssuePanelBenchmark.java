package io.lodestar.benchmarks;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.InMemoryKpiReadings;
import io.lodestar.core.okr.InMemoryOkrStore;
import io.lodestar.core.okr.IssueLink;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.OkrTreeService;
import io.lodestar.core.okr.QualityService;
import io.lodestar.core.okr.WorkBasis;
import io.lodestar.jira.app.OkrAccess;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.host.JiraIssueSource;
import io.lodestar.jira.host.JiraPermissions;
import io.lodestar.jira.settings.AppSettings;
import io.lodestar.jira.settings.AppSettingsStore;
import io.lodestar.jira.web.issuepanel.IssuePanel;
import io.lodestar.jira.web.issuepanel.IssuePanelContextProvider;
import io.lodestar.jira.web.issuepanel.IssuePanelViews;
import io.lodestar.sandbox.host.ExportDetails;
import io.lodestar.sandbox.host.ExportedIssues;
import io.lodestar.sandbox.host.PluginDescriptor;
import io.lodestar.sandbox.host.SandboxApplicationProperties;
import io.lodestar.sandbox.host.SandboxAuthenticationContext;
import io.lodestar.sandbox.host.SandboxCustomFieldManager;
import io.lodestar.sandbox.host.SandboxI18n;
import io.lodestar.sandbox.host.SandboxIssueLinkManager;
import io.lodestar.sandbox.host.SandboxIssueManager;
import io.lodestar.sandbox.host.SandboxPageBuilderService;
import io.lodestar.sandbox.host.SandboxPermissionManager;
import io.lodestar.sandbox.host.SandboxProjectManager;
import io.lodestar.sandbox.host.SandboxTemplateRenderer;
import io.lodestar.sandbox.host.SandboxUserManager;
import io.lodestar.sandbox.host.SandboxUsers;
import io.lodestar.sandbox.host.VelocityAllowlist;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The issue panel's server time on the view-issue page: the context provider building the view model (read, score,
 * permissions) plus the template rendered by the host's renderer, for a story whose epic is linked to 1, 10 or 100
 * key results of the open cycle. The app's real classes run on core's in-memory store, with the sandbox's Jira
 * managers over 41 generated issues (one epic of 40 stories of 3 points, every other one done) and its Velocity
 * renderer with the descriptor's allowlist. The store here sends no SQL: the statement count on Active Objects is
 * measured by AoIssuePanelQueryCountTest (11 for 1, 10 and 100 key results).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
public class IssuePanelBenchmark {

    private static final String TEMPLATE = "templates/issue-panel/issue-panel.vm";
    private static final IssueType EPIC = new IssueType("10000", "Epic", false);
    private static final IssueType STORY = new IssueType("10001", "Story", false);
    private static final Status TO_DO = new Status("1", "To Do", StatusCategory.TO_DO);
    private static final Status DONE = new Status("10001", "Done", StatusCategory.DONE);

    @Param({"1", "10", "100"})
    public int linkedKeyResults;

    private final SandboxUsers users = new SandboxUsers();
    private final SandboxPageBuilderService pageBuilder = new SandboxPageBuilderService();
    private IssuePanelContextProvider provider;
    private SandboxTemplateRenderer renderer;
    private Map<String, Object> pageContext;

    @Setup(Level.Trial)
    public void build() {
        ExportedIssues issues = issues();
        users.bind(SandboxUsers.ALICE);
        JiraPermissions permissions = new JiraPermissions(new SandboxAuthenticationContext(users),
                new SandboxUserManager(users), new SandboxPermissionManager(issues), new SandboxProjectManager(issues));
        AppSettingsStore settings = new AppSettingsStore() {
            @Override
            public AppSettings read() {
                return AppSettings.defaults();
            }

            @Override
            public AppSettings replace(AppSettings replacement) {
                throw new UnsupportedOperationException("read only");
            }
        };
        JiraIssueSource source = new JiraIssueSource(new SandboxIssueManager(issues), new SandboxIssueLinkManager(issues),
                new SandboxCustomFieldManager(issues), permissions, settings, "Story Points");
        Clock clock = Clock.systemUTC();
        InMemoryOkrStore store = new InMemoryOkrStore();
        Cycle cycle = store.saveCycle(Cycle.year(LocalDate.now(clock).getYear()));
        Objective objective = store.saveObjective(Objective.draft(cycle.id(), "Make the platform enterprise-ready", "",
                SandboxUsers.ALICE.getKey(), ObjectiveLevel.TEAM, "ATLAS"));
        long epicId = issues.byKey("ATLAS-1").orElseThrow().getId();
        for (int i = 0; i < linkedKeyResults; i++) {
            KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "Ship platform epics " + i, null,
                    Measure.linkedWork(i % 2 == 0 ? WorkBasis.STORY_POINTS : WorkBasis.ISSUE_COUNT)));
            store.link(new IssueLink(kr.id(), epicId));
        }
        OkrAccess access = new OkrAccess(permissions);
        OkrReader reader = new OkrReader(store, new OkrTreeService(store, source, new InMemoryKpiReadings(), clock),
                new CheckInService(store, clock), new QualityService(store), source, access, new InMemoryKpiStore());
        ClassLoader loader = getClass().getClassLoader();
        PluginDescriptor descriptor = PluginDescriptor.load(loader);
        renderer = new SandboxTemplateRenderer(new SandboxI18n(descriptor.i18nBundle(), loader),
                new VelocityAllowlist.Rules(descriptor.key(), Set.copyOf(descriptor.velocityAllowlist())));
        provider = new IssuePanelContextProvider(new IssuePanelViews(reader, access), new IssuePanel(renderer, pageBuilder),
                new SandboxApplicationProperties(() -> ""));
        pageContext = Map.of("issue", issues.byKey("ATLAS-2").orElseThrow());
        String html = panel();
        int entries = html.split("data-test=\"issue-panel-entry\"", -1).length - 1;
        if (entries != linkedKeyResults) {
            throw new IllegalStateException("the panel shows " + entries + " key results, not " + linkedKeyResults);
        }
    }

    @TearDown(Level.Trial)
    public void unbind() {
        users.unbind();
    }

    /** What Jira does for the panel on one view-issue request: the provider's map, then the template. */
    @Benchmark
    public String panel() {
        Map<String, Object> model = provider.getContextMap(new HashMap<>(pageContext));
        StringWriter out = new StringWriter(8192);
        try {
            renderer.render(TEMPLATE, model, out);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        pageBuilder.drainRequired();
        return out.toString();
    }

    /** The context provider alone (read, score, permissions, view model), to tell its share from the template's. */
    @Benchmark
    public Map<String, Object> viewModelOnly() {
        Map<String, Object> model = provider.getContextMap(new HashMap<>(pageContext));
        pageBuilder.drainRequired();
        return model;
    }

    private static ExportedIssues issues() {
        OffsetDateTime created = OffsetDateTime.parse("2026-01-05T09:00:00Z");
        List<IssueSnapshot> snapshots = new ArrayList<>();
        Map<String, String> summaries = new LinkedHashMap<>();
        snapshots.add(snapshot(10000, "ATLAS-1", EPIC, TO_DO, created, null, null));
        summaries.put("ATLAS-1", "Usage analytics pipeline");
        for (int i = 2; i <= 41; i++) {
            String key = "ATLAS-" + i;
            snapshots.add(snapshot(10000 + i, key, STORY, i % 2 == 0 ? DONE : TO_DO, created, 3.0, "ATLAS-1"));
            summaries.put(key, "Story " + i);
        }
        return new ExportedIssues(snapshots, new ExportDetails(summaries, Map.of()));
    }

    private static IssueSnapshot snapshot(long id, String key, IssueType type, Status status, OffsetDateTime created,
                                          Double points, String epicKey) {
        return new IssueSnapshot(String.valueOf(id), key, "ATLAS", type, status, created,
                status == DONE ? created.plusDays(3) : null, null, List.of(), points, List.of(), null, epicKey, List.of());
    }
}
