package io.lodestar.jira.host;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import io.lodestar.jira.settings.InMemoryAppSettingsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A small Jira for tests: users, Jira administrators, projects with their administrators, issues
 * (epics with their children) and issues hidden from some users. The Jira managers are Mockito mocks
 * whose answers read this state, so a test changes the state, not the stubs.
 */
public final class FakeJira {

    public static final String STORY_POINTS = "Story Points";
    /** The id of the custom field named {@value #STORY_POINTS}. */
    public static final String STORY_POINTS_ID = "customfield_10002";
    /** The id of a second number field, "Estimate", that settings may choose instead. */
    public static final String ESTIMATE_ID = "customfield_10500";
    /** The ids of the statuses each category's issues are in: To Do, In Progress, Done. */
    public static final String TO_DO_ID = "10000";
    public static final String IN_PROGRESS_ID = "3";
    public static final String DONE_ID = "10001";

    public final JiraAuthenticationContext authentication = mock(JiraAuthenticationContext.class);
    public final UserManager users = mock(UserManager.class);
    public final PermissionManager permissionManager = mock(PermissionManager.class);
    public final ProjectManager projectManager = mock(ProjectManager.class);
    public final IssueManager issueManager = mock(IssueManager.class);
    public final IssueLinkManager linkManager = mock(IssueLinkManager.class);
    public final CustomFieldManager fieldManager = mock(CustomFieldManager.class);
    /** The KPIs' watchers, in memory as the AO store keeps them (each user once per KPI, in key order). */
    public final io.lodestar.core.kpi.KpiWatchers kpiWatchers = new io.lodestar.core.kpi.KpiWatchers() {
        private final Map<Long, java.util.TreeSet<String>> watching = new HashMap<>();

        @Override
        public boolean watch(long kpiId, String userKey) {
            return watching.computeIfAbsent(kpiId, id -> new java.util.TreeSet<>()).add(userKey);
        }

        @Override
        public boolean unwatch(long kpiId, String userKey) {
            return watching.containsKey(kpiId) && watching.get(kpiId).remove(userKey);
        }

        @Override
        public List<String> watchers(long kpiId) {
            return List.copyOf(watching.getOrDefault(kpiId, new java.util.TreeSet<>()));
        }
    };
    /** Each user's reminder switch, in memory (on unless switched off). */
    public final io.lodestar.jira.settings.ReminderPreferences reminderPreferences =
            new io.lodestar.jira.settings.ReminderPreferences() {
                private final Set<String> off = new HashSet<>();

                @Override
                public boolean enabledFor(String userKey) {
                    return userKey != null && !off.contains(userKey);
                }

                @Override
                public boolean setEnabledFor(String userKey, boolean enabled) {
                    if (enabled) {
                        off.remove(userKey);
                    } else {
                        off.add(userKey);
                    }
                    return enabled;
                }
            };
    public final UserSearchService userSearch = mock(UserSearchService.class);
    public final com.atlassian.jira.config.StatusManager statusManager = mock(com.atlassian.jira.config.StatusManager.class);
    /** The app settings the adapters read; a test replaces them. */
    public final InMemoryAppSettingsStore settings = new InMemoryAppSettingsStore();

    private final CustomField storyPoints = mock(CustomField.class);
    private final CustomField estimate = mock(CustomField.class);
    /** A text field: not offered as the story points field. */
    private final CustomField sprintText = mock(CustomField.class);

    private static com.atlassian.jira.issue.customfields.CustomFieldType<?, ?> type(String key) {
        com.atlassian.jira.issue.customfields.CustomFieldType<?, ?> type = mock(com.atlassian.jira.issue.customfields.CustomFieldType.class);
        when(type.getKey()).thenReturn(key);
        return type;
    }
    private final Map<String, ApplicationUser> usersByKey = new HashMap<>();
    private final Set<String> admins = new HashSet<>();
    private final Map<String, Project> projects = new HashMap<>();
    private final Map<String, Set<String>> projectAdmins = new HashMap<>();
    private final Map<String, Set<String>> projectHiddenFrom = new HashMap<>();
    private final Map<Long, MutableIssue> issues = new HashMap<>();
    private final Map<Long, List<IssueLink>> outward = new HashMap<>();
    private final Map<Long, List<IssueLink>> inward = new HashMap<>();
    private final Map<Long, Set<String>> hiddenFrom = new HashMap<>();
    private ApplicationUser loggedIn;
    private int bulkLoads;

