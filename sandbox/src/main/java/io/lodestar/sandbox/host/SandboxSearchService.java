package io.lodestar.sandbox.host;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Jira's {@link SearchService} over the exported issues, for the one JQL shape the sandbox understands:
 * {@code project = KEY} (optionally quoted, optionally {@code ORDER BY key}), which is what the app writes for a
 * project KPI source, and {@code filter = ID}, the saved filter of one of the sandbox's Jira Software boards (which
 * selects the board's project), which is what it writes for a board source. Any other JQL is refused at parse time with a message saying so, as Jira refuses invalid JQL;
 * the sandbox does not grow a JQL engine. Results hold only issues the searcher may browse, in key order, all of
 * them from the page's start.
 */
public final class SandboxSearchService implements SearchService {

    /**
     * What a measurement adds to narrow a project or a board to recent work:
     * {@code AND (updated >= "2026-03-01" OR statusCategory != Done)}.
     */
    private static final String RECENT =
            "(?:\\s+and\\s+\\(\\s*updated\\s*>=\\s*\"([0-9]{4}-[0-9]{2}-[0-9]{2})\"\\s+or\\s+statusCategory\\s*!=\\s*Done\\s*\\))?";

    private static final Pattern PROJECT = Pattern.compile(
            "\\s*project\\s*=\\s*(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([A-Za-z][A-Za-z0-9_]*))" + RECENT
                    + "\\s*(?:order\\s+by\\s+key(?:\\s+asc)?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    /** A board's saved filter as the app searches it: {@code filter = <id>}, optionally {@code ORDER BY key}. */
    private static final Pattern FILTER = Pattern.compile(
            "\\s*filter\\s*=\\s*([0-9]{1,18})" + RECENT + "\\s*(?:order\\s+by\\s+key(?:\\s+asc)?)?\\s*",
            Pattern.CASE_INSENSITIVE);

    private final ExportedIssues issues;
    private final PermissionManager permissions;
    private final io.lodestar.sandbox.host.software.SandboxBoards boards;

    public SandboxSearchService(ExportedIssues issues, PermissionManager permissions) {
        this(issues, permissions, null);
    }

    /** With the saved filters of Jira Software's boards ({@code filter = <id>} selects the board's project). */
    public SandboxSearchService(ExportedIssues issues, PermissionManager permissions,
                                io.lodestar.sandbox.host.software.SandboxBoards boards) {
        this.issues = issues;
        this.permissions = permissions;
        this.boards = boards;
    }

    /**
     * A parsed {@code project = KEY}, with the start of the day from which a done issue must have been updated to be
     * found (null: every issue), as the measurement's {@code updated >= "day" OR statusCategory != Done} asks.
     */
    record ProjectQuery(String projectKey, Instant updatedSince) implements Query {
        boolean selects(SandboxIssue issue) {
            return updatedSince == null || !issue.snapshot().status().isDone()
                    || !issue.getUpdated().toInstant().isBefore(updatedSince);
        }
    }

    @Override
    public ParseResult parseQuery(ApplicationUser searcher, String jql) {
        Matcher filter = FILTER.matcher(jql == null ? "" : jql);
        if (filter.matches()) {
            Optional<io.lodestar.sandbox.host.software.SandboxBoards.Board> board = boards == null ? Optional.empty()
                    : boards.byFilter(Long.parseLong(filter.group(1)));
            return board.isPresent() ? new ParseResult(new ProjectQuery(board.get().projectKey(), day(filter.group(2))), errors())
                    : new ParseResult(null, errors("A filter with id '" + filter.group(1) + "' does not exist."));
        }
        Matcher matcher = PROJECT.matcher(jql == null ? "" : jql);
        if (!matcher.matches()) {
            return new ParseResult(null, errors("The sandbox understands only the JQL 'project = KEY', not: " + jql));
        }
        String key = matcher.group(1) != null ? matcher.group(1).replaceAll("\\\\(.)", "$1") : matcher.group(2);
        Optional<SandboxProject> project = issues.project(key.toUpperCase(Locale.ROOT));
        if (project.isEmpty()) {
            return new ParseResult(null, errors("The value '" + key + "' does not exist for the field 'project'."));
        }
        return new ParseResult(new ProjectQuery(project.get().getKey(), day(matcher.group(3))), errors());
    }

    @Override
    public SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) {
        if (!(query instanceof ProjectQuery projectQuery)) {
            return new SearchResults<>(List.of(), 0, 0, pager.getStart());
        }
        List<Issue> found = issues.inProjectByKeyNumber(projectQuery.projectKey()).stream()
                .filter(projectQuery::selects)
                .filter(issue -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, searcher))
                .<Issue>map(issue -> issue)
                .toList();
        // One page of at most the pager's max (-1: unlimited), as Jira gives it; the caller pages on to the total.
        int from = Math.min(pager.getStart(), found.size());
        int to = pager.getMax() < 0 ? found.size() : (int) Math.min(found.size(), (long) from + pager.getMax());
        return new SearchResults<>(found.subList(from, to), found.size(), to - from, from);
    }

    /** Every exported issue of the project, whoever searches: Jira's count without the searcher's permissions. */
    @Override
    public long searchCountOverrideSecurity(ApplicationUser searcher, Query query) {
        return query instanceof ProjectQuery projectQuery
                ? issues.inProject(projectQuery.projectKey()).stream().filter(projectQuery::selects).count() : 0;
    }

    /** The start of the day {@code text} in UTC, the sandbox's zone; null for none. */
    private static Instant day(String text) {
        return text == null ? null : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static MessageSet errors(String... messages) {
        Set<String> set = Set.of(messages);
        return new MessageSet() {
            @Override
            public boolean hasAnyErrors() {
                return !set.isEmpty();
            }

            @Override
            public Set<String> getErrorMessages() {
                return set;
            }
        };
    }
}
