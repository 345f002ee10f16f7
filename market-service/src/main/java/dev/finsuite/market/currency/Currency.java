package dev.finsuite.market.currency;

import dev.finsuite.common.data.AuditedEntity;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A unit money is counted in: ISO 4217 currencies, and units operators add (BTC, XAU). Global, not per tenant. */
@Entity
@Table(name = "currencies")
public class Currency extends AuditedEntity {

    @Id
    private String code;

    private String name;
    private short minorUnits;
    private String symbol;
    private boolean active;
    private boolean iso;

    protected Currency() {}

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public int getMinorUnits() {
        return minorUnits;
    }

    public String getSymbol() {
        return symbol;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isIso() {
        return iso;
    }

    /** This row as the suite's money counts in it: {@code Money} in it rounds to its minor units. */
    public dev.finsuite.common.money.Currency unit() {
        return new dev.finsuite.common.money.Currency(code, minorUnits, active, iso);
    }
}
