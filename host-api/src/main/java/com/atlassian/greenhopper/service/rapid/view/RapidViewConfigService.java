package com.atlassian.greenhopper.service.rapid.view;

import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.jira.user.ApplicationUser;

/**
 * Jira Software's board configuration service (an interface, Jira Software 10.3.13 and 10.6.0 javadoc): only
 * {@code @Nullable EstimationConfig getEstimationConfig(@Nullable ApplicationUser user, @Nonnull RapidView rapidView)}
 * is declared. That Jira Software exports it to other plugins was not seen: the app looks it up per call and, without
 * it, estimates a board's issues with the story point field of its settings.
 */
public interface RapidViewConfigService {
    EstimationConfig getEstimationConfig(ApplicationUser user, RapidView rapidView);
}
