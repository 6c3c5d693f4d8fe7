package io.lodestar.core.okr;

import java.util.Collection;
import java.util.List;

/**
 * Port: reads the Jira issues linked to key results, as the current user sees them. Implemented in
 * the Jira app (e.g. {@code JiraIssueSource}) and by an in-memory fake in tests.
 *
 * <p>Contract:
 * <ul>
 *   <li>Returns one {@link LinkedIssue} per requested id that exists and that the current user may
 *       browse, in any order. An issue that does not exist, or that the user cannot browse, is
 *       simply absent: progress is then computed from what is visible, so two users may see
 *       different linked-work progress; this is deliberate, to never leak hidden issues.</li>
 *   <li>An epic carries its visible child issues (the issues in the epic), each with
 *       {@code epic == false}; children are not requested separately.</li>
 *   <li>"Done" means the issue's status is in the Done status category.</li>
 *   <li>An empty request gives an empty answer; the adapter should fetch in bulk, not per issue.</li>
 * </ul>
 */
public interface IssueSource {

    List<LinkedIssue> find(Collection<Long> issueIds);
}
