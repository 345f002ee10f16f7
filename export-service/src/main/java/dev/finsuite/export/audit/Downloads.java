package dev.finsuite.export.audit;

import dev.finsuite.common.audit.AuditAction;
import dev.finsuite.common.audit.AuditTrail;
import dev.finsuite.common.tenant.TenantContext;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Records a tenant's data leaving the suite as an EXPORT event of its audit trail: a streamed export, a backup, a
 * job's file. The download itself reads in a read-only transaction, so the event is written in a short transaction
 * of its own, committed before the first byte is sent: a download that breaks off half-way has still been
 * recorded, and one that cannot be recorded is not sent.
 */
@Component
public class Downloads {

    private final AuditTrail audit;
    private final TransactionTemplate own;

    Downloads(AuditTrail audit, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * @param entityType what leaves: {@code export} (one entity's rows), {@code backup} or {@code export_job}
     * @param entityId the job whose file leaves, null when the file is made on the fly
     * @param what the request as the audit trail shows it: entity, format, filters
     */
    public void record(UUID tenant, String entityType, UUID entityId, Object what) {
        TenantContext.callAs(
                tenant,
                () -> own.execute(status -> {
                    audit.record(AuditAction.EXPORT, entityType, entityId, null, what);
                    return null;
                }));
    }
}