    public FakeJira() {
        when(authentication.getLoggedInUser()).thenAnswer(call -> loggedIn);
        when(users.isAdmin(any(UserKey.class))).thenAnswer(call -> admins.contains(((UserKey) call.getArgument(0)).getStringValue()));
        when(users.getUserProfile(any(UserKey.class))).thenAnswer(call -> profile(((UserKey) call.getArgument(0)).getStringValue()));
        when(projectManager.getProjectObjByKey(anyString())).thenAnswer(call -> projects.get((String) call.getArgument(0)));
        when(permissionManager.hasPermission(any(ProjectPermissionKey.class), any(Issue.class), any(ApplicationUser.class)))
                .thenAnswer(call -> call.getArgument(0) == ProjectPermissions.BROWSE_PROJECTS
                        && !hiddenFrom.getOrDefault(((Issue) call.getArgument(1)).getId(), Set.of())
                        .contains(((ApplicationUser) call.getArgument(2)).getKey())
                        && !projectHiddenFrom.getOrDefault(((Issue) call.getArgument(1)).getProjectObject().getKey(), Set.of())
                        .contains(((ApplicationUser) call.getArgument(2)).getKey()));
        when(permissionManager.hasPermission(any(ProjectPermissionKey.class), any(Project.class), any(ApplicationUser.class)))
                .thenAnswer(call -> projectPermission(call.getArgument(0), ((Project) call.getArgument(1)).getKey(),
                        ((ApplicationUser) call.getArgument(2)).getKey()));
        when(permissionManager.getProjects(any(ProjectPermissionKey.class), any(ApplicationUser.class)))
                .thenAnswer(call -> projects.values().stream()
                        .filter(p -> projectPermission(call.getArgument(0), p.getKey(), ((ApplicationUser) call.getArgument(1)).getKey()))
                        .toList());
        when(userSearch.findUsers(anyString(), any(UserSearchParams.class))).thenAnswer(call -> {
            String query = ((String) call.getArgument(0)).toLowerCase(java.util.Locale.ROOT);
            return usersByKey.values().stream()
                    .filter(u -> u.getKey().startsWith(query) || u.getDisplayName().toLowerCase(java.util.Locale.ROOT).startsWith(query))
                    .sorted(java.util.Comparator.comparing(ApplicationUser::getKey))
                    .toList();
        });
        when(projectManager.getProjectObjects()).thenAnswer(call -> new ArrayList<>(projects.values()));
        when(issueManager.getIssueObject(anyLong())).thenAnswer(call -> issues.get((Long) call.getArgument(0)));
        when(issueManager.getIssueObject(anyString())).thenAnswer(call -> issues.values().stream()
                .filter(i -> i.getKey().equals(call.getArgument(0))).findFirst().orElse(null));
        when(issueManager.getIssueObjects(anyCollection())).thenAnswer(call -> {
            bulkLoads++;
            List<Issue> found = new ArrayList<>();
            for (Object id : (Collection<?>) call.getArgument(0)) {
                if (issues.containsKey(id)) {
                    found.add(issues.get(id));
                }
            }
            return found;
        });
        when(linkManager.getOutwardLinks(anyLong())).thenAnswer(call -> outward.getOrDefault((Long) call.getArgument(0), List.of()));
        when(linkManager.getInwardLinks(anyLong())).thenAnswer(call -> inward.getOrDefault((Long) call.getArgument(0), List.of()));
        when(storyPoints.getName()).thenReturn(STORY_POINTS);
        when(fieldManager.getCustomFieldObjectsByName(STORY_POINTS)).thenReturn(List.of(storyPoints));
        when(storyPoints.getId()).thenReturn(STORY_POINTS_ID);
        when(fieldManager.getCustomFieldObject(STORY_POINTS_ID)).thenReturn(storyPoints);
        when(estimate.getName()).thenReturn("Estimate");
        when(estimate.getId()).thenReturn(ESTIMATE_ID);
        when(fieldManager.getCustomFieldObject(ESTIMATE_ID)).thenReturn(estimate);
        when(fieldManager.getCustomFieldObjects()).thenReturn(List.of(storyPoints, estimate, sprintText));
        when(sprintText.getName()).thenReturn("Sprint name");
        when(sprintText.getId()).thenReturn("customfield_10600");
        org.mockito.Mockito.doReturn(type("com.atlassian.jira.plugin.system.customfieldtypes:textfield")).when(sprintText).getCustomFieldType();
        org.mockito.Mockito.doReturn(type(JiraSettingsChoices.NUMBER_FIELD_TYPE)).when(storyPoints).getCustomFieldType();
        org.mockito.Mockito.doReturn(type(JiraSettingsChoices.NUMBER_FIELD_TYPE)).when(estimate).getCustomFieldType();
        List<com.atlassian.jira.issue.status.Status> statuses = List.of(status(TO_DO_ID, "To Do", "new"),
                status(IN_PROGRESS_ID, "In Progress", "indeterminate"), status(DONE_ID, "Done", "done"));
        when(statusManager.getStatuses()).thenReturn(statuses);
    }

