package io.lodestar.core.kpi;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The statuses that mean one thing to a KPI ("done", "in progress"): either an explicit set of
 * status ids (a board's last column) or, when none is configured, every status of a category.
 *
 * <p>By category, a status id is looked up first among the current statuses of the issues at hand
 * (their category is authoritative), then in the data source's {@link StatusCatalog}; a status known
 * to neither (seen only in an old changelog) is not selected, because guessing would invent
 * completions. Immutable; a test is one hash lookup.
 */
public final class StatusSelection implements Predicate<String> {

    private final Set<String> ids;
    private final Map<String, Boolean> byCategory;
    private final StatusCategory category;

    private StatusSelection(Set<String> ids, Map<String, Boolean> byCategory, StatusCategory category) {
        this.ids = ids;
        this.byCategory = byCategory;
        this.category = category;
    }

    /**
     * The statuses {@code configuredIds}, or when that is empty those of {@code category}, as known
     * from {@code catalog} and the current statuses of {@code issues}.
     */
    public static StatusSelection of(Set<String> configuredIds, StatusCategory category, StatusCatalog catalog,
                                     Iterable<IssueSnapshot> issues) {
        if (!configuredIds.isEmpty()) {
            return new StatusSelection(Set.copyOf(configuredIds), Map.of(), null);
        }
        Map<String, Boolean> known = new HashMap<>();
        for (Status status : catalog.statuses()) {
            known.put(status.id(), status.category() == category);
        }
        for (IssueSnapshot issue : issues) {
            Status status = issue.status();
            known.put(status.id(), status.category() == category);
        }
        return new StatusSelection(Set.of(), known, category);
    }

    /**
     * {@link #of(Set, StatusCategory, StatusCatalog, Iterable)} with the current statuses read from columns:
     * the same selection, where the last issue in a status decides its category as it does there.
     */
    public static StatusSelection of(Set<String> configuredIds, StatusCategory category, StatusCatalog catalog,
                                     IssueColumns issues) {
        if (!configuredIds.isEmpty()) {
            return new StatusSelection(Set.copyOf(configuredIds), Map.of(), null);
        }
        Map<String, Boolean> known = new HashMap<>();
        for (Status status : catalog.statuses()) {
            known.put(status.id(), status.category() == category);
        }
        for (int code = 0, n = issues.statusIds(); code < n; code++) {
            StatusCategory current = issues.currentCategoryOfId(code);
            if (current != null) {
                known.put(issues.statusId(code), current == category);
            }
        }
        return new StatusSelection(Set.of(), known, category);
    }

    /** Exactly the statuses {@code ids} (a board's last column); an empty set selects no status. */
    public static StatusSelection exactly(Set<String> ids) {
        return new StatusSelection(Set.copyOf(ids), Map.of(), null);
    }

    /** Every status of {@code category}, as the current statuses in {@code issues} and {@code catalog} tell. */
    public static StatusSelection category(StatusCategory category, StatusCatalog catalog, IssueColumns issues) {
        return of(Set.of(), category, catalog, issues);
    }

    /** Every status of {@code category}, as the issues' current statuses and {@code catalog} tell. */
    public static StatusSelection category(StatusCategory category, StatusCatalog catalog,
                                           Iterable<IssueSnapshot> issues) {
        return of(Set.of(), category, catalog, issues);
    }

    @Override
    public boolean test(String statusId) {
        if (statusId == null) {
            return false;
        }
        return category == null ? ids.contains(statusId) : byCategory.getOrDefault(statusId, Boolean.FALSE);
    }

    @Override
    public String toString() {
        return category == null ? "statuses " + ids : "status category " + category;
    }
}
