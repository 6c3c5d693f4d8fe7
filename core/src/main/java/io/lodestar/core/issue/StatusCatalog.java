package io.lodestar.core.issue;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The workflow statuses known to a data source, by id, with their categories.
 *
 * <p>Why it exists: a changelog names statuses only by id and name, without a category, and an old
 * changelog may mention a status that no current issue is in. Stage-based KPIs (lead time, cycle
 * time) need the category of every status an issue passed through, so sources collect every status
 * object they see (an issue's status, a linked issue's or a parent's) into one catalog. A status
 * the catalog does not know has the category {@link StatusCategory#UNDEFINED}: callers must not
 * guess it.
 */
public final class StatusCatalog {

    private static final StatusCatalog EMPTY = new StatusCatalog(Map.of());

    private final Map<String, Status> byId;

    private StatusCatalog(Map<String, Status> byId) {
        this.byId = byId;
    }

    public static StatusCatalog empty() {
        return EMPTY;
    }

    /** A catalog of {@code statuses}; when an id appears twice, the first one wins. */
    public static StatusCatalog of(Collection<Status> statuses) {
        Map<String, Status> byId = new LinkedHashMap<>();
        for (Status status : statuses) {
            byId.putIfAbsent(status.id(), status);
        }
        return new StatusCatalog(Map.copyOf(byId));
    }

    public Optional<Status> find(String statusId) {
        return Optional.ofNullable(statusId == null ? null : byId.get(statusId));
    }

    /** The category of the status with this id, {@link StatusCategory#UNDEFINED} when unknown. */
    public StatusCategory categoryOf(String statusId) {
        Status status = statusId == null ? null : byId.get(statusId);
        return status == null ? StatusCategory.UNDEFINED : status.category();
    }

    /** Every known status, in no particular order. */
    public List<Status> statuses() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }
}
