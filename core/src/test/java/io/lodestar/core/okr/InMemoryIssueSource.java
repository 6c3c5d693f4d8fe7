package io.lodestar.core.okr;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link IssueSource} in memory, for tests: issues are put in (and replaced as they progress),
 * and some can be hidden to play a user without browse permission. A hidden issue is absent from
 * answers, also as an epic's child, as the port's contract requires.
 */
public final class InMemoryIssueSource implements IssueSource {

    private final Map<Long, LinkedIssue> issues = new LinkedHashMap<>();
    private final Set<Long> hidden = new HashSet<>();
    private int calls;

    /** Adds or replaces an issue (an epic with its children). */
    public InMemoryIssueSource put(LinkedIssue issue) {
        issues.put(issue.issueId(), issue);
        return this;
    }

    public InMemoryIssueSource hide(long issueId) {
        hidden.add(issueId);
        return this;
    }

    /** How many times {@link #find} was called, to check that callers fetch in bulk. */
    public int calls() {
        return calls;
    }

    @Override
    public List<LinkedIssue> find(Collection<Long> issueIds) {
        calls++;
        return issueIds.stream()
                .distinct()
                .filter(id -> issues.containsKey(id) && !hidden.contains(id))
                .map(issues::get)
                .map(this::visiblePart)
                .toList();
    }

    private LinkedIssue visiblePart(LinkedIssue issue) {
        if (!issue.epic()) {
            return issue;
        }
        List<LinkedIssue> visibleChildren = issue.children().stream().filter(c -> !hidden.contains(c.issueId())).toList();
        return LinkedIssue.epic(issue.issueId(), issue.key(), issue.done(), issue.storyPoints(), visibleChildren);
    }
}
