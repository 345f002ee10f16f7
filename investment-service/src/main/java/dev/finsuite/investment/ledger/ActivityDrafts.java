package dev.finsuite.investment.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import tools.jackson.databind.JsonNode;

import org.springframework.stereotype.Component;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.Text;
import dev.finsuite.investment.account.Accounts;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.ledger.LedgerFailures.CurrencyNotAssets;
import dev.finsuite.investment.support.LedgerDates;

/**
 * Turns what a client sent into an activity the ledger can take: the account and asset must be the tenant's, the
 * amounts in the asset's currency, the date not in the future; and the conversion to the base currency is made
 * here, before any transaction, so a slow market-service never holds a lock.
 */
@Component
public class ActivityDrafts {

    /** Units change hands only in these; the others are money received or paid on a holding. */
    private static final Set<ActivityType> MOVES_UNITS = Set.of(ActivityType.BUY, ActivityType.SELL,
            ActivityType.TRANSFER_IN, ActivityType.TRANSFER_OUT);

    private final Accounts accounts;
    private final Assets assets;
    private final Currencies currencies;
    private final Converter converter;
    private final Metadata metadata;
    private final LedgerDates dates;

    ActivityDrafts(Accounts accounts, Assets assets, Currencies currencies, Converter converter, Metadata metadata,
            LedgerDates dates) {
        this.accounts = accounts;
        this.assets = assets;
        this.currencies = currencies;
        this.converter = converter;
        this.metadata = metadata;
        this.dates = dates;
    }

    /** An activity as asked: null fee and tax are 0, a null currency is the asset's. */
    public record Input(UUID accountId, UUID assetId, ActivityType type, LocalDate date, BigDecimal quantity,
            BigDecimal unitPrice, BigDecimal fee, BigDecimal tax, String currency, String note, JsonNode metadata) {
    }

    /** @param conversion one made beforehand for these terms (an import's), or null to convert now */
    public Activities.Draft draft(UUID tenantId, Input input, String importKey, Conversion conversion) {
        Activity.Terms terms = terms(tenantId, input.accountId(), input.assetId(), input.type(), input.date(),
                input.quantity(), input.unitPrice(), input.fee(), input.tax(), input.currency());
        return new Activities.Draft(terms, Text.clean(input.note()), metadata.write(input.metadata()), importKey,
                conversion != null ? conversion : convert(tenantId, terms));
    }

    Activities.Draft draft(UUID tenantId, ActivityController.NewActivity request, String importKey) {
        return draft(tenantId, new Input(request.accountId(), request.assetId(), request.type(), request.date(),
                request.quantity(), request.unitPrice(), request.fee(), request.tax(), request.currency(),
                request.note(), request.metadata()), importKey, null);
    }

    Activities.Change change(UUID tenantId, Activity current, ActivityController.ActivityPatch patch) {
        Activity.Terms was = current.terms();
        Activity.Terms terms = terms(tenantId,
                patch.accountId() == null ? was.accountId() : patch.accountId(),
                patch.assetId() == null ? was.assetId() : patch.assetId(),
                patch.type() == null ? was.type() : patch.type(),
                patch.date() == null ? was.date() : patch.date(),
                patch.quantity() == null ? was.quantity() : patch.quantity(),
                patch.unitPrice() == null ? was.unitPrice() : patch.unitPrice(),
                patch.fee() == null ? was.fee() : patch.fee(),
                patch.tax() == null ? was.tax() : patch.tax(),
                patch.currency() == null ? null : patch.currency());
        boolean reconvert = current.isConversionPending() || was.gross().compareTo(terms.gross()) != 0
                || !was.currency().equals(terms.currency()) || !was.date().equals(terms.date());
        return new Activities.Change(terms,
                patch.note() == null ? current.getNote() : Text.clean(patch.note()),
                patch.metadata() == null ? current.getMetadata() : metadata.write(patch.metadata()),
                reconvert ? convert(tenantId, terms) : null);
    }

    private Activity.Terms terms(UUID tenantId, UUID accountId, UUID assetId, ActivityType type, LocalDate date,
            BigDecimal quantity, BigDecimal unitPrice, BigDecimal fee, BigDecimal tax, String currency) {
        dates.requirePastOrToday("date", date);
        accounts.get(tenantId, accountId);
        Asset asset = assets.get(tenantId, assetId);
        String code = currency == null ? asset.getCurrency() : currencies.requireActive("currency", currency).code();
        if (!code.equals(asset.getCurrency())) {
            throw new CurrencyNotAssets(asset.getCurrency());
        }
        if (MOVES_UNITS.contains(type) && quantity.signum() == 0) {
            throw new ValidationException("quantity", "must be greater than 0 for a " + type);
        }
        BigDecimal feePaid = fee == null ? BigDecimal.ZERO : fee;
        BigDecimal taxPaid = tax == null ? BigDecimal.ZERO : tax;
        currencies.requireFits("fee", feePaid, code);
        currencies.requireFits("tax", taxPaid, code);
        return new Activity.Terms(accountId, assetId, type, date, quantity, unitPrice, feePaid, taxPaid, code);
    }

    private Conversion convert(UUID tenantId, Activity.Terms terms) {
        return converter.toBase(tenantId, terms.currency(), terms.gross(), terms.date());
    }
}
