/**
 * The key-results panel on Jira's view-issue page ({@code atl.jira.view.issue.right.context}): which key results
 * an issue moves, directly, through its epic or through its parent, and what it contributes. The context provider
 * builds one {@link io.lodestar.jira.web.issuepanel.IssuePanelView} and the host renders
 * {@code templates/issue-panel/issue-panel.vm} with it; {@link io.lodestar.jira.web.issuepanel.IssuePanelServlet}
 * renders the same template again for the panel's scripts after a link or unlink.
 */
package io.lodestar.jira.web.issuepanel;
