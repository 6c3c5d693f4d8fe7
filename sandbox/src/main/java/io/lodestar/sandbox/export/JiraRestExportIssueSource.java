package io.lodestar.sandbox.export;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
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
import java.util.function.IntConsumer;
import java.util.function.Predicate;

/**
 * Reads issues from a Jira REST v2 search export ({@code /rest/api/2/search?expand=names,changelog}):
 * one response, a JSON array of responses, or responses written one after another (pages).
 *
 * <p>It streams through a {@link JsonParser}, issue by issue, and never builds the document's tree.
 * When the names decide the custom fields (below), {@link #read(Consumer)} hands each {@link IssueSnapshot}
 * to the caller as soon as its closing brace is read, and memory holds one issue at a time. The parser is
 * first {@link Utf8ExportParser}, which takes valid UTF-8 JSON only; on it the reader passes the small objects an
 * export repeats byte for byte (changelog items, statuses, issue types, versions, projects, a linked issue's type)
 * by their bytes, taking what it made of the same bytes before ({@link Utf8ExportParser#recall}), and reads
 * timestamps from the parser's bytes. On anything else (another encoding, malformed JSON, a file that is
 * no export, an issue the reader refuses) the file is read again with Jackson's parser, which reads any JSON
 * and whose positions the messages give. That second read hands over only the issues after those the first
 * one handed over, so a caller sees each issue once, then the error.
 *
 * <p><b>Which fields are which.</b> Custom fields (Story Points, Sprint, Epic Link) are decided by
 * {@link ExportFields}: the ids the user gave, the display names in the response's {@code names} (which
 * Jira writes before {@code issues}), the types in its {@code schema}, else the issues' content. When the
 * ids and names do not decide all three by the first issue (no names block, names after the issues, or
 * names of only some fields; DuraSpace's names have no Epic Link), the file is still read once: the fields
 * the names decide are read as always, the reader notes what the content shows of the others (what a
 * probe pass over the file would), and keeps per issue the values an undecided field could give: a custom
 * text that is an issue key (an epic link), a finite number (story points), an array of sprints (sprints),
 * and the agile API's own fields apart. At the end of the file it decides the fields from every page's
 * names and schema types and the content, then builds each issue with them. Those issues are held in
 * memory until then, so {@link #read(Consumer)} hands them over only after the whole file is read
 * ({@link #readAll(IntConsumer)} tells the progress of the reading meanwhile). When the end decides a
 * field whose values the reading did not keep (story points written as texts, an epic link named after
 * the issues that holds texts other than issue keys), or when the file is malformed, the reader falls back to two passes: a cheap one that only collects names, schema types and
 * what the content shows, building nothing, then the reading with the fields decided. Either way the
 * issues, the fields and how each was decided, and every message are the same; the fallback only costs
 * the file's reading again.
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
 * the epic of an issue whose fields hold none; all other items are dropped, their values skipped unread when
 * their {@code field} comes first, as Jira writes it (an item that repeats its {@code field} key to name a kept
 * field after such values is read again from its place in the file). Old Jira versions wrote due date changes only
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
        return readAll(issuesRead -> {
        });
    }

    /**
     * Reads every issue into memory, telling {@code progress} the number of issues read from the file so
     * far after each one (the count the file's reading has reached, also while the snapshots are held back
     * for the fields to be decided).
     */
    public JiraExport.WithIssues readAll(IntConsumer progress) {
        List<IssueSnapshot> issues = new ArrayList<>();
        JiraExport export = read(issues::add, progress);
        return new JiraExport.WithIssues(export, issues);
    }

    /**
     * Streams the issues to {@code sink}, in file order: each as soon as it is read when the names
     * decide the custom fields, else all of them once the file is read (see the class comment).
     *
     * @throws InvalidInputException when the file is missing, is not JSON, or an issue is malformed
     */
    public JiraExport read(Consumer<IssueSnapshot> sink) {
        return read(sink, issuesRead -> {
        });
    }

    /**
     * The read as it was made before the one-pass read: the probe pass, then the reading with its fields.
     * For tests, which compare the two on every shape of export.
     */
    JiraExport.WithIssues readAllInTwoPasses() throws IOException {
        List<IssueSnapshot> issues = new ArrayList<>();
        JiraExport export = new Reading(probe(false), issuesRead -> {
        }, false).run(issues::add);
        return new JiraExport.WithIssues(export, issues);
    }

    private JiraExport read(Consumer<IssueSnapshot> sink, IntConsumer progress) {
        Objects.requireNonNull(sink, "sink");
        Objects.requireNonNull(progress, "progress");
        try {
            return readFastThenJackson(sink, progress);
        } catch (CallerFailed failed) {
            throw failed.getCause();
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
     * The read with the fast parser, and when it does not take the file (not valid UTF-8 JSON, not an export,
     * malformed) the read again with Jackson's, which says what the problem is; the issues and progress already
     * given are not given twice. Any other exception is a defect, passed on rather than hidden by a second read.
     */
    private JiraExport readFastThenJackson(Consumer<IssueSnapshot> sink, IntConsumer progress) throws IOException {
        int[] delivered = {0};
        int[] told = {0};
        try {
            return read(true, issue -> {
                sink.accept(issue);
                delivered[0]++;
            }, issuesRead -> {
                progress.accept(issuesRead);
                told[0] = Math.max(told[0], issuesRead);
            });
        } catch (Utf8ExportParser.NotTaken | InvalidInputException | IOException notTaken) {
            int[] given = {delivered[0]};
            return read(false, issue -> {
                if (given[0] > 0) {
                    given[0]--;
                } else {
                    sink.accept(issue);
                }
            }, issuesRead -> {
                if (issuesRead > told[0]) {
                    progress.accept(issuesRead);
                    told[0] = issuesRead;
                }
            });
        }
    }

    /** One read with the fast parser or Jackson's: in one pass, else in two (see the class comment). */
    private JiraExport read(boolean fast, Consumer<IssueSnapshot> sink, IntConsumer progress) throws IOException {
        try {
            return new Reading(null, progress, fast).run(sink);
        } catch (NamesNeededFirst signal) {
            return new Reading(probe(fast), progress, fast).run(sink);
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

    /** The file's parser: the fast one (see {@link Utf8ExportParser}) or Jackson's, which reads any JSON. */
    private JsonParser open(boolean fast) throws IOException {
        opened++;
        InputStream in = Files.newInputStream(file);
        return fast ? new Utf8ExportParser(in) : JSON.createParser(in);
    }

    /** The tokens of {@code file} read with the fast parser, as a bare loop: for the reader's benchmark. */
    public static int countTokens(Path file) throws IOException {
        int tokens = 0;
        try (JsonParser parser = new Utf8ExportParser(Files.newInputStream(file))) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** How many times this source has opened its file: for tests, which check that one read opens it once. */
    int opened;

    /** What the first pass found: every page's names and schema types, and the fields recognised by content. */
    private record Probe(Map<String, String> names, Map<String, String> schemaTypes, ExportFields.ByContent content) {
    }

    /**
     * The cheap first pass of the fallback (a read with undecided fields that did not keep what the end
     * decided, or a malformed file; see the class comment): it collects {@code names}, {@code schema} (field id to its {@code schema.custom} type) and what the
     * issues' content shows (see {@link ContentProbe}), building no issue.
     */
    private Probe probe(boolean fast) throws IOException {
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, String> schemaTypes = new LinkedHashMap<>();
        ContentProbe content = new ContentProbe();
        try (JsonParser parser = open(fast)) {
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
            issueEnd(key, epic);
        }

        /** An issue read: its key (when a text) and whether its type is an epic's. */
        void issueEnd(String key, boolean epic) {
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
                    customArray(field, holdsSprints(parser));
                } else if (custom && value == JsonToken.VALUE_STRING) {
                    customText(field, parser.getText());
                } else if (custom && value != JsonToken.VALUE_NULL) {
                    customOther(field);
                    parser.skipChildren();
                } else {
                    parser.skipChildren();
                }
            }
            return epic;
        }

        /** A custom field holding an array; {@code sprints}: whether its first element is a sprint. */
        void customArray(String field, boolean sprints) {
            if (sprints && sprintByValue == null) {
                sprintByValue = field;
            }
            notKeyFields.add(field);
        }

        /** A custom field holding a text. */
        void customText(String field, String text) {
            java.util.Set<String> values = keyValues.get(field);
            if (values == null) {
                values = new java.util.HashSet<>();
                keyValues.put(field, values);
            }
            // an epic link's values are the few epics; a field of thousands of distinct keys is no epic link
            if (isIssueKey(text) && values.size() < MAX_EPICS) {
                values.add(text);
            } else {
                notKeyFields.add(field);
            }
        }

        /** A custom field holding a number, a boolean or an object. */
        void customOther(String field) {
            notKeyFields.add(field);
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
            item(field, fieldId);
        }

        /** A changelog item's {@code field} and {@code fieldId}, each when a text (else null). */
        void item(String field, String fieldId) {
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

    /** Whether {@code text} is an issue key: {@code [A-Z][A-Z0-9_]*-[0-9]+}, checked without a regex. */
    static boolean isIssueKey(String text) {
        int length = text.length();
        if (length < 3 || !isUpper(text.charAt(0))) {
            return false;
        }
        int dash = 1;
        while (dash < length && text.charAt(dash) != '-') {
            char c = text.charAt(dash);
            if (!isUpper(c) && !isDigit(c) && c != '_') {
                return false;
            }
            dash++;
        }
        if (dash >= length - 1) {
            return false;
        }
        for (int i = dash + 1; i < length; i++) {
            if (!isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
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

    /** An exception of the caller's progress callback, passed on as it is. */
    private static final class CallerFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallerFailed(RuntimeException cause) {
            super(cause);
        }

        @Override
        public synchronized RuntimeException getCause() {
            return (RuntimeException) super.getCause();
        }
    }

    /**
     * A read whose fields the names do not all decide when its first issue comes: the issues are held
     * back (as drafts, with the candidate values of their custom fields) until the end of the file, where
     * the fields are decided as the probe pass decides them. It holds what the end needs unless a field
     * decided there held values the reading does not keep ({@link #notPoints} and the like), the names
     * decided early differ from the end's, or a changelog item is read differently with the end's fields;
     * {@link #suffices} tells, and the read is then made again in two passes.
     */
    private static final class Speculation {
        final List<IssueDraft> issues = new ArrayList<>();
        /** Custom fields with a value that is no finite number, no issue key, no array of sprints. */
        final java.util.Set<String> notPoints = new java.util.HashSet<>();
        final java.util.Set<String> notEpics = new java.util.HashSet<>();
        final java.util.Set<String> notSprints = new java.util.HashSet<>();
        /** The changelog item fields whose reading depends on the fields' names. */
        final java.util.Set<String> fieldNamedItems = new java.util.HashSet<>();
        /** Whether an agile epic object held statuses (collected; a decided epic link field skips it). */
        boolean agileEpicCollected;

        /** Whether the issues read with {@code provisional} fields become, with {@code settled} ones, what a decided read gives. */
        boolean suffices(ExportFields provisional, ExportFields settled) {
            String[] early = {provisional.storyPointsId(), provisional.sprintId(), provisional.epicLinkId()};
            String[] late = {settled.storyPointsId(), settled.sprintId(), settled.epicLinkId()};
            List<java.util.Set<String>> notHeld = List.of(notPoints, notSprints, notEpics);
            for (int role = 0; role < 3; role++) {
                if (early[role] != null) {
                    if (!early[role].equals(late[role])) {
                        return false;
                    }
                } else if (late[role] != null) {
                    if (!late[role].startsWith("customfield_") || notHeld.get(role).contains(late[role])) {
                        return false;
                    }
                    for (int other = 0; other < 3; other++) {
                        if (other != role && late[role].equals(late[other])) {
                            return false;
                        }
                    }
                }
            }
            if (early[2] == null && late[2] != null && agileEpicCollected) {
                return false;
            }
            for (String field : fieldNamedItems) {
                if (Reading.changeField(field, provisional) != Reading.changeField(field, settled)
                        || Reading.isParentChange(field, provisional) != Reading.isParentChange(field, settled)) {
                    return false;
                }
            }
            return true;
        }
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
        /** Each page's schema block: field id to its {@code schema.custom} type. */
        private final Map<String, String> schemaTypes = new LinkedHashMap<>();
        /** The probe pass's findings, or null on a first read (which decides the fields itself). */
        private final Probe probe;
        private final IntConsumer progress;
        /**
         * What the issues' content shows about the fields, as the probe pass finds it: fed by the reading
         * itself while it speculates, and always with the page-level values it skips.
         */
        private final ContentProbe content = new ContentProbe();
        /** Non-null while the names leave fields undecided: the issues held back and what they held. */
        private Speculation speculation;
        private boolean decidedOnce;
        /** Whether a page-level value the probe pass looks into was skipped before the fields were decided. */
        private boolean probedBeforeDeciding;
        /** Whether the last {@link #readKeyOf} met a {@code fields} object (whose statuses it collected). */
        private boolean keyOfHadFields;
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
        /** {@link #latest}'s instant: its epoch second and nano of second. */
        private long latestSecond;
        private int latestNano;
        /** The small vocabularies' texts read so far, each one String. */
        private final Vocabulary vocabulary = new Vocabulary();
        /** The issue being read, for messages; null between issues. */
        private IssueDraft current;

        private String currentIssue() {
            return current == null ? null : current.label();
        }

        private final boolean fast;

        Reading(Probe probe, IntConsumer progress, boolean fast) {
            this.probe = probe;
            this.progress = progress;
            this.fast = fast;
            this.names = probe == null ? new LinkedHashMap<>() : new LinkedHashMap<>(probe.names());
            this.fields = probe == null ? null : ExportFields.decide(names, probe.schemaTypes(), chosen, probe.content());
        }

        JiraExport run(Consumer<IssueSnapshot> sink) throws IOException {
            List<IssueSnapshot> heldBack = null;
            try (JsonParser parser = open(fast)) {
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
                if (speculation != null) {
                    heldBack = settle();
                }
            } catch (JsonProcessingException e) {
                if (speculation != null) {
                    // the reading pass after the probe meets the same spot and says which issue and field it is in
                    throw new NamesNeededFirst();
                }
                throw notJson(e, currentIssue());
            } catch (IOException | RuntimeException e) {
                if (speculation != null && !(e instanceof CallerFailed) && !(e instanceof NamesNeededFirst)
                        && !(e instanceof Utf8ExportParser.NotTaken)) {
                    // a malformed file read with undecided fields: the two passes give the message they always gave
                    throw new NamesNeededFirst();
                }
                throw e;
            }
            if (heldBack != null) {
                heldBack.forEach(issue -> given(sink, issue));
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
                        deliver(readIssue(parser), sink);
                    }
                    current = null;
                } else if ("webhookEvent".equals(name)) {
                    webhook = true;
                    parser.skipChildren();
                } else if ("issue".equals(name) && value == JsonToken.START_OBJECT && single == null) {
                    webhook = true;
                    beforeFirstIssue();
                    hasIssues = true;
                    deliver(readIssue(parser), sink);
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
                } else if ("schema".equals(name) && value == JsonToken.START_OBJECT) {
                    readSchema(parser, schemaTypes);
                } else if (value == JsonToken.START_OBJECT && PROBED.contains(name) && speculation != null) {
                    // a value the reading skips (the page's issue is read already, or a webhook's one event)
                    // but the probe pass looks into
                    switch (name) {
                        case "issue" -> content.issue(parser);
                        case "fields" -> content.fields(parser);
                        default -> content.changelog(parser);
                    }
                } else if (value == JsonToken.START_OBJECT && PROBED.contains(name) && !decidedOnce) {
                    probedBeforeDeciding = true;
                    parser.skipChildren();
                } else {
                    parser.skipChildren();
                }
            }
            if (single != null && singleHasContent && !hasIssues) {
                deliver(single, sink);
                hasIssues = true;
            }
            current = null;
            if (!hasIssues) {
                String page = pages == 1 ? "its object" : "its search response " + pages;
                throw notAnExport(errorMessage != null
                        ? page + " is a Jira error response: " + errorMessage
                        : page + " has no \"issues\" array" + (seen.isEmpty() ? " (it is empty)"
                        : " (its fields: " + String.join(", ", seen) + ")"));
            }
        }

        /** The page-level values the probe pass looks into (when objects). */
        private static final java.util.Set<String> PROBED = java.util.Set.of("issue", "fields", "changelog");

        /** The properties that make a page an issue of its own (GET /rest/api/2/issue/KEY). */
        private static final java.util.Set<String> SINGLE_ISSUE = java.util.Set.of("id", "key", "fields", "changelog");

        /**
         * Before the first issue is read, the fields must be decided: by the ids given and the names when
         * they name every field; else the reading speculates (see {@link Speculation}), the fields the names
         * decide read as always and the others held until the end of the file decides them.
         */
        private void beforeFirstIssue() {
            if (probe == null && issueCount == 0 && speculation == null) {
                boolean first = !decidedOnce;
                decidedOnce = true;
                if (!ExportFields.decidedByNames(names, chosen)) {
                    if (!first || probedBeforeDeciding) {
                        // a page of no issues was read with fields the names then decided: read as before
                        throw new NamesNeededFirst();
                    }
                    // names absent, after the issues, or naming only some fields: the rest are found at the end
                    speculation = new Speculation();
                }
                fields = ExportFields.decide(names, Map.of(), chosen, ExportFields.ByContent.NONE);
            }
        }

        /** One issue read: to the sink, or held back while the fields are undecided. */
        private void deliver(IssueDraft issue, Consumer<IssueSnapshot> sink) {
            if (speculation != null) {
                speculation.issues.add(issue);
                current = null;
            } else {
                given(sink, finish(issue));
            }
            issueCount++;
            try {
                progress.accept(issueCount);
            } catch (RuntimeException e) {
                throw new CallerFailed(e);
            }
        }

        /** An issue to the caller's sink, whose exceptions pass through as they are (never a reason to read again). */
        private void given(Consumer<IssueSnapshot> sink, IssueSnapshot issue) {
            try {
                sink.accept(issue);
            } catch (RuntimeException e) {
                throw new CallerFailed(e);
            }
        }

        /**
         * At the end of a speculating read: the fields decided as the probe pass decides them, and the held
         * issues built with them; the whole read is made again in two passes ({@link NamesNeededFirst}) when
         * the reading did not hold what those fields need.
         */
        private List<IssueSnapshot> settle() {
            ExportFields provisional = fields;
            ExportFields settled = ExportFields.decide(names, schemaTypes, chosen, content.found());
            if (!speculation.suffices(provisional, settled)) {
                throw new NamesNeededFirst();
            }
            String points = provisional.storyPointsId() == null ? settled.storyPointsId() : null;
            String sprint = provisional.sprintId() == null ? settled.sprintId() : null;
            String epic = provisional.epicLinkId() == null ? settled.epicLinkId() : null;
            if (sprint != null) {
                agileSprints = false;
            }
            if (epic != null) {
                agileEpic = false;
            }
            fields = settled;
            List<IssueSnapshot> built = new ArrayList<>(speculation.issues.size());
            for (IssueDraft issue : speculation.issues) {
                if (points != null || sprint != null || epic != null) {
                    issue.settle(points, sprint, epic);
                }
                built.add(finish(issue));
            }
            speculation = null;
            return built;
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
            throw current == null ? notAnExport("\"" + field + "\" " + reason)
                    : new InvalidInputException("issue " + current.label() + " field " + field, reason);
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

        /** An issue object of {@code issues} (or a webhook's {@code issue}), read up to its closing brace. */
        private IssueDraft readIssue(JsonParser parser) throws IOException {
            IssueDraft issue = startIssue();
            String probedKey = null;
            for (String name; (name = nextMember(parser)) != null; ) {
                JsonToken value = parser.currentToken();
                if (!issueProperty(parser, issue, name, value)) {
                    parser.skipChildren();
                } else if (value == JsonToken.VALUE_STRING && "key".equals(name)) {
                    probedKey = issue.key;
                }
            }
            if (speculation != null) {
                content.issueEnd(probedKey, issue.probedEpic);
            }
            return issue;
        }

        private IssueDraft startIssue() {
            IssueDraft issue = new IssueDraft(issueCount + 1);
            current = issue;
            return issue;
        }

        /** One property of an issue object (the parser on its value); false when it is none the reader keeps. */
        private boolean issueProperty(JsonParser parser, IssueDraft issue, String name, JsonToken value) throws IOException {
            switch (name) {
                case "id" -> issue.id = text(parser, issue, "id");
                case "key" -> {
                    issue.key = text(parser, issue, "key");
                    issue.labelByKey();
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
            current = null;
            return built;
        }

        private void readFields(JsonParser parser, IssueDraft issue) throws IOException {
            issue.probedEpic = false;
            for (String name; (name = nextMember(parser)) != null; ) {
                JsonToken value = parser.currentToken();
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                switch (name) {
                    case "issuetype" -> issue.type = readIssueType(parser, issue);
                    case "status" -> issue.status = readStatus(parser, issue, "status", false);
                    case "project" -> issue.projectKey = readProject(parser, issue);
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
                            addSprint(issue, sprintObject(parser, issue, name));
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
                            if (speculation != null && keyOfHadFields) {
                                speculation.agileEpicCollected = true;
                            }
                            if (key != null) {
                                agileEpic = true;
                                issue.epicKey = key;
                            }
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> {
                        if (speculation != null && name.startsWith("customfield_")) {
                            speculate(parser, issue, name, value);
                        } else {
                            readDecidedField(parser, issue, name);
                        }
                    }
                }
            }
        }

        /** Reads an object's values (parser on its START_OBJECT, left on its END_OBJECT). */
        @FunctionalInterface
        private interface ObjectValues<T> {
            T read() throws IOException;
        }

        /**
         * What {@code values} reads of the object the parser is on, or (the fast parser) what it read of an object
         * of the same bytes before ({@link Utf8ExportParser#recall}), the parser then on the object's END_OBJECT.
         */
        private static <T> T recalledOrRead(JsonParser parser, Utf8ExportParser.Recall<T> seen, ObjectValues<T> values)
                throws IOException {
            if (!(parser instanceof Utf8ExportParser fastParser)) {
                return values.read();
            }
            T known = fastParser.recall(seen);
            if (known != null) {
                return known;
            }
            boolean remembering = seen.remembering();
            T read = values.read();
            if (remembering) {
                fastParser.remember(seen, read);
            }
            return read;
        }

        /**
         * The next member's name, the parser then on its value (as nextToken twice: FIELD_NAME, then the value);
         * null when the object ends (or another token comes), the parser on that token.
         */
        private static String nextMember(JsonParser parser) throws IOException {
            if (parser instanceof Utf8ExportParser fastParser) {
                return fastParser.nextMember();
            }
            if (parser.nextToken() != JsonToken.FIELD_NAME) {
                return null;
            }
            String name = parser.currentName();
            parser.nextToken();
            return name;
        }

        /** A field that is not a system one: read when it is one of the decided custom fields, else skipped. */
        private void readDecidedField(JsonParser parser, IssueDraft issue, String name) throws IOException {
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

        /**
         * A custom field (not null) while the fields are undecided: what the probe pass notes of it, and, for
         * each field still undecided, the value it would give when decided that field: a text that is an
         * issue key (epic link), a finite number (story points), an array of sprints (sprints). A value
         * that would not give one (or would be refused) marks the field as not held for that purpose, and
         * {@link #settle()} reads the file again when the end decides such a field.
         */
        private void speculate(JsonParser parser, IssueDraft issue, String name, JsonToken value) throws IOException {
            Speculation held = speculation;
            boolean decided = name.equals(fields.storyPointsId()) || name.equals(fields.sprintId())
                    || name.equals(fields.epicLinkId());
            boolean points = fields.storyPointsId() == null;
            boolean sprints = fields.sprintId() == null;
            boolean epic = fields.epicLinkId() == null;
            if (value == JsonToken.START_ARRAY) {
                if (decided || !sprints) {
                    // the first element tells sprints only to a sprint field still to be found
                    content.customArray(name, false);
                    if (decided) {
                        readDecidedField(parser, issue, name);
                        return;
                    }
                    parser.skipChildren();
                } else {
                    content.customArray(name, holdSprints(parser, issue, name));
                }
                if (points) {
                    held.notPoints.add(name);
                }
                if (epic) {
                    held.notEpics.add(name);
                }
            } else if (value == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                content.customText(name, text);
                if (decided) {
                    readDecidedField(parser, issue, name);
                    return;
                }
                if (epic) {
                    if (isIssueKey(text)) {
                        issue.hold(name, text);
                    } else {
                        held.notEpics.add(name);
                    }
                }
                if (points) {
                    held.notPoints.add(name);
                }
                if (sprints) {
                    held.notSprints.add(name);
                }
            } else {
                content.customOther(name);
                if (decided) {
                    readDecidedField(parser, issue, name);
                    return;
                }
                if (points) {
                    double number = value.isNumeric() ? parser.getDoubleValue() : Double.NaN;
                    if (Double.isFinite(number)) {
                        issue.hold(name, number);
                    } else {
                        held.notPoints.add(name);
                    }
                }
                if (epic) {
                    held.notEpics.add(name);
                }
                if (sprints) {
                    held.notSprints.add(name);
                }
                parser.skipChildren();
            }
        }

        /**
         * An array of a custom field while the sprint field is undecided (parser on its START_ARRAY, left on
         * its END_ARRAY): held as the sprints {@link #readSprints} would read, when every element is a sprint
         * (or null); returns whether its first element is a sprint as the probe pass tells one.
         */
        private boolean holdSprints(JsonParser parser, IssueDraft issue, String fieldId) throws IOException {
            List<Sprint> sprints = new ArrayList<>(1);
            boolean all = true;
            boolean first = true;
            boolean firstIsSprint = false;
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    throw new java.io.EOFException("export ends inside an array");
                }
                boolean isFirst = first;
                first = false;
                if (token == JsonToken.VALUE_STRING) {
                    String text = parser.getText();
                    if (isFirst) {
                        firstIsSprint = text.startsWith("com.atlassian.greenhopper.service.sprint.Sprint@") && text.contains("[id=");
                    }
                    if (all && GreenHopperSprintText.matches(text)) {
                        sprints.add(GreenHopperSprintText.parse(text, "issue " + issue.label() + " field "
                                + fields.nameOf(fieldId) + " (" + fieldId + ")"));
                    } else {
                        all = false;
                    }
                } else if (token == JsonToken.START_OBJECT) {
                    Sprint sprint = sprintObject(parser, null, null);
                    if (isFirst) {
                        firstIsSprint = sprintPropertiesSeen;
                    }
                    if (sprint == null) {
                        all = false;
                    } else if (all) {
                        sprints.add(sprint);
                    }
                } else if (token != JsonToken.VALUE_NULL) {
                    all = false;
                    parser.skipChildren();
                }
            }
            if (all) {
                issue.hold(fieldId, sprints);
            } else {
                speculation.notSprints.add(fieldId);
            }
            return firstIsSprint;
        }

        /** Whether the last {@link #sprintObject} met the properties id, name and state (of any value). */
        private boolean sprintPropertiesSeen;

        /**
         * A modern sprint object {id, name, state, boardId, startDate, endDate, completeDate, goal} (the parser
         * on its START_OBJECT, left on its END_OBJECT), one parse for both uses. With an {@code issue} (its
         * sprint field decided), a property it cannot read (an object or array where it expects a value, a
         * state or date it does not know) or a missing id, name or state refuses the export, saying where;
         * without one (a custom field that may hold sprints), such an object gives null instead.
         */
        private Sprint sprintObject(JsonParser parser, IssueDraft issue, String field) throws IOException {
            boolean strict = issue != null;
            String where = strict ? "issue " + issue.label() + " field " + field : "a sprint";
            Long id = null;
            String name = null;
            Sprint.State state = null;
            Long boardId = null;
            OffsetDateTime start = null;
            OffsetDateTime end = null;
            OffsetDateTime complete = null;
            boolean refused = false;
            boolean seenId = false;
            boolean seenName = false;
            boolean seenState = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (property) {
                    case "id" -> seenId = true;
                    case "name" -> seenName = true;
                    case "state" -> seenState = true;
                    default -> {
                    }
                }
                if (value == JsonToken.VALUE_NULL) {
                    continue;
                }
                boolean read = switch (property) {
                    case "id", "name", "state", "boardId", "originBoardId", "rapidViewId", "startDate", "endDate",
                         "completeDate" -> true;
                    default -> false;
                };
                if (!read) {
                    parser.skipChildren();
                    continue;
                }
                if (value.isStructStart()) {
                    if (strict) {
                        throw invalid(issue, field, "the sprint's " + property + " must be a value, found " + describe(parser));
                    }
                    refused = true;
                    parser.skipChildren();
                    continue;
                }
                try {
                    switch (property) {
                        case "id" -> id = parser.getValueAsLong();
                        case "name" -> name = parser.getText();
                        case "state" -> state = GreenHopperSprintText.state(parser.getText(), where);
                        case "startDate" -> start = GreenHopperSprintText.timestamp(parser.getText(), where, "startDate");
                        case "endDate" -> end = GreenHopperSprintText.timestamp(parser.getText(), where, "endDate");
                        case "completeDate" -> complete = GreenHopperSprintText.timestamp(parser.getText(), where, "completeDate");
                        default -> {
                            if (boardId == null) {
                                boardId = parser.getValueAsLong();
                            }
                        }
                    }
                } catch (InvalidInputException e) {
                    if (strict) {
                        throw e;
                    }
                    refused = true;
                }
            }
            sprintPropertiesSeen = seenId && seenName && seenState;
            if (id == null || name == null || state == null) {
                if (strict) {
                    throw invalid(issue, field, "a sprint needs an id, a name and a state");
                }
                return null;
            }
            return refused ? null : new Sprint(id, name, state, start, end, complete, boardId);
        }

        private IssueType readIssueType(JsonParser parser, IssueDraft issue) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, issue, "issuetype");
            IssueTypeRead read = recalledOrRead(parser, typesSeen, () -> issueTypeValues(parser, issue));
            // the hierarchy level tells an epic as the probe pass reads it (readsAsEpic), only while the fields are undecided
            issue.probedEpic = read.namedEpic() || speculation != null && read.levelOne();
            if (read.type() == null) {
                throw invalid(issue, "issuetype", "needs an id and a name");
            }
            return read.type();
        }

        /**
         * What an issue type object says: the type (null without an id or a name), whether it is named Epic,
         * and whether its hierarchy level is 1.
         */
        private record IssueTypeRead(IssueType type, boolean namedEpic, boolean levelOne) {
        }

        private final Utf8ExportParser.Recall<IssueTypeRead> typesSeen = new Utf8ExportParser.Recall<>();

        /** The values of an issue type object (parser on its START_OBJECT, left on its END_OBJECT). */
        private IssueTypeRead issueTypeValues(JsonParser parser, IssueDraft issue) throws IOException {
            String id = null;
            String name = null;
            boolean subtask = false;
            boolean namedEpic = false;
            boolean levelOne = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (field) {
                    case "id" -> id = word(parser, issue, "issuetype.id", null);
                    case "name" -> {
                        name = word(parser, issue, "issuetype.name", null);
                        namedEpic |= value == JsonToken.VALUE_STRING && "epic".equalsIgnoreCase(name);
                    }
                    case "subtask" -> subtask = value == JsonToken.VALUE_TRUE;
                    case "hierarchyLevel" -> {
                        if (value == JsonToken.VALUE_NUMBER_INT) {
                            // the integer 1, which JSON writes one way only
                            levelOne |= "1".equals(parser.getText());
                        } else {
                            parser.skipChildren();
                        }
                    }
                    default -> parser.skipChildren();
                }
            }
            return new IssueTypeRead(id == null || name == null ? null : new IssueType(id, name, subtask), namedEpic, levelOne);
        }

        /**
         * A status object {id, name, statusCategory: {key}}, added to the catalog; messages name it
         * {@code field}, or {@code field.status} when {@code nested} (a linked issue's, a sub-task's).
         */
        private Status readStatus(JsonParser parser, IssueDraft issue, String field, boolean nested) throws IOException {
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                expect(parser.currentToken(), JsonToken.START_OBJECT, issue, nested ? field + ".status" : field);
            }
            StatusRead read = recalledOrRead(parser, statusesSeen, () -> statusValues(parser, issue, field, nested));
            String id = read.id();
            if (id == null || read.name() == null) {
                throw invalid(issue, nested ? field + ".status" : field, "needs an id and a name");
            }
            StatusCategory category = read.category();
            Status known = catalog.get(id);
            if (known == null || known.category() == StatusCategory.UNDEFINED) {
                Status status = new Status(id, read.name(), category);
                catalog.put(id, status);
                return status;
            }
            // the status read is the known one (no new Status for each issue), whatever its name and category here
            if (category != StatusCategory.UNDEFINED && category != known.category()) {
                // One status, two categories (the workflow changed between reads, or pages came from two
                // instants): every issue takes the first category seen, so no two KPIs disagree on "done".
                categoryConflicts.computeIfAbsent(id, ignored -> new java.util.TreeSet<>()).add(category);
            }
            return known;
        }

        /** What a status object says: its id and name (null when absent) and its category's key. */
        private record StatusRead(String id, String name, StatusCategory category) {
        }

        private final Utf8ExportParser.Recall<StatusRead> statusesSeen = new Utf8ExportParser.Recall<>();

        /** The values of a status object (parser on its START_OBJECT, left on its END_OBJECT). */
        private StatusRead statusValues(JsonParser parser, IssueDraft issue, String field, boolean nested) throws IOException {
            String id = null;
            String name = null;
            StatusCategory category = StatusCategory.UNDEFINED;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (property) {
                    case "id" -> id = word(parser, issue, field, nested ? ".status.id" : ".id");
                    case "name" -> name = word(parser, issue, field, nested ? ".status.name" : ".name");
                    case "statusCategory" -> {
                        if (value == JsonToken.START_OBJECT) {
                            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                                String categoryField = parser.currentName();
                                parser.nextToken();
                                if ("key".equals(categoryField)) {
                                    category = category(parser, issue, field, nested);
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
            return new StatusRead(id, name, category);
        }

        /** A status category key, as {@link StatusCategory#fromJiraKey}, a text read in the parser's buffer. */
        private StatusCategory category(JsonParser parser, IssueDraft issue, String field, boolean nested) throws IOException {
            if (parser.currentToken() != JsonToken.VALUE_STRING) {
                return StatusCategory.fromJiraKey(text(parser, issue, field + (nested ? ".status" : "") + ".statusCategory.key"));
            }
            char[] chars = parser.getTextCharacters();
            int offset = parser.getTextOffset();
            int length = parser.getTextLength();
            for (StatusCategory category : CATEGORIES) {
                String key = category.jiraKey();
                if (key.length() == length && Vocabulary.sameChars(key, chars, offset)) {
                    return category;
                }
            }
            return StatusCategory.UNDEFINED;
        }

        private static final StatusCategory[] CATEGORIES = StatusCategory.values();

        /** The project's key (see {@link #readKeyOf}); a project object of the same bytes as one read has its key. */
        private String readProject(JsonParser parser, IssueDraft issue) throws IOException {
            Utf8ExportParser fastParser = parser instanceof Utf8ExportParser fast ? fast : null;
            String key = fastParser == null ? null : fastParser.recall(projectsSeen);
            if (key != null) {
                keyOfHadFields = false;
                return key;
            }
            boolean remembering = fastParser != null && projectsSeen.remembering();
            key = readKeyOf(parser, issue, "project");
            if (remembering && key != null && !keyOfHadFields) {
                fastParser.remember(projectsSeen, key);
            }
            return key;
        }

        private final Utf8ExportParser.Recall<String> projectsSeen = new Utf8ExportParser.Recall<>();

        /** The {@code key} of an object such as project or parent; statuses inside go to the catalog. */
        private String readKeyOf(JsonParser parser, IssueDraft issue, String field) throws IOException {
            expect(parser.currentToken(), JsonToken.START_OBJECT, issue, field);
            String key = null;
            keyOfHadFields = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                parser.nextToken();
                if ("key".equals(property)) {
                    key = word(parser, issue, field, ".key");
                } else if ("fields".equals(property) && parser.currentToken() == JsonToken.START_OBJECT) {
                    keyOfHadFields = true;
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
                            readStatus(parser, issue, "parent.status", false);
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
                    // the integer 1, which JSON writes one way only (as the reading's issueTypeValues tells it)
                    epic |= "1".equals(parser.getText());
                } else if ("name".equals(property) && value == JsonToken.VALUE_STRING) {
                    epic |= "epic".equalsIgnoreCase(parser.getText());
                } else {
                    parser.skipChildren();
                }
            }
            return epic;
        }

        /**
         * Walks a value (links, sub-tasks) only to add the status objects inside it to the catalog. An object
         * inside with no status (a link's type, a linked issue's priority or type) that was met before is passed
         * by its bytes ({@link Utf8ExportParser#recall}).
         */
        private void collectStatuses(JsonParser parser, IssueDraft issue, String field) throws IOException {
            if (!parser.currentToken().isStructStart()) {
                return;
            }
            Utf8ExportParser fastParser = parser instanceof Utf8ExportParser fast ? fast : null;
            int depth = 1;
            int statuses = 0;
            // the statuses read when the object that may be remembered began
            int statusesBefore = -1;
            while (depth > 0) {
                JsonToken token = parser.nextToken();
                if (token == null) {
                    throw invalid(issue, field, "ends before its value is closed");
                }
                if (token == JsonToken.FIELD_NAME && "status".equals(parser.currentName())) {
                    if (parser.nextToken() == JsonToken.START_OBJECT) {
                        readStatus(parser, issue, field, true);
                        statuses++;
                    } else {
                        parser.skipChildren();
                    }
                } else if (token == JsonToken.START_OBJECT && fastParser != null) {
                    if (fastParser.recall(statuslessSeen) == null) {
                        statusesBefore = statuslessSeen.remembering() ? statuses : statusesBefore;
                        depth++;
                    }
                } else if (token == JsonToken.END_OBJECT && fastParser != null) {
                    if (statusesBefore == statuses) {
                        fastParser.remember(statuslessSeen, Boolean.TRUE);
                    }
                    depth--;
                } else if (token.isStructStart()) {
                    depth++;
                } else if (token.isStructEnd()) {
                    depth--;
                }
            }
        }

        /** The objects inside links and sub-tasks that hold no status, by their bytes. */
        private final Utf8ExportParser.Recall<Boolean> statuslessSeen = new Utf8ExportParser.Recall<>();

        private void readFixVersions(JsonParser parser, IssueDraft issue) throws IOException {
            expect(parser.currentToken(), JsonToken.START_ARRAY, issue, "fixVersions");
            while (nextObject(parser, "fixVersions")) {
                FixVersion read = recalledOrRead(parser, versionsSeen, () -> fixVersion(parser, issue));
                FixVersion shared = versions.get(read.id());
                if (!read.equals(shared)) {
                    versions.put(read.id(), read);
                    shared = read;
                }
                issue.fixVersions.add(shared);
            }
        }

        private final Utf8ExportParser.Recall<FixVersion> versionsSeen = new Utf8ExportParser.Recall<>();

        /** A version object (parser on its START_OBJECT, left on its END_OBJECT). */
        private FixVersion fixVersion(JsonParser parser, IssueDraft issue) throws IOException {
            String id = null;
            String name = null;
            boolean released = false;
            LocalDate releaseDate = null;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String property = parser.currentName();
                JsonToken value = parser.nextToken();
                switch (property) {
                    case "id" -> id = word(parser, issue, "fixVersions.id", null);
                    case "name" -> name = word(parser, issue, "fixVersions.name", null);
                    case "released" -> released = value == JsonToken.VALUE_TRUE;
                    case "releaseDate" -> releaseDate = value == JsonToken.VALUE_NULL ? null
                            : date(parser, issue, "fixVersions.releaseDate");
                    default -> parser.skipChildren();
                }
            }
            if (id == null || name == null) {
                throw invalid(issue, "fixVersions", "a version needs an id and a name");
            }
            return new FixVersion(id, name, released, releaseDate);
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
                    issue.sprints.add(GreenHopperSprintText.parse(parser.getText(), "issue " + issue.label() + " field " + field));
                } else if (token == JsonToken.START_OBJECT) {
                    issue.sprints.add(sprintObject(parser, issue, field));
                } else if (token != JsonToken.VALUE_NULL) {
                    throw invalid(issue, field, "expected sprint objects or sprint texts, found " + describe(parser));
                }
            }
        }

        private void readChangelog(JsonParser parser, IssueDraft issue) throws IOException {
            int total = -1;
            int histories = 0;
            for (String name; (name = nextMember(parser)) != null; ) {
                JsonToken value = parser.currentToken();
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

        /**
         * One history: an instant and its items; {@code created} may come after the items. The kept items
         * read after {@code created} (Jira writes it first) become {@link Change}s at once, the others wait
         * for it as {@link PendingItem}s; the changes made before a later {@code created} (a repeated key)
         * are made again with the last one, which is the instant of them all.
         */
        private void readHistory(JsonParser parser, IssueDraft issue) throws IOException {
            OffsetDateTime at = null;
            int firstItem = issue.pendingItems.size();
            int firstChange = issue.changelog.size();
            historyAt = null;
            historyFirstItem = firstItem;
            for (String name; (name = nextMember(parser)) != null; ) {
                JsonToken value = parser.currentToken();
                if ("created".equals(name)) {
                    at = timestamp(parser, issue, "changelog.histories.created");
                    historyAt = at;
                } else if ("items".equals(name) && value == JsonToken.START_ARRAY) {
                    while (nextObject(parser, "changelog.histories.items")) {
                        readItem(parser, issue, true);
                    }
                } else {
                    parser.skipChildren();
                }
            }
            historyAt = null;
            List<PendingItem> items = issue.pendingItems;
            List<Change> changes = issue.changelog;
            if ((items.size() > firstItem || changes.size() > firstChange) && at == null) {
                throw invalid(issue, "changelog.histories.created", "is missing");
            }
            if (issue.pendingParentChange) {
                issue.pendingParentChange = false;
                if (at == null) {
                    throw invalid(issue, "changelog.histories.created", "is missing");
                }
                if (issue.parentChangeAt == null || !at.isBefore(issue.parentChangeAt)) {
                    issue.parentChangeAt = at;
                    issue.parentChangeTo = issue.pendingParentTo;
                }
            }
            for (int i = firstChange; i < changes.size(); i++) {
                Change made = changes.get(i);
                if (made.at() != at) {
                    changes.set(i, new Change(at, made.field(), made.from(), made.fromText(), made.to(), made.toText()));
                }
            }
            for (int i = firstItem; i < items.size(); i++) {
                PendingItem item = items.get(i);
                changes.add(new Change(at, item.field(), item.from(), item.fromText(), item.to(), item.toText()));
            }
            items.subList(firstItem, items.size()).clear();
            if (changes.size() > firstChange) {
                // the history's changes share its instant: the list is out of order when it is before the last one's
                issue.orderedTo(at);
            }
        }

        /** The {@code created} of the history being read, as read so far (null before it, or between histories). */
        private OffsetDateTime historyAt;
        /** Where the pending items of the history being read begin. */
        private int historyFirstItem;

        /**
         * A changelog item (parser on its START_OBJECT, left on its END_OBJECT): an item of the same bytes met
         * before is what it was ({@link Utf8ExportParser#recall}), else it is read ({@link #itemValues}) and,
         * when the fast parser may remember it, every value is read so that it can be.
         */
        private void readItem(JsonParser parser, IssueDraft issue, boolean mayskip) throws IOException {
            Utf8ExportParser fastParser = parser instanceof Utf8ExportParser fast ? fast : null;
            ItemRead read = fastParser == null ? null : fastParser.recall(itemsSeen);
            if (read == null) {
                boolean remembering = fastParser != null && itemsSeen.remembering();
                // the byte of the item's '{', for a UTF-8 file only (whose parser counts bytes): what
                // currentTokenLocation().getByteOffset() says, without making a JsonLocation for every item
                long start = !mayskip || remembering ? -1 : fastParser != null ? fastParser.tokenByteOffset()
                        : parser instanceof UTF8StreamJsonParser utf8 ? utf8.getTokenCharacterOffset() - 1 : -1;
                read = itemValues(parser, start);
                if (read == null) {
                    readItemAgain(start, issue);
                    return;
                }
                if (remembering) {
                    fastParser.remember(itemsSeen, read);
                }
            }
            item(read, issue);
        }

        /**
         * What a changelog item says: its field and values as read (null for none or JSON null), and what the
         * probe pass reads of it (its field and fieldId when texts). An item recalled is taken again: with the
         * fields it was last taken with, and speculating as then, its field means what it meant, and what it noted
         * (for the probe, the changelog's statuses) it noted already.
         */
        private static final class ItemRead {
            final String field;
            final String from;
            final String fromText;
            final String to;
            final String toText;
            final String probedField;
            final String probedFieldId;
            ExportFields takenWith;
            /** Whether the reading was speculating (a reading has one speculation at most, from its start to settle()). */
            boolean takenSpeculating;
            ItemField known;

            ItemRead(String field, String from, String fromText, String to, String toText, String probedField,
                    String probedFieldId) {
                this.field = field;
                this.from = from;
                this.fromText = fromText;
                this.to = to;
                this.toText = toText;
                this.probedField = probedField;
                this.probedFieldId = probedFieldId;
            }
        }

        private final Utf8ExportParser.Recall<ItemRead> itemsSeen = new Utf8ExportParser.Recall<>();

        /**
         * The values of a changelog item (parser on its START_OBJECT, left on its END_OBJECT), read in the
         * parser's buffer as the vocabulary's words. When the item's byte offset {@code start} is known (not -1),
         * and its {@code field} (Jira writes it first) names a field the item is dropped for, the values that
         * follow are skipped unread; should a later {@code field} (a repeated key) name a kept one, null is
         * returned, and the item is read again from its place in the file, every value read ({@link #readItemAgain}).
         */
        private ItemRead itemValues(JsonParser parser, long start) throws IOException {
            String field = null;
            String from = null;
            String fromText = null;
            String to = null;
            String toText = null;
            String probedField = null;
            String probedFieldId = null;
            boolean valuesNeeded = true;
            boolean skipped = false;
            for (String name; (name = nextMember(parser)) != null; ) {
                JsonToken value = parser.currentToken();
                if (!value.isScalarValue()) {
                    parser.skipChildren();
                    continue;
                }
                switch (name) {
                    case "field" -> {
                        field = itemText(parser, value);
                        probedField = value == JsonToken.VALUE_STRING ? field : probedField;
                        ItemField known = field == null ? null : itemField(field);
                        valuesNeeded = start < 0 || known != null && known.kept();
                    }
                    case "from", "fromString", "to", "toString" -> {
                        if (!valuesNeeded && value == JsonToken.VALUE_STRING) {
                            skipped = true;
                        } else {
                            String text = itemText(parser, value);
                            switch (name) {
                                case "from" -> from = text;
                                case "fromString" -> fromText = text;
                                case "to" -> to = text;
                                default -> toText = text;
                            }
                        }
                    }
                    case "fieldId" -> probedFieldId = value == JsonToken.VALUE_STRING ? word(parser) : probedFieldId;
                    default -> {
                    }
                }
            }
            return skipped && valuesNeeded ? null : new ItemRead(field, from, fromText, to, toText, probedField, probedFieldId);
        }

        /** A changelog item read: a change of the issue, its parent's change, or nothing. */
        private void item(ItemRead read, IssueDraft issue) {
            String field = read.field;
            boolean again = read.takenWith == fields && read.takenSpeculating == (speculation != null) && fields != null;
            ItemField known = again ? read.known : field == null ? null : itemField(field);
            read.takenWith = fields;
            read.takenSpeculating = speculation != null;
            read.known = known;
            boolean fixedParent = known != null && known.fixedParent();
            ChangeField fixedKind = known == null ? null : known.fixedKind();
            if (speculation != null && !again) {
                content.item(read.probedField, read.probedFieldId);
                if (field != null && !fixedParent && fixedKind == null) {
                    // kept or dropped by what the fields are named: compared with the fields decided at the end
                    speculation.fieldNamedItems.add(field);
                }
            }
            if (fixedParent || known != null && known.namedParent()) {
                // the epic (or parent) an issue was moved to; KPIs replay no epic history, but an issue
                // whose fields do not say its epic takes the latest one (IssueDraft#build)
                issue.pendingParentChange = true;
                issue.pendingParentTo = read.toText;
                return;
            }
            ChangeField kind = fixedKind != null ? fixedKind : known == null ? null : known.namedKind();
            if (kind == null) {
                return;
            }
            String from = read.from;
            String fromText = read.fromText;
            String to = read.to;
            String toText = read.toText;
            if (kind == ChangeField.DUE_DATE) {
                from = from != null ? from : dateText(fromText);
                to = to != null ? to : dateText(toText);
            } else if (kind == ChangeField.STATUS && !again) {
                if (from != null) {
                    changelogStatuses.putIfAbsent(from, fromText == null ? from : fromText);
                }
                if (to != null) {
                    changelogStatuses.putIfAbsent(to, toText == null ? to : toText);
                }
            }
            if (historyAt != null && issue.pendingItems.size() == historyFirstItem) {
                issue.changelog.add(new Change(historyAt, kind, from, fromText, to, toText));
            } else {
                issue.pendingItems.add(new PendingItem(kind, from, fromText, to, toText));
            }
        }

        /**
         * What a changelog item's field name makes of it with the fields as they are: the name read through
         * the functions below ({@link #isFixedParentChange}, {@link #fixedChangeField}, {@link #isNamedParentChange},
         * {@link #namedChangeField}), once per name and fields.
         */
        private record ItemField(boolean fixedParent, ChangeField fixedKind, boolean namedParent, ChangeField namedKind) {
            /** Whether the item is kept (a change, or a parent change), so that its values are read. */
            boolean kept() {
                return fixedParent || fixedKind != null || namedParent || namedKind != null;
            }
        }

        private final Map<String, ItemField> itemFields = new HashMap<>();
        /** The fields {@link #itemFields} was made with; another {@link #fields} empties it. */
        private ExportFields itemFieldsOf;

        private ItemField itemField(String field) {
            if (itemFieldsOf != fields) {
                itemFields.clear();
                itemFieldsOf = fields;
            }
            ItemField known = itemFields.get(field);
            if (known == null) {
                boolean fixedParent = isFixedParentChange(field);
                ChangeField fixedKind = fixedParent ? null : fixedChangeField(field);
                known = new ItemField(fixedParent, fixedKind, isNamedParentChange(field, fields), namedChangeField(field, fields));
                // a file names a few dozen fields; a bound keeps a hostile one from growing the map
                if (itemFields.size() < 4096) {
                    itemFields.put(field, known);
                }
            }
            return known;
        }

        /** A changelog item's value: null for JSON null, a text as the vocabulary's word, else its text. */
        private String itemText(JsonParser parser, JsonToken value) throws IOException {
            if (value == JsonToken.VALUE_STRING) {
                return word(parser);
            }
            return value == JsonToken.VALUE_NULL ? null : parser.getText();
        }

        /**
         * The item at byte {@code start} of the file read again with every value (see {@link #readItem}),
         * which the reading has passed already: the file is valid JSON up to the item's end.
         */
        private void readItemAgain(long start, IssueDraft issue) throws IOException {
            opened++;
            try (FileChannel channel = FileChannel.open(file);
                 JsonParser again = JSON.createParser(java.nio.channels.Channels.newInputStream(channel.position(start)))) {
                again.nextToken();
                readItem(again, issue, false);
            }
        }

        /**
         * Epic Link (Server, old Cloud), Parent and IssueParentAssociation (Jira Cloud, which since 2021
         * writes every change of epic or parent as IssueParentAssociation, from/to the parent ids and
         * fromString/toString their keys).
         */
        private static boolean isParentChange(String field, ExportFields fields) {
            return field != null && (isFixedParentChange(field) || isNamedParentChange(field, fields));
        }

        /** A change of the epic link field by its display name. */
        private static boolean isNamedParentChange(String field, ExportFields fields) {
            return fields.epicLinkId() != null && field.equalsIgnoreCase(fields.nameOf(fields.epicLinkId()));
        }

        /** The parent changes known by their field name alone, whatever the fields. */
        private static boolean isFixedParentChange(String field) {
            return ExportFields.isEpicLinkName(field) || field.equalsIgnoreCase("parent")
                    || field.equalsIgnoreCase("issueparentassociation");
        }

        private static ChangeField changeField(String field, ExportFields fields) {
            if (field == null) {
                return null;
            }
            ChangeField fixed = fixedChangeField(field);
            return fixed != null ? fixed : namedChangeField(field, fields);
        }

        /** The story points and sprint changes by the display names of those fields. */
        private static ChangeField namedChangeField(String field, ExportFields fields) {
            if (fields.storyPointsId() != null && field.equalsIgnoreCase(fields.nameOf(fields.storyPointsId()))) {
                return ChangeField.STORY_POINTS;
            }
            if (fields.sprintId() != null && field.equalsIgnoreCase(fields.nameOf(fields.sprintId()))) {
                return ChangeField.SPRINT;
            }
            return null;
        }

        /**
         * The kept changelog fields known by their name alone: status, resolution, Fix Version, duedate and
         * Sprint (the name in lower case, {@link Locale#ROOT}), and the story points names.
         */
        private static ChangeField fixedChangeField(String field) {
            // an ASCII name (Jira's) is compared in place; any other is lower-cased, as the switch always did
            String lower = ExportFields.isAscii(field) ? null : field.toLowerCase(Locale.ROOT);
            if (is(field, lower, "status")) {
                return ChangeField.STATUS;
            }
            if (is(field, lower, "resolution")) {
                return ChangeField.RESOLUTION;
            }
            if (is(field, lower, "fix version")) {
                return ChangeField.FIX_VERSION;
            }
            if (is(field, lower, "duedate")) {
                return ChangeField.DUE_DATE;
            }
            if (is(field, lower, "sprint")) {
                return ChangeField.SPRINT;
            }
            return ExportFields.isStoryPointsName(field) ? ChangeField.STORY_POINTS : null;
        }

        /** Whether {@code field} in lower case ({@code lower}, null when ASCII) is {@code name} (ASCII lower case). */
        private static boolean is(String field, String lower, String name) {
            return lower == null ? field.length() == name.length() && field.regionMatches(true, 0, name, 0, name.length())
                    : lower.equals(name);
        }

        private String dateText(String text) {
            LocalDate date = JiraDates.date(text);
            return date == null ? null : date.toString();
        }

        /** The current text (a VALUE_STRING) as the vocabulary's word: the fast parser keeps its own, by bytes. */
        private String word(JsonParser parser) throws IOException {
            if (parser instanceof Utf8ExportParser fastParser) {
                return fastParser.word();
            }
            return vocabulary.word(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
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

        /**
         * A text of a small vocabulary (ids, names, keys, changelog values): as {@link #text}, but a text
         * read before is the same String again (see {@link Vocabulary}).
         */
        private String word(JsonParser parser, IssueDraft issue, String field, String property) throws IOException {
            if (parser.currentToken() == JsonToken.VALUE_STRING) {
                return word(parser);
            }
            return text(parser, issue, property == null ? field : field + property);
        }

        private OffsetDateTime timestamp(JsonParser parser, IssueDraft issue, String field) throws IOException {
            OffsetDateTime at;
            if (parser instanceof Utf8ExportParser fast && parser.currentToken() == JsonToken.VALUE_STRING && fast.asciiText()) {
                // read in the fast parser's buffer
                byte[] bytes = fast.textBytes();
                at = JiraDates.timestamp(bytes, fast.textStart(), fast.textLength());
                if (at == null) {
                    throw notATimestamp(issue, field, new String(bytes, fast.textStart(), fast.textLength(), StandardCharsets.US_ASCII));
                }
            } else if (parser.currentToken() == JsonToken.VALUE_STRING) {
                // read in the parser's buffer: no String for the common shapes
                char[] chars = parser.getTextCharacters();
                int offset = parser.getTextOffset();
                int length = parser.getTextLength();
                at = JiraDates.timestamp(chars, offset, length);
                if (at == null) {
                    throw notATimestamp(issue, field, new String(chars, offset, length));
                }
            } else {
                String text = text(parser, issue, field);
                if (text == null) {
                    return null;
                }
                at = JiraDates.timestamp(text);
                if (at == null) {
                    throw notATimestamp(issue, field, text);
                }
            }
            // as at.isAfter(latest), by the instant, with the latest's kept
            long second = at.toEpochSecond();
            int nano = at.getNano();
            if (latest == null || second > latestSecond || second == latestSecond && nano > latestNano) {
                latest = at;
                latestSecond = second;
                latestNano = nano;
            }
            return at;
        }

        private static InvalidInputException notATimestamp(IssueDraft issue, String field, String text) {
            return invalid(issue, field, "expected a timestamp like 2012-01-03T14:34:56.537+0000, found '" + text + "'");
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

    /**
     * The texts of an export's small vocabularies (status, type and version ids and names, changelog
     * values), read from the parser's buffer: a text read before comes back as the same String, so that
     * the thousands of "10001" and "Done" of an export are not each a new one. A table of slots by the
     * text's hash, each holding the last text of its slot: bounded, and a miss only makes the String the
     * parser would have made. Long texts (descriptions, summaries) are made as they are.
     */
    static final class Vocabulary {
        private static final int LONGEST = 48;
        private static final int SLOTS = 1024;
        private final String[] words = new String[SLOTS];
        /** Each word's chars, compared with the parser's in one {@link java.util.Arrays#equals} call. */
        private final char[][] chars = new char[SLOTS][];

        String word(char[] text, int offset, int length) {
            if (length > LONGEST) {
                return new String(text, offset, length);
            }
            int hash = length;
            for (int i = offset, end = offset + length; i < end; i++) {
                hash = 31 * hash + text[i];
            }
            int slot = (hash ^ hash >>> 10) & (SLOTS - 1);
            char[] known = chars[slot];
            if (known != null && java.util.Arrays.equals(known, 0, known.length, text, offset, offset + length)) {
                return words[slot];
            }
            String made = new String(text, offset, length);
            words[slot] = made;
            chars[slot] = java.util.Arrays.copyOfRange(text, offset, offset + length);
            return made;
        }

        /** Whether {@code word} is the text {@code text[offset, offset + word.length())}. */
        static boolean sameChars(String word, char[] text, int offset) {
            for (int i = 0, length = word.length(); i < length; i++) {
                if (word.charAt(i) != text[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static InvalidInputException invalid(IssueDraft issue, String field, String reason) {
        return new InvalidInputException("issue " + issue.label() + " field " + field, reason);
    }

    /** A kept changelog item whose history's {@code created} may not have been read yet. */
    private record PendingItem(ChangeField field, String from, String fromText, String to, String toText) {
    }

    /** An issue while its JSON object is being read; {@link #build()} checks what is required. */
    private static final class IssueDraft {
        /** By instant (as {@code at().toInstant()}, without making one): equal instants keep their order. */
        private static final Comparator<Change> OLDEST_FIRST = (a, b) -> {
            int bySecond = Long.compare(a.at().toEpochSecond(), b.at().toEpochSecond());
            return bySecond != 0 ? bySecond : Integer.compare(a.at().getNano(), b.at().getNano());
        };

        /** The issue's place in the file (from 1), which names it in messages until its key is read. */
        private final int number;
        private String label;
        private boolean keyRead;
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
        /** What the probe pass makes of the issue's type: an epic's (hierarchy level 1 or named Epic). */
        boolean probedEpic;
        /**
         * While the fields are undecided: custom field ids, each followed by the value it would give if it
         * were decided as the epic link (a key), story points (a Double) or sprints (a list), in file order.
         */
        List<Object> held;

        IssueDraft(int number) {
            this.number = number;
        }

        /** How messages name the issue: its key once read (null when the key was null), else "#" and its place. */
        String label() {
            return keyRead ? label : "#" + number;
        }

        void labelByKey() {
            label = key;
            keyRead = true;
        }

        void hold(String fieldId, Object value) {
            if (held == null) {
                held = new ArrayList<>(4);
            }
            held.add(fieldId);
            held.add(value);
        }

        /**
         * The values of the fields decided at the end of a speculating read (each null when the names had
         * decided it, or none was found), as the decided reading sets them: the last story points and epic
         * key, every sprint; a decided sprint (epic) field takes the place of the agile API's fields.
         */
        @SuppressWarnings("unchecked")
        void settle(String pointsId, String sprintId, String epicId) {
            if (sprintId != null) {
                sprints.clear();
            }
            if (epicId != null) {
                epicKey = null;
            }
            if (held == null) {
                return;
            }
            for (int i = 0; i < held.size(); i += 2) {
                Object fieldId = held.get(i);
                Object value = held.get(i + 1);
                if (fieldId.equals(pointsId)) {
                    storyPoints = (Double) value;
                } else if (fieldId.equals(sprintId)) {
                    sprints.addAll((List<Sprint>) value);
                } else if (fieldId.equals(epicId)) {
                    epicKey = (String) value;
                }
            }
            held = null;
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
            if (unsorted) {
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

        /**
         * Notes that changes at {@code at} follow the changelog's last ones: the changelog is then sorted
         * unless it is in order (each change not before the one ahead of it, as {@link OffsetDateTime#isBefore} tells).
         */
        void orderedTo(OffsetDateTime at) {
            long second = at.toEpochSecond();
            int nano = at.getNano();
            if (changesSeen && (second < lastSecond || second == lastSecond && nano < lastNano)) {
                unsorted = true;
            }
            changesSeen = true;
            lastSecond = second;
            lastNano = nano;
        }

        /** Whether a change is before the one ahead of it; the instant of the last changes, once there are some. */
        private boolean unsorted;
        private boolean changesSeen;
        private long lastSecond;
        private int lastNano;
    }
}
