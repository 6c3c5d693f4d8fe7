package io.lodestar.sandbox.demo;

import com.fasterxml.jackson.core.JsonGenerator;
import io.lodestar.sandbox.demo.DemoExport.Release;
import io.lodestar.sandbox.demo.DemoExport.SprintPlan;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One demo issue while it is being generated: its fixed fields and its history as a list of changes. The
 * exported picture ({@link #asOf}) replays the changes up to the export instant, so the current fields and the
 * changelog always agree.
 */
final class DemoIssue {

    static final int[] POINTS = {1, 2, 3, 3, 5, 5, 8};

    record Type(String id, String name) {
    }

    static final Type EPIC = new Type("10000", "Epic");
    static final Type STORY = new Type("10001", "Story");
    static final Type BUG = new Type("1", "Bug");

    record State(String id, String name, String categoryId, String categoryKey, String categoryName) {
    }

    static final State TO_DO = new State("10000", "To Do", "2", "new", "To Do");
    static final State IN_PROGRESS = new State("3", "In Progress", "4", "indeterminate", "In Progress");
    static final State IN_REVIEW = new State("10001", "In Review", "4", "indeterminate", "In Progress");
    static final State DONE = new State("10002", "Done", "3", "done", "Done");

    /** One changelog item; a history entry groups the items of one instant. */
    record Item(String field, String fieldType, String from, String fromText, String to, String toText) {
    }

    record History(long id, OffsetDateTime at, List<Item> items) {
    }

    final long id;
    final DemoTeams team;
    final String key;
    final Type type;
    final String summary;
    final OffsetDateTime created;
    private final long[] nextHistoryId;
    private final List<History> histories = new ArrayList<>();

    String epicKey;
    String epicName;
    LocalDate dueDate;
    Release release;
    /** Estimate when created; re-estimates are changes. */
    Double points;

    private State status = TO_DO;
    private Double estimate;
    private final List<SprintPlan> sprints = new ArrayList<>();
    private List<SprintPlan> allSprints = List.of();

    DemoIssue(long id, DemoTeams team, String key, Type type, String summary, OffsetDateTime created,
              long[] nextHistoryId) {
        this.id = id;
        this.team = team;
        this.key = key;
        this.type = type;
        this.summary = summary;
        this.created = created;
        this.nextHistoryId = nextHistoryId;
    }

    void addToSprint(OffsetDateTime at, SprintPlan sprint, List<SprintPlan> all) {
        allSprints = all;
        List<SprintPlan> after = new ArrayList<>(sprints);
        after.add(sprint);
        changeSprints(at, after);
    }

    /** Takes the issue out of its current sprint into another one, as when scope is cut mid-sprint. */
    void moveToSprint(OffsetDateTime at, SprintPlan sprint, List<SprintPlan> all) {
        allSprints = all;
        List<SprintPlan> after = new ArrayList<>(sprints);
        if (!after.isEmpty()) {
            after.remove(after.size() - 1);
        }
        after.add(sprint);
        changeSprints(at, after);
    }

    private void changeSprints(OffsetDateTime at, List<SprintPlan> after) {
        record(at, new Item("Sprint", "custom", ids(sprints), names(sprints), ids(after), names(after)));
        sprints.clear();
        sprints.addAll(after);
    }

    void reestimate(OffsetDateTime at, double to) {
        Double from = currentEstimate();
        record(at, new Item("Story Points", "custom", null, number(from), null, number(to)));
        estimate = to;
    }

    void inProgress(OffsetDateTime at) {
        transition(at, IN_PROGRESS);
    }

    /** Moves through In Progress (when {@code start} is given), In Review (when given) and Done. */
    void progress(OffsetDateTime start, OffsetDateTime review, OffsetDateTime done) {
        if (start != null) {
            transition(start, IN_PROGRESS);
        }
        if (review != null) {
            transition(review, IN_REVIEW);
        }
        done(done);
    }

    void done(OffsetDateTime at) {
        History history = transition(at, DONE);
        history.items().add(new Item("resolution", "jira", null, null, "10000", "Done"));
    }

    private History transition(OffsetDateTime at, State to) {
        History history = record(at, new Item("status", "jira", status.id(), status.name(), to.id(), to.name()));
        status = to;
        return history;
    }

    private History record(OffsetDateTime at, Item item) {
        History history = new History(nextHistoryId[0]++, at, new ArrayList<>(List.of(item)));
        histories.add(history);
        return history;
    }

    OffsetDateTime lastChange() {
        return histories.isEmpty() ? created : histories.get(histories.size() - 1).at();
    }

    OffsetDateTime workStarted() {
        return firstTransitionTo(IN_PROGRESS);
    }

    OffsetDateTime doneAt() {
        return firstTransitionTo(DONE);
    }

    private OffsetDateTime firstTransitionTo(State state) {
        for (History history : histories) {
            for (Item item : history.items()) {
                if (item.field().equals("status") && item.to().equals(state.id())) {
                    return history.at();
                }
            }
        }
        return null;
    }

    private Double currentEstimate() {
        return estimate != null ? estimate : points;
    }

    /** The issue as an export taken at {@code now} shows it: later changes are not there yet. */
    Snapshot asOf(OffsetDateTime now, LocalDate today) {
        List<History> seen = histories.stream().filter(history -> !history.at().isAfter(now))
                .sorted(java.util.Comparator.comparing(History::at).thenComparing(History::id)).toList();
        State state = TO_DO;
        OffsetDateTime resolved = null;
        Double storyPoints = points;
        List<String> sprintIds = List.of();
        for (History history : seen) {
            for (Item item : history.items()) {
                switch (item.field()) {
                    case "status" -> {
                        state = stateOf(item.to());
                        resolved = state == DONE ? history.at() : null;
                    }
                    case "Story Points" -> storyPoints = Double.valueOf(item.toText());
                    case "Sprint" -> sprintIds = item.to().isEmpty() ? List.of() : List.of(item.to().split(","));
                    default -> {
                    }
                }
            }
        }
        List<SprintPlan> inSprints = new ArrayList<>();
        for (String sprintId : sprintIds) {
            allSprints.stream().filter(sprint -> Long.toString(sprint.id()).equals(sprintId)).forEach(inSprints::add);
        }
        OffsetDateTime updated = seen.isEmpty() ? created : seen.get(seen.size() - 1).at();
        return new Snapshot(this, seen, state, resolved, storyPoints, inSprints, updated, now, today);
    }

    private static State stateOf(String id) {
        for (State state : List.of(TO_DO, IN_PROGRESS, IN_REVIEW, DONE)) {
            if (state.id().equals(id)) {
                return state;
            }
        }
        throw new IllegalStateException("unknown demo status " + id);
    }

    private static String ids(List<SprintPlan> sprints) {
        return String.join(",", sprints.stream().map(sprint -> Long.toString(sprint.id())).toList());
    }

    private static String names(List<SprintPlan> sprints) {
        return String.join(", ", sprints.stream().map(SprintPlan::name).toList());
    }

    private static String number(Double value) {
        return value == null ? null : (value == Math.rint(value) ? Long.toString(value.longValue()) : value.toString());
    }

    /** The exported picture of one issue. */
    record Snapshot(DemoIssue issue, List<History> histories, State state, OffsetDateTime resolved, Double storyPoints,
                    List<SprintPlan> sprints, OffsetDateTime updated, OffsetDateTime now, LocalDate today) {

        long id() {
            return issue.id;
        }

        void write(JsonGenerator json) throws IOException {
            DemoIssue i = issue;
            json.writeStartObject();
            json.writeStringField("expand", "operations,editmeta,changelog,transitions,renderedFields");
            json.writeStringField("id", Long.toString(i.id));
            json.writeStringField("key", i.key);
            json.writeObjectFieldStart("fields");
            json.writeStringField("summary", i.summary);
            json.writeObjectFieldStart("issuetype");
            json.writeStringField("id", i.type.id());
            json.writeStringField("name", i.type.name());
            json.writeBooleanField("subtask", false);
            json.writeEndObject();
            json.writeObjectFieldStart("status");
            json.writeStringField("id", state.id());
            json.writeStringField("name", state.name());
            json.writeObjectFieldStart("statusCategory");
            json.writeNumberField("id", Integer.parseInt(state.categoryId()));
            json.writeStringField("key", state.categoryKey());
            json.writeStringField("name", state.categoryName());
            json.writeEndObject();
            json.writeEndObject();
            if (resolved == null) {
                json.writeNullField("resolution");
            } else {
                json.writeObjectFieldStart("resolution");
                json.writeStringField("id", "10000");
                json.writeStringField("name", "Done");
                json.writeEndObject();
            }
            json.writeObjectFieldStart("priority");
            json.writeStringField("id", i.type == BUG ? "2" : "3");
            json.writeStringField("name", i.type == BUG ? "High" : "Medium");
            json.writeEndObject();
            json.writeObjectFieldStart("project");
            json.writeStringField("id", Long.toString(i.team.projectId()));
            json.writeStringField("key", i.team.key());
            json.writeStringField("name", i.team.projectName());
            json.writeEndObject();
            json.writeStringField("created", DemoExport.timestamp(i.created));
            json.writeStringField("updated", DemoExport.timestamp(updated));
            if (resolved == null) {
                json.writeNullField("resolutiondate");
            } else {
                json.writeStringField("resolutiondate", DemoExport.timestamp(resolved));
            }
            if (i.dueDate == null) {
                json.writeNullField("duedate");
            } else {
                json.writeStringField("duedate", i.dueDate.toString());
            }
            json.writeArrayFieldStart("fixVersions");
            if (i.release != null) {
                json.writeStartObject();
                json.writeStringField("id", Long.toString(i.release.id()));
                json.writeStringField("name", i.release.name());
                json.writeBooleanField("archived", false);
                json.writeBooleanField("released", !i.release.releaseDate().isAfter(today));
                json.writeStringField("releaseDate", i.release.releaseDate().toString());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeArrayFieldStart("labels");
            json.writeEndArray();
            json.writeArrayFieldStart("issuelinks");
            json.writeEndArray();
            json.writeArrayFieldStart("subtasks");
            json.writeEndArray();
            if (i.epicKey == null) {
                json.writeNullField(DemoExport.EPIC_LINK);
            } else {
                json.writeStringField(DemoExport.EPIC_LINK, i.epicKey);
            }
            if (i.epicName == null) {
                json.writeNullField(DemoExport.EPIC_NAME);
            } else {
                json.writeStringField(DemoExport.EPIC_NAME, i.epicName);
            }
            if (storyPoints == null) {
                json.writeNullField(DemoExport.STORY_POINTS);
            } else {
                json.writeNumberField(DemoExport.STORY_POINTS, storyPoints);
            }
            if (sprints.isEmpty()) {
                json.writeNullField(DemoExport.SPRINT);
            } else {
                json.writeArrayFieldStart(DemoExport.SPRINT);
                for (SprintPlan sprint : sprints) {
                    json.writeString(sprint.fieldValue(now, (int) sprint.id()));
                }
                json.writeEndArray();
            }
            json.writeEndObject();
            json.writeObjectFieldStart("changelog");
            json.writeNumberField("startAt", 0);
            json.writeNumberField("maxResults", histories.size());
            json.writeNumberField("total", histories.size());
            json.writeArrayFieldStart("histories");
            for (History history : histories) {
                json.writeStartObject();
                json.writeStringField("id", Long.toString(history.id()));
                json.writeStringField("created", DemoExport.timestamp(history.at()));
                json.writeArrayFieldStart("items");
                for (Item item : history.items()) {
                    json.writeStartObject();
                    json.writeStringField("field", item.field());
                    json.writeStringField("fieldtype", item.fieldType());
                    writeNullable(json, "from", item.from());
                    writeNullable(json, "fromString", item.fromText());
                    writeNullable(json, "to", item.to());
                    writeNullable(json, "toString", item.toText());
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndObject();
        }

        private static void writeNullable(JsonGenerator json, String field, String value) throws IOException {
            if (value == null) {
                json.writeNullField(field);
            } else {
                json.writeStringField(field, value);
            }
        }
    }
}
