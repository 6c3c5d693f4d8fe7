package com.atlassian.greenhopper.service.rapid.view;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira Software's board service: {@code ServiceOutcome<RapidView> getRapidView(ApplicationUser user, Long
 * rapidViewId)}, verified in the Jira Software 11.1 javadoc ({@code RapidViewServiceImpl implements
 * RapidViewService}) and in a Jira 9/10 plugin ({@code @ComponentImport RapidViewService}, {@code
 * ServiceOutcome<RapidView> outcome = rapidViewService.getRapidView(user, boardId)}, the outcome being
 * {@code com.atlassian.greenhopper.service.ServiceOutcome}). The outcome is invalid, or has no value, when the board
 * does not exist or the user may not see it.
 */
public interface RapidViewService {
    ServiceOutcome<RapidView> getRapidView(ApplicationUser user, Long rapidViewId);
}
