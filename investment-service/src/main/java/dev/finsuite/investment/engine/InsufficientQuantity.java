package dev.finsuite.investment.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A SELL or TRANSFER_OUT asks for more units than are held at that point; both figures in the row's own units. */
public final class InsufficientQuantity extends RuntimeException {

    private final UUID tradeId;
    private final LocalDate date;
    private final BigDecimal held;
    private final BigDecimal requested;

    public InsufficientQuantity(UUID tradeId, LocalDate date, BigDecimal held, BigDecimal requested) {
        super("On " + date + " trade " + tradeId + " disposes of " + requested.toPlainString() + " units but only "
                + held.toPlainString() + " are held");
        this.tradeId = tradeId;
        this.date = date;
        this.held = held;
        this.requested = requested;
    }

    public UUID tradeId() {
        return tradeId;
    }

    public LocalDate date() {
        return date;
    }

    public BigDecimal held() {
        return held;
    }

    public BigDecimal requested() {
        return requested;
    }
}
