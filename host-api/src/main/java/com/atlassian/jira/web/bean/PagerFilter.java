package com.atlassian.jira.web.bean;

/** Which page of results a search returns: the first result's index and the page size. */
public class PagerFilter<T> {
    private final int start;

    public PagerFilter(int start, int max) {
        this.start = start;
    }

    public int getStart() {
        return start;
    }
}
