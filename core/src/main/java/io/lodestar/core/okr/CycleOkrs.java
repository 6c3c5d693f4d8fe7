package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Everything stored for one cycle, loaded in one call ({@link OkrStore#loadCycle(long)}): its
 * objectives, their key results, the issue links of those key results and their check-ins.
 * Lists are immutable; check-ins are in the order {@link OkrStore#checkInsOf(long)} defines.
 */
public record CycleOkrs(Cycle cycle, List<Objective> objectives, List<KeyResult> keyResults, List<IssueLink> links,
                        List<CheckIn> checkIns) {

    /** Oldest first; ties (same instant) in the order they were appended. */
    public static final Comparator<CheckIn> CHRONOLOGICAL =
            Comparator.comparing(CheckIn::at).thenComparingLong(CheckIn::id);

    public CycleOkrs {
        requirePresent(cycle, "cycle");
        objectives = List.copyOf(objectives);
        keyResults = List.copyOf(keyResults);
        links = List.copyOf(links);
        checkIns = checkIns.stream().sorted(CHRONOLOGICAL).toList();
    }

    public List<KeyResult> keyResultsOf(long objectiveId) {
        return keyResults.stream().filter(kr -> kr.objectiveId() == objectiveId).toList();
    }

    public List<Long> linkedIssueIdsOf(long keyResultId) {
        return links.stream().filter(l -> l.keyResultId() == keyResultId).map(IssueLink::issueId).toList();
    }

    /** The key result's check-ins, oldest first. */
    public List<CheckIn> checkInsOf(long keyResultId) {
        return checkIns.stream().filter(c -> c.keyResultId() == keyResultId).toList();
    }

    public Optional<CheckIn> latestCheckInOf(long keyResultId) {
        List<CheckIn> history = checkInsOf(keyResultId);
        return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
    }

    /**
     * The key result's latest check-in made by a person (automatic ones left out): what its confidence and whether a
     * check-in is due are read from, since the measurement's check-ins carry no confidence.
     */
    public Optional<CheckIn> latestHandCheckInOf(long keyResultId) {
        return latestByHand(checkInsOf(keyResultId));
    }

    /** The latest check-in of {@code history} (oldest first) that is not automatic. */
    public static Optional<CheckIn> latestByHand(List<CheckIn> history) {
        for (int i = history.size() - 1; i >= 0; i--) {
            if (!history.get(i).automatic()) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    /** Key results grouped by objective id. */
    public Map<Long, List<KeyResult>> keyResultsByObjective() {
        return keyResults.stream().collect(Collectors.groupingBy(KeyResult::objectiveId));
    }
}