    /** Jira's custom fields and statuses as the administration page lists them: Estimate, Story Points; Done, In Progress, To Do. */
    public JiraSettingsChoices settingsChoices() {
        return new JiraSettingsChoices(fieldManager, statusManager);
    }

    private static com.atlassian.jira.issue.status.Status status(String id, String name, String categoryKey) {
        com.atlassian.jira.issue.status.Status status = mock(com.atlassian.jira.issue.status.Status.class);
        com.atlassian.jira.issue.status.category.StatusCategory category =
                mock(com.atlassian.jira.issue.status.category.StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getId()).thenReturn(id);
        when(status.getName()).thenReturn(name);
        when(status.getStatusCategory()).thenReturn(category);
        return status;
    }

    /**
     * Jira's JQL parser as far as the tests need it: {@code project = KEY} (any case, blanks around) parses for a known
     * project; anything else fails with Jira's kind of message.
     */
    public JiraJqlParser jqlParser() {
        SearchService search = mock(SearchService.class);
        when(search.parseQuery(any(), anyString())).thenAnswer(call -> {
            String jql = call.getArgument(1);
            java.util.regex.Matcher project = java.util.regex.Pattern.compile("(?i)\\s*project\\s*=\\s*(\\w+)\\s*").matcher(jql);
            MessageSet errors = mock(MessageSet.class);
            String error = !project.matches() ? "Error in the JQL Query: the query '" + jql + "' does not parse."
                    : projects.containsKey(project.group(1).toUpperCase(java.util.Locale.ROOT)) ? null
                    : "The value '" + project.group(1) + "' does not exist for the field 'project'.";
            when(errors.hasAnyErrors()).thenReturn(error != null);
            when(errors.getErrorMessages()).thenReturn(error == null ? Set.of() : Set.of(error));
            return new SearchService.ParseResult(null, errors);
        });
        return new JiraJqlParser(search, permissions());
    }

    /**
     * Jira's search as far as key results from a query need it (issue 11): {@code project = KEY} parses as
     * {@link #jqlParser()} does and matches the project's issues, in id order; {@code search} answers with those the
     * logged-in user may browse, one page, and {@code searchCountOverrideSecurity} counts them all.
     */
    public JiraIssueQuery issueQuery() {
        SearchService search = mock(SearchService.class);
        when(search.parseQuery(any(), anyString())).thenAnswer(call -> {
            String jql = call.getArgument(1);
            java.util.regex.Matcher project = java.util.regex.Pattern.compile("(?i)\\s*project\\s*=\\s*(\\w+)\\s*").matcher(jql);
            MessageSet errors = mock(MessageSet.class);
            boolean known = project.matches() && projects.containsKey(project.group(1).toUpperCase(java.util.Locale.ROOT));
            when(errors.hasAnyErrors()).thenReturn(!known);
            when(errors.getErrorMessages()).thenReturn(known ? Set.of()
                    : Set.of("Error in the JQL Query: the query '" + jql + "' does not parse."));
            return new SearchService.ParseResult(known ? new ProjectQuery(project.group(1).toUpperCase(java.util.Locale.ROOT))
                    : null, errors);
        });
        try {
            when(search.search(any(), any(), any())).thenAnswer(call -> {
                List<Issue> visible = inProject(call.getArgument(1)).stream().filter(permissions()::mayBrowse).toList();
                return new com.atlassian.jira.issue.search.SearchResults<>(visible, visible.size(), visible.size(), 0);
            });
            when(search.searchCountOverrideSecurity(any(), any()))
                    .thenAnswer(call -> (long) inProject(call.getArgument(1)).size());
        } catch (com.atlassian.jira.issue.search.SearchException e) {
            throw new IllegalStateException(e);
        }
        return new JiraIssueQuery(search, fieldManager, permissions(), settings);
    }

