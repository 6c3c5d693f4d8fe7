package io.lodestar.sandbox.demo;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.SplittableRandom;

/**
 * A large synthetic Jira REST export for the cluster test and the measurement benchmark (issue 14): {@code count}
 * issues over two projects, ALPHA and BRAVO, created over the year before {@code today}, each with a changelog
 * (Open, In Progress, sometimes back to Open, Done) and story points; three in four are done. Written as a stream, so
 * a project of 100,000 issues never sits in memory here. The same count, day and seed give the same file.
 */
public final class SyntheticExport {

    public static final String STORY_POINTS = "customfield_10102";
    private static final String[] PROJECTS = {"ALPHA", "BRAVO"};
    private static final int[] POINTS = {1, 2, 3, 5, 8};

    private final int count;
    private final LocalDate today;
    /** 0: every issue created over the year before today; else a team's steady pace, so the project is count/perYear years old. */
    private final int perYear;

    public SyntheticExport(int count, LocalDate today) {
        this(count, today, 0);
    }

    private SyntheticExport(int count, LocalDate today, int perYear) {
        if (count < 1) {
            throw new IllegalArgumentException("at least one issue");
        }
        this.count = count;
        this.today = today;
        this.perYear = perYear;
    }

    /**
     * A project that grew at a team's steady pace, {@code perYear} issues a year, so that a larger project is an older
     * one, as real projects are: created over the {@code count / perYear} years before {@code today}; of the issues
     * created in the last 90 days three in four are done, of the older ones all but one in a hundred (a backlog
     * that stays open).
     */
    public static SyntheticExport steady(int count, LocalDate today, int perYear) {
        if (perYear < 1) {
            throw new IllegalArgumentException("at least one issue a year");
        }
        return new SyntheticExport(count, today, perYear);
    }

    public void writeTo(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        }
    }

    public void write(OutputStream out) throws IOException {
        SplittableRandom random = new SplittableRandom(14);
        OffsetDateTime end = today.atTime(9, 0).atOffset(ZoneOffset.UTC);
        try (JsonGenerator json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("expand", "names,schema");
            json.writeNumberField("startAt", 0);
            json.writeNumberField("maxResults", count);
            json.writeNumberField("total", count);
            json.writeObjectFieldStart("names");
            for (String field : new String[] {"summary", "issuetype", "status", "resolution", "project", "created",
                    "updated", "resolutiondate"}) {
                json.writeStringField(field, field);
            }
            json.writeStringField(STORY_POINTS, "Story Points");
            json.writeEndObject();
            json.writeArrayFieldStart("issues");
            int[] numbers = new int[PROJECTS.length];
            for (int i = 0; i < count; i++) {
                int p = i % PROJECTS.length;
                String key = PROJECTS[p] + "-" + (++numbers[p]);
                OffsetDateTime created = perYear == 0 ? end.minusHours(24L * 365 - random.nextInt(24 * 300))
                        : end.minusHours(1 + random.nextLong(Math.max(1, 24L * 365 * count / perYear)));
                OffsetDateTime started = created.plusHours(1 + random.nextInt(24 * 10));
                boolean reopened = random.nextInt(5) == 0;
                OffsetDateTime done = started.plusHours(2 + random.nextInt(24 * 20));
                boolean old = perYear > 0 && created.isBefore(end.minusDays(90));
                boolean finished = (old ? random.nextInt(100) != 0 : random.nextInt(4) != 0) && done.isBefore(end);
                writeIssue(json, 100_000L + i, key, p, created, started, reopened, finished ? done : null,
                        POINTS[random.nextInt(POINTS.length)]);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeIssue(JsonGenerator json, long id, String key, int project, OffsetDateTime created,
                                   OffsetDateTime started, boolean reopened, OffsetDateTime done, int points)
            throws IOException {
        json.writeStartObject();
        json.writeStringField("id", Long.toString(id));
        json.writeStringField("key", key);
        json.writeObjectFieldStart("fields");
        json.writeStringField("summary", "Synthetic issue " + key);
        json.writeObjectFieldStart("issuetype");
        json.writeStringField("id", "10001");
        json.writeStringField("name", "Story");
        json.writeBooleanField("subtask", false);
        json.writeEndObject();
        status(json, "status", done != null ? DONE : IN_PROGRESS);
        if (done == null) {
            json.writeNullField("resolution");
        } else {
            json.writeObjectFieldStart("resolution");
            json.writeStringField("id", "10000");
            json.writeStringField("name", "Done");
            json.writeEndObject();
        }
        json.writeObjectFieldStart("project");
        json.writeStringField("id", Long.toString(20_000 + project));
        json.writeStringField("key", PROJECTS[project]);
        json.writeStringField("name", PROJECTS[project].charAt(0) + PROJECTS[project].substring(1).toLowerCase());
        json.writeEndObject();
        json.writeStringField("created", DemoExport.timestamp(created));
        OffsetDateTime last = done != null ? done : reopened ? started.plusHours(3) : started;
        json.writeStringField("updated", DemoExport.timestamp(last));
        if (done == null) {
            json.writeNullField("resolutiondate");
        } else {
            json.writeStringField("resolutiondate", DemoExport.timestamp(done));
        }
        json.writeNumberField(STORY_POINTS, points);
        json.writeEndObject();
        json.writeObjectFieldStart("changelog");
        json.writeArrayFieldStart("histories");
        long history = id * 10;
        transition(json, history++, OPEN, IN_PROGRESS, started);
        if (reopened) {
            transition(json, history++, IN_PROGRESS, OPEN, started.plusHours(2));
            transition(json, history++, OPEN, IN_PROGRESS, started.plusHours(3));
        }
        if (done != null) {
            transition(json, history, IN_PROGRESS, DONE, done);
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
    }

    private record State(String id, String name, int categoryId, String categoryKey, String categoryName) {
    }

    private static final State OPEN = new State("1", "Open", 2, "new", "To Do");
    private static final State IN_PROGRESS = new State("3", "In Progress", 4, "indeterminate", "In Progress");
    private static final State DONE = new State("10001", "Done", 3, "done", "Done");

    private static void status(JsonGenerator json, String field, State state) throws IOException {
        json.writeObjectFieldStart(field);
        json.writeStringField("id", state.id());
        json.writeStringField("name", state.name());
        json.writeObjectFieldStart("statusCategory");
        json.writeNumberField("id", state.categoryId());
        json.writeStringField("key", state.categoryKey());
        json.writeStringField("name", state.categoryName());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void transition(JsonGenerator json, long id, State from, State to,
                                   OffsetDateTime at) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", Long.toString(id));
        json.writeStringField("created", DemoExport.timestamp(at));
        json.writeArrayFieldStart("items");
        json.writeStartObject();
        json.writeStringField("field", "status");
        json.writeStringField("fieldtype", "jira");
        json.writeStringField("from", from.id());
        json.writeStringField("fromString", from.name());
        json.writeStringField("to", to.id());
        json.writeStringField("toString", to.name());
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
    }
}
