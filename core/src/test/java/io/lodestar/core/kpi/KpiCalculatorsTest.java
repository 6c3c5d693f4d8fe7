package io.lodestar.core.kpi;

import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class KpiCalculatorsTest {

    @Test
    public void shouldComputeEveryTypeOfTheCatalogWhenBuiltIn() {
        KpiCalculators calculators = KpiCalculators.builtIn();

        for (KpiType type : KpiType.values()) {
            assertTrue(type + " has no built-in calculator", calculators.find(type).isPresent());
        }
    }

    @Test
    public void shouldComputeNothingWhenNone() {
        for (KpiType type : KpiType.values()) {
            assertTrue(KpiCalculators.none().find(type).isEmpty());
        }
    }
}
