package com.atlassian.activeobjects.external;

/** Version of a plugin's AO data model (a class in the real API; only the factory is declared). */
public final class ModelVersion {
    private ModelVersion() {
    }

    public static ModelVersion valueOf(String value) {
        throw new UnsupportedOperationException("compile-only declaration; the host provides ModelVersion");
    }
}
