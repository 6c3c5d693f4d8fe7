package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;
import java.util.List;

/**
 * Use cases on key results: add, edit, delete, and link or unlink Jira issues (linked-work key
 * results only). Every write runs in one store transaction. Key results of a closed (graded) cycle
 * are frozen and refuse every change.
 *
 * <p>No clock: nothing here depends on the time.
 */
public final class KeyResultService {

    private final OkrStore store;

    public KeyResultService(OkrStore store) {
        this.store = store;
    }

    public KeyResult get(long keyResultId) {
        return OkrLookup.keyResult(store, keyResultId);
    }

    public List<KeyResult> ofObjective(long objectiveId) {
        OkrLookup.objective(store, objectiveId);
        return store.keyResultsOf(objectiveId);
    }

    public KeyResult add(long objectiveId, NewKeyResult command) {
        return store.inTransaction(() -> {
            Objective objective = OkrLookup.objective(store, objectiveId);
            OkrLookup.openCycle(store, objective.cycleId());
            return store.saveKeyResult(new KeyResult(0, 0, objectiveId, command.title(), command.owner(),
                    command.weightOrDefault(), command.measure(), command.cadence(), null, null));
        });
    }

    /**
     * Replaces the editable fields. Changing a linked-work key result to another kind removes its
     * issue links, which would otherwise count for nothing and surprise whoever changes it back.
     */
    public KeyResult edit(long keyResultId, long version, NewKeyResult changes) {
        return store.inTransaction(() -> {
            KeyResult keyResult = editable(keyResultId);
            KeyResult edited = store.saveKeyResult(keyResult.edit(changes.title(), changes.owner(),
                    changes.weightOrDefault(), changes.measure(), changes.cadence()).withId(keyResultId, version));
            if (edited.kind() != KeyResultKind.LINKED_WORK) {
                store.linkedIssueIdsOf(keyResultId).forEach(issueId -> store.unlink(new IssueLink(keyResultId, issueId)));
            }
            return edited;
        });
    }

    public void delete(long keyResultId, long version) {
        store.inTransaction(() -> {
            editable(keyResultId);
            store.deleteKeyResult(keyResultId, version);
        });
    }

    /** Links a Jira issue or epic; returns false when it was already linked. */
    public boolean link(long keyResultId, long issueId) {
        return link(keyResultId, issueId, null);
    }

    /** Links a Jira issue or epic, keeping its key as a label; returns false when it was already linked. */
    public boolean link(long keyResultId, long issueId, String issueKey) {
        return store.inTransaction(() -> {
            KeyResult keyResult = editable(keyResultId);
            if (keyResult.kind() != KeyResultKind.LINKED_WORK) {
                throw new InvalidInputException("keyResult", "only a linked-work key result can link issues");
            }
            return store.link(new IssueLink(keyResultId, issueId, issueKey));
        });
    }

    /** Unlinks a Jira issue; returns false when it was not linked. */
    public boolean unlink(long keyResultId, long issueId) {
        return store.inTransaction(() -> {
            editable(keyResultId);
            return store.unlink(new IssueLink(keyResultId, issueId));
        });
    }

    public List<Long> linkedIssueIds(long keyResultId) {
        OkrLookup.keyResult(store, keyResultId);
        return store.linkedIssueIdsOf(keyResultId);
    }

    private KeyResult editable(long keyResultId) {
        KeyResult keyResult = OkrLookup.keyResult(store, keyResultId);
        OkrLookup.openCycle(store, OkrLookup.objective(store, keyResult.objectiveId()).cycleId());
        return keyResult;
    }
}
