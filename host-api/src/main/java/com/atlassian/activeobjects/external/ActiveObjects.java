package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/** Host service giving a plugin its own Active Objects tables (interface in the real API). */
public interface ActiveObjects {
    void migrate(Class<? extends RawEntity<?>>... entities);

    void flushAll();

    void flush(RawEntity<?>... entities);

    <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

    <T extends RawEntity<K>, K> T get(Class<T> type, K key);

    <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

    <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

    void delete(RawEntity<?>... entities);

    <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

    <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

    <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql, Object... parameters);

    <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> callback);

    <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback);

    <K> int count(Class<? extends RawEntity<K>> type);

    <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

    <K> int count(Class<? extends RawEntity<K>> type, Query query);

    <T> T executeInTransaction(TransactionCallback<T> callback);
}
