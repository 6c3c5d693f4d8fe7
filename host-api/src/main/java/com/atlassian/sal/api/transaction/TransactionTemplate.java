package com.atlassian.sal.api.transaction;

/** Runs a callback inside a host database transaction; {@code execute} erases to {@code Object}. */
public interface TransactionTemplate {
    <T> T execute(TransactionCallback<T> action);
}
