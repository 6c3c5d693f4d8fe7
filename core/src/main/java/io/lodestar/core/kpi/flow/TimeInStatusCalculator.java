package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.IssueColumns;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Time in status: for each issue and each status it visited, the total time spent in the status and
 * how many times it was entered, replayed from the status changelog.
 *
 * <p>Formula: the issue enters its initial status (the one its first status change left, else its
 * current status) at its creation; each status change closes the current visit at the change's
 * instant and opens one in the new status. Replay stops at the cut-off: the resolution of a resolved
 * issue, else {@code asOf}; when both exist the earlier wins. Changes after the cut-off are ignored,
 * so statuses entered after it (Resolved to Closed) do not appear. Time in a status = sum of its
 * visits; a visit is never negative: a change stamped before the visit it ends (clock skew in
 * imported data) is taken to happen when that visit began.
 *
 * <p>Worked example: created 2024-01-01T00:00Z in Open; In Progress at 01-02T00:00Z; Open again at
 * 01-03T00:00Z; In Progress at 01-03T12:00Z; resolved at 01-05T12:00Z. Open: entered 2 times, 1.5
 * days (1 + 0.5); In Progress: entered 2 times, 3 days (1 + 2).
 *
 * <p>Totals per status add up the issues' times; issues are not filtered by status category.
 */
public final class TimeInStatusCalculator {

    private final long asOfMillis;
    private final OffsetDateTime asOfUtc;

    /**
     * @param asOf the instant to replay unresolved issues to (usually now from the caller's clock),
     *             and the latest instant replayed for any issue
     */
    public TimeInStatusCalculator(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        this.asOfMillis = asOf.toEpochMilli();
        this.asOfUtc = OffsetDateTime.ofInstant(asOf, ZoneOffset.UTC);
    }

    /** Each issue's times and the totals per status. */
    public TimeInStatusReport measure(Iterable<IssueSnapshot> issues) {
        return replayAll(issues, true);
    }

    /**
     * The totals per status only, with an empty per-issue list: the same figures as {@link #measure}
     * without one list per issue, for callers that only show totals.
     */
    public TimeInStatusReport totals(Iterable<IssueSnapshot> issues) {
        return replayAll(issues, false);
    }

    private TimeInStatusReport replayAll(Iterable<IssueSnapshot> issues, boolean keepIssues) {
        List<IssueTimeInStatus> perIssue = new ArrayList<>();
        Map<String, long[]> totals = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        Visits visits = new Visits();
        int notMeasured = 0;
        for (IssueSnapshot issue : issues) {
            visits.clear();
            OffsetDateTime until = replay(issue, visits);
            if (until == null) {
                notMeasured++;
                continue;
            }
            if (keepIssues) {
                perIssue.add(new IssueTimeInStatus(issue.key(), until, visits.times()));
            }
            for (int i = 0; i < visits.size; i++) {
                long[] total = totals.get(visits.ids[i]);
                if (total == null) {
                    total = new long[3];
                    totals.put(visits.ids[i], total);
                    names.put(visits.ids[i], visits.names[i]);
                }
                total[0]++;
                total[1] += visits.entered[i];
                total[2] += visits.millis[i];
            }
        }
        List<StatusTotal> statusTotals = new ArrayList<>(totals.size());
        totals.forEach((id, total) -> statusTotals.add(
                new StatusTotal(id, names.get(id), (int) total[0], total[1], total[2])));
        return new TimeInStatusReport(perIssue, statusTotals, notMeasured);
    }

    /** {@link #measure(Iterable)} over issues in columns: the same report, without walking the snapshots. */
    public TimeInStatusReport measure(IssueColumns issues) {
        return replayAll(issues, true);
    }

    /** {@link #totals(Iterable)} over issues in columns: the same report, without walking the snapshots. */
    public TimeInStatusReport totals(IssueColumns issues) {
        return replayAll(issues, false);
    }