    /** A parsed {@code project = KEY}. */
    private record ProjectQuery(String key) implements com.atlassian.query.Query {
    }

    private List<Issue> inProject(com.atlassian.query.Query query) {
        String key = ((ProjectQuery) query).key();
        return issues.values().stream()
                .filter(issue -> issue.getKey().startsWith(key + "-"))
                .sorted(java.util.Comparator.comparing(Issue::getId))
                .<Issue>map(issue -> issue)
                .toList();
    }

    public JiraPermissions permissions() {
        return new JiraPermissions(authentication, users, permissionManager, projectManager);
    }

    public JiraDirectory directory() {
        return new JiraDirectory(userSearch, users, permissionManager, permissions());
    }

    public JiraIssueSource issueSource() {
        return new JiraIssueSource(issueManager, linkManager, fieldManager, permissions(), settings, STORY_POINTS);
    }

    public FakeJira user(String key, String fullName) {
        ApplicationUser user = mock(ApplicationUser.class);
        when(user.getKey()).thenReturn(key);
        when(user.getDisplayName()).thenReturn(fullName);
        when(user.getUsername()).thenReturn(key);
        usersByKey.put(key, user);
        UserProfile profile = mock(UserProfile.class);
        when(profile.getFullName()).thenReturn(fullName);
        when(profile.getUsername()).thenReturn(key);
        profiles.put(key, profile);
        return this;
    }

    private final Map<String, UserProfile> profiles = new HashMap<>();

    private UserProfile profile(String key) {
        return profiles.get(key);
    }

    public FakeJira login(String key) {
        loggedIn = usersByKey.get(key);
        if (loggedIn == null) {
            throw new IllegalArgumentException("no user " + key);
        }
        return this;
    }

    public FakeJira logout() {
        loggedIn = null;
        return this;
    }

    public FakeJira jiraAdmin(String key) {
        admins.add(key);
        return this;
    }

    public FakeJira projectAdmin(String projectKey, String userKey) {
        project(projectKey, projectKey + " team");
        projectAdmins.computeIfAbsent(projectKey, key -> new HashSet<>()).add(userKey);
        return this;
    }

    /** A project that every user may browse, unless hidden from them ({@link #hideProject}). */
    public FakeJira project(String projectKey, String name) {
        projects.computeIfAbsent(projectKey, key -> {
            Project project = mock(Project.class);
            when(project.getKey()).thenReturn(key);
            when(project.getName()).thenReturn(name);
            return project;
        });
        return this;
    }

    /** A project that every user may browse. */
    public FakeJira project(String projectKey) {
        return project(projectKey, projectKey + " team");
    }

    /** A project (created when unknown) that this user may not browse; the others still may. */
    public FakeJira hideProject(String projectKey, String fromUserKey) {
        project(projectKey);
        projectHiddenFrom.computeIfAbsent(projectKey, key -> new HashSet<>()).add(fromUserKey);
        return this;
    }

    private boolean projectPermission(Object permission, String projectKey, String userKey) {
        if (!projects.containsKey(projectKey)) {
            return false;
        }
        if (permission == ProjectPermissions.BROWSE_PROJECTS) {
            return !projectHiddenFrom.getOrDefault(projectKey, Set.of()).contains(userKey);
        }
        return permission == ProjectPermissions.ADMINISTER_PROJECTS
                && projectAdmins.getOrDefault(projectKey, Set.of()).contains(userKey);
    }

