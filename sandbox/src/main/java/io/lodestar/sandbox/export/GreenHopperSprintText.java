package io.lodestar.sandbox.export;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.Sprint;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The legacy text form of a sprint that Jira Software (formerly GreenHopper) wrote into the Sprint
 * field before Jira 7.x/8.x returned objects:
 * {@code com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=12,rapidViewId=3,state=CLOSED,name=Sprint 1,
 * startDate=2014-01-06T10:00:00.000-05:00,endDate=...,completeDate=<null>,sequence=12]}.
 *
 * <p>The text is the output of a {@code toString()}, not a format: keys come in any order, a missing
 * value is {@code <null>}, and a sprint name may itself contain commas. A new property therefore
 * starts only at a comma followed by a word and {@code =}; a name holding ", x=" would still be cut,
 * which no real export we have seen does.
 */
final class GreenHopperSprintText {

    private static final Pattern PROPERTY_START = Pattern.compile(",(?=[A-Za-z]+=)");

    private GreenHopperSprintText() {
    }

    /** Whether {@code text} looks like the legacy form. */
    static boolean matches(String text) {
        return text.contains("Sprint@") && text.indexOf('[') > 0 && text.endsWith("]");
    }

    /**
     * The sprint described by {@code text}; {@code field} names the issue and field for the message
     * when the text is malformed.
     */
    static Sprint parse(String text, String field) {
        int open = text.indexOf('[');
        if (!matches(text)) {
            throw new InvalidInputException(field, "expected a sprint like com.atlassian.greenhopper.service.sprint"
                    + ".Sprint@1a2b[id=12,state=CLOSED,name=Sprint 1,...], found '" + abbreviate(text) + "'");
        }
        Map<String, String> properties = new HashMap<>();
        for (String property : PROPERTY_START.split(text.substring(open + 1, text.length() - 1))) {
            int equals = property.indexOf('=');
            if (equals <= 0) {
                throw new InvalidInputException(field, "sprint property without '=': '" + abbreviate(property) + "'");
            }
            String value = property.substring(equals + 1);
            properties.put(property.substring(0, equals), "<null>".equals(value) ? null : value);
        }
        String id = properties.get("id");
        String name = properties.get("name");
        String state = properties.get("state");
        if (id == null || name == null || state == null) {
            throw new InvalidInputException(field, "sprint text lacks id, name or state: '" + abbreviate(text) + "'");
        }
        return new Sprint(number(id, field, "id"), name, state(state, field),
                timestamp(properties.get("startDate"), field, "startDate"),
                timestamp(properties.get("endDate"), field, "endDate"),
                timestamp(properties.get("completeDate"), field, "completeDate"),
                properties.get("rapidViewId") == null ? null : number(properties.get("rapidViewId"), field, "rapidViewId"));
    }

    /** A sprint state as Jira writes it, in either case ("CLOSED" in text, "closed" in objects). */
    static Sprint.State state(String text, String field) {
        try {
            return Sprint.State.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "unknown sprint state '" + text + "', expected future, active or closed");
        }
    }

    static OffsetDateTime timestamp(String text, String field, String property) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        OffsetDateTime at = JiraDates.timestamp(text);
        if (at == null) {
            throw new InvalidInputException(field, "sprint " + property + " is not a timestamp: '" + text + "'");
        }
        return at;
    }

    private static long number(String text, String field, String property) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "sprint " + property + " is not a number: '" + text + "'");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "...";
    }
}
