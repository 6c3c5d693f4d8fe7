package io.lodestar.core.kpi.throughput;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The keys of one instant of a WIP series as an unmodifiable list over an array that only this list
 * holds. Why not {@code List.copyOf}: a weekly series over years of unfinished issues holds tens of
 * millions of (instant, key) pairs, and copying each instant's keys twice more (once to an array, once
 * with null checks) cost more than computing them. {@link WorkInProgress} takes it as it is.
 */
final class KeysInProgress extends AbstractList<String> implements RandomAccess {

    private final String[] keys;

    /** {@code keys} must hold no null and must not be written after this. */
    KeysInProgress(String[] keys) {
        this.keys = keys;
    }

    @Override
    public String get(int index) {
        Objects.checkIndex(index, keys.length);
        return keys[index];
    }

    @Override
    public int size() {
        return keys.length;
    }
}
