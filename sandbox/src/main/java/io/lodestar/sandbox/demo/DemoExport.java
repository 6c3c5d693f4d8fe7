package io.lodestar.sandbox.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The sandbox's demo issue data: a Jira REST search export ({@code GET /rest/api/2/search?expand=names,changelog})
 * of two teams' year of Scrum, written to a file and then read back through the same reader as a real export, so
 * there is one way issue data enters the sandbox.
 *
 * <p>Two projects, {@link DemoTeams#ATLAS} (steady) and {@link DemoTeams#NOVA} (improving), each with 24 closed
 * two-week sprints, one active sprint containing {@code today} and two future ones; epics spanning about four
 * sprints; stories with story points (some re-estimated), issues added to and removed from sprints after they
 * started, stories carried over to the next sprint; bugs; due dates; a fix version every three sprints with its
 * release date; and the status changelog of every transition. Everything that would happen after noon UTC on
 * {@code today} is left out, as in a real export taken then.
 *
 * <p>Deterministic: the same {@code today} always gives byte-identical output (fixed seeds, no clock, no maps
 * with unspecified order). Sprint boundaries fall on every other Monday counted from 2024-01-01, so they do not
 * move from one day to the next.
 */
public final class DemoExport {

    static final int CLOSED_SPRINTS = 24;
    static final int FUTURE_SPRINTS = 2;
    static final int SPRINTS_PER_RELEASE = 3;
    static final int SPRINTS_PER_EPIC = 4;

    static final String EPIC_LINK = "customfield_10100";
    static final String EPIC_NAME = "customfield_10101";
    static final String STORY_POINTS = "customfield_10102";
    static final String SPRINT = "customfield_10103";

    private static final LocalDate SPRINT_ORIGIN = LocalDate.of(2024, 1, 1);
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

    private final LocalDate today;
    private final OffsetDateTime now;

    public DemoExport(LocalDate today) {
        this.today = today;
        this.now = today.atTime(12, 0).atOffset(ZoneOffset.UTC);
    }

    /** Writes the export to {@code file} atomically (a half-written demo file is never read). */
    public void writeTo(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, "demo-issues", ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            write(out);
        }
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public void write(OutputStream out) throws IOException {
        List<DemoIssue.Snapshot> issues = new ArrayList<>();
        long[] nextId = {10000};
        long[] nextHistoryId = {50000};
        for (DemoTeams team : DemoTeams.values()) {
            issues.addAll(new TeamYear(team, nextId, nextHistoryId).issues());
        }
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("expand", "names,schema");
            json.writeNumberField("startAt", 0);
            json.writeNumberField("maxResults", issues.size());
            json.writeNumberField("total", issues.size());
            json.writeObjectFieldStart("names");
            for (String field : List.of("summary", "issuetype", "status", "resolution", "priority", "project",
                    "created", "updated", "resolutiondate", "duedate", "fixVersions", "labels", "issuelinks",
                    "subtasks")) {
                json.writeStringField(field, field);
            }
            json.writeStringField(EPIC_LINK, "Epic Link");
            json.writeStringField(EPIC_NAME, "Epic Name");
            json.writeStringField(STORY_POINTS, "Story Points");
            json.writeStringField(SPRINT, "Sprint");
            json.writeEndObject();
            json.writeArrayFieldStart("issues");
            for (DemoIssue.Snapshot issue : issues) {
                issue.write(json);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    /** The first day of the sprint that contains {@code day}. */
    static LocalDate sprintStartContaining(LocalDate day) {
        LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long weeks = ChronoUnit.WEEKS.between(SPRINT_ORIGIN, monday);
        return Math.floorMod(weeks, 2) == 0 ? monday : monday.minusWeeks(1);
    }

    static String timestamp(OffsetDateTime at) {
        return at.format(TIMESTAMP);
    }

    /** One sprint of one team's board. */
    record SprintPlan(long id, String name, OffsetDateTime start, OffsetDateTime end, long boardId) {

        String state(OffsetDateTime now) {
            if (!end.isAfter(now)) {
                return "CLOSED";
            }
            return start.isAfter(now) ? "FUTURE" : "ACTIVE";
        }

        /** The value of the Sprint field as Jira Data Center's REST API writes it (GreenHopper's toString). */
        String fieldValue(OffsetDateTime now, int sequence) {
            String state = state(now);
            boolean future = state.equals("FUTURE");
            return "com.atlassian.greenhopper.service.sprint.Sprint@" + Long.toHexString(0x1f00 + id)
                    + "[id=" + id + ",rapidViewId=" + boardId + ",state=" + state + ",name=" + name
                    + ",startDate=" + (future ? "<null>" : start.toInstant())
                    + ",endDate=" + (future ? "<null>" : end.toInstant())
                    + ",completeDate=" + (state.equals("CLOSED") ? end.plusHours(2).toInstant() : "<null>")
                    + ",activatedDate=" + (future ? "<null>" : start.toInstant())
                    + ",sequence=" + sequence + ",goal=]";
        }
    }

    /** A fix version released at the end of every third sprint. */
    record Release(long id, String name, LocalDate releaseDate) {
    }

    /** Generates one team's issues, sprint by sprint, with a random stream of its own. */
    private final class TeamYear {

        private final DemoTeams team;
        private final long[] nextId;
        private final long[] nextHistoryId;
        private final Random random;
        private final List<SprintPlan> sprints = new ArrayList<>();
        private final List<Release> releases = new ArrayList<>();
        private final List<DemoIssue> epics = new ArrayList<>();
        private final List<DemoIssue> issues = new ArrayList<>();
        private int number;

        TeamYear(DemoTeams team, long[] nextId, long[] nextHistoryId) {
            this.team = team;
            this.nextId = nextId;
            this.nextHistoryId = nextHistoryId;
            this.random = new Random(team.seed());
            LocalDate first = sprintStartContaining(today).minusWeeks(2L * CLOSED_SPRINTS);
            int total = CLOSED_SPRINTS + 1 + FUTURE_SPRINTS;
            for (int i = 0; i < total; i++) {
                OffsetDateTime start = first.plusWeeks(2L * i).atTime(9, 0).atOffset(ZoneOffset.UTC);
                sprints.add(new SprintPlan(team.sprintIdBase() + i + 1, team.sprintPrefix() + " " + (i + 1), start,
                        start.plusWeeks(2).minusDays(3).plusHours(8), team.boardId()));
            }
            for (int r = 0; r * SPRINTS_PER_RELEASE < total; r++) {
                SprintPlan last = sprints.get(Math.min(total - 1, r * SPRINTS_PER_RELEASE + SPRINTS_PER_RELEASE - 1));
                releases.add(new Release(team.versionIdBase() + r + 1, team.key() + " " + (r / 4 + 1) + "." + (r % 4),
                        last.end().toLocalDate()));
            }
        }

        List<DemoIssue.Snapshot> issues() {
            int epicCount = (sprints.size() + SPRINTS_PER_EPIC - 1) / SPRINTS_PER_EPIC;
            for (int e = 0; e < epicCount; e++) {
                SprintPlan first = sprints.get(e * SPRINTS_PER_EPIC);
                DemoIssue epic = newIssue(DemoIssue.EPIC, team.epicNames().get(e % team.epicNames().size()),
                        first.start().minusDays(3 + random.nextInt(4)).withHour(10 + random.nextInt(6)));
                epic.epicName = epic.summary;
                epics.add(epic);
                issues.add(epic);
            }
            for (int s = 0; s < sprints.size(); s++) {
                planSprint(s);
            }
            for (int e = 0; e < epics.size(); e++) {
                finishEpic(epics.get(e), e);
            }
            List<DemoIssue.Snapshot> visible = new ArrayList<>();
            for (DemoIssue issue : issues) {
                if (!issue.created.isAfter(now)) {
                    visible.add(issue.asOf(now, today));
                }
            }
            visible.sort(Comparator.comparingLong(DemoIssue.Snapshot::id));
            return visible;
        }

        private DemoIssue newIssue(DemoIssue.Type type, String summary, OffsetDateTime created) {
            number++;
            return new DemoIssue(nextId[0]++, team, team.key() + "-" + number, type, summary, created, nextHistoryId);
        }

        /**
         * One sprint: the stories committed at planning, a story or two added after the start, sometimes one
         * removed mid-sprint, re-estimates, stories not finished that move on to the next sprint, and bugs.
         */
        private void planSprint(int s) {
            SprintPlan sprint = sprints.get(s);
            double completion = team.completionRate(s, sprints.size());
            int committed = team.storiesPerSprint() + random.nextInt(3) - 1;
            for (int i = 0; i < committed; i++) {
                OffsetDateTime created = sprint.start().minusDays(2 + random.nextInt(12)).withHour(9 + random.nextInt(8));
                DemoIssue story = story(s, created);
                // Planned soon after it is written, so the next sprints already hold stories, as in a groomed backlog.
                story.addToSprint(created.plusHours(1 + random.nextInt(20)), sprint, sprints);
                boolean removed = i == 0 && s % 4 == 1 && s + 1 < sprints.size();
                if (removed) {
                    OffsetDateTime at = sprint.start().plusDays(4).plusHours(random.nextInt(6));
                    story.moveToSprint(at, sprints.get(s + 1), sprints);
                    work(story, s + 1, 0.95);
                } else {
                    if (random.nextDouble() < 0.2) {
                        story.reestimate(sprint.start().plusDays(1 + random.nextInt(3)).plusHours(random.nextInt(6)),
                                nextEstimate(story.points));
                    }
                    work(story, s, completion);
                }
            }
            int added = s % 3 == 2 ? 2 : 1;
            for (int i = 0; i < added; i++) {
                OffsetDateTime created = sprint.start().plusDays(2 + random.nextInt(5)).withHour(10 + random.nextInt(6));
                DemoIssue story = story(s, created);
                story.addToSprint(created.plusMinutes(20 + random.nextInt(200)), sprint, sprints);
                work(story, s, Math.min(0.95, completion + 0.05));
            }
            int bugs = team.bugsPerSprint() + random.nextInt(2);
            for (int i = 0; i < bugs; i++) {
                OffsetDateTime created = sprint.start().plusDays(random.nextInt(11)).withHour(8 + random.nextInt(10));
                DemoIssue bug = newIssue(DemoIssue.BUG, summary(team.bugSummaries()), created);
                bug.epicKey = epicOf(s).key;
                if (random.nextDouble() < 0.6) {
                    bug.dueDate = created.toLocalDate().plusDays(5 + random.nextInt(10));
                }
                if (random.nextDouble() < 0.3) {
                    bug.points = (double) (1 + random.nextInt(3));
                }
                bug.release = releaseOf(s);
                OffsetDateTime start = created.plusHours(2 + random.nextInt(60));
                OffsetDateTime done = start.plusHours(4 + random.nextInt(24 * (bug.dueDate == null ? 9 : 11)));
                bug.progress(start, null, done);
                issues.add(bug);
            }
        }

        private DemoIssue story(int s, OffsetDateTime created) {
            DemoIssue story = newIssue(DemoIssue.STORY, summary(team.storySummaries()), created);
            story.points = (double) DemoIssue.POINTS[random.nextInt(DemoIssue.POINTS.length)];
            story.epicKey = epicOf(s).key;
            story.release = releaseOf(s);
            if (random.nextDouble() < 0.3) {
                story.dueDate = sprints.get(s).end().toLocalDate().plusDays(random.nextInt(3) - 1);
            }
            issues.add(story);
            return story;
        }

        /**
         * Works on a story in sprint {@code s}: done within it with probability {@code completion}, otherwise
         * carried over at the sprint's end into the next one and finished there.
         */
        private void work(DemoIssue story, int s, double completion) {
            SprintPlan sprint = sprints.get(s);
            OffsetDateTime earliest = story.lastChange().isAfter(sprint.start()) ? story.lastChange() : sprint.start();
            OffsetDateTime start = earliest.plusHours(2 + random.nextInt(24 * 6));
            if (random.nextDouble() < completion || s + 1 >= sprints.size()) {
                OffsetDateTime review = start.plusHours(8 + random.nextInt(48));
                OffsetDateTime done = review.plusHours(2 + random.nextInt(30));
                if (done.isAfter(sprint.end())) {
                    done = sprint.end().minusHours(1 + random.nextInt(5));
                    review = done.minusHours(1);
                }
                if (!start.isBefore(review)) {
                    start = review.minusHours(2);
                }
                story.progress(start, review, done);
            } else {
                SprintPlan next = sprints.get(s + 1);
                story.inProgress(start);
                story.addToSprint(sprint.end().plusHours(2), next, sprints);
                OffsetDateTime review = next.start().plusHours(24 + random.nextInt(24 * 5));
                story.progress(null, review, review.plusHours(3 + random.nextInt(40)));
            }
        }

        private void finishEpic(DemoIssue epic, int e) {
            List<DemoIssue> children = issues.stream().filter(issue -> epic.key.equals(issue.epicKey)).toList();
            OffsetDateTime firstStart = children.stream().map(DemoIssue::workStarted)
                    .filter(java.util.Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
            OffsetDateTime lastDone = children.stream().map(DemoIssue::doneAt)
                    .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
            if (firstStart != null) {
                epic.inProgress(firstStart.plusMinutes(30));
            }
            if (lastDone != null && children.stream().allMatch(child -> child.doneAt() != null)) {
                epic.done(lastDone.plusHours(3));
            }
            int lastSprint = Math.min(sprints.size() - 1, e * SPRINTS_PER_EPIC + SPRINTS_PER_EPIC - 1);
            epic.dueDate = sprints.get(lastSprint).end().toLocalDate();
            epic.release = releaseOf(lastSprint);
        }

        private DemoIssue epicOf(int s) {
            return epics.get(s / SPRINTS_PER_EPIC);
        }

        private Release releaseOf(int s) {
            return releases.get(s / SPRINTS_PER_RELEASE);
        }

        private String summary(List<String> choices) {
            return choices.get(random.nextInt(choices.size()));
        }

        /** A re-estimate moves one size up (three times in four) or down the point scale. */
        private double nextEstimate(Double points) {
            int index = 0;
            for (int i = 0; i < DemoIssue.POINTS.length; i++) {
                if (DemoIssue.POINTS[i] == points.intValue()) {
                    index = i;
                }
            }
            int step = random.nextInt(4) == 0 ? -1 : 1;
            return DemoIssue.POINTS[Math.max(0, Math.min(DemoIssue.POINTS.length - 1, index + step))];
        }
    }
}
