package com.atlassian.util.profiling;

/** atlassian-profiling's running timer (see {@link Metrics}): Active Objects 6 calls only {@code close()}. */
public interface Ticker extends AutoCloseable {
    @Override
    void close();
}
