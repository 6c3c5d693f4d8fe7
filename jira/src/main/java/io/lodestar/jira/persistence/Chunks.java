package io.lodestar.jira.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Splits the values of an {@code IN (...)} list into groups small enough for every database (Oracle
 * refuses more than 1,000 items, SQL Server more than 2,100 parameters). Used by deletes, whose
 * cost may grow with the data, and by the scorecard's read of many KPIs' values; other reads use joins.
 */
final class Chunks {

    static final int SIZE = 500;

    private Chunks() {
    }

    static <T> List<List<T>> of(Collection<T> values) {
        if (values.isEmpty()) {
            return Collections.emptyList();
        }
        List<T> all = new ArrayList<>(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += SIZE) {
            chunks.add(all.subList(from, Math.min(all.size(), from + SIZE)));
        }
        return chunks;
    }

    static String placeholders(Collection<?> chunk) {
        return String.join(", ", Collections.nCopies(chunk.size(), "?"));
    }
}
