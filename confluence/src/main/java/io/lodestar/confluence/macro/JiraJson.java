package io.lodestar.confluence.macro;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * Reading the Jira app's JSON (docs/rest-api.md) leniently: a field that is missing or of another type reads as
 * absent, so an older or newer Jira app never breaks a page. Numbers are shown with at most two decimals, rounded
 * down like the OKR page's {@code scoreText}, so a value never reads better than it is.
 */
final class JiraJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JiraJson() {
    }

    /** The parsed body, or empty when it is not JSON. */
    static Optional<JsonNode> parse(String body) {
        try {
            JsonNode node = body == null ? null : JSON.readTree(body);
            return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value == null || value.isNull() || value.isContainerNode() ? "" : value.asText();
    }

    static Optional<Double> number(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isNumber() ? Optional.of(value.asDouble()) : Optional.empty();
    }

    static long id(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.canConvertToLong() ? value.asLong() : 0;
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.asBoolean(false);
    }

    static Iterable<JsonNode> list(JsonNode node, String field) {
        JsonNode value = node == null ? null : node.get(field);
        return value != null && value.isArray() ? value : java.util.List.of();
    }

    /** At most two decimals, rounded toward zero, without trailing zeros: 0.666 is "0.66", 12.0 is "12". */
    static String decimal(double value) {
        BigDecimal shown = BigDecimal.valueOf(value).setScale(2, RoundingMode.DOWN).stripTrailingZeros();
        return shown.scale() < 0 ? shown.setScale(0).toPlainString() : shown.toPlainString();
    }

    /** A 0..1 share as a whole percentage for a bar's width, kept within 0..100. */
    static int percent(double share) {
        if (Double.isNaN(share)) {
            return 0;
        }
        return (int) Math.max(0, Math.min(100, Math.floor(share * 100)));
    }

    /** One decimal with a dot whatever the locale, for SVG coordinates. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
