package io.lodestar.core.kpi.release;

import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.util.List;
import java.util.Objects;

/**
 * One released version: the bugs fixed in it and the done work it shipped, by issue key, so that
 * both numbers can be explained issue by issue.
 *
 * @param version    the released version
 * @param bugKeys    the bugs whose fix version is this version (any status)
 * @param doneKeys   the non-sub-task issues of this version that are done
 * @param donePoints the current estimates of {@code doneKeys} summed (unestimated = 0)
 */
public record ReleaseSummary(FixVersion version, List<String> bugKeys, List<String> doneKeys, double donePoints) {

    public ReleaseSummary {
        Objects.requireNonNull(version, "version");
        bugKeys = List.copyOf(bugKeys);
        doneKeys = List.copyOf(doneKeys);
    }

    public KpiValue bugs() {
        return KpiValue.of(bugKeys.size(), KpiUnit.ISSUES, bugKeys.size());
    }

    public KpiValue velocity() {
        return KpiValue.of(donePoints, KpiUnit.STORY_POINTS, doneKeys.size());
    }
}
