package io.lodestar.core.kpi;

import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.SprintMembership;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The issues of one set in columns: what the KPI calculators read, built once from the
 * {@link IssueSnapshot}s and then passed over as often as there are KPIs to compute.
 *
 * <p>Why it exists: a calculator walking snapshots spends its time following references to
 * {@code OffsetDateTime}s, lists and strings spread over the heap (a few cache misses per changelog
 * item). Here the instants are epoch milliseconds in {@code long[]}, statuses are small ints into a
 * dictionary, and every issue's status timeline lies in one shared set of arrays, so a pass over a
 * million issues reads a few contiguous arrays. The calculators' results still hold the snapshots'
 * own keys and timestamps (the columns keep references to them, which costs no allocation).
 *
 * <p>Issue {@code i} (0 to {@link #size()} - 1, in input order) has the status timeline entries
 * {@code statusStart(i)} (inclusive) to {@code statusEnd(i)} (exclusive): the first is the status it
 * was created in (the {@code from} of its first status change, or its current status when the
 * changelog has no status change) at its creation instant; each further entry is one status change,
 * oldest first, with the instant Jira logged (not clamped to the creation instant: the calculators
 * decide) and the status it moved to. An entry's status is a <em>status entry</em>: an id, the name
 * the changelog (or the snapshot) wrote for it, and, when the id is the issue's current status, that
 * status's category (null otherwise: ask the {@link StatusCatalog}). The same triple is one entry for
 * every issue. Status ids have their own codes ({@link #statusIdOf}), -1 for a missing id.
 *
 * <p>Estimates (story points) have a timeline of the same shape, replayed as
 * {@link io.lodestar.core.issue.EstimateHistory} does: values are {@code NaN} for "unestimated".
 * Sprint membership has one too, replayed as {@link SprintMembership} does (segment starts clamped to
 * the creation; each segment's sprint ids a slice of one shared {@code long[]}), only for issues that
 * name a sprint or change sprints; the others have an empty one.
 *
 * <p>Immutable; one instance may be read by many threads. Accessors are by index so that nothing is
 * copied or allocated per question.
 */
public final class IssueColumns {

    /** The value of a missing instant or day ({@link #resolved}, {@link #dueDay}, ...). */
    public static final long NONE = Long.MIN_VALUE;

    private final int size;
    private final String[] keys;
    private final IssueType[] types;
    private final boolean[] subtasks;
    private final long[] created;
    private final OffsetDateTime[] createdAt;
    private final long[] resolved;
    private final OffsetDateTime[] resolvedAt;
    private final long[] resolvedDay;
    private final LocalDate[] dueDate;
    private final long[] dueDay;
    private final LocalDate[] earliestRelease;
    private final long[] earliestReleaseDay;
    private final double[] storyPoints;
    private final int[] currentStatus;
    private final int[] versionStarts;
    private final FixVersion[] versions;

    private final int[] statusStarts;
    private final long[] statusAt;
    private final OffsetDateTime[] statusAtRef;
    private final int[] statusTo;

    private final int[] pointStarts;
    private final long[] pointAt;
    private final double[] pointValue;

    private final int[] sprintStarts;
    private final Sprint[] sprints;
    private final int[] membershipStarts;
    private final long[] membershipAt;
    private final int[] membershipIdStarts;
    private final long[] membershipIds;

    private final String[] entryId;
    private final String[] entryName;
    private final StatusCategory[] entryOwnCategory;
    private final int[] entryIdCode;
    private final String[] ids;
    /** Per status id code: the category of the last issue (in input order) whose current status it is, or null. */
    private final StatusCategory[] currentCategoryById;

    private IssueColumns(Builder b) {
        size = b.size;
        keys = b.keys;
        types = b.types;
        subtasks = b.subtasks;
        created = b.created;
        createdAt = b.createdAt;
        resolved = b.resolved;
        resolvedAt = b.resolvedAt;
        resolvedDay = b.resolvedDay;
        dueDate = b.dueDate;
        dueDay = b.dueDay;
        earliestRelease = b.earliestRelease;
        earliestReleaseDay = b.earliestReleaseDay;
        storyPoints = b.storyPoints;
        currentStatus = b.currentStatus;
        versionStarts = b.versionStarts;
        versions = b.versions;
        statusStarts = b.statusStarts;
        statusAt = b.statusAt;
        statusAtRef = b.statusAtRef;
        statusTo = b.statusTo;
        pointStarts = b.pointStarts;
        pointAt = b.pointAt;
        pointValue = b.pointValue;
        sprintStarts = b.sprintStarts;
        sprints = b.sprints;
        membershipStarts = b.membershipStarts;
        membershipAt = b.membershipAt;
        membershipIdStarts = b.membershipIdStarts;
        membershipIds = b.membershipIds;
        int entries = b.entries.size();
        entryId = new String[entries];
        entryName = new String[entries];
        entryOwnCategory = new StatusCategory[entries];
        entryIdCode = new int[entries];
        for (int e = 0; e < entries; e++) {
            EntryKey key = b.entries.get(e);
            entryId[e] = key.id;
            entryName[e] = key.name;
            entryOwnCategory[e] = key.ownCategory;
            entryIdCode[e] = key.id == null ? -1 : b.idCodes.get(key.id);
        }
        ids = b.ids.toArray(new String[0]);
        currentCategoryById = new StatusCategory[ids.length];
        for (int i = 0; i < size; i++) {
            int entry = currentStatus[i];
            currentCategoryById[entryIdCode[entry]] = entryOwnCategory[entry];
        }
    }

    /** The columns of {@code issues}, in their iteration order. */
    public static IssueColumns of(Collection<IssueSnapshot> issues) {
        Objects.requireNonNull(issues, "issues");
        return new Builder(issues).build();
    }

    /** How many issues. */
    public int size() {
        return size;
    }

    public String key(int issue) {
        return keys[issue];
    }

    public IssueType type(int issue) {
        return types[issue];
    }

    public boolean isSubtask(int issue) {
        return subtasks[issue];
    }

    /** Creation instant in epoch milliseconds. */
    public long created(int issue) {
        return created[issue];
    }

    /** The snapshot's own creation timestamp. */
    public OffsetDateTime createdAt(int issue) {
        return createdAt[issue];
    }

    /** Resolution instant in epoch milliseconds, {@link #NONE} when unresolved. */
    public long resolved(int issue) {
        return resolved[issue];
    }

    /** The snapshot's own resolution timestamp, null when unresolved. */
    public OffsetDateTime resolvedAt(int issue) {
        return resolvedAt[issue];
    }

    /** The epoch day of the resolution's calendar date in its own offset, {@link #NONE} when unresolved. */
    public long resolvedDay(int issue) {
        return resolvedDay[issue];
    }

    public LocalDate dueDate(int issue) {
        return dueDate[issue];
    }

    /** The due date's epoch day, {@link #NONE} without one. */
    public long dueDay(int issue) {
        return dueDay[issue];
    }

    /** The earliest release date among the fix versions (the first of equal ones), null when none has one. */
    public LocalDate earliestRelease(int issue) {
        return earliestRelease[issue];
    }

    /** {@link #earliestRelease}'s epoch day, {@link #NONE} without one. */
    public long earliestReleaseDay(int issue) {
        return earliestReleaseDay[issue];
    }

    /** The current estimate, {@code NaN} when unestimated. */
    public double storyPoints(int issue) {
        return storyPoints[issue];
    }

    /** The status entry of the issue's current status (its own category). */
    public int currentStatus(int issue) {
        return currentStatus[issue];
    }

    public int versionStart(int issue) {
        return versionStarts[issue];
    }

    public int versionEnd(int issue) {
        return versionStarts[issue + 1];
    }

    public FixVersion version(int index) {
        return versions[index];
    }

    /** The first status timeline entry of the issue: its creation. */
    public int statusStart(int issue) {
        return statusStarts[issue];
    }

    /** One past the last status timeline entry of the issue. */
    public int statusEnd(int issue) {
        return statusStarts[issue + 1];
    }

    /** The instant of a timeline entry in epoch milliseconds (the creation for an issue's first entry). */
    public long statusAt(int entry) {
        return statusAt[entry];
    }

    /** The snapshot's own timestamp of a timeline entry. */
    public OffsetDateTime statusAtTimestamp(int entry) {
        return statusAtRef[entry];
    }

    /** The status entry a timeline entry moved to (created in, for an issue's first entry). */
    public int statusTo(int entry) {
        return statusTo[entry];
    }

    public int pointStart(int issue) {
        return pointStarts[issue];
    }

    public int pointEnd(int issue) {
        return pointStarts[issue + 1];
    }

    /** The start of an estimate segment: clamped to the creation, as {@code EstimateHistory} does. */
    public long pointAt(int segment) {
        return pointAt[segment];
    }

    /** The estimate of an estimate segment, {@code NaN} when unestimated. */
    public double pointValue(int segment) {
        return pointValue[segment];
    }

    /**
     * The issue's estimate at {@code atMillis}, 0 when unestimated or before creation: the same as
     * {@code EstimateHistory.of(issue).pointsAt(atMillis)}.
     */
    public double pointsAt(int issue, long atMillis) {
        int from = pointStarts[issue];
        int segment = from - 1;
        for (int s = from, end = pointStarts[issue + 1]; s < end && pointAt[s] <= atMillis; s++) {
            segment = s;
        }
        if (segment < from) {
            return 0;
        }
        double value = pointValue[segment];
        return Double.isNaN(value) ? 0 : value;
    }

    /** The first of the issue's current sprints ({@link IssueSnapshot#sprints()}, in order). */
    public int sprintStart(int issue) {
        return sprintStarts[issue];
    }

    public int sprintEnd(int issue) {
        return sprintStarts[issue + 1];
    }

    public Sprint sprint(int index) {
        return sprints[index];
    }

    /** The first segment of the issue's sprint membership; none when it never named a sprint. */
    public int membershipStart(int issue) {
        return membershipStarts[issue];
    }

    public int membershipEnd(int issue) {
        return membershipStarts[issue + 1];
    }

    /** When a membership segment starts, in epoch milliseconds (clamped to the creation). */
    public long membershipAt(int segment) {
        return membershipAt[segment];
    }

    /** The first of a membership segment's sprint ids, in {@link #membershipId}. */
    public int membershipIdStart(int segment) {
        return membershipIdStarts[segment];
    }

    public int membershipIdEnd(int segment) {
        return membershipIdStarts[segment + 1];
    }

    public long membershipId(int index) {
        return membershipIds[index];
    }

    /** How many distinct status entries. */
    public int statusEntries() {
        return entryId.length;
    }

    /** A status entry's id, possibly null (a changelog item without one). */
    public String entryId(int entry) {
        return entryId[entry];
    }

    /** A status entry's name as written, possibly null. */
    public String entryName(int entry) {
        return entryName[entry];
    }

    /** The category of a status entry that is an issue's current status; null for any other. */
    public StatusCategory entryOwnCategory(int entry) {
        return entryOwnCategory[entry];
    }

    /**
     * A status entry's category as the calculators read it: its own when it is an issue's current status,
     * else the catalog's ({@link StatusCategory#UNDEFINED} when the catalog does not know it).
     */
    public StatusCategory entryCategory(int entry, StatusCatalog catalog) {
        StatusCategory own = entryOwnCategory[entry];
        return own != null ? own : catalog.categoryOf(entryId[entry]);
    }

    /** The code of a status entry's id, -1 when it has none. */
    public int statusIdOf(int entry) {
        return entryIdCode[entry];
    }

    /** How many distinct status ids. */
    public int statusIds() {
        return ids.length;
    }

    public String statusId(int code) {
        return ids[code];
    }

    /**
     * The category of the current status of the last issue (in input order) whose current status has
     * this id code, or null when no issue is in it now.
     */
    public StatusCategory currentCategoryOfId(int code) {
        return currentCategoryById[code];
    }

    /** {@code selected} asked once per status id: element {@code c} tells whether id code {@code c} is selected. */
    public boolean[] select(Predicate<String> selected) {
        boolean[] result = new boolean[ids.length];
        for (int c = 0; c < ids.length; c++) {
            result[c] = selected.test(ids[c]);
        }
        return result;
    }

    /** A status entry's identity: the same id, name and own category is the same entry. */
    private record EntryKey(String id, String name, StatusCategory ownCategory) {
    }

    private static final class Builder {
        private final Collection<IssueSnapshot> issues;
        private final int size;
        private final String[] keys;
        private final IssueType[] types;
        private final boolean[] subtasks;
        private final long[] created;
        private final OffsetDateTime[] createdAt;
        private final long[] resolved;
        private final OffsetDateTime[] resolvedAt;
        private final long[] resolvedDay;
        private final LocalDate[] dueDate;
        private final long[] dueDay;
        private final LocalDate[] earliestRelease;
        private final long[] earliestReleaseDay;
        private final double[] storyPoints;
        private final int[] currentStatus;
        private final int[] versionStarts;
        private FixVersion[] versions;
        private final int[] statusStarts;
        private long[] statusAt;
        private OffsetDateTime[] statusAtRef;
        private int[] statusTo;
        private final int[] pointStarts;
        private long[] pointAt;
        private double[] pointValue;
        private final int[] sprintStarts;
        private Sprint[] sprints = new Sprint[16];
        private final int[] membershipStarts;
        private long[] membershipAt = new long[16];
        private int[] membershipIdStarts = new int[17];
        private long[] membershipIds = new long[16];

        private final List<EntryKey> entries = new ArrayList<>();
        private final Map<EntryKey, Integer> entryCodes = new HashMap<>();
        private final List<String> ids = new ArrayList<>();
        private final Map<String, Integer> idCodes = new HashMap<>();

        Builder(Collection<IssueSnapshot> issues) {
            this.issues = issues;
            size = issues.size();
            keys = new String[size];
            types = new IssueType[size];
            subtasks = new boolean[size];
            created = new long[size];
            createdAt = new OffsetDateTime[size];
            resolved = new long[size];
            resolvedAt = new OffsetDateTime[size];
            resolvedDay = new long[size];
            dueDate = new LocalDate[size];
            dueDay = new long[size];
            earliestRelease = new LocalDate[size];
            earliestReleaseDay = new long[size];
            storyPoints = new double[size];
            currentStatus = new int[size];
            versionStarts = new int[size + 1];
            statusStarts = new int[size + 1];
            pointStarts = new int[size + 1];
            sprintStarts = new int[size + 1];
            membershipStarts = new int[size + 1];
            int capacity = Math.max(16, size * 4);
            statusAt = new long[capacity];
            statusAtRef = new OffsetDateTime[capacity];
            statusTo = new int[capacity];
            // Room for an estimate set once per issue (two segments): no regrowth on the usual data.
            pointAt = new long[Math.max(16, size * 2)];
            pointValue = new double[pointAt.length];
            versions = new FixVersion[Math.max(16, size)];
        }

        IssueColumns build() {
            int i = 0;
            int statusCount = 0;
            int pointCount = 0;
            int versionCount = 0;
            int sprintCount = 0;
            int segmentCount = 0;
            int idCount = 0;
            for (IssueSnapshot issue : issues) {
                if (i == size) {
                    throw new IllegalStateException("the issues changed while being read");
                }
                keys[i] = issue.key();
                types[i] = issue.type();
                subtasks[i] = issue.isSubtask();
                long createdMillis = millis(issue.created());
                created[i] = createdMillis;
                createdAt[i] = issue.created();
                OffsetDateTime resolvedTimestamp = issue.resolved();
                resolvedAt[i] = resolvedTimestamp;
                resolved[i] = resolvedTimestamp == null ? NONE : millis(resolvedTimestamp);
                resolvedDay[i] = resolvedTimestamp == null ? NONE : resolvedTimestamp.toLocalDate().toEpochDay();
                dueDate[i] = issue.dueDate();
                dueDay[i] = issue.dueDate() == null ? NONE : issue.dueDate().toEpochDay();
                Double points = issue.storyPoints();
                storyPoints[i] = points == null ? Double.NaN : points;
                String currentId = issue.status().id();
                int current = entry(currentId, issue.status().name(), currentId, issue.status().category());
                currentStatus[i] = current;
                StatusCategory ownCategory = issue.status().category();

                versionStarts[i] = versionCount;
                LocalDate earliest = null;
                List<FixVersion> fixVersions = issue.fixVersions();
                // By index: iterating a list of whichever of the immutable lists' classes allocated an iterator per issue.
                for (int v = 0, count = fixVersions.size(); v < count; v++) {
                    FixVersion version = fixVersions.get(v);
                    if (versionCount == versions.length) {
                        versions = Arrays.copyOf(versions, versionCount * 2);
                    }
                    versions[versionCount++] = version;
                    LocalDate release = version.releaseDate();
                    if (release != null && (earliest == null || release.isBefore(earliest))) {
                        earliest = release;
                    }
                }
                earliestRelease[i] = earliest;
                earliestReleaseDay[i] = earliest == null ? NONE : earliest.toEpochDay();

                sprintStarts[i] = sprintCount;
                List<Sprint> currentSprints = issue.sprints();
                if (sprintCount + currentSprints.size() > sprints.length) {
                    sprints = Arrays.copyOf(sprints, Math.max(sprints.length * 2, sprintCount + currentSprints.size()));
                }
                for (int s = 0, count = currentSprints.size(); s < count; s++) {
                    sprints[sprintCount++] = currentSprints.get(s);
                }

                List<Change> changelog = issue.changelog();
                int statusChanges = 0;
                int pointChanges = 0;
                int sprintChanges = 0;
                Change firstStatus = null;
                Change firstPoints = null;
                for (int c = 0, n = changelog.size(); c < n; c++) {
                    Change change = changelog.get(c);
                    if (change.field() == ChangeField.STATUS) {
                        if (statusChanges++ == 0) {
                            firstStatus = change;
                        }
                    } else if (change.field() == ChangeField.STORY_POINTS) {
                        if (pointChanges++ == 0) {
                            firstPoints = change;
                        }
                    } else if (change.field() == ChangeField.SPRINT) {
                        sprintChanges++;
                    }
                }
                membershipStarts[i] = segmentCount;
                if (!currentSprints.isEmpty() || sprintChanges > 0) {
                    long[] currentIds = new long[currentSprints.size()];
                    for (int s = 0; s < currentIds.length; s++) {
                        currentIds[s] = currentSprints.get(s).id();
                    }
                    int seen = 0;
                    Change firstSprint = null;
                    for (int c = 0, n = changelog.size(); c < n && firstSprint == null; c++) {
                        if (changelog.get(c).field() == ChangeField.SPRINT) {
                            firstSprint = changelog.get(c);
                        }
                    }
                    idCount = addSegment(segmentCount++, idCount, createdMillis,
                            firstSprint == null ? currentIds : SprintMembership.parseIds(firstSprint.from()));
                    for (int c = 0, n = changelog.size(); c < n && sprintChanges > 0; c++) {
                        Change change = changelog.get(c);
                        if (change.field() == ChangeField.SPRINT) {
                            seen++;
                            idCount = addSegment(segmentCount++, idCount, Math.max(createdMillis, millis(change.at())),
                                    seen == sprintChanges ? currentIds : SprintMembership.parseIds(change.to()));
                        }
                    }
                }
                ensureStatus(statusCount + statusChanges + 1);
                ensurePoints(pointCount + pointChanges + 1);

                statusStarts[i] = statusCount;
                statusAt[statusCount] = createdMillis;
                statusAtRef[statusCount] = issue.created();
                statusTo[statusCount] = firstStatus == null ? current
                        : entry(firstStatus.from(), firstStatus.fromText(), currentId, ownCategory);
                statusCount++;

                pointStarts[i] = pointCount;
                pointAt[pointCount] = createdMillis;
                pointValue[pointCount] = firstPoints == null ? storyPoints[i] : parse(firstPoints.fromText() != null
                        ? firstPoints.fromText() : firstPoints.from());
                pointCount++;
                int pointSeen = 0;
                if (statusChanges > 0 || pointChanges > 0) {
                    for (int c = 0, n = changelog.size(); c < n; c++) {
                        Change change = changelog.get(c);
                        if (change.field() == ChangeField.STATUS) {
                            statusAt[statusCount] = millis(change.at());
                            statusAtRef[statusCount] = change.at();
                            statusTo[statusCount] = entry(change.to(), change.toText(), currentId, ownCategory);
                            statusCount++;
                        } else if (change.field() == ChangeField.STORY_POINTS) {
                            pointSeen++;
                            pointAt[pointCount] = Math.max(createdMillis, millis(change.at()));
                            pointValue[pointCount] = pointSeen == pointChanges ? storyPoints[i]
                                    : parse(change.toText() != null ? change.toText() : change.to());
                            pointCount++;
                        }
                    }
                }
                i++;
            }
            if (i != size) {
                throw new IllegalStateException("the issues changed while being read");
            }
            statusStarts[size] = statusCount;
            pointStarts[size] = pointCount;
            versionStarts[size] = versionCount;
            sprintStarts[size] = sprintCount;
            membershipStarts[size] = segmentCount;
            membershipIdStarts = Arrays.copyOf(membershipIdStarts, segmentCount + 1);
            membershipIdStarts[segmentCount] = idCount;
            // Trimmed only when much is unused: the accessors never read past the starts, and copying the
            // timelines of a million issues cost more than the room they leave.
            membershipAt = trim(membershipAt, segmentCount);
            membershipIds = trim(membershipIds, idCount);
            sprints = trim(sprints, sprintCount);
            if (wasteful(statusAt.length, statusCount)) {
                statusAt = Arrays.copyOf(statusAt, statusCount);
                statusAtRef = Arrays.copyOf(statusAtRef, statusCount);
                statusTo = Arrays.copyOf(statusTo, statusCount);
            }
            if (wasteful(pointAt.length, pointCount)) {
                pointAt = Arrays.copyOf(pointAt, pointCount);
                pointValue = Arrays.copyOf(pointValue, pointCount);
            }
            versions = trim(versions, versionCount);
            return new IssueColumns(this);
        }

        /**
         * A small direct-mapped cache of entries in front of the map: a million issues name the same few
         * statuses millions of times, and a lookup here is two string compares (identity first) without
         * allocating a key.
         */
        private final String[] cachedIds = new String[64];
        private final String[] cachedNames = new String[64];
        private final StatusCategory[] cachedCategories = new StatusCategory[64];
        private final int[] cachedEntries = new int[64];

        /** The entry of (id, name) in an issue whose current status is {@code currentId} of {@code ownCategory}. */
        private int entry(String id, String name, String currentId, StatusCategory ownCategory) {
            StatusCategory category = id != null && id.equals(currentId) ? ownCategory : null;
            int slot = ((id == null ? 0 : id.hashCode()) * 31 + (name == null ? 0 : name.hashCode()) * 7
                    + (category == null ? 0 : category.ordinal() + 1)) & 63;
            if (cachedEntries[slot] > 0 && category == cachedCategories[slot] && Objects.equals(id, cachedIds[slot])
                    && Objects.equals(name, cachedNames[slot])) {
                return cachedEntries[slot] - 1;
            }
            EntryKey key = new EntryKey(id, name, category);
            Integer code = entryCodes.get(key);
            if (code == null) {
                code = entries.size();
                entries.add(key);
                entryCodes.put(key, code);
                if (id != null && !idCodes.containsKey(id)) {
                    idCodes.put(id, ids.size());
                    ids.add(id);
                }
            }
            cachedIds[slot] = id;
            cachedNames[slot] = name;
            cachedCategories[slot] = category;
            cachedEntries[slot] = code + 1;
            return code;
        }

        /** Appends membership segment {@code segment} starting at {@code at} with {@code ids}; returns the id count. */
        private int addSegment(int segment, int idCount, long at, long[] ids) {
            if (segment + 1 >= membershipIdStarts.length) {
                membershipIdStarts = Arrays.copyOf(membershipIdStarts, membershipIdStarts.length * 2);
                membershipAt = Arrays.copyOf(membershipAt, membershipIdStarts.length);
            }
            if (idCount + ids.length > membershipIds.length) {
                membershipIds = Arrays.copyOf(membershipIds, Math.max(membershipIds.length * 2, idCount + ids.length));
            }
            membershipAt[segment] = at;
            membershipIdStarts[segment] = idCount;
            System.arraycopy(ids, 0, membershipIds, idCount, ids.length);
            return idCount + ids.length;
        }

        /** Whether an array of {@code capacity} holding {@code used} leaves over a quarter unused. */
        private static boolean wasteful(int capacity, int used) {
            return capacity - used > capacity / 4;
        }

        private static long[] trim(long[] array, int used) {
            return wasteful(array.length, used) ? Arrays.copyOf(array, used) : array;
        }

        private static <T> T[] trim(T[] array, int used) {
            return wasteful(array.length, used) ? Arrays.copyOf(array, used) : array;
        }

        private void ensureStatus(int needed) {
            if (needed > statusAt.length) {
                int capacity = Math.max(needed, statusAt.length * 2);
                statusAt = Arrays.copyOf(statusAt, capacity);
                statusAtRef = Arrays.copyOf(statusAtRef, capacity);
                statusTo = Arrays.copyOf(statusTo, capacity);
            }
        }

        private void ensurePoints(int needed) {
            if (needed > pointAt.length) {
                int capacity = Math.max(needed, pointAt.length * 2);
                pointAt = Arrays.copyOf(pointAt, capacity);
                pointValue = Arrays.copyOf(pointValue, capacity);
            }
        }
    }

    /** Epoch milliseconds by arithmetic on the fields, as the calculators compute them. */
    static long millis(OffsetDateTime at) {
        return at.toEpochSecond() * 1000 + at.getNano() / 1_000_000;
    }

    /** An estimate as Jira wrote it, NaN when blank or not a finite number (as {@code EstimateHistory} reads it). */
    static double parse(String text) {
        if (text == null) {
            return Double.NaN;
        }
        // Estimates are nearly always a few digits ("3", "13"): read those directly, the very value
        // Double.parseDouble gives, without its allocations.
        int length = text.length();
        if (length > 0 && length <= 9) {
            int value = 0;
            int i = 0;
            while (i < length) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    break;
                }
                value = value * 10 + (c - '0');
                i++;
            }
            if (i == length) {
                return value;
            }
        }
        if (text.isBlank()) {
            return Double.NaN;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : Double.NaN;
        } catch (NumberFormatException notANumber) {
            return Double.NaN;
        }
    }
}
