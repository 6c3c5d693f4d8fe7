package com.atlassian.greenhopper.service.rapid;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/**
 * Jira Software's "service to provide done/not done columns of a rapid view": {@code ServiceOutcome<List<String>>
 * getDoneStatusIds(ApplicationUser, RapidView)}, verified in the Jira Software 10.6 javadoc (and 6.1.6, where the
 * outcome is Jira Software's {@code com.atlassian.greenhopper.service.ServiceOutcome}). PARTLY VERIFIED: that "done"
 * means the statuses of the board's last column is inferred from {@code ColumnConfig.getColumns()}'s javadoc (10.6:
 * "The last column with statuses is treated like 'done' column"), and that the service is exported to other plugins
 * was not seen; Lodestar looks it up per call and treats a missing service or a linkage error as "columns unknown".
 */
public interface RapidViewColumnService {
    ServiceOutcome<List<String>> getDoneStatusIds(ApplicationUser user, RapidView rapidView);
}
