package io.lodestar.core.kpi.throughput;

import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The issues in progress at an instant, by key in input order. */
public record WorkInProgress(Instant at, List<String> keys) {

    public WorkInProgress {
        Objects.requireNonNull(at, "at");
        // A series' own key lists are unmodifiable already: copying tens of millions of keys again is waste.
        keys = keys instanceof KeysInProgress ? keys : List.copyOf(keys);
    }

    public int count() {
        return keys.size();
    }

    /** WIP as a KPI value: a count, 0 included. */
    public KpiValue value() {
        return KpiValue.of(keys.size(), KpiUnit.ISSUES, keys.size());
    }
}
