package io.lodestar.sandbox.host;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import com.atlassian.sal.api.transaction.TransactionTemplate;

/** SAL's {@link TransactionTemplate}: a transaction of the sandbox's database, the one Active Objects uses. */
public final class SandboxTransactionTemplate implements TransactionTemplate {

    private final ActiveObjects activeObjects;

    public SandboxTransactionTemplate(ActiveObjects activeObjects) {
        this.activeObjects = activeObjects;
    }

    @Override
    public <T> T execute(TransactionCallback<T> action) {
        return activeObjects.executeInTransaction(action);
    }
}
