package io.lodestar.core.common;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import org.junit.Test;

public class InvalidInputExceptionTest {

    @Test
    public void shouldNameFieldAndReasonInMessageWhenCreated() {
        InvalidInputException e = new InvalidInputException("title", "must not be empty");
        assertEquals("title", e.field());
        assertEquals("must not be empty", e.reason());
        assertEquals("title: must not be empty", e.getMessage());
    }

    @Test
    public void shouldRefuseBlankTextWhenRequiringText() {
        try {
            InvalidInputException.requireText("  ", "title");
            fail("blank title accepted");
        } catch (InvalidInputException e) {
            assertEquals("title", e.field());
        }
    }

    @Test
    public void shouldStripTextWhenRequiringText() {
        assertEquals("Grow", InvalidInputException.requireText(" Grow ", "title"));
    }

    @Test
    public void shouldNameKindAndIdWhenNotFound() {
        NotFoundException e = new NotFoundException("keyResult", 42L);
        assertEquals("keyResult", e.kind());
        assertEquals("42", e.id());
        assertEquals("keyResult 42: not found", e.getMessage());
    }
}
