package io.lodestar.core.okr;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A key result measured now: its current value, its raw progress from start to target and the score
 * that progress gives, or the reason it cannot be measured yet ({@code gap}), in which case the score
 * is 0 so that an unmeasurable key result never flatters its objective.
 *
 * <p>Where the current value comes from, by kind:
 * <ul>
 *   <li>numeric: the latest check-in carrying a value, else the start value;</li>
 *   <li>milestone: 1 if the latest check-in with a value says done, else 0;</li>
 *   <li>linked work: the done issues (or done story points) among the visible linked issues, out of
 *       a total given by {@link #work()};</li>
 *   <li>KPI: the latest automatic check-in, which the measurement records each period with the KPI's value on its
 *       key results' scale ({@link KpiScale}: a ratio KPI reads as a percentage; see {@link KpiCheckIns}); with none
 *       yet, the KPI's latest value; else the start value (and a gap saying the KPI has no value); nothing at all when the
 *       viewer may not see the KPI's values (the gap {@link #KPI_HIDDEN}), so the key result does not leak
 *       them through its current value or its score;</li>
 *   <li>band: the latest check-in carrying a value; full score while it lies inside the band, none
 *       outside, with {@link #bandTime()} telling how long it stayed inside;</li>
 *   <li>from a JQL query: what {@link IssueQuery} counted as the viewer may see it: the share of visible matching
 *       issues done (in %), or the sum of the field over them from start to target; {@link #query()} keeps the
 *       counts, hidden issues included;</li>
 *   <li>a stored measure that today's rules refuse ({@link Measure.Invalid}): none, with a gap saying what to repair.</li>
 * </ul>
 *
 * @param current  the current value in the key result's unit, or null when unknown
 * @param progress the raw fraction of the way from start to target (may exceed 1 or be negative), or
 *                 null when not measurable
 * @param score    the progress clamped to [0, 1]; 0 when not measurable
 * @param gap      why the key result cannot be measured, or null when it can
 * @param work     for linked work, the counts behind the progress; null for other kinds
 * @param bandTime for a band key result, how long its value stayed inside the band; null for other kinds
 * @param query    for a key result from a JQL query, what the query counted; null for other kinds
 */
public record Measurement(Double current, Double progress, Score score, String gap, WorkProgress work,
                          BandTime bandTime, QueryCount query) {

    public Measurement(Double current, Double progress, Score score, String gap, WorkProgress work) {
        this(current, progress, score, gap, work, null, null);
    }

    public Measurement(Double current, Double progress, Score score, String gap, WorkProgress work, BandTime bandTime) {
        this(current, progress, score, gap, work, bandTime, null);
    }

    public static final String NO_START_OR_TARGET = "the start and the target value must both be set";
    public static final String NO_VISIBLE_ISSUE = "no linked issue is visible";
    public static final String NO_STORY_POINTS = "the visible linked issues have no story points";
    public static final String NO_KPI_VALUE = "the KPI has no value yet";
    public static final String NO_BAND_VALUE = "no check-in has reported a value yet";
    public static final String KPI_HIDDEN = "the KPI is computed over a project you may not browse";
    public static final String NO_QUERY_RUN = "the JQL query was not run";
    public static final String NO_MATCHING_ISSUE = "no issue you may browse matches the query";

    public boolean measurable() {
        return gap == null;
    }

    /**
     * @param history       the key result's check-ins, oldest first
     * @param visibleIssues for linked work, what {@link IssueSource} returned for its links; ignored otherwise
     * @param kpiReading    for KPI-backed key results, the KPI's latest reading; ignored otherwise
     */
    public static Measurement of(KeyResult keyResult, List<CheckIn> history, List<LinkedIssue> visibleIssues,
                                 Optional<KpiReading> kpiReading) {
        Instant until = history.isEmpty() ? Instant.EPOCH : history.get(history.size() - 1).at();
        return of(keyResult, history, visibleIssues, kpiReading, until);
    }

    /**
     * As {@link #of(KeyResult, List, List, Optional)}, with {@code until} the end of the time a band key
     * result's value is observed (now, or the cycle's end once over); other kinds ignore it.
     */
    public static Measurement of(KeyResult keyResult, List<CheckIn> history, List<LinkedIssue> visibleIssues,
                                 Optional<KpiReading> kpiReading, Instant until) {
        return of(keyResult, history, visibleIssues, kpiReading, until, null);
    }

    /**
     * As {@link #of(KeyResult, List, List, Optional, Instant)}, with {@code query} what the JQL query of a key result
     * from a query found (null when it was not run); other kinds ignore it.
     */
    public static Measurement of(KeyResult keyResult, List<CheckIn> history, List<LinkedIssue> visibleIssues,
                                 Optional<KpiReading> kpiReading, Instant until, QueryCount query) {
        if (keyResult.measure() instanceof Measure.FromQuery fromQuery) {
            return fromQuery(fromQuery, query);
        }
        Double latestValue = latestValue(history);
        Measure measure = keyResult.measure();
        if (measure instanceof Measure.Numeric numeric) {
            if (!numeric.complete()) {
                return new Measurement(latestValue, null, Score.ZERO, NO_START_OR_TARGET, null);
            }
            double current = latestValue != null ? latestValue : numeric.start();
            return progressed(current, Measure.fractionOfWay(numeric.start(), numeric.target(), current), null);
        }
        if (measure instanceof Measure.Milestone) {
            double current = latestValue != null && latestValue >= 1.0 ? 1.0 : 0.0;
            return progressed(current, current, null);
        }
        if (measure instanceof Measure.LinkedWork linkedWork) {
            WorkProgress work = WorkProgress.of(linkedWork.basis(), visibleIssues);
            double done = linkedWork.basis() == WorkBasis.ISSUE_COUNT ? work.doneIssues() : work.donePoints();
            OptionalDouble fraction = work.fraction();
            if (fraction.isEmpty()) {
                String gap = work.totalIssues() == 0 ? NO_VISIBLE_ISSUE : NO_STORY_POINTS;
                return new Measurement(done, null, Score.ZERO, gap, work);
            }
            return progressed(done, fraction.getAsDouble(), work);
        }
        if (measure instanceof Measure.WithinBand band) {
            BandTime time = BandTime.of(band, history, until);
            if (latestValue == null) {
                return new Measurement(null, null, Score.ZERO, NO_BAND_VALUE, null, time);
            }
            double inside = band.contains(latestValue) ? 1.0 : 0.0;
            return new Measurement(latestValue, inside, Score.fromProgress(inside), null, null, time);
        }
        if (measure instanceof Measure.Invalid invalid) {
            return new Measurement(null, null, Score.ZERO, invalidGap(invalid), null);
        }
        Measure.KpiBacked kpi = (Measure.KpiBacked) measure;
        if (kpiReading.isPresent() && kpiReading.get().hidden()) {
            return new Measurement(null, null, Score.ZERO, KPI_HIDDEN, null);
        }
        // The KPI's automatic check-ins (one per period, recorded by the measurement) are its history; the latest
        // counts, as for a numeric key result (a value checked in by hand, which older versions allowed, does not). A key result not yet checked in by the measurement (created since the
        // last run, or before this rule) reads the KPI's latest value instead.
        Double measured = latestValue(history.stream().filter(CheckIn::automatic).toList());
        if (measured == null && kpiReading.isEmpty()) {
            return new Measurement(kpi.start(), null, Score.ZERO, NO_KPI_VALUE, null);
        }
        double current = measured != null ? measured : kpiReading.get().keyResultValue();
        return progressed(current, Measure.fractionOfWay(kpi.start(), kpi.target(), current), null);
    }

    private static Measurement fromQuery(Measure.FromQuery measure, QueryCount query) {
        if (query == null || query.failed()) {
            String gap = query == null ? NO_QUERY_RUN : query.problem();
            return new Measurement(null, null, Score.ZERO, gap, null, null, query);
        }
        if (measure.aggregate() == QueryAggregate.SHARE_DONE) {
            WorkProgress work = new WorkProgress(WorkBasis.ISSUE_COUNT, query.done(), query.visible(), 0, 0);
            if (query.visible() == 0) {
                return new Measurement(null, null, Score.ZERO, NO_MATCHING_ISSUE, work, null, query);
            }
            double share = (double) query.done() / query.visible();
            return new Measurement(share * 100, share, Score.fromProgress(share), null, work, null, query);
        }
        double progress = Measure.fractionOfWay(measure.start(), measure.target(), query.sum());
        return new Measurement(query.sum(), progress, Score.fromProgress(progress), null, null, null, query);
    }

    /** The gap of a stored measure that today's rules refuse: what is wrong, and that an edit repairs it. */
    public static String invalidGap(Measure.Invalid invalid) {
        return "the stored " + invalid.field().replaceFirst("^keyResult\\.", "") + " " + invalid.problem()
                + "; edit the key result to repair it";
    }

    private static Measurement progressed(double current, double progress, WorkProgress work) {
        return new Measurement(current, progress, Score.fromProgress(progress), null, work);
    }

    private static Double latestValue(List<CheckIn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).hasValue()) {
                return history.get(i).value();
            }
        }
        return null;
    }
}
