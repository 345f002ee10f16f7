package dev.finsuite.common.tenant;

import jakarta.persistence.EntityManagerFactory;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.springframework.jdbc.datasource.ConnectionHolder;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Starts every transaction by telling PostgreSQL which tenant it acts for. {@code set_config(…, true)} is
 * local to the transaction, so the setting ends with it and can never leak to the next borrower of the
 * pooled connection, as a session-wide {@code SET} would. Without a tenant the setting is empty and
 * row-level security shows no tenant-owned row at all.
 */
public class TenantTransactionManager extends JpaTransactionManager {

    public static final String SETTING = "app.tenant_id";

    public TenantTransactionManager(EntityManagerFactory entityManagerFactory) {
        super(entityManagerFactory);
    }

    @Override
    protected void doBegin(Object transaction, TransactionDefinition definition) {
        super.doBegin(transaction, definition);
        ConnectionHolder holder = (ConnectionHolder) TransactionSynchronizationManager.getResource(getDataSource());
        String tenant = TenantContext.current().map(UUID::toString).orElse("");
        try (PreparedStatement statement =
                holder.getConnection().prepareStatement("select set_config('" + SETTING + "', ?, true)")) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            doCleanupAfterCompletion(transaction);
            throw new TransactionSystemException("Could not set the transaction's tenant", e);
        }
    }
}
