package dev.finsuite.investment.account;

import dev.finsuite.common.data.AuditedEntity;
import dev.finsuite.investment.engine.CostMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A brokerage or savings account holding investments. Its cost-basis method decides how every figure of its
 * holdings is computed; changing it recomputes them all, since figures are replayed from the activities.
 */
@Entity
@Table(name = "investment_accounts")
public class Account extends AuditedEntity {

    @Id
    private UUID id;

    private UUID tenantId;
    private String name;
    private String broker;
    private String currency;

    @Enumerated(EnumType.STRING)
    private CostMethod costBasisMethod;

    private String notes;

    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private String metadata;

    protected Account() {}

    Account(UUID tenantId, Details details) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        describe(details);
    }

    void describe(Details details) {
        this.name = details.name();
        this.broker = details.broker();
        this.currency = details.currency();
        this.costBasisMethod = details.costBasisMethod();
        this.notes = details.notes();
        this.metadata = details.metadataJson();
    }

    Details details() {
        return new Details(name, broker, currency, costBasisMethod, notes, metadata);
    }

    /** What a user describes of an account; metadata as stored JSON text. */
    record Details(
            String name,
            String broker,
            String currency,
            CostMethod costBasisMethod,
            String notes,
            String metadataJson) {}

    public UUID getId() {
        return id;
    }

    public UUID getTenantId() {
        return tenantId;
    }

    public String getName() {
        return name;
    }

    public String getBroker() {
        return broker;
    }

    public String getCurrency() {
        return currency;
    }

    public CostMethod getCostBasisMethod() {
        return costBasisMethod;
    }

    public String getNotes() {
        return notes;
    }

    public String getMetadata() {
        return metadata;
    }
}
