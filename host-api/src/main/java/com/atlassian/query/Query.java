package com.atlassian.query;

/** A parsed JQL query; only passed from {@code parseQuery} to {@code search}. */
public interface Query {
}
