package io.lodestar.jira.app;

import com.atlassian.jira.user.ApplicationUser;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.jira.host.JiraPermissions;
import java.util.HashMap;
import java.util.Map;

/**
 * Who may do what with OKRs (docs/rest-api.md, "Permissions"):
 * <ul>
 *   <li>anyone logged in reads OKRs;</li>
 *   <li>an objective, with its key results and links, is changed by its owner, by the administrators
 *       of the Jira project whose key is the objective's team, and by Jira administrators; an objective
 *       without a project team only by its owner and Jira administrators. Creating one follows the same
 *       rule applied to the new objective, so a user creates objectives they own, or for projects they
 *       administer;</li>
 *   <li>a check-in is made by whoever may edit the key result, or by the key result's owner;</li>
 *   <li>cycles are created, edited while open, and closed by Jira administrators;</li>
 *   <li>a KPI definition is changed by its owner, by the administrators of the Jira project whose key is its
 *       team, and by Jira administrators; a user creates KPIs they own or KPIs of a team whose project they
 *       administer, a Jira administrator KPIs for anyone;</li>
 *   <li>a KPI's values (its current value, history, rating, and the progress of key results on it) are
 *       seen only by users who may browse every project it is computed over: the project of a PROJECT
 *       source. Which projects a BOARD or JQL source spans is not known without running it, and such a
 *       query can reach any project, so for those the user must browse every project of this Jira.
 *       Others learn only that it exists (its name and goal).</li>
 * </ul>
 * An instance answers for the user of the current request. The shared instance remembers nothing
 * (it serves every user); {@link #forRequest()} gives one that remembers project-administration answers
 * for the length of one request, for checking a whole tree of objectives cheaply.
 */
public final class OkrAccess {

    private final JiraPermissions permissions;
    private final Map<String, Boolean> projectAdmin;

    public OkrAccess(JiraPermissions permissions) {
        this(permissions, null);
    }

    private OkrAccess(JiraPermissions permissions, Map<String, Boolean> projectAdmin) {
        this.permissions = permissions;
        this.projectAdmin = projectAdmin;
    }

    /** An instance for one request and one thread, which remembers its project-administration answers. */
    public OkrAccess forRequest() {
        return new OkrAccess(permissions, new HashMap<>());
    }

    /** The key of the logged-in user. */
    public String requireUser() {
        return permissions.currentUser().map(ApplicationUser::getKey).orElseThrow(NotLoggedInException::new);
    }

    /** Whether the signed-in user is a Jira administrator; false when anonymous. */
    public boolean isJiraAdmin() {
        return permissions.isJiraAdmin();
    }

    public void requireJiraAdmin() {
        requireUser();
        if (!permissions.isJiraAdmin()) {
            throw new AccessDeniedException("only Jira administrators may do this");
        }
    }

    public boolean canEdit(Objective objective) {
        String user = permissions.currentUser().map(ApplicationUser::getKey).orElse(null);
        if (user == null) {
            return false;
        }
        if (user.equals(objective.owner()) || permissions.isJiraAdmin()) {
            return true;
        }
        if (objective.team() == null) {
            return false;
        }
        return projectAdmin == null
                ? permissions.mayAdministerProject(objective.team())
                : projectAdmin.computeIfAbsent(objective.team(), permissions::mayAdministerProject);
    }

    public void requireEdit(Objective objective) {
        requireUser();
        if (!canEdit(objective)) {
            throw new AccessDeniedException("only the objective's owner, the administrators of its team's project"
                    + " and Jira administrators may change it");
        }
    }

    public boolean canCheckIn(KeyResult keyResult, Objective objective) {
        String user = permissions.currentUser().map(ApplicationUser::getKey).orElse(null);
        return user != null && (user.equals(keyResult.owner()) || canEdit(objective));
    }

    public void requireCheckIn(KeyResult keyResult, Objective objective) {
        requireUser();
        if (!canCheckIn(keyResult, objective)) {
            throw new AccessDeniedException("only the key result's owner and those who may edit its objective may check in");
        }
    }

    public boolean canEditKpi(String kpiOwner) {
        String user = permissions.currentUser().map(ApplicationUser::getKey).orElse(null);
        return user != null && (user.equals(kpiOwner) || permissions.isJiraAdmin());
    }

    public void requireKpiEdit(String kpiOwner) {
        requireUser();
        if (!canEditKpi(kpiOwner)) {
            throw new AccessDeniedException("only the KPI's owner and Jira administrators may change it");
        }
    }

    /** Whether the current user may see the values of this KPI (see the class comment). */
    public boolean canSeeKpiValues(KpiDefinition definition) {
        return definition.dataSource().kind() == KpiDataSource.Kind.PROJECT
                ? permissions.mayBrowseProject(definition.dataSource().reference())
                : permissions.mayBrowseEveryProject();
    }

    /**
     * The same rule for a given user rather than the current one: whether a recipient of a KPI's alert mail (its
     * owner or a watcher) may see its values; false for a missing or inactive user.
     */
    public boolean canSeeKpiValues(KpiDefinition definition, ApplicationUser user) {
        return definition.dataSource().kind() == KpiDataSource.Kind.PROJECT
                ? permissions.mayBrowseProject(user, definition.dataSource().reference())
                : permissions.mayBrowseEveryProject(user);
    }

    /**
     * Whether the user may change this KPI definition (or create it, for a new one): its owner, the administrators of
     * the Jira project whose key is its team, and Jira administrators.
     */
    public boolean canEditKpi(KpiDefinition definition) {
        if (canEditKpi(definition.owner())) {
            return true;
        }
        return definition.team() != null && permissions.currentUser().isPresent()
                && (projectAdmin == null ? permissions.mayAdministerProject(definition.team())
                        : projectAdmin.computeIfAbsent(definition.team(), permissions::mayAdministerProject));
    }

    public void requireKpiEdit(KpiDefinition definition) {
        requireUser();
        if (!canEditKpi(definition)) {
            throw new AccessDeniedException("only the KPI's owner, the administrators of its team's project and Jira"
                    + " administrators may change it");
        }
    }

    /** The display name of a user key, for authors of check-ins. */
    public String displayName(String userKey) {
        return permissions.displayName(userKey);
    }
}
