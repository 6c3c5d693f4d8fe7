package io.lodestar.benchmarks;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a bigger Jira export from a real one, for timing {@code lodestar kpi} (and other tools) on more issues than
 * the public exports hold: the issues of one project, copied {@code copies} times under new keys. Copy {@code c}
 * (0 is the original) gives issue {@code P-n} the key {@code P-(n + c * 100000)} and the id {@code id + c * 10000000};
 * every text in the issue that is a key of the project (parent, epic link, issue links) is moved the same way, so each
 * copy is a whole project history of its own. The other top-level fields (names, expand) are kept, and
 * {@code total} and {@code maxResults} give the new count.
 *
 * <pre>java -cp sandbox/target/lodestar.jar:benchmarks/target/benchmarks.jar io.lodestar.benchmarks.BiggerExport \
 *     ../shared/datasets/jira-public-2015/duraspace-2015-search.json DURACLOUD 40 /tmp/duracloud-x40.json</pre>
 */
public final class BiggerExport {

    static final long KEY_STEP = 100_000;
    static final long ID_STEP = 10_000_000;

    private BiggerExport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: BiggerExport SOURCE.json PROJECT_KEY COPIES OUT.json");
            System.exit(2);
        }
        int copies = Integer.parseInt(args[2]);
        int written = write(Path.of(args[0]), args[1], copies, Path.of(args[3]));
        System.err.println("wrote " + written + " issues of " + args[1] + " (" + copies + " copies) to " + args[3]
                + " (" + Files.size(Path.of(args[3])) / (1024 * 1024) + " MB)");
    }

    /** Writes the bigger export and returns how many issues it holds. */
    static int write(Path source, String projectKey, int copies, Path out) throws IOException {
        if (copies < 1) {
            throw new IllegalArgumentException("copies must be at least 1");
        }
        ObjectMapper mapper = new ObjectMapper();
        JsonNode root = mapper.readTree(source.toFile());
        List<JsonNode> issues = new ArrayList<>();
        Pattern key = Pattern.compile(Pattern.quote(projectKey) + "-([0-9]+)");
        for (JsonNode issue : root.path("issues")) {
            Matcher matcher = key.matcher(issue.path("key").asText());
            if (matcher.matches()) {
                issues.add(issue);
            }
        }
        if (issues.isEmpty()) {
            throw new IllegalArgumentException("no issue of project " + projectKey + " in " + source);
        }
        int total = issues.size() * copies;
        try (JsonGenerator out0 = mapper.getFactory().createGenerator(out.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            out0.writeStartObject();
            for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                switch (field.getKey()) {
                    case "issues" -> {
                        out0.writeArrayFieldStart("issues");
                        for (int c = 0; c < copies; c++) {
                            for (JsonNode issue : issues) {
                                mapper.writeTree(out0, copy(issue, key, c));
                            }
                        }
                        out0.writeEndArray();
                    }
                    case "total", "maxResults" -> out0.writeNumberField(field.getKey(), total);
                    default -> {
                        out0.writeFieldName(field.getKey());
                        mapper.writeTree(out0, field.getValue());
                    }
                }
            }
            out0.writeEndObject();
        }
        return total;
    }

    /** Copy {@code c} of an issue: its id and every key of the project in it moved by {@code c} steps. */
    static JsonNode copy(JsonNode issue, Pattern key, int c) {
        JsonNode copy = issue.deepCopy();
        if (c == 0) {
            return copy;
        }
        rewrite(copy, key, c);
        JsonNode id = copy.path("id");
        if (id.isTextual() && id.asText().chars().allMatch(Character::isDigit)) {
            ((ObjectNode) copy).put("id", Long.toString(Long.parseLong(id.asText()) + c * ID_STEP));
        }
        return copy;
    }

    private static void rewrite(JsonNode node, Pattern key, int c) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode moved = moved(field.getValue(), key, c);
                if (moved != null) {
                    field.setValue(moved);
                } else {
                    rewrite(field.getValue(), key, c);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode moved = moved(array.get(i), key, c);
                if (moved != null) {
                    array.set(i, moved);
                } else {
                    rewrite(array.get(i), key, c);
                }
            }
        }
    }

    /** The text node with its key moved, or null when {@code value} is not a key of the project. */
    private static JsonNode moved(JsonNode value, Pattern key, int c) {
        if (!value.isTextual()) {
            return null;
        }
        Matcher matcher = key.matcher(value.asText());
        if (!matcher.matches()) {
            return null;
        }
        String prefix = value.asText().substring(0, matcher.start(1));
        return TextNode.valueOf(prefix + (Long.parseLong(matcher.group(1)) + c * KEY_STEP));
    }
}
