package dev.finsuite.investment.ledger;

import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.money.Money;
import dev.finsuite.common.web.Text;
import dev.finsuite.investment.account.Accounts;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.engine.ActivityType;
import dev.finsuite.investment.ledger.ActivityRequests.ActivityPatch;
import dev.finsuite.investment.ledger.LedgerFailures.CurrencyNotAssets;
import dev.finsuite.investment.ledger.LedgerFailures.NoUnitsMoved;
import dev.finsuite.investment.support.LedgerDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Turns what a client sent into an activity the ledger can take: the account and asset must be the tenant's, the
 * amounts in the asset's currency, the date not in the future; and the conversion to the base currency is made
 * here, before any transaction, so a slow market-service never holds a lock.
 */
@Component
public class ActivityDrafts {

    /** Units change hands only in these; the others are money received or paid on a holding. */
    private static final Set<ActivityType> MOVES_UNITS =
            Set.of(ActivityType.BUY, ActivityType.SELL, ActivityType.TRANSFER_IN, ActivityType.TRANSFER_OUT);

    private final Accounts accounts;
    private final Assets assets;
    private final Currencies currencies;
    private final Converter converter;
    private final Metadata metadata;
    private final LedgerDates dates;
    private final Activities activities;

    ActivityDrafts(
            Accounts accounts,
            Assets assets,
            Currencies currencies,
            Converter converter,
            Metadata metadata,
            LedgerDates dates,
            Activities activities) {
        this.activities = activities;
        this.accounts = accounts;
        this.assets = assets;
        this.currencies = currencies;
        this.converter = converter;
        this.metadata = metadata;
        this.dates = dates;
    }

    /** An activity as asked: null fee and tax are 0, a null currency is the asset's. */
    public record Input(
            UUID accountId,
            UUID assetId,
            ActivityType type,
            LocalDate date,
            BigDecimal quantity,
            BigDecimal unitPrice,
            BigDecimal fee,
            BigDecimal tax,
            String currency,
            String note,
            JsonNode metadata) {}

    /** @param conversion one made beforehand for these terms (an import's), or null to convert now */
    public Activities.Draft draft(UUID tenantId, Input input, String importKey, Conversion conversion) {
        Activity.Terms terms = terms(tenantId, input);
        return new Activities.Draft(
                terms,
                Text.clean(input.note()),
                metadata.write(input.metadata()),
                importKey,
                conversion != null ? conversion : convert(tenantId, terms));
    }

    /**
     * Changes an activity as the patch asks: the merged terms are checked, and converted when their amount, currency
     * or date changed, here, before the write's transaction takes its locks.
     */
    Activity amend(UUID tenantId, UUID id, ExpectedVersion expected, ActivityPatch patch) {
        Activity current = activities.get(tenantId, id);
        Activity.Terms was = current.terms();
        Input asked = patch.mergedOnto(was);
        Activity.Terms terms = terms(tenantId, asked);
        boolean reconvert = current.isConversionPending()
                || !was.gross().equals(terms.gross())
                || !was.date().equals(terms.date());
        return activities.update(
                tenantId,
                id,
                expected,
                new Activities.Change(
                        terms,
                        asked.note() == null ? current.getNote() : Text.clean(asked.note()),
                        asked.metadata() == null ? current.getMetadata() : metadata.write(asked.metadata()),
                        reconvert ? convert(tenantId, terms) : null));
    }

    /** Null fee and tax are nothing paid; a null currency is the asset's. */
    private Activity.Terms terms(UUID tenantId, Input input) {
        dates.requirePastOrToday("date", input.date());
        accounts.get(tenantId, input.accountId());
        Asset asset = assets.get(tenantId, input.assetId());
        String code = input.currency() == null
                ? asset.getCurrency()
                : currencies.requireActive("currency", input.currency()).code();
        if (!code.equals(asset.getCurrency())) {
            throw new CurrencyNotAssets(asset.getCurrency());
        }
        if (MOVES_UNITS.contains(input.type()) && input.quantity().signum() == 0) {
            throw new NoUnitsMoved(input.type());
        }
        Money fee = currencies.money("fee", input.fee() == null ? BigDecimal.ZERO : input.fee(), "currency", code);
        Money tax = currencies.money("tax", input.tax() == null ? BigDecimal.ZERO : input.tax(), "currency", code);
        return new Activity.Terms(
                input.accountId(),
                input.assetId(),
                input.type(),
                input.date(),
                input.quantity(),
                input.unitPrice(),
                fee,
                tax);
    }

    private Conversion convert(UUID tenantId, Activity.Terms terms) {
        Money gross = terms.gross();
        return converter.toBase(tenantId, gross.currencyCode(), gross.amount(), terms.date());
    }
}
