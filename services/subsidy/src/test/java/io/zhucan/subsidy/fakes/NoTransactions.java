package io.zhucan.subsidy.fakes;

import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** A transaction template for in-memory fakes: runs the callback, counts commits and rollbacks. */
public final class NoTransactions implements PlatformTransactionManager {

    public int commits;
    public int rollbacks;

    public static TransactionTemplate template(NoTransactions manager) {
        return new TransactionTemplate(manager);
    }

    @Override
    public TransactionStatus getTransaction(TransactionDefinition definition) {
        return new SimpleTransactionStatus();
    }

    @Override
    public void commit(TransactionStatus status) {
        commits++;
    }

    @Override
    public void rollback(TransactionStatus status) {
        rollbacks++;
    }
}
