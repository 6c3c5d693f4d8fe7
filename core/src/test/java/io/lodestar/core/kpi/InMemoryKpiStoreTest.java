package io.lodestar.core.kpi;

public class InMemoryKpiStoreTest extends KpiStoreContract {

    @Override
    protected KpiStore newStore() {
        return new InMemoryKpiStore();
    }
}
