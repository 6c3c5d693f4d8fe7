package io.lodestar.jira.rest;

/** The JSON documents of the pickers' API (docs/rest-api.md, "People and teams"). */
public final class DirectoryJson {

    private DirectoryJson() {
    }

    /** {@code key} is what objectives and key results keep as their owner. */
    public record User(String key, String username, String displayName) {
    }

    /** {@code key} is what objectives keep as their team. */
    public record Team(String key, String name) {
    }
}
