package io.lodestar.sandbox.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Reads issues from a Jira REST v2 search export ({@code /rest/api/2/search?expand=names,changelog}):
 * one response, a JSON array of responses, or responses written one after another (pages).
 *
 * <p>It streams with Jackson's {@link JsonParser}, issue by issue, so memory holds one issue at a time
 * and never the document's tree; {@link #read(Consumer)} hands each {@link IssueSnapshot} to the caller
 * as soon as its closing brace is read.
 *
 * <p><b>Where {@code names} is.</b> Custom fields (Story Points, Sprint, Epic Link) are found by their
 * display names in the response's {@code names}, which Jira writes before {@code issues}. When a file
 * has its first {@code issues} before any {@code names}, the reader first makes a cheap pass that
 * only collects {@code names} (skipping every issue's tokens without building anything), then reads
 * again. Buffering raw custom field values per issue instead would complicate every field for a case
 * no Jira writes; the price is one extra tokenisation of such files, and the source must be a file.
 *
 * <p><b>Statuses.</b> A changelog names statuses without their category. The reader collects every
 * status object it sees (the issue's, its parent's, its linked issues' and sub-tasks') into a
 * {@link StatusCatalog}; statuses met only in changelogs stay out of it (category unknown) and are
 * listed in {@link JiraExport#changelogOnly()}, because guessing a category from a name would put
 * invented dates into cycle times.
 *
 * <p><b>Changelog.</b> Items for status, resolution, Fix Version, duedate, Sprint and Story Points
 * (by field name, case-insensitive, or by the custom field's display name) become {@link Change}s,
 * sorted oldest first; all other items are dropped. Old Jira versions wrote due date changes only
 * as text ({@code "2009-04-28 00:00:00.0"}): the date is then taken from the text.
 *
 * <p>A malformed file raises {@link InvalidInputException} whose field names the issue and its field,
 * e.g. {@code "issue DS-12 field created"}. Issues are not de-duplicated across pages: an export
 * paged while issues were being edited may list one twice, which the caller can detect by key.
 *
 * <p>As core's {@link IssueHistorySource} port, a file holds one data source: a project selects its
 * issues (unknown project: {@link NotFoundException}), a board selects the issues in its sprints
 * (the Sprint field's board id), and a JQL query is refused, since a file cannot run one.
 */
public final class JiraRestExportIssueSource implements IssueHistorySource {

    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path file;

    public JiraRestExportIssueSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** Reads every issue into memory (snapshots only, never the JSON tree). */
    public JiraExport.WithIssues readAll() {
        List<IssueSnapshot> issues = new ArrayList<>();
        JiraExport export = read(issues::add);
        return new JiraExport.WithIssues(export, issues);
    }

    /**
     * Streams the issues to {@code sink}, in file order.
     *
     * @throws InvalidInputException when the file is missing, is not JSON, or an issue is malformed
     */
    public JiraExport read(Consumer<IssueSnapshot> sink) {
        Objects.requireNonNull(sink, "sink");
        try {
            try {
                return new Reading(null).run(sink);
            } catch (NamesNeededFirst signal) {
                return new Reading(collectNames()).run(sink);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("issues", "file not found: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /**
     * The port: the issues of {@code source} in this file. A project matches the issues' project key
     * (case-insensitive); a board matches issues with a sprint of that board.
     */
    @Override
    public StatusCatalog read(KpiDataSource source, Consumer<IssueSnapshot> sink) {
        Objects.requireNonNull(source, "source");
        Predicate<IssueSnapshot> selected = switch (source.kind()) {
            case PROJECT -> issue -> issue.projectKey().equalsIgnoreCase(source.reference());
            case BOARD -> {
                long boardId = Long.parseLong(source.reference());
                yield issue -> issue.sprints().stream().anyMatch(sprint -> sprint.boardId() != null && sprint.boardId() == boardId);
            }
            case JQL -> throw new InvalidInputException("kpi.dataSource.reference",
                    "an export file cannot run JQL; select a project or a board instead");
        };
        int[] matched = new int[1];
        JiraExport export = read(issue -> {
            if (selected.test(issue)) {
                matched[0]++;
                sink.accept(issue);
            }
        });
        if (matched[0] == 0) {
            throw new NotFoundException(source.kind() == KpiDataSource.Kind.PROJECT ? "project" : "board", source.reference());
        }
        return export.statuses();
    }

    private JsonParser open() throws IOException {
        InputStream in = Files.newInputStream(file);
        return JSON.createParser(in);
    }

    /** The cheap first pass for files whose {@code names} come after their {@code issues}. */
    private Map<String, String> collectNames() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        try (JsonParser parser = open()) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && isPageField(parser)) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("names".equals(name) && value == JsonToken.START_OBJECT) {
                        readNames(parser, names);
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw notJson(e, null);
        }
        return names;
    }

    /** Whether the current field belongs to a search response: a root object, or an object in a root array. */
    private static boolean isPageField(JsonParser parser) {
        JsonStreamContext parent = parser.getParsingContext().getParent();
        return parent.inRoot() || parent.inArray() && parent.getParent().inRoot();
    }

    private static void readNames(JsonParser parser, Map<String, String> names) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.VALUE_STRING) {
                names.putIfAbsent(id, parser.getText());
            } else {
                parser.skipChildren();
            }
        }
    }

    private InvalidInputException notJson(JsonProcessingException e, String issue) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new InvalidInputException(issue == null ? "issues" : "issue " + issue,
                "not a valid Jira search export" + where + " of " + file.getFileName() + ": " + e.getOriginalMessage());
    }

    /** Thrown inside the first pass when {@code issues} comes before {@code names}. */
    private static final class NamesNeededFirst extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NamesNeededFirst() {
            super(null, null, false, false);
        }
    }

    /** The state of one pass over the file. */
    private final class Reading {

        private final Map<String, String> names;
        private final boolean namesKnownAhead;
        private ExportFields fields;
        private final Map<String, Status> catalog = new HashMap<>();
        private final Map<String, String> changelogStatuses = new LinkedHashMap<>();
        private final Map<String, FixVersion> versions = new HashMap<>();
        private int issueCount;
        private int truncatedChangelogs;
        private String currentIssue;

        Reading(Map<String, String> namesAhead) {
            this.namesKnownAhead = namesAhead != null;
            this.names = namesAhead == null ? new LinkedHashMap<>() : new LinkedHashMap<>(namesAhead);
            this.fields = namesAhead == null ? null : ExportFields.from(names);
        }

        JiraExport run(Consumer<IssueSnapshot> sink) throws IOException {
            try (JsonParser parser = open()) {
                JsonToken token;
                while ((token = parser.nextToken()) != null) {
                    if (token == JsonToken.START_ARRAY) {
                        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                            readPage(parser, sink);
                        }
                        if (token != JsonToken.END_ARRAY) {
                            throw new InvalidInputException("issues", "expected an array of search responses in " + file.getFileName());
                        }
                    } else if (token == JsonToken.START_OBJECT) {
                        readPage(parser, sink);
                    } else {
                        throw new InvalidInputException("issues", "expected a Jira search response (a JSON object) in "
                                + file.getFileName() + ", found " + token.asString());
                    }
                }
            } catch (JsonProcessingException e) {
                throw notJson(e, currentIssue);
            }
            List<Status> changelogOnly = new ArrayList<>();
            changelogStatuses.forEach((id, name) -> {
                if (!catalog.containsKey(id)) {
                    changelogOnly.add(new Status(id, name, StatusCategory.UNDEFINED));
                }
            });
            return new JiraExport(issueCount, StatusCatalog.of(catalog.values()), changelogOnly,
                    fields == null ? ExportFields.from(names) : fields, truncatedChangelogs);
        }

        private void readPage(JsonParser parser, Consumer<IssueSnapshot> sink) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("names".equals(name) && value == JsonToken.START_OBJECT) {
                    readNames(parser, names);
                    if (!namesKnownAhead) {
                        fields = ExportFields.from(names);
                    }
                } else if ("issues".equals(name) && value == JsonToken.START_ARRAY) {
                    if (fields == null) {
                        throw new NamesNeededFirst();
                    }
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        sink.accept(readIssue(parser));
                        issueCount++;
                    }
                    currentIssue = null;
                } else {
                    parser.skipChildren();
                }
            }
        }

        private IssueSnapshot readIssue(JsonParser parser) throws IOException {
            IssueDraft issue = new IssueDraft("#" + (issueCount + 1));
            currentIssue = issue.label;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (name) {
                    case "id" -> issue.id = text(parser, issue, "id");
                    case "key" -> {
                        issue.key = text(parser, issue, "key");
                        issue.label = issue.key;
                        currentIssue = issue.key;
                    }
                    case "fields" -> {
                        expect(value, JsonToken.START_OBJECT, issue, "fields");
                        readFields(parser, issue);
                    }
                    case "changelog" -> {
                        if (value == JsonToken.START_OBJECT) {
                            readChangelog(parser, issue);
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            return issue.build();
        }

        private void readFields(JsonParser parser, IssueDraft issue) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "issuetype" -> issue.type = readIssueType(parser, issue);
                    case "status" -> issue.status = readStatus(parser, issue, "status");
                    case "project" -> issue.projectKey = readKeyOf(parser, issue, "project");
                    case "created" -> issue.created = timestamp(parser, issue, "created");
                    case "resolutiondate" -> issue.resolved = timestamp(parser, issue, "resolutiondate");
                    case "duedate" -> issue.dueDate = date(parser, issue, "duedate");
                    case "fixVersions" -> readFixVersions(parser, issue);
                    case "parent" -> issue.parentKey = readKeyOf(parser, issue, "parent");
                    case "issuelinks", "subtasks" -> collectStatuses(parser, issue, name);
                    default -> {
                        if (name.equals(fields.storyPointsId())) {
                            issue.storyPoints = storyPoints(parser, issue, name);
                        } else if (name.equals(fields.sprintId())) {
                            readSprints(parser, issue, name);
                        } else if (name.equals(fields.epicLinkId())) {
                            issue.epicKey = text(parser, issue, fields.nameOf(name));
                        } else {
                            parser.skipChildren();
                        }
                    }
                }
            }
        }

        private IssueType readIssueType(JsonParser parser, IssueDraft issue) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, issue, "issuetype");
            String id = null;
            String name = null;
            boolean subtask = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = text(parser, issue, "issuetype.id");
                    case "name" -> name = text(parser, issue, "issuetype.name");
                    case "subtask" -> subtask = value == JsonToken.VALUE_TRUE;
                    default -> parser.skipChildren();
                }
            }
            if (id == null || name == null) {
                throw invalid(issue, "issuetype", "needs an id and a name");
            }
            return new IssueType(id, name, subtask);
        }

        /** A status object {id, name, statusCategory: {key}}, added to the catalog. */
        private Status readStatus(JsonParser parser, IssueDraft issue, String field) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, issue, field);
            String id = null;
            String name = null;
            String categoryKey = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (property) {
                    case "id" -> id = text(parser, issue, field + ".id");
                    case "name" -> name = text(parser, issue, field + ".name");
                    case "statusCategory" -> {
                        if (value == JsonToken.START_OBJECT) {
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                String categoryField = parser.currentName();
                                parser.nextToken();
                                if ("key".equals(categoryField)) {
                                    categoryKey = text(parser, issue, field + ".statusCategory.key");
                                } else {
                                    parser.skipChildren();
                                }
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            if (id == null || name == null) {
                throw invalid(issue, field, "needs an id and a name");
            }
            Status status = new Status(id, name, StatusCategory.fromJiraKey(categoryKey));
            Status known = catalog.get(id);
            if (known == null || known.category() == StatusCategory.UNDEFINED) {
                catalog.put(id, status);
            }
            return status;
        }

        /** The {@code key} of an object such as project or parent; statuses inside go to the catalog. */
        private String readKeyOf(JsonParser parser, IssueDraft issue, String field) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, issue, field);
            String key = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                parser.nextToken();
                if ("key".equals(property)) {
                    key = text(parser, issue, field + ".key");
                } else if ("fields".equals(property) && parser.currentToken() == JsonToken.START_OBJECT) {
                    collectStatuses(parser, issue, field);
                } else {
                    parser.skipChildren();
                }
            }
            return key;
        }

        /** Walks a value (links, sub-tasks) only to add the status objects inside it to the catalog. */
        private void collectStatuses(JsonParser parser, IssueDraft issue, String field) throws IOException {
            if (!parser.currentToken().isStructStart()) {
                return;
            }
            int depth = 1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw invalid(issue, field, "ends before its value is closed");
                }
                if (token == JsonToken.FIELD_NAME && "status".equals(parser.currentName())) {
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        readStatus(parser, issue, field + ".status");
                    } else {
                        parser.skipChildren();
                    }
                } else if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        }

        private void readFixVersions(JsonParser parser, IssueDraft issue) throws IOException {
            expect(parser.currentToken(), JsonToken.START_ARRAY, issue, "fixVersions");
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                String id = null;
                String name = null;
                boolean released = false;
                LocalDate releaseDate = null;
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String property = parser.currentName();
                    JsonToken value = parser.nextToken();
                    switch (property) {
                        case "id" -> id = text(parser, issue, "fixVersions.id");
                        case "name" -> name = text(parser, issue, "fixVersions.name");
                        case "released" -> released = value == JsonToken.VALUE_TRUE;
                        case "releaseDate" -> releaseDate = value == JsonToken.VALUE_NULL ? null
                                : date(parser, issue, "fixVersions.releaseDate");
                        default -> parser.skipChildren();
                    }
                }
                if (id == null || name == null) {
                    throw invalid(issue, "fixVersions", "a version needs an id and a name");
                }
                String versionId = id;
                FixVersion read = new FixVersion(id, name, released, releaseDate);
                FixVersion shared = versions.get(versionId);
                if (!read.equals(shared)) {
                    versions.put(versionId, read);
                    shared = read;
                }
                issue.fixVersions.add(shared);
            }
        }

        private Double storyPoints(JsonParser parser, IssueDraft issue, String fieldId) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                return parser.getDoubleValue();
            }
            if (token == JsonToken.VALUE_STRING) {
                try {
                    return Double.parseDouble(parser.getText().strip());
                } catch (NumberFormatException e) {
                    // reported below with the issue and field
                }
            }
            throw invalid(issue, fields.nameOf(fieldId) + " (" + fieldId + ")",
                    "expected a number of story points, found " + describe(parser));
        }

        private void readSprints(JsonParser parser, IssueDraft issue, String fieldId) throws IOException {
            String field = fields.nameOf(fieldId) + " (" + fieldId + ")";
            expect(parser.currentToken(), JsonToken.START_ARRAY, issue, field);
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == JsonToken.VALUE_STRING) {
                    issue.sprints.add(GreenHopperSprintText.parse(parser.getText(), "issue " + issue.label + " field " + field));
                } else if (token == JsonToken.START_OBJECT) {
                    issue.sprints.add(readSprintObject(parser, issue, field));
                } else if (token != JsonToken.VALUE_NULL) {
                    throw invalid(issue, field, "expected sprint objects or sprint texts, found " + describe(parser));
                }
            }
        }

        /** A modern sprint: {id, name, state, boardId, startDate, endDate, completeDate, goal}. */
        private Sprint readSprintObject(JsonParser parser, IssueDraft issue, String field) throws IOException {
            String where = "issue " + issue.label + " field " + field;
            Long id = null;
            String name = null;
            Sprint.State state = null;
            Long boardId = null;
            OffsetDateTime start = null;
            OffsetDateTime end = null;
            OffsetDateTime complete = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (property) {
                    case "id" -> id = parser.getValueAsLong();
                    case "name" -> name = parser.getText();
                    case "state" -> state = GreenHopperSprintText.state(parser.getText(), where);
                    case "boardId", "originBoardId", "rapidViewId" -> {
                        if (boardId == null) {
                            boardId = parser.getValueAsLong();
                        }
                    }
                    case "startDate" -> start = GreenHopperSprintText.timestamp(parser.getText(), where, "startDate");
                    case "endDate" -> end = GreenHopperSprintText.timestamp(parser.getText(), where, "endDate");
                    case "completeDate" -> complete = GreenHopperSprintText.timestamp(parser.getText(), where, "completeDate");
                    default -> parser.skipChildren();
                }
            }
            if (id == null || name == null || state == null) {
                throw invalid(issue, field, "a sprint needs an id, a name and a state");
            }
            return new Sprint(id, name, state, start, end, complete, boardId);
        }

        private void readChangelog(JsonParser parser, IssueDraft issue) throws IOException {
            int total = -1;
            int histories = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("total".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
                    total = parser.getIntValue();
                } else if ("histories".equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        readHistory(parser, issue);
                        histories++;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (total > histories) {
                truncatedChangelogs++;
            }
        }

        /** One history: an instant and its items; {@code created} may come after the items. */
        private void readHistory(JsonParser parser, IssueDraft issue) throws IOException {
            OffsetDateTime at = null;
            int firstItem = issue.pendingItems.size();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("created".equals(name)) {
                    at = timestamp(parser, issue, "changelog.histories.created");
                } else if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        readItem(parser, issue);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            List<PendingItem> items = issue.pendingItems;
            if (items.size() > firstItem && at == null) {
                throw invalid(issue, "changelog.histories.created", "is missing");
            }
            for (int i = firstItem; i < items.size(); i++) {
                PendingItem item = items.get(i);
                issue.changelog.add(new Change(at, item.field(), item.from(), item.fromText(), item.to(), item.toText()));
            }
            items.subList(firstItem, items.size()).clear();
        }

        private void readItem(JsonParser parser, IssueDraft issue) throws IOException {
            String field = null;
            String from = null;
            String fromText = null;
            String to = null;
            String toText = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!value.isScalarValue()) {
                    parser.skipChildren();
                    continue;
                }
                String text = value == JsonToken.VALUE_NULL ? null : parser.getText();
                switch (name) {
                    case "field" -> field = text;
                    case "from" -> from = text;
                    case "fromString" -> fromText = text;
                    case "to" -> to = text;
                    case "toString" -> toText = text;
                    default -> {
                    }
                }
            }
            ChangeField kind = changeField(field);
            if (kind == null) {
                return;
            }
            if (kind == ChangeField.DUE_DATE) {
                from = from != null ? from : dateText(fromText);
                to = to != null ? to : dateText(toText);
            } else if (kind == ChangeField.STATUS) {
                if (from != null) {
                    changelogStatuses.putIfAbsent(from, fromText == null ? from : fromText);
                }
                if (to != null) {
                    changelogStatuses.putIfAbsent(to, toText == null ? to : toText);
                }
            }
            issue.pendingItems.add(new PendingItem(kind, from, fromText, to, toText));
        }

        private ChangeField changeField(String field) {
            if (field == null) {
                return null;
            }
            switch (field.toLowerCase(Locale.ROOT)) {
                case "status":
                    return ChangeField.STATUS;
                case "resolution":
                    return ChangeField.RESOLUTION;
                case "fix version":
                    return ChangeField.FIX_VERSION;
                case "duedate":
                    return ChangeField.DUE_DATE;
                case "sprint":
                    return ChangeField.SPRINT;
                case "story points":
                case "story point estimate":
                    return ChangeField.STORY_POINTS;
                default:
                    if (fields.storyPointsId() != null && field.equalsIgnoreCase(fields.nameOf(fields.storyPointsId()))) {
                        return ChangeField.STORY_POINTS;
                    }
                    if (fields.sprintId() != null && field.equalsIgnoreCase(fields.nameOf(fields.sprintId()))) {
                        return ChangeField.SPRINT;
                    }
                    return null;
            }
        }

        private String dateText(String text) {
            LocalDate date = JiraDates.date(text);
            return date == null ? null : date.toString();
        }

        private String text(JsonParser parser, IssueDraft issue, String field) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.VALUE_NULL) {
                return null;
            }
            if (!token.isScalarValue()) {
                throw invalid(issue, field, "expected a text, found " + describe(parser));
            }
            return parser.getText();
        }

        private OffsetDateTime timestamp(JsonParser parser, IssueDraft issue, String field) throws IOException {
            String text = text(parser, issue, field);
            if (text == null) {
                return null;
            }
            OffsetDateTime at = JiraDates.timestamp(text);
            if (at == null) {
                throw invalid(issue, field, "expected a timestamp like 2012-01-03T14:34:56.537+0000, found '" + text + "'");
            }
            return at;
        }

        private LocalDate date(JsonParser parser, IssueDraft issue, String field) throws IOException {
            String text = text(parser, issue, field);
            if (text == null) {
                return null;
            }
            LocalDate date = JiraDates.date(text);
            if (date == null) {
                throw invalid(issue, field, "expected a date like 2012-07-14, found '" + text + "'");
            }
            return date;
        }

        private void expect(JsonToken actual, JsonToken expected, IssueDraft issue, String field) throws IOException {
            if (actual != expected) {
                throw invalid(issue, field, "expected " + (expected == JsonToken.START_OBJECT ? "an object" : "an array")
                        + ", found " + (actual == null ? "the end of the file" : actual.asString() == null ? actual.name() : actual.asString()));
            }
        }

        private String describe(JsonParser parser) throws IOException {
            JsonToken token = parser.currentToken();
            if (token == JsonToken.START_OBJECT) {
                return "an object";
            }
            if (token == JsonToken.START_ARRAY) {
                return "an array";
            }
            return "'" + parser.getText() + "'";
        }
    }

    private static InvalidInputException invalid(IssueDraft issue, String field, String reason) {
        return new InvalidInputException("issue " + issue.label + " field " + field, reason);
    }

    /** A kept changelog item whose history's {@code created} may not have been read yet. */
    private record PendingItem(ChangeField field, String from, String fromText, String to, String toText) {
    }

    /** An issue while its JSON object is being read; {@link #build()} checks what is required. */
    private static final class IssueDraft {
        private static final Comparator<Change> OLDEST_FIRST = Comparator.comparing(change -> change.at().toInstant());

        String label;
        String id;
        String key;
        String projectKey;
        IssueType type;
        Status status;
        OffsetDateTime created;
        OffsetDateTime resolved;
        LocalDate dueDate;
        Double storyPoints;
        String parentKey;
        String epicKey;
        final List<FixVersion> fixVersions = new ArrayList<>(2);
        final List<Sprint> sprints = new ArrayList<>(1);
        final List<Change> changelog = new ArrayList<>();
        final List<PendingItem> pendingItems = new ArrayList<>();

        IssueDraft(String label) {
            this.label = label;
        }

        IssueSnapshot build() {
            if (key == null) {
                throw invalid(this, "key", "is missing");
            }
            if (id == null) {
                throw invalid(this, "id", "is missing");
            }
            if (type == null) {
                throw invalid(this, "issuetype", "is missing");
            }
            if (status == null) {
                throw invalid(this, "status", "is missing");
            }
            if (created == null) {
                throw invalid(this, "created", "is missing");
            }
            String project = projectKey;
            if (project == null) {
                int dash = key.lastIndexOf('-');
                if (dash <= 0) {
                    throw invalid(this, "project", "is missing and the key names no project");
                }
                project = key.substring(0, dash);
            }
            if (!isSorted(changelog)) {
                changelog.sort(OLDEST_FIRST);
            }
            return new IssueSnapshot(id, key, project, type, status, created, resolved, dueDate, fixVersions,
                    storyPoints, sprints, parentKey, epicKey, changelog);
        }

        private static boolean isSorted(List<Change> changes) {
            for (int i = 1; i < changes.size(); i++) {
                if (changes.get(i).at().toInstant().isBefore(changes.get(i - 1).at().toInstant())) {
                    return false;
                }
            }
            return true;
        }
    }
}
