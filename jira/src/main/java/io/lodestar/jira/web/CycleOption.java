package io.lodestar.jira.web;

/**
 * One entry of the OKR page's cycle picker: what the template shows of a cycle, already formatted. The getters
 * are the only methods the template calls, and each is listed in the descriptor's velocity-allowlist.
 */
public final class CycleOption {
    private final long id;
    private final String name;
    private final String start;
    private final String end;
    private final boolean closed;
    private final boolean selected;

    CycleOption(long id, String name, String start, String end, boolean closed, boolean selected) {
        this.id = id;
        this.name = name;
        this.start = start;
        this.end = end;
        this.closed = closed;
        this.selected = selected;
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    /** The first day of the cycle, ISO-8601. */
    public String getStart() {
        return start;
    }

    /** The first day after the cycle (the cycle is the half-open range [start, end)), ISO-8601. */
    public String getEnd() {
        return end;
    }

    public boolean isClosed() {
        return closed;
    }

    public boolean isSelected() {
        return selected;
    }
}
