package io.lodestar.sandbox.demo;

import java.util.List;

/**
 * The two demo teams, one Jira project each. ATLAS delivers steadily; NOVA starts the year finishing little of
 * what it commits and improves sprint after sprint, so trends and ratings differ between the teams.
 */
public enum DemoTeams {

    ATLAS("ATLAS", "Atlas Platform", 10000, 11, 0, 7, 2,
            List.of("Single sign-on for partners", "Billing service rewrite", "Audit log export", "Search relevance",
                    "API rate limiting", "Multi-region failover", "Usage analytics pipeline"),
            List.of("Add SAML metadata endpoint", "Paginate the invoices API", "Cache tenant settings",
                    "Export audit events as CSV", "Retry failed webhook deliveries", "Index archived projects",
                    "Rotate signing keys without downtime", "Expose quota headers on every response",
                    "Replace the legacy tax calculator", "Stream usage events to the warehouse",
                    "Add region health checks", "Document the partner onboarding flow")),
    NOVA("NOVA", "Nova Mobile", 10001, 12, 100, 8, 3,
            List.of("Offline mode", "Onboarding redesign", "Push notification center", "Accessibility pass",
                    "In-app payments", "Dark theme", "Crash-free sessions"),
            List.of("Sync drafts when the network returns", "New welcome carousel", "Group notifications by topic",
                    "Label every icon button for screen readers", "Support Apple Pay", "Dark palette for charts",
                    "Resume uploads after a crash", "Lazy-load the activity feed", "Add biometric login",
                    "Shrink the app bundle", "Show payment receipts", "Remember the last opened tab"));

    private final String key;
    private final String projectName;
    private final long projectId;
    private final long seed;
    private final long sprintIdBase;
    private final int storiesPerSprint;
    private final int bugsPerSprint;
    private final List<String> epicNames;
    private final List<String> storySummaries;

    DemoTeams(String key, String projectName, long projectId, long seed, long sprintIdBase, int storiesPerSprint,
              int bugsPerSprint, List<String> epicNames, List<String> storySummaries) {
        this.key = key;
        this.projectName = projectName;
        this.projectId = projectId;
        this.seed = seed;
        this.sprintIdBase = sprintIdBase;
        this.storiesPerSprint = storiesPerSprint;
        this.bugsPerSprint = bugsPerSprint;
        this.epicNames = epicNames;
        this.storySummaries = storySummaries;
    }

    public String key() {
        return key;
    }

    public String projectName() {
        return projectName;
    }

    public long projectId() {
        return projectId;
    }

    long seed() {
        return seed;
    }

    long sprintIdBase() {
        return sprintIdBase;
    }

    long boardId() {
        return projectId - 9990;
    }

    long versionIdBase() {
        return projectId * 10;
    }

    String sprintPrefix() {
        return key.charAt(0) + key.substring(1).toLowerCase(java.util.Locale.ROOT) + " Sprint";
    }

    int storiesPerSprint() {
        return storiesPerSprint;
    }

    int bugsPerSprint() {
        return bugsPerSprint;
    }

    List<String> epicNames() {
        return epicNames;
    }

    List<String> storySummaries() {
        return storySummaries;
    }

    List<String> bugSummaries() {
        return List.of("Crash when the session expires", "Totals off by one on the last page",
                "Timezone shown in UTC instead of the user's", "Button hidden behind the keyboard",
                "Duplicate email on retry", "Slow first load on large accounts", "Wrong currency symbol");
    }

    /** Share of committed stories finished within sprint {@code index} of {@code count}. */
    double completionRate(int index, int count) {
        if (this == ATLAS) {
            return 0.85;
        }
        return 0.55 + 0.35 * index / Math.max(1, count - 1);
    }
}
