package io.lodestar.core.kpi.run;

public class InMemoryMeasurementRunStoreTest extends MeasurementRunStoreContract {

    private final InMemoryMeasurementRunStore store = new InMemoryMeasurementRunStore();

    @Override
    protected MeasurementRunStore store() {
        return store;
    }
}
