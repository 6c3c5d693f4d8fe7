package io.lodestar.jira.host;

/** A Jira project as the team picker shows it: its key, which objectives and KPIs keep as their team, and its name. */
public record ProjectCard(String key, String name) {
}
