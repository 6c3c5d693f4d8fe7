package io.lodestar.core.issue;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.common.InvalidInputException;
import java.util.List;
import org.junit.Test;

public class BugTypesTest {

    private static IssueType type(String name) {
        return new IssueType("1", name, false);
    }

    @Test
    public void shouldCountBugAndDefectByDefaultIgnoringCaseButNotOtherTypes() {
        assertTrue(BugTypes.DEFAULT.includes(type("Bug")));
        assertTrue(BugTypes.DEFAULT.includes(type("DEFECT")));
        assertFalse(BugTypes.DEFAULT.includes(type("Bug Report")));
        assertFalse(BugTypes.DEFAULT.includes(type("Story")));
    }

    @Test
    public void shouldReadACommaSeparatedListTrimmedAndWithoutRepeats() {
        BugTypes types = BugTypes.parse(" Fehler , Anomalie,Fehler");

        assertEquals(List.of("Fehler", "Anomalie"), types.names());
        assertTrue(types.includes(type("anomalie")));
        assertFalse(types.includes(type("Bug")));
        assertEquals("Fehler, Anomalie", types.toString());
    }

    @Test
    public void shouldRefuseAnEmptyName() {
        for (String names : List.of("", " ", "Bug,", ",Bug")) {
            try {
                BugTypes.parse(names);
                fail(names);
            } catch (InvalidInputException e) {
                assertEquals("bugTypes", e.field());
            }
        }
    }
}