    /** An issue of type Story in a status of the given category ("new", "indeterminate" or "done"). */
    public FakeJira issue(long id, String key, String summary, String categoryKey, Double storyPoints) {
        return add(id, key, summary, "Story", categoryKey, storyPoints);
    }

    public FakeJira epic(long id, String key, String summary, String categoryKey, long... childIds) {
        add(id, key, summary, "Epic", categoryKey, null);
        List<IssueLink> links = new ArrayList<>();
        for (long childId : childIds) {
            links.add(link(JiraIssueSource.EPIC_LINK_TYPE, id, childId));
        }
        outward.put(id, links);
        return this;
    }

    /** A sub-task of {@code parentId}, linked as Jira links them (an outward "jira_subtask_link" of the parent). */
    public FakeJira subTask(long id, String key, String summary, String categoryKey, Double storyPoints, long parentId) {
        add(id, key, summary, "Sub-task", categoryKey, storyPoints);
        IssueLink link = link(JiraIssueSource.SUB_TASK_LINK_TYPE, parentId, id);
        outward.computeIfAbsent(parentId, ignored -> new ArrayList<>()).add(link);
        inward.computeIfAbsent(id, ignored -> new ArrayList<>()).add(link);
        return this;
    }

    private IssueLink link(String typeName, long sourceId, long destinationId) {
        IssueLink link = mock(IssueLink.class);
        IssueLinkType type = mock(IssueLinkType.class);
        when(type.getName()).thenReturn(typeName);
        when(link.getIssueLinkType()).thenReturn(type);
        when(link.getSourceId()).thenReturn(sourceId);
        when(link.getDestinationId()).thenReturn(destinationId);
        if (JiraIssueSource.EPIC_LINK_TYPE.equals(typeName)) {
            inward.computeIfAbsent(destinationId, ignored -> new ArrayList<>()).add(link);
        }
        return link;
    }

    /** Sets the value of the "Estimate" field ({@link #ESTIMATE_ID}) of an issue. */
    public FakeJira estimate(long issueId, Double value) {
        when(issues.get(issueId).getCustomFieldValue(estimate)).thenReturn(value);
        return this;
    }

    /** Puts an issue in another status of the same category, with its own id. */
    public FakeJira status(long issueId, String statusId, String name) {
        Status status = issues.get(issueId).getStatus();
        when(status.getId()).thenReturn(statusId);
        when(status.getName()).thenReturn(name);
        return this;
    }

    public FakeJira hide(long issueId, String fromUserKey) {
        hiddenFrom.computeIfAbsent(issueId, id -> new HashSet<>()).add(fromUserKey);
        return this;
    }

    /** How many bulk issue loads were made, to check that the adapter does not load issue by issue. */
    public int bulkLoads() {
        return bulkLoads;
    }

    private FakeJira add(long id, String key, String summary, String typeName, String categoryKey, Double storyPoints) {
        MutableIssue issue = mock(MutableIssue.class);
        when(issue.getId()).thenReturn(id);
        when(issue.getKey()).thenReturn(key);
        when(issue.getSummary()).thenReturn(summary);
        IssueType type = mock(IssueType.class);
        when(type.getName()).thenReturn(typeName);
        when(issue.getIssueType()).thenReturn(type);
        Status status = mock(Status.class);
        StatusCategory category = mock(StatusCategory.class);
        when(category.getKey()).thenReturn(categoryKey);
        when(status.getName()).thenReturn(switch (categoryKey) {
            case StatusCategory.COMPLETE -> "Done";
            case StatusCategory.IN_PROGRESS -> "In Progress";
            default -> "To Do";
        });
        when(status.getId()).thenReturn(switch (categoryKey) {
            case StatusCategory.COMPLETE -> DONE_ID;
            case StatusCategory.IN_PROGRESS -> IN_PROGRESS_ID;
            default -> TO_DO_ID;
        });
        when(status.getStatusCategory()).thenReturn(category);
        when(issue.getStatus()).thenReturn(status);
        when(issue.getCustomFieldValue(this.storyPoints)).thenReturn(storyPoints);
        Project project = mock(Project.class);
        when(project.getKey()).thenReturn(key.substring(0, key.indexOf('-')));
        when(issue.getProjectObject()).thenReturn(project);
        issues.put(id, issue);
        return this;
    }
}
