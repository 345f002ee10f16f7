package dev.finsuite.investment.importing;

import dev.finsuite.common.conversion.BaseCurrencies;
import dev.finsuite.common.conversion.Conversion;
import dev.finsuite.common.conversion.Converter;
import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.domain.DomainFailure;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.quota.QuotaExceeded;
import dev.finsuite.investment.account.Account;
import dev.finsuite.investment.account.AccountFailures.AccountNotFound;
import dev.finsuite.investment.account.AccountRepository;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.AssetClass;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.ledger.Activities;
import dev.finsuite.investment.ledger.Activity;
import dev.finsuite.investment.ledger.ActivityDrafts;
import dev.finsuite.investment.ledger.ActivityRepository;
import dev.finsuite.investment.market.DataSource;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An import, all or nothing: every row is checked as the API would check it, a row already imported (same content)
 * is skipped, and the rest are written in one transaction, or, on a dry run, only reported. With any invalid row
 * nothing is written unless the caller asked to skip invalid rows.
 */
@Service
class Imports {

    /**
     * Rows are converted one by one before the write; past this budget (a slow market-service, a very long file)
     * the rest are saved pending and the conversion job completes them.
     */
    private static final java.time.Duration CONVERSION_BUDGET = java.time.Duration.ofSeconds(15);

    private final AccountRepository accounts;
    private final Assets assets;
    private final ActivityDrafts drafts;
    private final Activities activities;
    private final ActivityRepository activityRows;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final Currencies currencies;
    private final Converter converter;
    private final BaseCurrencies baseCurrencies;

    Imports(
            AccountRepository accounts,
            Assets assets,
            ActivityDrafts drafts,
            Activities activities,
            ActivityRepository activityRows,
            PlatformTransactionManager transactions,
            Currencies currencies,
            Converter converter,
            BaseCurrencies baseCurrencies) {
        this.currencies = currencies;
        this.converter = converter;
        this.baseCurrencies = baseCurrencies;
        this.accounts = accounts;
        this.assets = assets;
        this.drafts = drafts;
        this.activities = activities;
        this.activityRows = activityRows;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
    }

    record Planned(
            int line,
            String date,
            String symbol,
            String type,
            String quantity,
            String unitPrice,
            String currency,
            String account) {}

    @Schema(example = """
            {"dryRun": true, "rows": 3, "created": 0, "toCreate": [{"line": 2, "date": "2024-01-02",
             "symbol": "AAPL", "type": "BUY", "quantity": "10", "unitPrice": "185.64", "currency": "USD",
             "account": "Main"}], "duplicates": [{"line": 3, "reason": "already imported"}],
             "rejected": [{"line": 4, "reason": "quantity 'ten' is not a number"}], "createdIds": []}""")
    record Report(
            boolean dryRun,
            int rows,
            int created,
            List<Planned> toCreate,
            List<CsvActivities.Rejected> duplicates,
            List<CsvActivities.Rejected> rejected,
            List<UUID> createdIds) {}

    /**
     * In three steps, so no transaction waits on market-service: the rows are checked against the tenant's
     * accounts, assets and earlier imports (a read-only transaction); each row's conversion is asked (none held);
     * then assets are added and the activities written in one transaction, which a dry run or a refused file rolls
     * back whole.
     */
    Report run(UUID tenantId, String csv, UUID defaultAccountId, boolean dryRun, boolean skipInvalid) {
        CsvActivities.Parsed parsed = CsvActivities.parse(csv);
        List<CsvActivities.Rejected> rejected = new ArrayList<>(parsed.rejected());
        List<CsvActivities.Rejected> duplicates = new ArrayList<>();
        List<Candidate> candidates =
                reading.execute(status -> candidates(tenantId, parsed, defaultAccountId, rejected, duplicates));
        if (!rejected.isEmpty() && !skipInvalid && !dryRun) {
            throw new ImportFailures.RowsRejected(rejected);
        }
        long convertUntil = System.nanoTime() + CONVERSION_BUDGET.toNanos();
        Map<Candidate, Conversion> conversions = new HashMap<>();
        for (Candidate candidate : candidates) {
            CsvActivities.Row row = candidate.row();
            conversions.put(
                    candidate,
                    System.nanoTime() < convertUntil
                            ? converter.toBase(
                                    tenantId,
                                    candidate.currency(),
                                    row.quantity().multiply(row.unitPrice()),
                                    row.date())
                            : Conversion.pending(baseCurrencies.of(tenantId)));
        }
        return writing.execute(status -> {
            List<Activities.Draft> accepted = new ArrayList<>();
            List<Planned> planned = new ArrayList<>();
            for (Candidate candidate : candidates) {
                try {
                    accepted.add(draft(tenantId, candidate, conversions.get(candidate)));
                    planned.add(candidate.planned());
                } catch (DomainFailure invalid) {
                    rejected.add(new CsvActivities.Rejected(candidate.row().line(), describe(invalid)));
                } catch (QuotaExceeded full) {
                    rejected.add(new CsvActivities.Rejected(candidate.row().line(), full.getMessage()));
                }
            }
            if (!rejected.isEmpty() && !skipInvalid && !dryRun) {
                status.setRollbackOnly();
                throw new ImportFailures.RowsRejected(rejected);
            }
            int rows = parsed.rows().size() + parsed.rejected().size();
            List<Activity> created;
            try {
                created = accepted.isEmpty() ? List.of() : activities.createAll(tenantId, accepted);
            } catch (DomainFailure refused) {
                if (!dryRun) {
                    throw refused;
                }
                rejected.add(new CsvActivities.Rejected(0, "the ledger would not replay: " + describe(refused)));
                created = List.of();
            }
            if (dryRun) {
                status.setRollbackOnly();
                return new Report(true, rows, 0, planned, duplicates, rejected, List.of());
            }
            return new Report(
                    false,
                    rows,
                    created.size(),
                    planned,
                    duplicates,
                    rejected,
                    created.stream().map(Activity::getId).toList());
        });
    }

