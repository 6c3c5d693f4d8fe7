package io.lodestar.jira.host;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.issue.status.category.StatusCategory;
import io.lodestar.core.okr.IssueSource;
import io.lodestar.core.okr.LinkedIssue;
import io.lodestar.jira.settings.AppSettings;
import io.lodestar.jira.settings.AppSettingsStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Core's {@link IssueSource} over Jira: the issues linked to key results, as the current user may see
 * them. An issue the user cannot browse is left out, also as an epic's child (see the port's contract).
 *
 * <ul>
 *   <li>Issues are loaded in bulk with {@code IssueManager.getIssueObjects}, one call for the linked
 *       issues and one for all the children of the epics among them.</li>
 *   <li>An epic is an issue of the type named {@value #EPIC_TYPE}; its issues are the destinations of
 *       its outward links of type {@value #EPIC_LINK_TYPE}, which is how Jira Software Data Center
 *       stores the "Epic Link" field.</li>
 *   <li>Done means one of the statuses the settings give for the issue's project, or else a status in
 *       the Done category. Story points are the value of the custom field whose id the settings give, or
 *       else of the custom field with the given name (Jira Software's "Story Points"); a value that is
 *       not a non-negative number counts as unestimated. The settings are read once per call.</li>
 * </ul>
 */
public final class JiraIssueSource implements IssueSource {

    /** Jira Software's epic issue type. */
    public static final String EPIC_TYPE = "Epic";
    /** The system link type from an epic to each issue in it. */
    public static final String EPIC_LINK_TYPE = "Epic-Story Link";
    /** The system link type from a parent to each of its sub-tasks ({@code SubTaskManager.SUB_TASK_LINK_TYPE_NAME}). */
    public static final String SUB_TASK_LINK_TYPE = "jira_subtask_link";

    private final IssueManager issues;
    private final IssueLinkManager links;
    private final CustomFieldManager fields;
    private final JiraPermissions permissions;
    private final AppSettingsStore settings;
    private final String storyPointsFieldName;

    /**
     * @param storyPointsFieldName the story point field's name, used when the settings name no field id
     */
    public JiraIssueSource(IssueManager issues, IssueLinkManager links, CustomFieldManager fields,
                           JiraPermissions permissions, AppSettingsStore settings, String storyPointsFieldName) {
        this.issues = issues;
        this.links = links;
        this.fields = fields;
        this.permissions = permissions;
        this.settings = settings;
        this.storyPointsFieldName = storyPointsFieldName;
    }

    @Override
    public List<LinkedIssue> find(Collection<Long> issueIds) {
        return cards(issueIds).stream().map(IssueCard::toLinkedIssue).toList();
    }

    /** The visible issues among {@code issueIds}, in the order asked, epics with their visible children. */
    public List<IssueCard> cards(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        AppSettings chosen = settings.read();
        CustomField storyPoints = new JiraSoftwareFields(fields).storyPoints(chosen, storyPointsFieldName);
        List<Issue> visible = browsable(new ArrayList<>(new LinkedHashSet<>(issueIds)));
        Map<Long, List<Long>> childIdsByEpic = new LinkedHashMap<>();
        Set<Long> allChildIds = new LinkedHashSet<>();
        for (Issue issue : visible) {
            if (isEpic(issue)) {
                List<Long> childIds = childIdsOf(issue);
                childIdsByEpic.put(issue.getId(), childIds);
                allChildIds.addAll(childIds);
            }
        }
        Map<Long, Issue> children = new LinkedHashMap<>();
        if (!allChildIds.isEmpty()) {
            browsable(new ArrayList<>(allChildIds)).forEach(child -> children.put(child.getId(), child));
        }
        List<IssueCard> cards = new ArrayList<>();
        for (Issue issue : visible) {
            List<Long> childIds = childIdsByEpic.getOrDefault(issue.getId(), List.of());
            List<IssueCard> childCards = childIds.stream()
                    .filter(children::containsKey)
                    .map(id -> card(children.get(id), chosen, storyPoints, false, List.of(), 0))
                    .toList();
            cards.add(card(issue, chosen, storyPoints, isEpic(issue), childCards, childIds.size() - childCards.size()));
        }
        return cards;
    }

    /** The issue with this key (current or former) if it exists and the current user may browse it. */
    public Optional<IssueCard> findByKey(String issueKey) {
        if (issueKey == null || issueKey.isBlank()) {
            return Optional.empty();
        }
        Issue issue = issues.getIssueObject(issueKey.strip().toUpperCase(Locale.ROOT));
        if (issue == null || !permissions.mayBrowse(issue)) {
            return Optional.empty();
        }
        return cards(List.of(issue.getId())).stream().findFirst();
    }

    /**
     * The issues that contain this one, nearest first, among those the current user may browse: the parent of a
     * sub-task, then the epic of the issue or, for a sub-task, of its parent. Read from the inward links of the issue
     * (and of its parent), then the containers in one bulk look-up.
     */
    public List<IssueContainer> containersOf(long issueId) {
        Map<Long, IssueContainer.Relation> found = new LinkedHashMap<>();
        Long parent = inwardSource(issueId, SUB_TASK_LINK_TYPE);
        if (parent != null) {
            found.put(parent, IssueContainer.Relation.PARENT);
        }
        Long epic = inwardSource(issueId, EPIC_LINK_TYPE);
        if (epic == null && parent != null) {
            epic = inwardSource(parent, EPIC_LINK_TYPE);
        }
        if (epic != null) {
            found.putIfAbsent(epic, IssueContainer.Relation.EPIC);
        }
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Issue> visible = new LinkedHashMap<>();
        browsable(new ArrayList<>(found.keySet())).forEach(issue -> visible.put(issue.getId(), issue));
        return found.entrySet().stream().filter(entry -> visible.containsKey(entry.getKey()))
                .map(entry -> new IssueContainer(entry.getKey(), visible.get(entry.getKey()).getKey(), entry.getValue()))
                .toList();
    }

    private Long inwardSource(long issueId, String linkType) {
        List<IssueLink> inward = links.getInwardLinks(issueId);
        if (inward == null) {
            return null;
        }
        return inward.stream()
                .filter(link -> link.getIssueLinkType() != null && linkType.equals(link.getIssueLinkType().getName()))
                .map(IssueLink::getSourceId)
                .findFirst()
                .orElse(null);
    }

    private List<Issue> browsable(List<Long> ids) {
        List<Issue> found = issues.getIssueObjects(ids);
        return found == null ? List.of() : found.stream().filter(i -> i != null && permissions.mayBrowse(i)).toList();
    }

    private List<Long> childIdsOf(Issue epic) {
        List<IssueLink> outward = links.getOutwardLinks(epic.getId());
        if (outward == null) {
            return List.of();
        }
        return outward.stream()
                .filter(link -> link.getIssueLinkType() != null && EPIC_LINK_TYPE.equals(link.getIssueLinkType().getName()))
                .map(IssueLink::getDestinationId)
                .distinct()
                .toList();
    }

    private static boolean isEpic(Issue issue) {
        return issue.getIssueType() != null && EPIC_TYPE.equalsIgnoreCase(issue.getIssueType().getName());
    }

    private IssueCard card(Issue issue, AppSettings chosen, CustomField storyPoints, boolean epic,
                           List<IssueCard> children, int hiddenChildren) {
        Status status = issue.getStatus();
        StatusCategory category = status == null ? null : status.getStatusCategory();
        String categoryKey = category == null ? StatusCategory.UNDEFINED : category.getKey();
        String projectKey = issue.getProjectObject() == null ? null : issue.getProjectObject().getKey();
        boolean done = chosen.doneStatusIds(projectKey)
                .map(ids -> status != null && ids.contains(status.getId()))
                .orElse(StatusCategory.COMPLETE.equals(categoryKey));
        return new IssueCard(issue.getId(), issue.getKey(), issue.getSummary(), status == null ? null : status.getName(),
                categoryKey, done, points(issue, storyPoints), epic, children, hiddenChildren);
    }

    private static Double points(Issue issue, CustomField storyPoints) {
        if (storyPoints == null) {
            return null;
        }
        Object value = issue.getCustomFieldValue(storyPoints);
        if (value instanceof Number number && Double.isFinite(number.doubleValue()) && number.doubleValue() >= 0) {
            return number.doubleValue();
        }
        return null;
    }
}
