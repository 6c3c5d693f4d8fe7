package io.lodestar.core.kpi.flow;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requireText;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.StatusCategory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How workflow statuses map to the ordered stages of a team's process, and which stages mark
 * commitment (work started) and done. Flow KPIs measure between stages, not statuses, because every
 * project names its statuses differently ("Patch Available", "In Review", "Received").
 *
 * <p>The default, {@link #byStatusCategory()}, uses Jira's status categories: To Do, In Progress,
 * Done, with commitment at In Progress and done at Done. A status of unknown category (seen only in
 * an old changelog) is then unmapped. A configured mapping lists statuses by name or id (matched
 * case-insensitively); any status it does not list is unmapped.
 *
 * <p>An unmapped status does not move an issue between stages: the issue stays in the stage it was
 * in, as jira-agile-metrics does, because guessing a stage would invent dates.
 *
 * <p>Immutable.
 */
public final class StageMapping {

    /** Returned by {@link #stageOf} for a status that belongs to no stage. */
    public static final int UNMAPPED = -1;

    private static final StageMapping BY_CATEGORY =
            new StageMapping(List.of("To Do", "In Progress", "Done"), 1, 2, null);

    private final List<String> stages;
    private final int commitStage;
    private final int doneStage;
    /** Status name or id, as typed and lower-cased, to stage index; null for the status-category mapping. */
    private final Map<String, Integer> stageByStatus;

    private StageMapping(List<String> stages, int commitStage, int doneStage, Map<String, Integer> stageByStatus) {
        this.stages = stages;
        this.commitStage = commitStage;
        this.doneStage = doneStage;
        this.stageByStatus = stageByStatus;
    }

    /** To Do, In Progress, Done by status category; commitment at In Progress, done at Done. */
    public static StageMapping byStatusCategory() {
        return BY_CATEGORY;
    }

    /**
     * A configured mapping. {@code statusesByStage} lists the stages in process order, each with the
     * names or ids of its statuses; {@code commitStage} and {@code doneStage} name two of them, the
     * commitment stage not after the done stage.
     */
    public static StageMapping of(Map<String, List<String>> statusesByStage, String commitStage, String doneStage) {
        require(statusesByStage != null && !statusesByStage.isEmpty(), "workflow", "must list at least one stage");
        List<String> stages = new ArrayList<>();
        Map<String, Integer> stageByStatus = new HashMap<>();
        for (Map.Entry<String, List<String>> entry : statusesByStage.entrySet()) {
            String stage = requireText(entry.getKey(), "workflow.stage");
            require(indexOf(stages, stage) < 0, "workflow", "stage " + stage + " is listed twice");
            stages.add(stage);
            for (String status : entry.getValue()) {
                String typed = requireText(status, "workflow." + stage);
                Integer previous = stageByStatus.put(typed.toLowerCase(Locale.ROOT), stages.size() - 1);
                require(previous == null, "workflow", "status " + typed + " is in two stages");
            }
        }
        int commit = stageIndex(stages, commitStage, "commitStage");
        int done = stageIndex(stages, doneStage, "doneStage");
        require(commit <= done, "commitStage", "must not come after the done stage " + doneStage);
        // The names as typed are keys too, so that the usual lookup (same case as Jira's) needs no
        // lower-casing, which would allocate a string per changelog item.
        Map<String, Integer> withTypedNames = new HashMap<>(stageByStatus);
        for (Map.Entry<String, List<String>> entry : statusesByStage.entrySet()) {
            for (String status : entry.getValue()) {
                withTypedNames.put(status.strip(), stageByStatus.get(status.strip().toLowerCase(Locale.ROOT)));
            }
        }
        return new StageMapping(List.copyOf(stages), commit, done, Map.copyOf(withTypedNames));
    }

    /**
     * Parses the command-line form {@code "Stage=Status,Status;Stage=Status"}, stages in process
     * order, e.g. {@code "To Do=Open,Reopened;In Progress=In Progress,Patch Available;Done=Resolved,Closed"}.
     */
    public static StageMapping parse(String workflow, String commitStage, String doneStage) {
        String text = requireText(workflow, "workflow");
        Map<String, List<String>> statusesByStage = new LinkedHashMap<>();
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int equals = part.indexOf('=');
            require(equals > 0, "workflow", "expected Stage=Status,Status but found '" + part.strip() + "'");
            String stage = requireText(part.substring(0, equals), "workflow.stage");
            List<String> statuses = new ArrayList<>();
            for (String status : part.substring(equals + 1).split(",")) {
                if (!status.isBlank()) {
                    statuses.add(status.strip());
                }
            }
            require(!statuses.isEmpty(), "workflow", "stage " + stage + " lists no status");
            require(!statusesByStage.containsKey(stage), "workflow", "stage " + stage + " is listed twice");
            statusesByStage.put(stage, statuses);
        }
        return of(statusesByStage, commitStage, doneStage);
    }

    private static int stageIndex(List<String> stages, String name, String field) {
        int index = indexOf(stages, requireText(name, field));
        if (index < 0) {
            throw new InvalidInputException(field, "unknown stage " + name.strip() + ", expected one of " + stages);
        }
        return index;
    }

    private static int indexOf(List<String> stages, String name) {
        for (int i = 0; i < stages.size(); i++) {
            if (stages.get(i).equalsIgnoreCase(name.strip())) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The stage index (0 is the first stage) of a status, or {@link #UNMAPPED}. A configured mapping
     * matches the id first, then the name; the category mapping uses {@code category}, the caller's
     * knowledge of the status ({@link StatusCategory#UNDEFINED} when it has none).
     */
    public int stageOf(String statusId, String statusName, StatusCategory category) {
        if (stageByStatus == null) {
            return switch (category) {
                case TO_DO -> 0;
                case IN_PROGRESS -> 1;
                case DONE -> 2;
                case UNDEFINED -> UNMAPPED;
            };
        }
        Integer stage = statusId == null ? null : stageByStatus.get(statusId);
        if (stage == null && statusName != null) {
            stage = stageByStatus.get(statusName);
            if (stage == null) {
                stage = stageByStatus.get(statusName.toLowerCase(Locale.ROOT));
            }
        }
        if (stage == null && statusId != null) {
            stage = stageByStatus.get(statusId.toLowerCase(Locale.ROOT));
        }
        return stage == null ? UNMAPPED : stage;
    }

    /** Whether this is the default mapping, which needs the categories of statuses. */
    public boolean usesStatusCategories() {
        return stageByStatus == null;
    }

    public List<String> stages() {
        return stages;
    }

    public int commitStage() {
        return commitStage;
    }

    public int doneStage() {
        return doneStage;
    }

    public String commitStageName() {
        return stages.get(commitStage);
    }

    public String doneStageName() {
        return stages.get(doneStage);
    }

    @Override
    public String toString() {
        return (stageByStatus == null ? "by status category " : "configured ") + stages
                + ", commitment at " + commitStageName() + ", done at " + doneStageName();
    }
}
