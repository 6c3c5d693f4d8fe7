package io.lodestar.jira.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.changehistory.ChangeHistory;
import com.atlassian.jira.issue.changehistory.ChangeHistoryManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.history.ChangeItemBean;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.project.version.Version;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.jira.settings.AppSettingsStore;
import java.lang.reflect.Method;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The KPI side's {@link IssueHistorySource} over Jira: the issues of a project or a JQL query, found
 * with {@code SearchService} as the current user (so a KPI counts only what its refresher may
 * browse), one page of {@value #PAGE_SIZE} at a time. The changelogs of a page are read in one bulk
 * call ({@code ChangeHistoryManager.getChangeHistoriesForUser(Iterable<Issue>, ApplicationUser)}), never
 * one call per issue or per field, so a run makes two host calls per page and holds one page's histories
 * in memory, whatever the size of the project.
 *
 * <ul>
 *   <li>Fields ({@link JiraSoftwareFields}): story points from the custom field whose id the app settings give,
 *       else Jira Software's managed Story Points field, else the one with the given name, as in
 *       {@link JiraIssueSource}; Sprint and Epic Link from Jira Software's managed fields, by name as a fallback.</li>
 *   <li>Changelog fields read: status, the story point field, Sprint, Fix Version, due date and
 *       resolution, by the names Jira stores in changelogs; items of all fields are merged oldest first,
 *       each at the time of its change group.</li>
 *   <li>Sprints come from the Sprint custom field, whose value is a collection of Jira Software's
 *       {@code Sprint} objects. Those are read by reflection ({@code getId}, {@code getName},
 *       {@code getState}, {@code getStartDate}... with Joda dates), because Jira Software is an
 *       optional plugin whose classes this app does not import. A sprint starts when it was started
 *       ({@code getActivatedDate}, where Jira Software has it), else at its planned start.</li>
 *   <li>The epic is the value of the Epic Link field (an issue); times keep the server's offset.</li>
 *   <li>A board source ({@link JiraBoards}, Jira Software): the issues of the board's saved filter, searched as
 *       {@code filter = <id>} as the current user (Jira checks the filter is shared with them); its sprints are
 *       those sprint KPIs keep (the calculators select the board's sprints by the sprints' board id); the statuses of
 *       its last column come with {@link #lastColumnStatusIds}. An unknown or hidden board, or a Jira without Jira
 *       Software, is a {@link NotFoundException}. Its issues are estimated as the board's velocity chart estimates
 *       them ({@link JiraBoards.Estimate}): with the board's custom field, or 1 each when it counts issues; with the
 *       story point field above when Jira Software does not say.</li>
 *   <li>A measurement of KPIs to which only recent changes matter reads a project or a board with
 *       {@code AND (updated >= "<day>" OR statusCategory != Done)}: the issues changed since its earliest period, and
 *       those not done, so its cost follows the team's recent work, not the project's history.</li>
 *   <li>The statuses returned are every status of the instance ({@code StatusManager}) with those of the issues read.</li>
 * </ul>
 */
public final class JiraIssueHistorySource implements IssueHistorySource {

    static final int PAGE_SIZE = 200;

    private static final String ORDER = " ORDER BY key";

    private static final Map<String, ChangeField> CHANGELOG_FIELDS = Map.of(
            "status", ChangeField.STATUS,
            "Sprint", ChangeField.SPRINT,
            "Fix Version", ChangeField.FIX_VERSION,
            "duedate", ChangeField.DUE_DATE,
            "resolution", ChangeField.RESOLUTION);

    private final SearchService search;
    private final ChangeHistoryManager history;
    private final StatusManager statusManager;
    private final CustomFieldManager customFields;
    private final JiraSoftwareFields managedFields;
    private final JiraPermissions permissions;
    private final AppSettingsStore settings;
    private final JiraBoards boards;
    private final String storyPointsFieldName;
    private final ZoneId zone;

    public JiraIssueHistorySource(SearchService search, ChangeHistoryManager history, CustomFieldManager fields,
                                  StatusManager statuses, JiraPermissions permissions, AppSettingsStore settings,
                                  JiraBoards boards, String storyPointsFieldName) {
        this(search, history, fields, statuses, permissions, settings, boards, storyPointsFieldName,
                ZoneId.systemDefault());
    }

    JiraIssueHistorySource(SearchService search, ChangeHistoryManager history, CustomFieldManager fields,
                           StatusManager statuses, JiraPermissions permissions, AppSettingsStore settings,
                           String storyPointsFieldName, ZoneId zone) {
        this(search, history, fields, statuses, permissions, settings, new JiraBoards(), storyPointsFieldName, zone);
    }

    JiraIssueHistorySource(SearchService search, ChangeHistoryManager history, CustomFieldManager fields,
                           StatusManager statuses, JiraPermissions permissions, AppSettingsStore settings,
                           JiraBoards boards, String storyPointsFieldName, ZoneId zone) {
        this.boards = boards;
        this.search = search;
        this.history = history;
        this.statusManager = statuses;
        this.customFields = fields;
        this.managedFields = new JiraSoftwareFields(fields);
        this.permissions = permissions;
        this.settings = settings;
        this.storyPointsFieldName = storyPointsFieldName;
        this.zone = zone;
    }

    @Override
    public StatusCatalog read(KpiDataSource source, Consumer<IssueSnapshot> sink) {
        return read(source, "", sink);
    }

    /**
     * Only the issues updated since {@code changedSince} or not done, for a project or a board: its JQL with
     * {@link #recentClause} before the order. A JQL source is read whole (its query may end in its own
     * {@code ORDER BY}, which no clause can follow, and the app does not rewrite a user's query).
     */
    @Override
    public StatusCatalog read(KpiDataSource source, Instant changedSince, Consumer<IssueSnapshot> sink) {
        return read(source, " AND " + recentClause(changedSince), sink);
    }

    /** The source's issues, a project's or a board's clause followed by {@code narrowing} (a JQL source's never: {@link #jql}). */
    private StatusCatalog read(KpiDataSource source, String narrowing, Consumer<IssueSnapshot> sink) {
        ApplicationUser user = permissions.currentUser().orElse(null);
        return switch (source.kind()) {
            case BOARD -> {
                JiraBoards.Board board = board(user, source);
                yield search(user, boardClause(board) + narrowing + ORDER, board.estimate(), source, sink);
            }
            case PROJECT, JQL -> search(user, jql(source, narrowing), JiraBoards.Estimate.SETTINGS, source, sink);
        };
    }

    /**
     * {@code (updated >= "2026-03-01" OR statusCategory != Done)}: JQL reads a date in the searcher's time zone, so the
     * day is the UTC day of {@code changedSince} minus one, early enough in every zone (offsets are under 24 hours);
     * a few more issues read are harmless, one missing would not be.
     */
    static String recentClause(Instant changedSince) {
        LocalDate day = changedSince.minus(java.time.Duration.ofDays(1)).atZone(java.time.ZoneOffset.UTC).toLocalDate();
        return "(updated >= \"" + day + "\" OR statusCategory != Done)";
    }

    private static String projectClause(KpiDataSource source) {
        return "project = \"" + source.reference().replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private StatusCatalog search(ApplicationUser user, String jql, JiraBoards.Estimate estimate, KpiDataSource source,
                                 Consumer<IssueSnapshot> sink) {
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            throw new InvalidInputException("kpi.dataSource.reference", String.join("; ",
                    parsed.getErrors() == null ? List.of("invalid JQL") : parsed.getErrors().getErrorMessages()));
        }
        JiraSoftwareFields managed = managedFields;
        boolean countIssues = estimate.kind() == JiraBoards.Estimate.Kind.ISSUE_COUNT;
        CustomField boardField = estimate.kind() == JiraBoards.Estimate.Kind.CUSTOM_FIELD
                ? customFields.getCustomFieldObject(estimate.fieldId()) : null;
        CustomField storyPoints = countIssues ? null
                : boardField != null ? boardField : managed.storyPoints(settings.read(), storyPointsFieldName);
        CustomField sprints = managed.sprint();
        CustomField epicLink = managed.epicLink();
        Map<String, Status> statuses = new LinkedHashMap<>();
        int start = 0;
        while (true) {
            SearchResults<Issue> page;
            try {
                page = search.search(user, parsed.getQuery(), new PagerFilter<>(start, PAGE_SIZE));
            } catch (SearchException e) {
                throw new IllegalStateException("Jira search failed for the KPI source " + source.kind(), e);
            }
            List<Issue> issues = page.getResults() == null ? List.of() : page.getResults();
            Map<Long, List<Change>> changelogs = issues.isEmpty() ? Map.of() : changelogs(issues, user, storyPoints);
            for (Issue issue : issues) {
                IssueSnapshot snapshot = snapshot(issue, storyPoints, countIssues, sprints, epicLink,
                        changelogs.getOrDefault(issue.getId(), List.of()));
                statuses.putIfAbsent(snapshot.status().id(), snapshot.status());
                sink.accept(snapshot);
            }
            start += issues.size();
            if (issues.isEmpty() || start >= page.getTotal()) {
                break;
            }
        }
        // Every status of the instance too: a status met only in a changelog keeps its category, and so do the
        // statuses of issues a windowed read left out.
        for (com.atlassian.jira.issue.status.Status known : statusManager.getStatuses()) {
            Status status = status(known);
            statuses.putIfAbsent(status.id(), status);
        }
        return StatusCatalog.of(statuses.values());
    }

    /**
     * The JQL of a project or JQL source: a project by key with {@code narrowing} before the order, or a user's query
     * as given (a board: {@link #boardClause}).
     */
    static String jql(KpiDataSource source, String narrowing) {
        return switch (source.kind()) {
            case PROJECT -> projectClause(source) + narrowing + ORDER;
            case JQL -> source.reference();
            case BOARD -> throw new IllegalArgumentException("a board's JQL comes from its saved filter: boardClause");
        };
    }

    /** A board's clause: its saved filter, by id, which Jira resolves with the searcher's permissions. */
    private static String boardClause(JiraBoards.Board board) {
        return "filter = " + board.savedFilterId();
    }

    private JiraBoards.Board board(ApplicationUser user, KpiDataSource source) {
        long id = Long.parseLong(source.reference());
        return boards.find(user, id).orElseThrow(() -> new NotFoundException("board", source.reference()));
    }

    /** The statuses of the board's last column, as Jira Software gives them; empty for other sources. */
    @Override
    public java.util.Set<String> lastColumnStatusIds(KpiDataSource source) {
        if (source.kind() != KpiDataSource.Kind.BOARD) {
            return java.util.Set.of();
        }
        return board(permissions.currentUser().orElse(null), source).lastColumnStatusIds();
    }

    private IssueSnapshot snapshot(Issue issue, CustomField storyPoints, boolean countIssues, CustomField sprintField,
                                   CustomField epicLink, List<Change> changelog) {
        com.atlassian.jira.issue.status.Status jiraStatus = issue.getStatus();
        com.atlassian.jira.issue.issuetype.IssueType jiraType = issue.getIssueType();
        Status status = status(jiraStatus);
        IssueType type = new IssueType(jiraType.getId(), jiraType.getName(), jiraType.isSubTask());
        Object points = storyPoints == null ? null : issue.getCustomFieldValue(storyPoints);
        Object epic = epicLink == null ? null : issue.getCustomFieldValue(epicLink);
        return new IssueSnapshot(String.valueOf(issue.getId()), issue.getKey(),
                issue.getProjectObject() == null ? "" : issue.getProjectObject().getKey(), type, status,
                time(issue.getCreated()), time(issue.getResolutionDate()), date(issue.getDueDate()),
                fixVersions(issue.getFixVersions()), countIssues ? Double.valueOf(1)
                        : points instanceof Number n ? n.doubleValue() : null,
                sprints(sprintField == null ? null : issue.getCustomFieldValue(sprintField)), null,
                epic instanceof Issue epicIssue ? epicIssue.getKey() : null, changelog);
    }

    private static Status status(com.atlassian.jira.issue.status.Status jiraStatus) {
        return new Status(jiraStatus.getId(), jiraStatus.getName(), StatusCategory.fromJiraKey(
                jiraStatus.getStatusCategory() == null ? null : jiraStatus.getStatusCategory().getKey()));
    }

    /**
     * The changelogs of one page of issues, by issue id, from one bulk call: the items of the fields KPIs
     * read, oldest first (sorted here, whatever order Jira returns the change groups in).
     */
    private Map<Long, List<Change>> changelogs(List<Issue> issues, ApplicationUser user, CustomField storyPoints) {
        Map<String, ChangeField> names = new LinkedHashMap<>(CHANGELOG_FIELDS);
        if (storyPoints != null) {
            names.put(storyPoints.getName(), ChangeField.STORY_POINTS);
        }
        Map<Long, List<Change>> byIssue = new HashMap<>();
        List<ChangeHistory> histories = history.getChangeHistoriesForUser(issues, user);
        for (ChangeHistory group : histories == null ? List.<ChangeHistory>of() : histories) {
            List<ChangeItemBean> items = group.getChangeItemBeans();
            if (group.getIssueId() == null || items == null) {
                continue;
            }
            for (ChangeItemBean item : items) {
                ChangeField field = names.get(item.getField());
                Timestamp at = group.getTimePerformed() != null ? group.getTimePerformed() : item.getCreated();
                if (field != null && at != null) {
                    byIssue.computeIfAbsent(group.getIssueId(), id -> new ArrayList<>()).add(new Change(time(at), field,
                            item.getFrom(), item.getFromString(), item.getTo(), item.getToString()));
                }
            }
        }
        byIssue.values().forEach(changes -> changes.sort(Comparator.comparing(Change::at)));
        return byIssue;
    }

    private List<FixVersion> fixVersions(Collection<Version> versions) {
        if (versions == null) {
            return List.of();
        }
        return versions.stream()
                .map(v -> new FixVersion(String.valueOf(v.getId()), v.getName(), v.isReleased(),
                        v.getReleaseDate() == null ? null : LocalDate.ofInstant(v.getReleaseDate().toInstant(), zone)))
                .toList();
    }

    /** Jira Software sprints read by reflection; an object that does not look like a sprint is skipped. */
    private List<Sprint> sprints(Object value) {
        if (!(value instanceof Collection<?> collection)) {
            return List.of();
        }
        List<Sprint> sprints = new ArrayList<>();
        for (Object sprint : collection) {
            Object id = call(sprint, "getId");
            Object name = call(sprint, "getName");
            Object state = call(sprint, "getState");
            if (!(id instanceof Number) || name == null || state == null) {
                continue;
            }
            Sprint.State parsed;
            try {
                parsed = Sprint.State.valueOf(state.toString().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                continue;
            }
            Object board = call(sprint, "getRapidViewId");
            OffsetDateTime activated = jodaTime(call(sprint, "getActivatedDate"));
            sprints.add(new Sprint(((Number) id).longValue(), name.toString(), parsed,
                    activated != null ? activated : jodaTime(call(sprint, "getStartDate")),
                    jodaTime(call(sprint, "getEndDate")), jodaTime(call(sprint, "getCompleteDate")),
                    board instanceof Number number ? number.longValue() : null));
        }
        return sprints;
    }

    private OffsetDateTime jodaTime(Object dateTime) {
        Object date = dateTime instanceof Date ? dateTime : call(dateTime, "toDate");
        return date instanceof Date d ? OffsetDateTime.ofInstant(d.toInstant(), zone) : null;
    }

    private static Object call(Object target, String method) {
        if (target == null) {
            return null;
        }
        try {
            Method getter = target.getClass().getMethod(method);
            return getter.invoke(target);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return null;
        }
    }

    /** Jira Software owns the Sprint field: without Jira Software installed, Jira has no such field. */
    @Override
    public boolean hasSprints() {
        return managedFields.sprint() != null;
    }

    private OffsetDateTime time(Timestamp timestamp) {
        return timestamp == null ? null : OffsetDateTime.ofInstant(Instant.ofEpochMilli(timestamp.getTime()), zone);
    }

    private LocalDate date(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toLocalDateTime().toLocalDate();
    }
}