    private List<Candidate> candidates(
            UUID tenantId,
            CsvActivities.Parsed parsed,
            UUID defaultAccountId,
            List<CsvActivities.Rejected> rejected,
            List<CsvActivities.Rejected> duplicates) {
        Map<String, Account> byName = new HashMap<>();
        accounts.findAllByTenantIdOrderByName(tenantId).forEach(account -> {
            byName.put(account.getName().toLowerCase(Locale.ROOT), account);
            byName.put(account.getId().toString(), account);
        });
        Account defaultAccount = defaultAccountId == null ? null : byName.get(defaultAccountId.toString());
        if (defaultAccountId != null && defaultAccount == null) {
            throw new AccountNotFound();
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvActivities.Row row : parsed.rows()) {
            Account account = row.account() == null
                    ? defaultAccount
                    : byName.get(row.account().toLowerCase(Locale.ROOT));
            if (account == null) {
                rejected.add(new CsvActivities.Rejected(
                        row.line(),
                        row.account() == null
                                ? "no account column and no accountId given"
                                : "no account named " + row.account()));
                continue;
            }
            String key = importKey(account, row);
            if (!seen.add(key) || activityRows.existsByTenantIdAndImportKey(tenantId, key)) {
                duplicates.add(new CsvActivities.Rejected(row.line(), "already imported"));
                continue;
            }
            Asset known = assets.find(tenantId, row.dataSource(), symbol(row)).orElse(null);
            String currency = known != null ? known.getCurrency() : row.currency();
            if (currency == null) {
                rejected.add(new CsvActivities.Rejected(
                        row.line(), "currency is needed to add the new asset " + row.symbol()));
                continue;
            }
            if (!currencies.isActive(currency)) {
                rejected.add(new CsvActivities.Rejected(
                        row.line(), "currency " + currency + " is not an active ISO 4217 code"));
                continue;
            }
            if (known != null && row.currency() != null && !row.currency().equals(known.getCurrency())) {
                rejected.add(
                        new CsvActivities.Rejected(row.line(), "currency must be the asset's, " + known.getCurrency()));
                continue;
            }
            candidates.add(new Candidate(row, account, key, currency));
        }
        return candidates;
    }

    /** The row as an activity, its asset found by symbol and source or added (a dry run's additions roll back). */
    private Activities.Draft draft(UUID tenantId, Candidate candidate, Conversion conversion) {
        CsvActivities.Row row = candidate.row();
        Asset asset = assets.find(tenantId, row.dataSource(), symbol(row))
                .orElseGet(() -> assets.add(
                        tenantId,
                        symbol(row),
                        row.dataSource(),
                        row.symbol(),
                        row.dataSource() == DataSource.COINGECKO ? AssetClass.CRYPTO : AssetClass.EQUITY,
                        candidate.currency()));
        return drafts.draft(
                tenantId,
                new ActivityDrafts.Input(
                        candidate.account().getId(),
                        asset.getId(),
                        row.type(),
                        row.date(),
                        row.quantity(),
                        row.unitPrice(),
                        row.fee(),
                        BigDecimal.ZERO,
                        candidate.currency(),
                        row.note(),
                        null),
                candidate.key(),
                conversion);
    }

    private static String symbol(CsvActivities.Row row) {
        return row.dataSource() == DataSource.COINGECKO
                ? row.symbol().toLowerCase(Locale.ROOT)
                : row.symbol().toUpperCase(Locale.ROOT);
    }

    /** The row's content, so the same row in a later file is recognised; amounts compared by value. */
    private static String importKey(Account account, CsvActivities.Row row) {
        return Sha256.hex(String.join(
                "|",
                account.getId().toString(),
                row.dataSource().name(),
                symbol(row),
                row.type().name(),
                row.date().toString(),
                row.quantity().stripTrailingZeros().toPlainString(),
                row.unitPrice().stripTrailingZeros().toPlainString(),
                row.fee().stripTrailingZeros().toPlainString(),
                String.valueOf(row.currency()),
                String.valueOf(row.note())));
    }

    /** A refused field reads as "field message", as the API's problem would name it. */
    private static String describe(DomainFailure failure) {
        return failure.field() == null ? failure.getMessage() : failure.field() + " " + failure.getMessage();
    }

    private record Candidate(CsvActivities.Row row, Account account, String key, String currency) {
        Planned planned() {
            return new Planned(
                    row.line(),
                    row.date().toString(),
                    row.symbol(),
                    row.type().name(),
                    row.quantity().toPlainString(),
                    row.unitPrice().toPlainString(),
                    currency,
                    account.getName());
        }
    }
}
