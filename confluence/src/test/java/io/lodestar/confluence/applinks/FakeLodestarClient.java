package io.lodestar.confluence.applinks;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** In-memory Jira app: a fixed answer per path (404 for any other), and the list of paths asked for. */
public final class FakeLodestarClient implements LodestarClient {
    public static final URI JIRA = URI.create("https://jira.acme.test/");

    private final Map<String, JiraAnswer> answers = new HashMap<>();
    private final List<String> asked = new ArrayList<>();

    public FakeLodestarClient answer(String path, String json) {
        answers.put(path, new JiraAnswer.Ok(json, JIRA));
        return this;
    }

    public FakeLodestarClient answer(String path, JiraAnswer answer) {
        answers.put(path, answer);
        return this;
    }

    public List<String> asked() {
        return asked;
    }

    @Override
    public JiraAnswer get(String path) {
        asked.add(path);
        return answers.getOrDefault(path, new JiraAnswer.NotFound());
    }
}
