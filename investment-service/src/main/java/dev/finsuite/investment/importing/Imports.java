package dev.finsuite.investment.importing;

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
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.swagger.v3.oas.annotations.media.Schema;

import dev.finsuite.common.crypto.Sha256;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.web.ApiException;
import dev.finsuite.investment.account.Account;
import dev.finsuite.investment.account.AccountRepository;
import dev.finsuite.investment.asset.Asset;
import dev.finsuite.investment.asset.AssetClass;
import dev.finsuite.investment.asset.Assets;
import dev.finsuite.investment.ledger.Activities;
import dev.finsuite.investment.ledger.Activity;
import dev.finsuite.investment.ledger.ActivityDrafts;
import dev.finsuite.investment.ledger.ActivityRepository;
import dev.finsuite.investment.market.DataSource;

/**
 * An import, all or nothing: every row is checked as the API would check it, a row already imported (same content)
 * is skipped, and the rest are written in one transaction, or, on a dry run, only reported. With any invalid row
 * nothing is written unless the caller asked to skip invalid rows.
 */
@Service
class Imports {

    /**
     * Rows are converted one by one while the import holds its transaction; past this budget (a slow
     * market-service, a very long file) the rest are saved pending and the conversion job completes them.
     */
    private static final java.time.Duration CONVERSION_BUDGET = java.time.Duration.ofSeconds(15);

    private final AccountRepository accounts;
    private final Assets assets;
    private final ActivityDrafts drafts;
    private final Activities activities;
    private final ActivityRepository activityRows;
    private final TransactionTemplate transaction;
    private final Currencies currencies;

    Imports(AccountRepository accounts, Assets assets, ActivityDrafts drafts, Activities activities,
            ActivityRepository activityRows, PlatformTransactionManager transactions, Currencies currencies) {
        this.currencies = currencies;
        this.accounts = accounts;
        this.assets = assets;
        this.drafts = drafts;
        this.activities = activities;
        this.activityRows = activityRows;
        this.transaction = new TransactionTemplate(transactions);
    }

    record Planned(int line, String date, String symbol, String type, String quantity, String unitPrice,
            String currency, String account) {
    }

    @Schema(example = """
            {"dryRun": true, "rows": 3, "created": 0, "toCreate": [{"line": 2, "date": "2024-01-02",
             "symbol": "AAPL", "type": "BUY", "quantity": "10", "unitPrice": "185.64", "currency": "USD",
             "account": "Main"}], "duplicates": [{"line": 3, "reason": "already imported"}],
             "rejected": [{"line": 4, "reason": "quantity 'ten' is not a number"}], "createdIds": []}""")
    record Report(boolean dryRun, int rows, int created, List<Planned> toCreate, List<CsvActivities.Rejected> duplicates,
            List<CsvActivities.Rejected> rejected, List<UUID> createdIds) {
    }

    Report run(UUID tenantId, String csv, UUID defaultAccountId, boolean dryRun, boolean skipInvalid) {
        CsvActivities.Parsed parsed = CsvActivities.parse(csv);
        return transaction.execute(status -> run(tenantId, parsed, defaultAccountId, dryRun, skipInvalid, status));
    }

