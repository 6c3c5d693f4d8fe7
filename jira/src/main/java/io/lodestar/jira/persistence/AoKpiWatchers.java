package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.core.kpi.KpiWatchers;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * {@link KpiWatchers} on {@link KpiWatchEntity} rows. Watching is one transaction (a count, then the insert);
 * should two nodes insert the same (KPI, user) at the same moment, both rows may land: reading lists each user once
 * and unwatching deletes every row of the pair, so the duplicate does no harm. A KPI's rows go with it
 * ({@link AoKpiStore#delete}).
 */
public final class AoKpiWatchers implements KpiWatchers {

    private final ActiveObjects ao;

    public AoKpiWatchers(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
    }

    @Override
    public boolean watch(long kpiId, String userKey) {
        String user = TextLimits.requireShort(Objects.requireNonNull(userKey, "userKey"), "kpi.watcher");
        return ao.executeInTransaction(() -> {
            if (ao.count(KpiWatchEntity.class, Query.select().where(KpiWatchEntity.KPI_ID + " = ? AND "
                    + KpiWatchEntity.USER_KEY + " = ?", kpiId, user)) > 0) {
                return false;
            }
            ao.create(KpiWatchEntity.class, Map.of(KpiWatchEntity.KPI_ID, kpiId, KpiWatchEntity.USER_KEY, user));
            return true;
        });
    }

    @Override
    public boolean unwatch(long kpiId, String userKey) {
        Objects.requireNonNull(userKey, "userKey");
        return ao.executeInTransaction(() -> ao.deleteWithSQL(KpiWatchEntity.class,
                KpiWatchEntity.KPI_ID + " = ? AND " + KpiWatchEntity.USER_KEY + " = ?", kpiId, userKey) > 0);
    }

    @Override
    public List<String> watchers(long kpiId) {
        TreeSet<String> users = new TreeSet<>();
        for (KpiWatchEntity row : ao.find(KpiWatchEntity.class, Query.select()
                .where(KpiWatchEntity.KPI_ID + " = ?", kpiId))) {
            if (row.getUserKey() != null && !row.getUserKey().isBlank()) {
                users.add(row.getUserKey());
            }
        }
        return List.copyOf(users);
    }
}
