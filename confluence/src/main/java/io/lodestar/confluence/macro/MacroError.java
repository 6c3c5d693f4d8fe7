package io.lodestar.confluence.macro;

import io.lodestar.confluence.applinks.JiraAnswer;

/**
 * The one box a macro shows instead of its content when it cannot show it: what went wrong and what the reader
 * can do. The template ({@code templates/macro-error.vm}) takes its text from {@code okr.macro.error.<kind>.*}.
 */
public final class MacroError {
    /** Each reason a macro cannot show its data; the name is the i18n key's part and the box's data attribute. */
    public enum Kind {
        NO_LINK("no-link"), AUTHORISE("authorise"), UNREACHABLE("unreachable"), NOT_FOUND("not-found"),
        NOT_PERMITTED("not-permitted"), PARAMETER("parameter"), NO_CYCLE("no-cycle");

        private final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    private final Kind kind;
    private final String parameter;
    private final String authoriseUrl;

    private MacroError(Kind kind, String parameter, String authoriseUrl) {
        this.kind = kind;
        this.parameter = parameter;
        this.authoriseUrl = authoriseUrl;
    }

    public static MacroError of(Kind kind) {
        return new MacroError(kind, null, null);
    }

    /** A macro parameter that is missing or malformed, named as the macro browser names it. */
    public static MacroError parameter(String name) {
        return new MacroError(Kind.PARAMETER, name, null);
    }

    /** The box for an answer that is not {@link JiraAnswer.Ok}. */
    public static MacroError from(JiraAnswer answer) {
        // Java 17 has no pattern switch; the sealed type keeps this list complete (the macro tests show each box).
        if (answer instanceof JiraAnswer.NoLink) {
            return of(Kind.NO_LINK);
        }
        if (answer instanceof JiraAnswer.AuthorisationNeeded needed) {
            return new MacroError(Kind.AUTHORISE, null, needed.authoriseUri() == null ? null : needed.authoriseUri().toString());
        }
        if (answer instanceof JiraAnswer.NotFound) {
            return of(Kind.NOT_FOUND);
        }
        if (answer instanceof JiraAnswer.NotPermitted) {
            return of(Kind.NOT_PERMITTED);
        }
        if (answer instanceof JiraAnswer.Ok) {
            throw new IllegalArgumentException("answer: an Ok answer is not an error");
        }
        // Unreachable, and Refused: parameters are checked before Jira is asked, so a 400 means the two disagree.
        return of(Kind.UNREACHABLE);
    }

    public String getKind() {
        return kind.key;
    }

    public String getTitleKey() {
        return "okr.macro.error." + kind.key + ".title";
    }

    public String getBodyKey() {
        return "okr.macro.error." + kind.key + ".body";
    }

    /** The parameter a {@code parameter} box names; null for other kinds. */
    public String getParameter() {
        return parameter;
    }

    /** Where the reader allows Confluence to read Jira as them; null unless the kind is {@code authorise}. */
    public String getAuthoriseUrl() {
        return authoriseUrl;
    }
}