    /**
     * The replay of {@link #replayAll(Iterable, boolean)} over columns. Each status entry's id and name
     * (as {@link #idOf} and {@link #nameOf} read them) are resolved once, to a code per distinct id, so
     * that a visit is an int compare and the totals are arrays indexed by that code.
     */
    private TimeInStatusReport replayAll(IssueColumns issues, boolean keepIssues) {
        int entries = issues.statusEntries();
        int[] codeOfEntry = new int[entries];
        String[] nameOfEntry = new String[entries];
        Map<String, Integer> codes = new HashMap<>();
        List<String> idOfCode = new ArrayList<>();
        for (int e = 0; e < entries; e++) {
            String id = idOf(issues.entryId(e), issues.entryName(e));
            Integer code = codes.get(id);
            if (code == null) {
                code = idOfCode.size();
                codes.put(id, code);
                idOfCode.add(id);
            }
            codeOfEntry[e] = code;
            nameOfEntry[e] = nameOf(issues.entryName(e), issues.entryId(e));
        }
        int distinct = idOfCode.size();
        String[] statusIds = idOfCode.toArray(new String[0]);
        int[] totalCount = new int[distinct];
        long[] totalEntered = new long[distinct];
        long[] totalMillis = new long[distinct];
        String[] totalName = new String[distinct];
        int[] order = new int[distinct];
        int ordered = 0;
        int[] measured = keepIssues ? new int[issues.size()] : null;
        int[] visitStarts = keepIssues ? new int[issues.size() + 1] : null;
        int capacity = keepIssues ? Math.max(16, issues.size() * 3) : 0;
        int[] visitCodes = new int[capacity];
        int[] visitEntries = new int[capacity];
        int[] visitEntered = new int[capacity];
        long[] visitMillis = new long[capacity];
        int measuredCount = 0;
        int visitCount = 0;
        CodedVisits visits = new CodedVisits();
        int notMeasured = 0;
        for (int i = 0, n = issues.size(); i < n; i++) {
            // The cut-off of replay(); its timestamp ("until") is read again by PerIssueTimes when asked for.
            long cutOff = asOfMillis;
            long resolved = issues.resolved(i);
            if (resolved != IssueColumns.NONE && resolved <= cutOff) {
                cutOff = resolved;
            }
            long created = issues.created(i);
            if (cutOff < created) {
                notMeasured++;
                continue;
            }
            visits.clear();
            int t = issues.statusStart(i);
            int entry = issues.statusTo(t);
            visits.enter(codeOfEntry[entry], entry, created);
            for (int end = issues.statusEnd(i), u = t + 1; u < end; u++) {
                long at = issues.statusAt(u);
                if (at > cutOff) {
                    break;
                }
                entry = issues.statusTo(u);
                visits.enter(codeOfEntry[entry], entry, at);
            }
            visits.close(cutOff);
            if (keepIssues) {
                if (visitCount + visits.size > visitCodes.length) {
                    int grown = Math.max(visitCodes.length * 2, visitCount + visits.size);
                    visitCodes = Arrays.copyOf(visitCodes, grown);
                    visitEntries = Arrays.copyOf(visitEntries, grown);
                    visitEntered = Arrays.copyOf(visitEntered, grown);
                    visitMillis = Arrays.copyOf(visitMillis, grown);
                }
                measured[measuredCount] = i;
                visitStarts[measuredCount] = visitCount;
                measuredCount++;
                // A few visits per issue: a plain loop beats four arraycopy calls.
                for (int v = 0; v < visits.size; v++) {
                    visitCodes[visitCount] = visits.codes[v];
                    visitEntries[visitCount] = visits.entries[v];
                    visitEntered[visitCount] = visits.entered[v];
                    visitMillis[visitCount] = visits.millis[v];
                    visitCount++;
                }
            }
            for (int v = 0; v < visits.size; v++) {
                int code = visits.codes[v];
                if (totalCount[code] == 0) {
                    totalName[code] = nameOfEntry[visits.entries[v]];
                    order[ordered++] = code;
                }
                totalCount[code]++;
                totalEntered[code] += visits.entered[v];
                totalMillis[code] += visits.millis[v];
            }
        }
        List<StatusTotal> statusTotals = new ArrayList<>(ordered);
        for (int o = 0; o < ordered; o++) {
            int code = order[o];
            statusTotals.add(new StatusTotal(idOfCode.get(code), totalName[code], totalCount[code], totalEntered[code],
                    totalMillis[code]));
        }
        List<IssueTimeInStatus> perIssue = List.of();
        if (keepIssues) {
            visitStarts[measuredCount] = visitCount;
            perIssue = new PerIssueTimes(issues, asOfMillis, asOfUtc, measured, measuredCount, visitStarts, visitCodes,
                    visitEntries, visitEntered, visitMillis, statusIds, nameOfEntry);
        }
        return new TimeInStatusReport(perIssue, statusTotals, notMeasured);
    }

    /** One issue's times, or null when the cut-off is before its creation. */
    public IssueTimeInStatus forIssue(IssueSnapshot issue) {
        Visits visits = new Visits();
        OffsetDateTime until = replay(issue, visits);
        return until == null ? null : new IssueTimeInStatus(issue.key(), until, visits.times());
    }

