package io.lodestar.confluence.applinks;

import java.net.URI;
import java.util.Objects;

/**
 * The Jira that Lodestar data is read from, as an administrator configured it in Application Links: the
 * link's display name and the URL users open in their browser.
 */
public final class JiraLink {
    private final String name;
    private final URI displayUrl;

    private JiraLink(String name, URI displayUrl) {
        this.name = name;
        this.displayUrl = displayUrl;
    }

    /**
     * @throws IllegalArgumentException naming the field when the name is blank or the URL missing or not absolute
     */
    public static JiraLink of(String name, URI displayUrl) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name: a Jira application link must have a name");
        }
        if (displayUrl == null || !displayUrl.isAbsolute()) {
            throw new IllegalArgumentException("displayUrl: must be an absolute URL, was " + displayUrl);
        }
        return new JiraLink(name, displayUrl);
    }

    public String name() {
        return name;
    }

    public URI displayUrl() {
        return displayUrl;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JiraLink link && link.name.equals(name) && link.displayUrl.equals(displayUrl);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, displayUrl);
    }

    @Override
    public String toString() {
        return name + " <" + displayUrl + ">";
    }
}
