package io.lodestar.jira.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.web.bean.PagerFilter;
import io.lodestar.core.okr.IssueQuery;
import io.lodestar.core.okr.QueryCount;
import io.lodestar.jira.settings.AppSettings;
import io.lodestar.jira.settings.AppSettingsStore;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * {@link IssueQuery} on Jira's search: parses the key result's JQL as the current user
 * ({@code SearchService.parseQuery}), pages through what the user may browse ({@code search}, {@value #PAGE_SIZE} a
 * page), counting the done ones ({@link JiraIssueSource#done}) and summing the number field, then asks Jira how many
 * match for someone who may browse everything ({@code searchCountOverrideSecurity}) to say how many were left out.
 * Only translates: a query Jira refuses, or a field it does not have, is reported, never thrown.
 */
public final class JiraIssueQuery implements IssueQuery {

    static final int PAGE_SIZE = 200;

    private final SearchService search;
    private final CustomFieldManager fields;
    private final JiraPermissions permissions;
    private final AppSettingsStore settings;

    public JiraIssueQuery(SearchService search, CustomFieldManager fields, JiraPermissions permissions,
                          AppSettingsStore settings) {
        this.search = search;
        this.fields = fields;
        this.permissions = permissions;
        this.settings = settings;
    }

    @Override
    public QueryCount count(String jql, String field) {
        ApplicationUser user = permissions.currentUser().orElse(null);
        SearchService.ParseResult parsed = search.parseQuery(user, jql);
        if (!parsed.isValid()) {
            TreeSet<String> messages = new TreeSet<>(parsed.getErrors() == null ? java.util.Set.of()
                    : parsed.getErrors().getErrorMessages());
            return QueryCount.failed(messages.isEmpty() ? "the JQL query is not valid" : String.join(" ", messages));
        }
        CustomField number = null;
        if (field != null) {
            number = numberField(field);
            if (number == null) {
                return QueryCount.failed("Jira has no field " + field);
            }
        }
        AppSettings chosen = settings.read();
        int visible = 0;
        int done = 0;
        double sum = 0;
        try {
            int start = 0;
            while (true) {
                SearchResults<Issue> page = search.search(user, parsed.getQuery(), new PagerFilter<>(start, PAGE_SIZE));
                List<Issue> issues = page.getResults() == null ? List.of() : page.getResults();
                for (Issue issue : issues) {
                    visible++;
                    if (JiraIssueSource.done(issue, chosen)) {
                        done++;
                    }
                    if (number != null && issue.getCustomFieldValue(number) instanceof Number value
                            && Double.isFinite(value.doubleValue())) {
                        sum += value.doubleValue();
                    }
                }
                start += issues.size();
                if (issues.isEmpty() || start >= page.getTotal()) {
                    break;
                }
            }
            long all = search.searchCountOverrideSecurity(user, parsed.getQuery());
            return QueryCount.of(visible, done, sum, (int) Math.max(0, Math.min(Integer.MAX_VALUE, all - visible)));
        } catch (SearchException e) {
            return QueryCount.failed("Jira could not run the query");
        }
    }

    /** A custom field by id ({@code customfield_10036}), else the first of that name. */
    private CustomField numberField(String field) {
        CustomField byId = field.startsWith("customfield_") ? fields.getCustomFieldObject(field) : null;
        if (byId != null) {
            return byId;
        }
        Collection<CustomField> named = fields.getCustomFieldObjectsByName(field);
        return named == null || named.isEmpty() ? null : named.iterator().next();
    }
}
