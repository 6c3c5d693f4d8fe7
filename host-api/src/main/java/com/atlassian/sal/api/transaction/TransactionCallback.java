package com.atlassian.sal.api.transaction;

/** Work run inside a host transaction. */
public interface TransactionCallback<T> {
    T doInTransaction();
}
