package io.lodestar.jira.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Checks a JQL query with Jira's own parser ({@code SearchService.parseQuery}), as the user of the request, so a KPI
 * whose source does not parse is refused when it is saved rather than failing each time it is measured. Only
 * translates: which field the problem is reported on is the caller's business.
 */
public final class JiraJqlParser {

    private final SearchService search;
    private final JiraPermissions permissions;

    public JiraJqlParser(SearchService search, JiraPermissions permissions) {
        this.search = search;
        this.permissions = permissions;
    }

    /** Why Jira does not accept the query (its error messages, sorted, joined), or empty when it parses. */
    public Optional<String> problemWith(String jql) {
        ApplicationUser user = permissions.currentUser().orElse(null);
        SearchService.ParseResult result = search.parseQuery(user, jql);
        if (result.isValid()) {
            return Optional.empty();
        }
        TreeSet<String> messages = new TreeSet<>(result.getErrors() == null ? java.util.Set.of()
                : result.getErrors().getErrorMessages());
        return Optional.of(messages.isEmpty() ? "is not a valid JQL query" : String.join(" ", messages));
    }
}
