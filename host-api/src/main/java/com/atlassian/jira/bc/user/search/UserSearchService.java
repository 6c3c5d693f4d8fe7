package com.atlassian.jira.bc.user.search;

import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Jira's user search, the service behind its user pickers. Only the overload Lodestar calls. */
public interface UserSearchService {
    List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams);
}
