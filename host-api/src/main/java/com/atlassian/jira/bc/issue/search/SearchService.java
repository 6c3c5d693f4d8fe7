package com.atlassian.jira.bc.issue.search;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.MessageSet;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;

/** Runs JQL searches as a user, so only issues the user may browse come back. */
public interface SearchService {
    SearchResults<Issue> search(ApplicationUser searcher, Query query, PagerFilter pager) throws SearchException;

    /**
     * How many issues match for someone who may browse everything (reference sheet §3.5, VERIFIED): what a key result
     * from a JQL query subtracts its visible matches from, to say how many issues it leaves out.
     */
    long searchCountOverrideSecurity(ApplicationUser searcher, Query query) throws SearchException;

    SearchService.ParseResult parseQuery(ApplicationUser searcher, String jql);

    /** The outcome of parsing JQL: the query, or the errors that make it invalid. */
    final class ParseResult {
        private final Query query;
        private final MessageSet errors;

        public ParseResult(Query query, MessageSet errors) {
            this.query = query;
            this.errors = errors;
        }

        public Query getQuery() {
            return query;
        }

        public MessageSet getErrors() {
            return errors;
        }

        public boolean isValid() {
            return errors == null || !errors.hasAnyErrors();
        }
    }
}
