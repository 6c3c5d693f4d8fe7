package io.lodestar.core.kpi.flow;

import io.lodestar.core.kpi.IssueColumns;
import java.time.OffsetDateTime;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The per-issue times of a time-in-status report computed over {@link IssueColumns}, kept as flat
 * primitive arrays (each measured issue's visits as one slice) and presented as a list whose
 * elements are made when read. Why: a million issues' times as objects are some 200 MB of records and
 * lists made per report, which cost more than the replay; most callers read only the totals or a page
 * of issues. Unmodifiable; reading it again gives equal elements. {@link TimeInStatusReport} keeps it
 * as it is. Holds the columns (for the keys and resolution timestamps) as long as it lives.
 */
final class PerIssueTimes extends AbstractList<IssueTimeInStatus> implements RandomAccess {

    private final IssueColumns issues;
    private final long asOfMillis;
    private final OffsetDateTime asOfUtc;
    private final int[] measured;
    private final int count;
    private final int[] visitStarts;
    private final int[] codes;
    private final int[] entries;
    private final int[] entered;
    private final long[] millis;
    private final String[] statusIds;
    private final String[] nameOfEntry;

    /** Takes the arrays as they are: the caller writes them no more. */
    PerIssueTimes(IssueColumns issues, long asOfMillis, OffsetDateTime asOfUtc, int[] measured, int count,
                  int[] visitStarts, int[] codes, int[] entries, int[] entered, long[] millis, String[] statusIds,
                  String[] nameOfEntry) {
        this.issues = issues;
        this.asOfMillis = asOfMillis;
        this.asOfUtc = asOfUtc;
        this.measured = measured;
        this.count = count;
        this.visitStarts = visitStarts;
        this.codes = codes;
        this.entries = entries;
        this.entered = entered;
        this.millis = millis;
        this.statusIds = statusIds;
        this.nameOfEntry = nameOfEntry;
    }

    @Override
    public IssueTimeInStatus get(int index) {
        Objects.checkIndex(index, count);
        int issue = measured[index];
        long resolved = issues.resolved(issue);
        // The cut-off as the replay chose it: the resolution when it is not after asOf.
        OffsetDateTime until = resolved != IssueColumns.NONE && resolved <= asOfMillis ? issues.resolvedAt(issue) : asOfUtc;
        int from = visitStarts[index];
        int to = visitStarts[index + 1];
        StatusTime[] times = new StatusTime[to - from];
        for (int v = from; v < to; v++) {
            times[v - from] = new StatusTime(statusIds[codes[v]], nameOfEntry[entries[v]], entered[v], millis[v]);
        }
        return new IssueTimeInStatus(issues.key(issue), until, List.of(times));
    }

    @Override
    public int size() {
        return count;
    }
}
