package io.lodestar.sandbox.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
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
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
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
 * <p><b>Which fields are which.</b> Custom fields (Story Points, Sprint, Epic Link) are decided by
 * {@link ExportFields}: the ids the user gave, the display names in the response's {@code names} (which
 * Jira writes before {@code issues}), the types in its {@code schema}, else the issues' content. When the
 * ids and names do not decide all three (no names block, names after the issues, or names of only some
 * fields), the reader first makes a cheap pass that only collects names, schema types and what the
 * content shows (skipping every issue's other tokens, building nothing), then reads again. Buffering raw
 * custom field values per issue instead would complicate every field; the price is one extra tokenisation
 * of such files, and the source must be a file.
 *
 * <p><b>Shapes.</b> Besides search responses: the agile API's board issues (its own {@code sprint},
 * {@code closedSprints} and {@code epic} fields), single issues ({@code GET /rest/api/2/issue/KEY}, whose
 * properties are the page's own) and webhook payloads (their {@code issue}; the payload's
 * {@code changelog} is one event, not a history, so the issue counts as having none).
 *
 * <p><b>Statuses.</b> A changelog names statuses without their category. The reader collects every
 * status object it sees (the issue's, its parent's, its linked issues' and sub-tasks') into a
 * {@link StatusCatalog}; statuses met only in changelogs stay out of it (category unknown) and are
 * listed in {@link JiraExport#changelogOnly()}, because guessing a category from a name would put
 * invented dates into cycle times.
 *
 * <p><b>Changelog.</b> Items for status, resolution, Fix Version, duedate, Sprint and Story Points
 * (by field name, case-insensitive, or by the custom field's display name) become {@link Change}s,
 * sorted oldest first; Epic Link, Parent and IssueParentAssociation items (Cloud's epic changes) give
 * the epic of an issue whose fields hold none; all other items are dropped. Old Jira versions wrote due date changes only
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
    private final ExportFields.Chosen chosen;

    public JiraRestExportIssueSource(Path file) {
        this(file, ExportFields.Chosen.NONE);
    }

    /** Reads {@code file} taking the custom fields the user named by id ahead of what the export says. */
    public JiraRestExportIssueSource(Path file, ExportFields.Chosen chosen) {
        this.file = Objects.requireNonNull(file, "file");
        this.chosen = Objects.requireNonNull(chosen, "chosen");
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
                return new Reading(probe()).run(sink);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("issues", "file not found: " + file);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException("issues", "no permission to read " + file);
        } catch (CharConversionException e) {
            throw new InvalidInputException("issues", file.getFileName() + " is not text in UTF-8, UTF-16 or UTF-32,"
                    + " as a Jira export is");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException("issues", file + " is a folder, not an export file");
            }
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

    /** What the first pass found: every page's names and schema types, and the fields recognised by content. */
    private record Probe(Map<String, String> names, Map<String, String> schemaTypes, ExportFields.ByContent content) {
    }

    /**
     * The cheap first pass, made when the names block does not come first or does not name every field:
     * it collects {@code names}, {@code schema} (field id to its {@code schema.custom} type) and what the
     * issues' content shows (see {@link ContentProbe}), building no issue.
     */
    private Probe probe() throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> schemaTypes = new LinkedHashMap<>();
        ContentProbe content = new ContentProbe();
        try (JsonParser parser = open()) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME && isPageField(parser)) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if ("names".equals(name) && value == JsonToken.START_OBJECT) {
                        readNames(parser, names);
                    } else if ("schema".equals(name) && value == JsonToken.START_OBJECT) {
                        readSchema(parser, schemaTypes);
                    } else if ("issues".equals(name) && value == JsonToken.START_ARRAY) {
                        content.issues(parser);
                    } else if ("issue".equals(name) && value == JsonToken.START_OBJECT) {
                        content.issue(parser);
                    } else if ("fields".equals(name) && value == JsonToken.START_OBJECT) {
                        content.fields(parser);
                    } else if ("changelog".equals(name) && value == JsonToken.START_OBJECT) {
                        content.changelog(parser);
                    } else {
                        parser.skipChildren();
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // the reading pass that follows meets the same spot and says which issue and field it is in
        }
        return new Probe(names, schemaTypes, content.found());
    }

    /** {@code schema}: {"customfield_10020": {"type": "array", "custom": "com.pyxis.greenhopper.jira:gh-sprint"}}. */
    private static void readSchema(JsonParser parser, Map<String, String> types) throws IOException {
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String id = parser.currentName();
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("custom".equals(property) && value == JsonToken.VALUE_STRING) {
                    types.putIfAbsent(id, parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
        }
    }

    /**
     * Recognises the custom fields by what the issues hold, for exports that do not name them:
     * <ul>
     *   <li>sprints: the first custom field whose value is an array of sprint objects (with id, name
     *       and state) or of GreenHopper sprint texts ("com.atlassian.greenhopper.service.sprint.Sprint@...[id=...]");
     *       else the {@code fieldId} of a changelog item named Sprint;</li>
     *   <li>story points: the {@code fieldId} of a changelog item named Story Points or Story point
     *       estimate (Jira Cloud writes it: {"field":"Story Points","fieldtype":"custom","fieldId":"customfield_10016"});
     *       a number field alone is never taken for story points, since most instances have several;</li>
     *   <li>epic link: the {@code fieldId} of a changelog item named Epic Link; else the one custom field
     *       whose every text value is the key of an epic in the export (at least one).</li>
     * </ul>
     */
    private static final class ContentProbe {
        private static final java.util.regex.Pattern ISSUE_KEY = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]*-[0-9]+");

        private static final int MAX_EPICS = 10_000;

        private String sprintByValue;
        private String sprintByChangelog;
        private String pointsByChangelog;
        private String epicByChangelog;
        private final Map<String, java.util.Set<String>> keyValues = new LinkedHashMap<>();
        private final java.util.Set<String> notKeyFields = new java.util.HashSet<>();
        private final java.util.Set<String> epicKeys = new java.util.HashSet<>();

        /** The parser on the START_ARRAY of {@code issues}, left on its END_ARRAY. */
        void issues(JsonParser parser) throws IOException {
            JsonToken token;
            while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                issue(parser);
            }
            if (token != JsonToken.END_ARRAY) {
                parser.skipChildren();
            }
        }

        /** One issue object, the parser on its START_OBJECT, left on its END_OBJECT. */
        void issue(JsonParser parser) throws IOException {
            String key = null;
            boolean epic = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("key".equals(property) && value == JsonToken.VALUE_STRING) {
                    key = parser.getText();
                } else if ("fields".equals(property) && value == JsonToken.START_OBJECT) {
                    epic = fields(parser);
                } else if ("changelog".equals(property) && value == JsonToken.START_OBJECT) {
                    changelog(parser);
                } else {
                    parser.skipChildren();
                }
            }
            if (epic && key != null) {
                epicKeys.add(key);
            }
        }

        /** One issue's fields; whether its type is an epic's. */
        boolean fields(JsonParser parser) throws IOException {
            boolean epic = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                boolean custom = field.startsWith("customfield_");
                if ("issuetype".equals(field) && value == JsonToken.START_OBJECT) {
                    epic = Reading.readsAsEpic(parser);
                } else if (custom && value == JsonToken.START_ARRAY) {
                    if (holdsSprints(parser) && sprintByValue == null) {
                        sprintByValue = field;
                    }
                    notKeyFields.add(field);
                } else if (custom && value == JsonToken.VALUE_STRING) {
                    java.util.Set<String> values = keyValues.computeIfAbsent(field, ignored -> new java.util.HashSet<>());
                    // an epic link's values are the few epics; a field of thousands of distinct keys is no epic link
                    if (ISSUE_KEY.matcher(parser.getText()).matches() && values.size() < MAX_EPICS) {
                        values.add(parser.getText());
                    } else {
                        notKeyFields.add(field);
                    }
                } else if (custom && value != JsonToken.VALUE_NULL) {
                    notKeyFields.add(field);
                    parser.skipChildren();
                } else {
                    parser.skipChildren();
                }
            }
            return epic;
        }

        void changelog(JsonParser parser) throws IOException {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                if (parser.nextToken() == JsonToken.START_ARRAY && "histories".equals(property)) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        while (parser.nextToken() == JsonToken.FIELD_NAME) {
                            String name = parser.currentName();
                            if (parser.nextToken() == JsonToken.START_ARRAY && "items".equals(name)) {
                                while (parser.nextToken() == JsonToken.START_OBJECT) {
                                    item(parser);
                                }
                            } else {
                                parser.skipChildren();
                            }
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
        }

        private void item(JsonParser parser) throws IOException {
            String field = null;
            String fieldId = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if (value == JsonToken.VALUE_STRING && "field".equals(property)) {
                    field = parser.getText();
                } else if (value == JsonToken.VALUE_STRING && "fieldId".equals(property)) {
                    fieldId = parser.getText();
                } else {
                    parser.skipChildren();
                }
            }
            if (fieldId == null || !fieldId.startsWith("customfield_")) {
                return;
            }
            if (pointsByChangelog == null && ExportFields.isStoryPointsName(field)) {
                pointsByChangelog = fieldId;
            } else if (sprintByChangelog == null && ExportFields.isSprintName(field)) {
                sprintByChangelog = fieldId;
            } else if (epicByChangelog == null && ExportFields.isEpicLinkName(field)) {
                epicByChangelog = fieldId;
            }
        }

        ExportFields.ByContent found() {
            String sprint = sprintByValue != null ? sprintByValue : sprintByChangelog;
            String sprintHow = sprintByValue != null ? "sprints in its values" : "the fieldId of Sprint changelog items";
            String epic = epicByChangelog;
            String epicHow = "the fieldId of Epic Link changelog items";
            if (epic == null) {
                List<String> candidates = new ArrayList<>();
                keyValues.forEach((field, values) -> {
                    if (!notKeyFields.contains(field) && epicKeys.containsAll(values)) {
                        candidates.add(field);
                    }
                });
                if (candidates.size() == 1) {
                    epic = candidates.get(0);
                    epicHow = "its values are all keys of epics in the export";
                }
            }
            return new ExportFields.ByContent(pointsByChangelog, "the fieldId of Story Points changelog items", sprint,
                    sprintHow, epic, epicHow);
        }
    }

    /** Reads a whole array (parser on its START_ARRAY, left on its END_ARRAY): whether its first element is a sprint. */
    private static boolean holdsSprints(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        boolean sprints = false;
        if (first == JsonToken.VALUE_STRING) {
            String text = parser.getText();
            sprints = text.startsWith("com.atlassian.greenhopper.service.sprint.Sprint@") && text.contains("[id=");
        } else if (first == JsonToken.START_OBJECT) {
            java.util.Set<String> properties = new java.util.HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                properties.add(parser.currentName());
                parser.nextToken();
                parser.skipChildren();
            }
            sprints = properties.containsAll(List.of("id", "name", "state"));
        }
        if (first != JsonToken.END_ARRAY) {
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new java.io.EOFException("export ends inside an array");
                }
                parser.skipChildren();
            }
        }
        return sprints;
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

    /**
     * What a Jira export looks like, said with every refusal of a file that is not one: the reader of
     * the message has the wrong file or the wrong request, and needs to know which one to make.
     */
    static final String EXPECTED = "expected the response of GET /rest/api/2/search?expand=names,changelog"
            + " (an object with an \"issues\" array), an array of such responses, or responses one after another"
            + " (single issues of GET /rest/api/2/issue/KEY and webhook payloads are read in their place)";

    private InvalidInputException notAnExport(String detail) {
        return new InvalidInputException("issues", file.getFileName() + " is not a Jira export: " + detail + "; "
                + EXPECTED);
    }

    private static String where(JsonParser parser) {
        JsonLocation at = parser.currentTokenLocation();
        return "line " + at.getLineNr() + ", column " + at.getColumnNr();
    }

    private static String shortened(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /**
     * A file that is not JSON, in our words: where it breaks (line, column) and what is there, or
     * that it ends early. Jackson's own message names its internals ("VALUE_STRING", "close marker
     * for Object", "[Source: ...]"), which tell a person at a terminal nothing.
     */
    private InvalidInputException notJson(JsonProcessingException e, String issue) {
        JsonLocation at = e.getLocation();
        String position = at == null || at.getLineNr() < 0 ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
        String field = issue == null ? "issues" : "issue " + issue;
        String name = String.valueOf(file.getFileName());
        if (e instanceof JsonEOFException) {
            return new InvalidInputException(field, name + " is cut short: it ends at " + position + openValues(e)
                    + "; export it again");
        }
        if (e instanceof StreamConstraintsException) {
            return new InvalidInputException(field, name + " goes beyond what a Jira export holds at " + position
                    + ": " + constraint(e.getOriginalMessage()));
        }
        String near = at == null ? "" : near(at.getByteOffset());
        return new InvalidInputException(field, name + " is not valid JSON at " + position
                + (near.isEmpty() ? "" : ", near " + near));
    }

    private static String openValues(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "";
        }
        int open = 0;
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            open++;
        }
        return open == 0 ? "" : " with " + open + (open == 1 ? " object or array" : " objects or arrays") + " still open";
    }

    private static String constraint(String jacksonMessage) {
        String text = String.valueOf(jacksonMessage);
        if (text.startsWith("Document nesting depth")) {
            return "objects and arrays nested too deep";
        }
        if (text.startsWith("Number value length")) {
            return "a number with too many digits";
        }
        if (text.startsWith("String value length") || text.startsWith("Name length")) {
            return "a text too long";
        }
        return "a value too large to read";
    }

    /**
     * The text around the byte where the parser stopped, with the place marked, so the reader can
     * find it in an editor; line breaks are shown as \n, other control characters and undecodable
     * bytes as '?'.
     */
    private String near(long byteOffset) {
        if (byteOffset < 0) {
            return "";
        }
        // The parser's offset is that of the character it could not take.
        long bad = byteOffset;
        long from = Math.max(0, bad - 30);
        byte[] bytes = new byte[(int) (bad - from) + 30];
        int read = 0;
        try (FileChannel channel = FileChannel.open(file)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            channel.position(from);
            while (buffer.hasRemaining() && channel.read(buffer) > 0) {
                read = buffer.position();
            }
        } catch (IOException unreadable) {
            return "";
        }
        int split = (int) Math.min(read, bad - from);
        return "'" + printable(bytes, 0, split) + "<here>" + printable(bytes, split, read) + "'";
    }

    private static String printable(byte[] bytes, int from, int to) {
        StringBuilder text = new StringBuilder();
        new String(bytes, from, to - from, StandardCharsets.UTF_8).codePoints().forEach(c ->
                text.append(c == '\n' ? "\\n" : c == '\uFFFD' || Character.isISOControl(c) ? "?" : Character.toString(c)));
        return text.toString();
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
        /** The first pass's findings, or null on a first pass (which stops when it needs them). */
        private final Probe probe;
        private ExportFields fields;
        private boolean agileSprints;
        private boolean agileEpic;
        private int epicsFromUntypedParents;
        private int epicsFromChangelogs;
        private final Map<String, Status> catalog = new HashMap<>();
        private final Map<String, String> changelogStatuses = new LinkedHashMap<>();
        private final Map<String, FixVersion> versions = new HashMap<>();
        private int issueCount;
        private int pages;
        private int truncatedChangelogs;
        private int withoutChangelog;
        private final Map<String, java.util.Set<StatusCategory>> categoryConflicts = new LinkedHashMap<>();
        private OffsetDateTime latest;
        private String currentIssue;

        Reading(Probe probe) {
            this.probe = probe;
            this.names = probe == null ? new LinkedHashMap<>() : new LinkedHashMap<>(probe.names());
            this.fields = probe == null ? null : ExportFields.decide(names, probe.schemaTypes(), chosen, probe.content());
        }

        JiraExport run(Consumer<IssueSnapshot> sink) throws IOException {
            try (JsonParser parser = open()) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw notAnExport(Files.size(file) == 0 ? "it is empty" : "it holds only blanks");
                }
                for (; token != null; token = parser.nextToken()) {
                    if (token == JsonToken.START_ARRAY) {
                        int pagesBefore = pages;
                        while ((token = parser.nextToken()) == JsonToken.START_OBJECT) {
                            readPage(parser, sink);
                        }
                        if (token != JsonToken.END_ARRAY) {
                            throw notAnExport("its array holds " + describe(parser) + " at " + where(parser)
                                    + " where a search response (an object) was expected");
                        }
                        if (pages == pagesBefore) {
                            throw notAnExport("it is an empty array, with no search response in it");
                        }
                    } else if (token == JsonToken.START_OBJECT) {
                        readPage(parser, sink);
                    } else {
                        throw notAnExport("it holds " + describe(parser) + " at " + where(parser)
                                + " where a search response (an object) was expected");
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
                    decided(), truncatedChangelogs, withoutChangelog,
                    conflicts(), latest);
        }

        private ExportFields decided() {
            ExportFields decided = fields == null ? ExportFields.decide(names, Map.of(), chosen, ExportFields.ByContent.NONE)
                    : fields;
            decided = agileSprints ? decided.withAgileSprints() : decided;
            decided = agileEpic ? decided.withAgileEpic() : decided;
            if (epicsFromUntypedParents > 0) {
                decided = decided.withNote("; " + epicsFromUntypedParents + " issues (not sub-tasks) take as epic a parent"
                        + " whose type the export does not say");
            }
            if (epicsFromChangelogs > 0) {
                decided = decided.withNote("; " + epicsFromChangelogs + " issues without a parent field take as epic"
                        + " the latest Epic Link, Parent or IssueParentAssociation change of their changelog");
            }
            return decided;
        }

        /**
         * One search response. Its {@code issues} must be an array of objects: a response without one
         * is some other JSON (a Jira error, another tool's file), which would otherwise read as an
         * export of zero issues and give KPIs over nothing.
         */
        private void readPage(JsonParser parser, Consumer<IssueSnapshot> sink) throws IOException {
            pages++;
            boolean hasIssues = false;
            String errorMessage = null;
            List<String> seen = new ArrayList<>();
            // GET /rest/api/2/issue/KEY answers one issue, whose properties are the page's own; a webhook
            // payload holds its issue under "issue" (and one event's items under "changelog", no history)
            IssueDraft single = null;
            boolean singleHasContent = false;
            boolean webhook = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (seen.size() < 6) {
                    seen.add(name);
                }
                if ("names".equals(name) && value == JsonToken.START_OBJECT) {
                    readNames(parser, names);
                } else if ("issues".equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw notAnExport("\"issues\" is " + describe(parser) + ", not an array, at " + where(parser));
                    }
                    beforeFirstIssue();
                    hasIssues = true;
                    while (nextObject(parser, "issues")) {
                        sink.accept(readIssue(parser));
                        issueCount++;
                    }
                    currentIssue = null;
                } else if ("webhookEvent".equals(name)) {
                    webhook = true;
                    parser.skipChildren();
                } else if ("issue".equals(name) && value == JsonToken.START_OBJECT && single == null) {
                    webhook = true;
                    beforeFirstIssue();
                    hasIssues = true;
                    sink.accept(readIssue(parser));
                    issueCount++;
                } else if (!webhook && !hasIssues && SINGLE_ISSUE.contains(name)) {
                    if (single == null) {
                        beforeFirstIssue();
                        single = startIssue();
                    }
                    // an issue has fields; objects with only an id and a key (GET /rest/api/2/field) are none
                    singleHasContent |= name.equals("fields");
                    issueProperty(parser, single, name, value);
                } else if ("errorMessages".equals(name) && value == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.VALUE_STRING) {
                        errorMessage = errorMessage == null ? parser.getText() : errorMessage + "; " + parser.getText();
                    }
                    parser.skipChildren();
                } else {
                    parser.skipChildren();
                }
            }
            if (single != null && singleHasContent && !hasIssues) {
                sink.accept(finish(single));
                issueCount++;
                hasIssues = true;
            }
            currentIssue = null;
            if (!hasIssues) {
                String page = pages == 1 ? "its object" : "its search response " + pages;
                throw notAnExport(errorMessage != null
                        ? page + " is a Jira error response: " + errorMessage
                        : page + " has no \"issues\" array" + (seen.isEmpty() ? " (it is empty)"
                        : " (its fields: " + String.join(", ", seen) + ")"));
            }
        }

        /** The properties that make a page an issue of its own (GET /rest/api/2/issue/KEY). */
        private static final java.util.Set<String> SINGLE_ISSUE = java.util.Set.of("id", "key", "fields", "changelog");

        /**
         * Before the first issue is read, the fields must be decided: by the ids given and the names when
         * they name every field, else by a first pass that also reads schema types and content.
         */
        private void beforeFirstIssue() {
            if (probe == null && issueCount == 0) {
                if (!ExportFields.decidedByNames(names, chosen)) {
                    // names absent, after the issues, or naming only some fields: find the rest first
                    throw new NamesNeededFirst();
                }
                fields = ExportFields.decide(names, Map.of(), chosen, ExportFields.ByContent.NONE);
            }
        }

        /**
         * Moves to the next element of an array of objects: true on an object, false at the array's
         * end. Any other element is refused, since skipping it would leave the parser out of step.
         */
        private boolean nextObject(JsonParser parser, String field) throws IOException {
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_OBJECT) {
                return true;
            }
            if (token == JsonToken.END_ARRAY) {
                return false;
            }
            String element = field.equals("issues") ? "an issue" : field.equals("fixVersions") ? "a version"
                    : field.endsWith("items") ? "a change item" : "a history";
            String reason = "holds " + describe(parser) + " at " + where(parser) + " where " + element
                    + " (an object) was expected";
            throw currentIssue == null ? notAnExport("\"" + field + "\" " + reason)
                    : new InvalidInputException("issue " + currentIssue + " field " + field, reason);
        }

        /** Each status seen with more than one category: "Done (6) as done, also as indeterminate". */
        private List<String> conflicts() {
            List<String> described = new ArrayList<>();
            categoryConflicts.forEach((id, others) -> {
                Status kept = catalog.get(id);
                described.add(kept.name() + " (" + id + ") as " + kept.category().jiraKey() + ", also as "
                        + others.stream().map(StatusCategory::jiraKey).collect(java.util.stream.Collectors.joining(", ")));
            });
            return described;
        }

        private IssueSnapshot readIssue(JsonParser parser) throws IOException {
            IssueDraft issue = startIssue();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (!issueProperty(parser, issue, name, value)) {
                    parser.skipChildren();
                }
            }
            return finish(issue);
        }

        private IssueDraft startIssue() {
            IssueDraft issue = new IssueDraft("#" + (issueCount + 1));
            currentIssue = issue.label;
            return issue;
        }

        /** One property of an issue object (the parser on its value); false when it is none the reader keeps. */
        private boolean issueProperty(JsonParser parser, IssueDraft issue, String name, JsonToken value) throws IOException {
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
                        issue.changelogSeen = true;
                        readChangelog(parser, issue);
                    } else {
                        parser.skipChildren();
                    }
                }
                default -> {
                    return false;
                }
            }
            return true;
        }

        private IssueSnapshot finish(IssueDraft issue) {
            if (!issue.changelogSeen) {
                withoutChangelog++;
            }
            IssueSnapshot built = issue.build();
            if (issue.epicFromUntypedParent) {
                epicsFromUntypedParents++;
            } else if (issue.epicFromChangelog) {
                epicsFromChangelogs++;
            }
            currentIssue = null;
            return built;
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
                    case "updated" -> timestamp(parser, issue, "updated");
                    case "duedate" -> issue.dueDate = date(parser, issue, "duedate");
                    case "fixVersions" -> readFixVersions(parser, issue);
                    case "parent" -> readParent(parser, issue);
                    case "issuelinks", "subtasks" -> collectStatuses(parser, issue, name);
                    case "sprint", "closedSprints" -> {
                        // the agile API's own fields (/rest/agile/1.0/board/{id}/issue): the current sprint
                        // as one object, the closed ones as an array; read when no custom field is the sprint field
                        if (fields.sprintId() != null) {
                            parser.skipChildren();
                        } else if (value == JsonToken.START_OBJECT) {
                            agileSprints = true;
                            addSprint(issue, readSprintObject(parser, issue, name));
                        } else if (value == JsonToken.START_ARRAY) {
                            agileSprints = true;
                            readSprints(parser, issue, name);
                        } else {
                            parser.skipChildren();
                        }
                    }
                    case "epic" -> {
                        // the agile API's own epic field: {"id": 37, "key": "EPIC-1", "name": ..., "done": ...}
                        if (fields.epicLinkId() == null && value == JsonToken.START_OBJECT) {
                            String key = readKeyOf(parser, issue, "epic");
                            if (key != null) {
                                agileEpic = true;
                                issue.epicKey = key;
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
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
                return status;
            }
            if (status.category() != StatusCategory.UNDEFINED && status.category() != known.category()) {
                // One status, two categories (the workflow changed between reads, or pages came from two
                // instants): every issue takes the first category seen, so no two KPIs disagree on "done".
                categoryConflicts.computeIfAbsent(id, ignored -> new java.util.TreeSet<>()).add(status.category());
            }
            return known;
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

        /**
         * The parent: of a sub-task, its parent issue; in Jira Cloud (and team-managed projects) also the
         * epic of a story, which Server links through "Epic Link" instead. A parent whose type is an epic
         * (hierarchy level 1, or named Epic) is read as the issue's epic.
         */
        private void readParent(JsonParser parser, IssueDraft issue) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, issue, "parent");
            String key = null;
            boolean epic = false;
            issue.parentSeen = true;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                parser.nextToken();
                if ("key".equals(property)) {
                    key = text(parser, issue, "parent.key");
                } else if ("fields".equals(property) && parser.currentToken() == JsonToken.START_OBJECT) {
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if ("issuetype".equals(field) && value == JsonToken.START_OBJECT) {
                            issue.parentTyped = true;
                            epic = readsAsEpic(parser);
                        } else if ("status".equals(field) && value == JsonToken.START_OBJECT) {
                            readStatus(parser, issue, "parent.status");
                        } else {
                            collectStatuses(parser, issue, "parent");
                        }
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (epic) {
                issue.parentEpicKey = key;
            } else {
                issue.parentKey = key;
            }
        }

        /** Whether an issue type object is an epic's: hierarchy level 1 (Cloud) or the name Epic. */
        private static boolean readsAsEpic(JsonParser parser) throws IOException {
            boolean epic = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("hierarchyLevel".equals(property) && value == JsonToken.VALUE_NUMBER_INT) {
                    epic |= parser.getIntValue() == 1;
                } else if ("name".equals(property) && value == JsonToken.VALUE_STRING) {
                    epic |= "epic".equalsIgnoreCase(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            return epic;
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
            while (nextObject(parser, "fixVersions")) {
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
            double points = Double.NaN;
            if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                points = parser.getDoubleValue();
            } else if (token == JsonToken.VALUE_STRING) {
                try {
                    points = Double.parseDouble(parser.getText().strip());
                } catch (NumberFormatException e) {
                    // reported below with the issue and field
                }
            }
            // NaN ("NaN") and infinities (1e999) would make every sum of points unprintable as JSON.
            if (Double.isFinite(points)) {
                return points;
            }
            throw invalid(issue, fields.nameOf(fieldId) + " (" + fieldId + ")",
                    "expected a number of story points, found " + describe(parser));
        }

        private static void addSprint(IssueDraft issue, Sprint sprint) {
            if (issue.sprints.stream().noneMatch(known -> known.id() == sprint.id())) {
                issue.sprints.add(sprint);
            }
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
                    while (nextObject(parser, "changelog.histories")) {
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
                    while (nextObject(parser, "changelog.histories.items")) {
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
            if (issue.pendingParentChange) {
                issue.pendingParentChange = false;
                if (at == null) {
                    throw invalid(issue, "changelog.histories.created", "is missing");
                }
                if (issue.parentChangeAt == null || !at.toInstant().isBefore(issue.parentChangeAt.toInstant())) {
                    issue.parentChangeAt = at;
                    issue.parentChangeTo = issue.pendingParentTo;
                }
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
            if (isParentChange(field)) {
                // the epic (or parent) an issue was moved to; KPIs replay no epic history, but an issue
                // whose fields do not say its epic takes the latest one (IssueDraft#build)
                issue.pendingParentChange = true;
                issue.pendingParentTo = toText;
                return;
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

        /**
         * Epic Link (Server, old Cloud), Parent and IssueParentAssociation (Jira Cloud, which since 2021
         * writes every change of epic or parent as IssueParentAssociation, from/to the parent ids and
         * fromString/toString their keys).
         */
        private boolean isParentChange(String field) {
            return field != null && (ExportFields.isEpicLinkName(field) || field.equalsIgnoreCase("parent")
                    || field.equalsIgnoreCase("issueparentassociation")
                    || fields.epicLinkId() != null && field.equalsIgnoreCase(fields.nameOf(fields.epicLinkId())));
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
                default:
                    if (ExportFields.isStoryPointsName(field)) {
                        return ChangeField.STORY_POINTS;
                    }
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
            if (latest == null || at.isAfter(latest)) {
                latest = at;
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
            if (token == null) {
                return "the end of the file";
            }
            return switch (token) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case END_OBJECT -> "the end of an object";
                case END_ARRAY -> "the end of an array";
                default -> "'" + shortened(parser.getText()) + "'";
            };
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
        String parentEpicKey;
        String epicKey;
        boolean changelogSeen;
        /** Whether the fields hold a parent, and whether it says its type. */
        boolean parentSeen;
        boolean parentTyped;
        boolean pendingParentChange;
        String pendingParentTo;
        OffsetDateTime parentChangeAt;
        String parentChangeTo;
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
            String epic = epic();
            return new IssueSnapshot(id, key, project, type, status, created, resolved, dueDate, fixVersions,
                    storyPoints, sprints, epicFromUntypedParent ? null : parentKey, epic, changelog);
        }

        /**
         * The epic: the Epic Link (or the agile API's epic) field; else a parent of an epic type; else, for
         * a standard issue (not a sub-task, not an epic), a parent whose type the export does not say (a
         * standard issue's parent is always an epic); else, when the fields hold no parent at all, the
         * latest Epic Link / Parent / IssueParentAssociation change of the changelog.
         */
        String epic() {
            if (epicKey != null) {
                return epicKey;
            }
            if (parentEpicKey != null) {
                return parentEpicKey;
            }
            boolean standard = !type.subtask() && !"epic".equalsIgnoreCase(type.name());
            if (standard && parentSeen && !parentTyped && parentKey != null) {
                epicFromUntypedParent = true;
                return parentKey;
            }
            if (standard && !parentSeen && parentChangeTo != null && !parentChangeTo.isBlank()) {
                epicFromChangelog = true;
                return parentChangeTo.strip();
            }
            return null;
        }

        boolean epicFromUntypedParent;
        boolean epicFromChangelog;

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
