package com.atlassian.jira.issue.search;

import java.util.List;

/**
 * One page of search results ({@code getResults}, renamed from {@code getIssues} in Jira 8) and the
 * total. The constructor (results, total, page size, start index) is for stand-ins; the app only reads.
 */
public class SearchResults<T> {
    private final List<T> results;
    private final int total;

    public SearchResults(List<T> results, int total, int maxResults, int startIndex) {
        this.results = results;
        this.total = total;
    }

    public List<T> getResults() {
        return results;
    }

    public int getTotal() {
        return total;
    }
}