    /** Replays one issue into {@code visits}; returns the cut-off, or null when it precedes creation. */
    private OffsetDateTime replay(IssueSnapshot issue, Visits visits) {
        long cutOff = asOfMillis;
        OffsetDateTime until = asOfUtc;
        OffsetDateTime resolved = issue.resolved();
        if (resolved != null) {
            long resolvedMillis = FlowTime.epochMillis(resolved);
            if (resolvedMillis <= cutOff) {
                cutOff = resolvedMillis;
                until = resolved;
            }
        }
        long created = FlowTime.epochMillis(issue.created());
        if (cutOff < created) {
            return null;
        }
        List<Change> changelog = issue.changelog();
        Change first = null;
        for (Change change : changelog) {
            if (change.field() == ChangeField.STATUS) {
                first = change;
                break;
            }
        }
        if (first == null) {
            visits.enter(issue.status().id(), issue.status().name(), created);
        } else {
            visits.enter(idOf(first.from(), first.fromText()), nameOf(first.fromText(), first.from()), created);
            for (Change change : changelog) {
                if (change.field() != ChangeField.STATUS) {
                    continue;
                }
                long at = FlowTime.epochMillis(change.at());
                if (at > cutOff) {
                    break;
                }
                visits.enter(idOf(change.to(), change.toText()), nameOf(change.toText(), change.to()), at);
            }
        }
        visits.close(cutOff);
        return until;
    }

    private static String idOf(String id, String name) {
        return id != null ? id : (name != null ? name : "?");
    }

    private static String nameOf(String name, String id) {
        return name != null ? name : (id != null ? id : "?");
    }

    /**
     * The open visit and the totals so far of the (few) statuses one issue visits, in plain arrays:
     * a per-issue map would cost more than the replay itself over a million issues. One instance is
     * cleared and reused from issue to issue.
     */
    private static final class Visits {
        private String[] ids = new String[4];
        private String[] names = new String[4];
        private int[] entered = new int[4];
        private long[] millis = new long[4];
        private int size;
        private int current = -1;
        private long since;

        void enter(String id, String name, long requestedAt) {
            long at = requestedAt;
            if (current >= 0) {
                at = Math.max(requestedAt, since);
                millis[current] += at - since;
            }
            int index = indexOf(id);
            if (index < 0) {
                if (size == ids.length) {
                    ids = Arrays.copyOf(ids, size * 2);
                    names = Arrays.copyOf(names, size * 2);
                    entered = Arrays.copyOf(entered, size * 2);
                    millis = Arrays.copyOf(millis, size * 2);
                }
                index = size++;
                ids[index] = id;
                names[index] = name;
            }
            entered[index]++;
            current = index;
            since = at;
        }

        private int indexOf(String id) {
            for (int i = 0; i < size; i++) {
                if (ids[i].equals(id)) {
                    return i;
                }
            }
            return -1;
        }

        void clear() {
            Arrays.fill(ids, 0, size, null);
            Arrays.fill(names, 0, size, null);
            Arrays.fill(entered, 0, size, 0);
            Arrays.fill(millis, 0, size, 0L);
            size = 0;
            current = -1;
        }

        void close(long cutOff) {
            if (current >= 0) {
                millis[current] += Math.max(0, cutOff - since);
            }
        }

        List<StatusTime> times() {
            List<StatusTime> times = new ArrayList<>(size);
            for (int i = 0; i < size; i++) {
                times.add(new StatusTime(ids[i], names[i], entered[i], millis[i]));
            }
            return times;
        }
    }

    /** {@link Visits} over status codes: the status is an int, its name the status entry it was entered by. */
    private static final class CodedVisits {
        private int[] codes = new int[4];
        private int[] entries = new int[4];
        private int[] entered = new int[4];
        private long[] millis = new long[4];
        private int size;
        private int current = -1;
        private long since;

        void enter(int code, int entry, long requestedAt) {
            long at = requestedAt;
            if (current >= 0) {
                at = Math.max(requestedAt, since);
                millis[current] += at - since;
            }
            int index = -1;
            for (int v = 0; v < size; v++) {
                if (codes[v] == code) {
                    index = v;
                    break;
                }
            }
            if (index < 0) {
                if (size == codes.length) {
                    codes = Arrays.copyOf(codes, size * 2);
                    entries = Arrays.copyOf(entries, size * 2);
                    entered = Arrays.copyOf(entered, size * 2);
                    millis = Arrays.copyOf(millis, size * 2);
                }
                index = size++;
                codes[index] = code;
                entries[index] = entry;
                entered[index] = 0;
                millis[index] = 0;
            }
            entered[index]++;
            current = index;
            since = at;
        }

        void clear() {
            size = 0;
            current = -1;
        }

        void close(long cutOff) {
            if (current >= 0) {
                millis[current] += Math.max(0, cutOff - since);
            }
        }
    }
}
