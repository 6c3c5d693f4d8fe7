package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * A link between a key result and a Jira issue or epic. The issue is referenced by its id, which
 * survives a move to another project; the key is kept only to show the link when the issue cannot
 * be read (deleted, or not visible to the user).
 */
@Table("ISSUE_LINK")
public interface IssueLinkEntity extends Entity {

    String KEY_RESULT_ID = "KEY_RESULT_ID";
    String ISSUE_ID = "ISSUE_ID";
    String ISSUE_KEY = "ISSUE_KEY";

    @NotNull
    @Indexed
    long getKeyResultId();

    void setKeyResultId(long keyResultId);

    /** Indexed: "which key results is this issue linked to" is asked on every issue view. */
    @NotNull
    @Indexed
    long getIssueId();

    void setIssueId(long issueId);

    String getIssueKey();

    void setIssueKey(String issueKey);
}
