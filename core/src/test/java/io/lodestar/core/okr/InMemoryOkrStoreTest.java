package io.lodestar.core.okr;

/** Runs the store contract against the in-memory fake that the other tests rely on. */
public class InMemoryOkrStoreTest extends OkrStoreContract {

    @Override
    protected OkrStore newStore() {
        return new InMemoryOkrStore();
    }
}
