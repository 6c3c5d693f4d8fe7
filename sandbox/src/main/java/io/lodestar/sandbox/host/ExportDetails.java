package io.lodestar.sandbox.host;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The display texts of an export that Jira's issue views show but KPIs never need, so that
 * {@link io.lodestar.core.issue.IssueSnapshot} (read by {@code JiraRestExportIssueSource}) does not carry them:
 * each issue's summary, and each project's id and name. Streams issue by issue, like the snapshot reader.
 */
public record ExportDetails(Map<String, String> summaries, Map<String, Project> projects) {

    /** A project as the export names it. */
    public record Project(long id, String key, String name) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public static ExportDetails read(Path file) {
        Map<String, String> summaries = new LinkedHashMap<>();
        Map<String, Project> projects = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.getFactory().createParser(in)) {
            JsonToken token;
            String pageKey = null;
            while ((token = parser.nextToken()) != null) {
                if (token != JsonToken.FIELD_NAME) {
                    continue;
                }
                String name = parser.currentName();
                boolean pageLevel = isPageField(parser);
                if ("issues".equals(name) && parser.nextToken() == JsonToken.START_ARRAY) {
                    while (parser.nextToken() == JsonToken.START_OBJECT) {
                        JsonNode issue = parser.readValueAsTree();
                        add(issue.path("key").asText(null), issue.path("fields"), summaries, projects);
                    }
                } else if (pageLevel && "issue".equals(name) && parser.nextToken() == JsonToken.START_OBJECT) {
                    // a webhook payload's issue
                    JsonNode issue = parser.readValueAsTree();
                    add(issue.path("key").asText(null), issue.path("fields"), summaries, projects);
                } else if (pageLevel && "key".equals(name) && parser.nextToken() == JsonToken.VALUE_STRING) {
                    pageKey = parser.getText();
                } else if (pageLevel && "fields".equals(name) && parser.nextToken() == JsonToken.START_OBJECT) {
                    // a single issue (GET /rest/api/2/issue/KEY), whose key Jira writes before its fields
                    add(pageKey, parser.readValueAsTree(), summaries, projects);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new ExportDetails(summaries, projects);
    }

    private static void add(String key, JsonNode fields, Map<String, String> summaries, Map<String, Project> projects) {
        if (key != null && fields.hasNonNull("summary")) {
            summaries.put(key, fields.get("summary").asText());
        }
        JsonNode project = fields.path("project");
        if (project.hasNonNull("key")) {
            String projectKey = project.get("key").asText();
            projects.putIfAbsent(projectKey, new Project(project.path("id").asLong(0), projectKey,
                    project.path("name").asText(projectKey)));
        }
    }

    /** Whether the current field belongs to a top-level object, or to an object in a top-level array. */
    private static boolean isPageField(JsonParser parser) {
        com.fasterxml.jackson.core.JsonStreamContext parent = parser.getParsingContext().getParent();
        return parent.inRoot() || parent.inArray() && parent.getParent().inRoot();
    }
}
