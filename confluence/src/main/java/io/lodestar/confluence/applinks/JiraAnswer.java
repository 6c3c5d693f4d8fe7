package io.lodestar.confluence.applinks;

import java.io.Serializable;
import java.net.URI;

/**
 * What one read of the Jira app's REST API over the application link came to. Every outcome a macro must show
 * differently is its own case, so a macro cannot forget one (the switch over this sealed type is exhaustive).
 * Values are Serializable: Confluence's cluster cache copies them between nodes.
 */
public sealed interface JiraAnswer extends Serializable {

    /** Jira answered 2xx with this JSON body; {@code jiraUrl} is the link's browser URL, for links to Jira pages. */
    record Ok(String json, URI jiraUrl) implements JiraAnswer {
    }

    /** No Jira application link is configured. */
    record NoLink() implements JiraAnswer {
    }

    /** The viewer has not yet allowed Confluence to read Jira as them; {@code authoriseUri} is where they can. */
    record AuthorisationNeeded(URI authoriseUri) implements JiraAnswer {
    }

    /** Jira did not answer in time, could not be reached, or failed (5xx or an unexpected status). */
    record Unreachable(String reason) implements JiraAnswer {
    }

    /** Jira answered 404: the record is gone (or, for issues, hidden as if it did not exist). */
    record NotFound() implements JiraAnswer {
    }

    /** Jira answered 403: the viewer may not see it. */
    record NotPermitted() implements JiraAnswer {
    }

    /** Jira answered 400, naming the parameter it refused. */
    record Refused(String message) implements JiraAnswer {
    }

    /**
     * Whether the answer may be kept for a while: Jira's own answers about the data may; a missing link, a missing
     * authorisation (the viewer may grant it the next minute) and a failure (Jira may be back) may not.
     */
    default boolean cacheable() {
        return this instanceof Ok || this instanceof NotFound || this instanceof NotPermitted || this instanceof Refused;
    }
}
