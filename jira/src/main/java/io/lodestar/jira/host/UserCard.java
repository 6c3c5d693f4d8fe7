package io.lodestar.jira.host;

/**
 * A Jira user as a picker shows them: the key that Lodestar stores (stable across renames), the username
 * a person types and the full name they read.
 */
public record UserCard(String key, String username, String displayName) {
}