    /** Within one transaction: a dry run, or a refused file, rolls back whatever it looked up or added. */
    private Report run(UUID tenantId, CsvActivities.Parsed parsed, UUID defaultAccountId, boolean dryRun,
            boolean skipInvalid, org.springframework.transaction.TransactionStatus status) {
        List<CsvActivities.Rejected> rejected = new ArrayList<>(parsed.rejected());
        List<CsvActivities.Rejected> duplicates = new ArrayList<>();
        Map<String, Account> byName = new HashMap<>();
        accounts.findAllByTenantIdOrderByName(tenantId).forEach(account -> {
            byName.put(account.getName().toLowerCase(Locale.ROOT), account);
            byName.put(account.getId().toString(), account);
        });
        Account defaultAccount = defaultAccountId == null ? null : byName.get(defaultAccountId.toString());
        if (defaultAccountId != null && defaultAccount == null) {
            throw new ApiException.NotFoundException("No such investment account");
        }
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvActivities.Row row : parsed.rows()) {
            Account account = row.account() == null ? defaultAccount : byName.get(row.account().toLowerCase(Locale.ROOT));
            if (account == null) {
                rejected.add(new CsvActivities.Rejected(row.line(), row.account() == null
                        ? "no account column and no accountId given" : "no account named " + row.account()));
                continue;
            }
            String key = importKey(account, row);
            if (!seen.add(key) || activityRows.existsByTenantIdAndImportKey(tenantId, key)) {
                duplicates.add(new CsvActivities.Rejected(row.line(), "already imported"));
                continue;
            }
            candidates.add(new Candidate(row, account, key));
        }
        if (!rejected.isEmpty() && !skipInvalid && !dryRun) {
            throw new ApiException.ValidationException(rejected.stream()
                    .map(r -> new ApiException.FieldError("line " + r.line(), r.reason())).toList());
        }
        long convertUntil = System.nanoTime() + CONVERSION_BUDGET.toNanos();
        List<Activities.Draft> accepted = new ArrayList<>();
        List<Planned> planned = new ArrayList<>();
        for (Candidate candidate : candidates) {
            try {
                accepted.add(draft(tenantId, candidate, System.nanoTime() < convertUntil));
                planned.add(candidate.planned());
            } catch (ApiException invalid) {
                rejected.add(new CsvActivities.Rejected(candidate.row().line(), describe(invalid)));
            }
        }
        if (!rejected.isEmpty() && !skipInvalid && !dryRun) {
            status.setRollbackOnly();
            throw new ApiException.ValidationException(rejected.stream()
                    .map(r -> new ApiException.FieldError("line " + r.line(), r.reason())).toList());
        }
        List<Activity> created;
        try {
            created = accepted.isEmpty() ? List.of() : activities.createAll(tenantId, accepted);
        } catch (ApiException refused) {
            if (!dryRun) {
                throw refused;
            }
            status.setRollbackOnly();
            rejected.add(new CsvActivities.Rejected(0, "the ledger would not replay: " + describe(refused)));
            return new Report(true, parsed.rows().size() + parsed.rejected().size(), 0, planned, duplicates,
                    rejected, List.of());
        }
        if (dryRun) {
            status.setRollbackOnly();
            return new Report(true, parsed.rows().size() + parsed.rejected().size(), 0, planned, duplicates,
                    rejected, List.of());
        }
        return new Report(false, parsed.rows().size() + parsed.rejected().size(), created.size(), planned,
                duplicates, rejected, created.stream().map(Activity::getId).toList());
    }

    /**
     * The row as an activity, its asset found by symbol and source or added (a dry run's additions roll back with
     * it). Conversions are made row by row here; one that market-service cannot make is left pending for the job.
     */
    private Activities.Draft draft(UUID tenantId, Candidate candidate, boolean convert) {
        CsvActivities.Row row = candidate.row();
        String currency = row.currency();
        Asset asset = assets.find(tenantId, row.dataSource(), symbol(row)).orElse(null);
        if (asset == null) {
            if (currency == null) {
                throw new ApiException.ValidationException("currency", "is needed to add the new asset " + row.symbol());
            }
            currency = currencies.requireActive("currency", currency).code();
            asset = assets.add(tenantId, symbol(row), row.dataSource(), row.symbol(),
                    row.dataSource() == DataSource.COINGECKO ? AssetClass.CRYPTO : AssetClass.EQUITY, currency);
        }
        return drafts.draft(tenantId, new ActivityDrafts.Input(candidate.account().getId(), asset.getId(), row.type(),
                row.date(), row.quantity(), row.unitPrice(), row.fee(), BigDecimal.ZERO, currency, row.note(), null),
                candidate.key(), convert);
    }

    private static String symbol(CsvActivities.Row row) {
        return row.dataSource() == DataSource.COINGECKO ? row.symbol().toLowerCase(Locale.ROOT)
                : row.symbol().toUpperCase(Locale.ROOT);
    }

    /** The row's content, so the same row in a later file is recognised; amounts compared by value. */
    private static String importKey(Account account, CsvActivities.Row row) {
        return Sha256.hex(String.join("|", account.getId().toString(), row.dataSource().name(), symbol(row),
                row.type().name(), row.date().toString(), row.quantity().stripTrailingZeros().toPlainString(),
                row.unitPrice().stripTrailingZeros().toPlainString(), row.fee().stripTrailingZeros().toPlainString(),
                String.valueOf(row.currency()), String.valueOf(row.note())));
    }

    private static String describe(ApiException invalid) {
        if (!invalid.fieldErrors().isEmpty()) {
            return invalid.fieldErrors().stream().map(e -> e.field() + " " + e.message())
                    .reduce((a, b) -> a + "; " + b).orElse(invalid.getMessage());
        }
        return invalid.getMessage();
    }

    private record Candidate(CsvActivities.Row row, Account account, String key) {
        Planned planned() {
            return new Planned(row.line(), row.date().toString(), row.symbol(), row.type().name(),
                    row.quantity().toPlainString(), row.unitPrice().toPlainString(), row.currency(), account.getName());
        }
    }
}
