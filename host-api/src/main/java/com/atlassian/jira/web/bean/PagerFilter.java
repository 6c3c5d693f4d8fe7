package com.atlassian.jira.web.bean;

/** Which page of results a search returns: the first result's index and the page size. */
public class PagerFilter<T> {
    private final int start;
    private final int max;

    public PagerFilter(int start, int max) {
        this.start = start;
        this.max = max;
    }

    public int getStart() {
        return start;
    }

    public int getMax() {
        return max;
    }
}
