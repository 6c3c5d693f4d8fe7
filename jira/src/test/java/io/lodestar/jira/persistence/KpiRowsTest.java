package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.Test;

/** The text form of formula parameters survives any value, in order. */
public class KpiRowsTest {

    @Test
    public void shouldReadBackEveryParameterWhenValuesHoldLineBreaksBackslashesAndEquals() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("doneStatusIds", "10001,10002");
        parameters.put("note", "a=b\nc\\nd\\");
        parameters.put("empty", "");

        String text = KpiRows.text(parameters);

        assertEquals(parameters, KpiRows.parameters(text));
        assertEquals(3, text.split("\n").length);
    }

    @Test
    public void shouldReadNoParameterWhenTextIsNullOrEmpty() {
        assertEquals(Map.of(), KpiRows.parameters(null));
        assertEquals(Map.of(), KpiRows.parameters(""));
    }
}
