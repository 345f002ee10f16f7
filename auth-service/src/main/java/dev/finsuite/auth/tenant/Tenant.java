package dev.finsuite.auth.tenant;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A household or small organisation: the boundary no data ever crosses. */
@Entity
@Table(name = "tenants")
public class Tenant extends AuditedEntity {

    @Id
    private UUID id;

    private String name;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(length = 3)
    private String baseCurrency;

    private String timezone;

    /** Every member must sign in with a second factor; set by an OWNER who has one (two-factor settings). */
    private boolean requireTwoFactor;

    protected Tenant() {}

    public Tenant(UUID id, String name, String baseCurrency, String timezone) {
        this.id = id;
        this.name = name;
        this.baseCurrency = baseCurrency;
        this.timezone = timezone;
    }

    public void rename(String name) {
        this.name = name;
    }

    public void changeBaseCurrency(String baseCurrency) {
        this.baseCurrency = baseCurrency;
    }

    public void changeTimezone(String timezone) {
        this.timezone = timezone;
    }

    public void requireTwoFactor(boolean required) {
        this.requireTwoFactor = required;
    }

    public boolean requiresTwoFactor() {
        return requireTwoFactor;
    }

    public UUID getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getBaseCurrency() {
        return baseCurrency;
    }

    public String getTimezone() {
        return timezone;
    }
}
