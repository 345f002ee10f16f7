package dev.finsuite.investment.asset;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.quota.QuotaExceeded;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.investment.InvestmentQuotas;
import dev.finsuite.investment.asset.AssetFailures.AssetHasActivities;
import dev.finsuite.investment.asset.AssetFailures.AssetNotFound;
import dev.finsuite.investment.asset.AssetFailures.PriceNotFound;
import dev.finsuite.investment.asset.AssetFailures.SymbolTaken;
import dev.finsuite.investment.asset.AssetRequests.AssetPatch;
import dev.finsuite.investment.asset.AssetRequests.NewAsset;
import dev.finsuite.investment.market.DataSource;
import dev.finsuite.investment.support.LedgerDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assets and the tenant's own dated prices for them. */
@Service
public class Assets {

    private final AssetRepository assets;
    private final JdbcTemplate jdbc;
    private final TenantQuotas quotas;
    private final InvestmentQuotas limits;
    private final Currencies currencies;
    private final Metadata metadata;
    private final LedgerDates dates;

    Assets(
            AssetRepository assets,
            JdbcTemplate jdbc,
            TenantQuotas quotas,
            InvestmentQuotas limits,
            Currencies currencies,
            Metadata metadata,
            LedgerDates dates) {
        this.assets = assets;
        this.jdbc = jdbc;
        this.quotas = quotas;
        this.limits = limits;
        this.currencies = currencies;
        this.metadata = metadata;
        this.dates = dates;
    }

    @Transactional
    Asset create(UUID tenantId, NewAsset request) {
        return create(tenantId, request.details(currencies, metadata));
    }

    private Asset create(UUID tenantId, Asset.Details details) {
        Asset asset = new Asset(tenantId, details);
        requireUniqueSymbol(tenantId, asset);
        quotas.requireOneMore(tenantId, "assets", limits.assets(), () -> assets.countByTenantId(tenantId));
        Asset saved = assets.save(asset);
        assets.flush();
        return saved;
    }

    @Transactional(readOnly = true)
    public Asset get(UUID tenantId, UUID id) {
        return assets.findByIdAndTenantId(id, tenantId).orElseThrow(AssetNotFound::new);
    }

    /** The asset, locked until the transaction ends; see {@link AssetRepository#lockByIdAndTenantId}. */
    @Transactional
    public Asset lock(UUID tenantId, UUID id) {
        return assets.lockByIdAndTenantId(id, tenantId).orElseThrow(AssetNotFound::new);
    }

    @Transactional(readOnly = true)
    public Map<UUID, Asset> byId(UUID tenantId, Collection<UUID> ids) {
        return assets.findAllByTenantIdAndIdIn(tenantId, ids).stream()
                .collect(Collectors.toMap(Asset::getId, Function.identity()));
    }

    /** The asset with this symbol and source, created from the given details if the tenant has none (imports). */
    @Transactional
    public Asset findOrCreate(UUID tenantId, Asset.Details details) {
        return assets.findByTenantIdAndDataSourceAndSymbol(tenantId, details.dataSource(), details.symbol())
                .orElseGet(() -> create(tenantId, details));
    }

    /**
     * An asset an import names that the tenant does not have yet, named by its symbol. Beyond the assets quota the
     * import rejects the row; the import's transaction must stay usable for the others, so that refusal does not
     * mark it rollback-only (nothing was written before the check).
     */
    @Transactional(noRollbackFor = QuotaExceeded.class)
    public Asset add(
            UUID tenantId, String symbol, DataSource source, String name, AssetClass assetClass, String currency) {
        return create(tenantId, new Asset.Details(symbol, source, name, assetClass, currency, null, "{}"));
    }

    @Transactional(readOnly = true)
    public java.util.Optional<Asset> find(UUID tenantId, DataSource source, String symbol) {
        return assets.findByTenantIdAndDataSourceAndSymbol(tenantId, source, symbol);
    }

    @Transactional(readOnly = true)
    Page<Asset> search(UUID tenantId, AssetClass assetClass, String q, Pageable pageable) {
        String pattern = q == null || q.isBlank()
                ? null
                : "%"
                        + q.strip()
                                .toLowerCase(Locale.ROOT)
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
        return assets.search(tenantId, assetClass, pattern, pageable);
    }

    @Transactional
    Asset update(UUID tenantId, UUID id, ExpectedVersion expected, AssetPatch patch) {
        Asset asset = get(tenantId, id);
        expected.check(asset.getVersion());
        asset.describe(patch.mergedOnto(asset.details(), currencies, metadata), hasActivities(tenantId, id));
        requireUniqueSymbol(tenantId, asset);
        assets.flush();
        return asset;
    }

    @Transactional
    void delete(UUID tenantId, UUID id, ExpectedVersion expected) {
        Asset asset = get(tenantId, id);
        expected.check(asset.getVersion());
        if (hasActivities(tenantId, id)) {
            throw new AssetHasActivities();
        }
        assets.delete(asset);
    }

    /** Sets the tenant's price of the asset on a day (the latest entry of a day wins). */
    @Transactional
    ManualPrice setPrice(UUID tenantId, UUID assetId, LocalDate date, BigDecimal price) {
        dates.requirePastOrToday("date", date);
        get(tenantId, assetId);
        jdbc.update("""
                insert into investment_asset_prices (tenant_id, asset_id, price_date, price) values (?, ?, ?, ?)
                on conflict (tenant_id, asset_id, price_date) do update set price = excluded.price, created_at = now()""", tenantId, assetId, date, price);
        return new ManualPrice(date, price);
    }

    @Transactional
    void removePrice(UUID tenantId, UUID assetId, LocalDate date) {
        get(tenantId, assetId);
        if (jdbc.update(
                        "delete from investment_asset_prices where tenant_id = ? and asset_id = ? and price_date = ?",
                        tenantId,
                        assetId,
                        date)
                == 0) {
            throw new PriceNotFound();
        }
    }

    /** The asset's manual prices between two days (by default all of them up to today), oldest first. */
    @Transactional(readOnly = true)
    List<ManualPrice> prices(UUID tenantId, UUID assetId, @Nullable LocalDate from, @Nullable LocalDate to) {
        LocalDate start = from == null ? LedgerDates.EARLIEST : from;
        LocalDate end = to == null ? dates.today() : to;
        dates.requireRange(start, end);
        get(tenantId, assetId);
        return pricesBetween(tenantId, assetId, start, end);
    }

    private List<ManualPrice> pricesBetween(UUID tenantId, UUID assetId, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                select price_date, price from investment_asset_prices
                 where tenant_id = ? and asset_id = ? and price_date between ? and ? order by price_date""",
                (row, i) -> new ManualPrice(row.getObject(1, LocalDate.class), row.getBigDecimal(2)),
                tenantId,
                assetId,
                from,
                to);
    }

    /** Every manual price of the tenant up to a day, by asset, oldest first: one query for a whole portfolio. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ManualPrice>> pricesUpTo(UUID tenantId, LocalDate to) {
        Map<UUID, List<ManualPrice>> byAsset = new HashMap<>();
        jdbc.query(
                """
                select asset_id, price_date, price from investment_asset_prices
                 where tenant_id = ? and price_date <= ? order by asset_id, price_date""",
                (RowCallbackHandler) row -> byAsset.computeIfAbsent(
                                row.getObject(1, UUID.class), id -> new ArrayList<>())
                        .add(new ManualPrice(row.getObject(2, LocalDate.class), row.getBigDecimal(3))),
                tenantId,
                to);
        return byAsset;
    }

    /** The latest manual price on or before a day, if any (a list of at most one). */
    @Transactional(readOnly = true)
    public List<ManualPrice> latestPrice(UUID tenantId, UUID assetId, LocalDate day) {
        return jdbc.query(
                """
                select price_date, price from investment_asset_prices
                 where tenant_id = ? and asset_id = ? and price_date <= ? order by price_date desc limit 1""",
                (row, i) -> new ManualPrice(row.getObject(1, LocalDate.class), row.getBigDecimal(2)),
                tenantId,
                assetId,
                day);
    }

    /** A manual price: the asset's value per unit, in its currency, on a day. */
    public record ManualPrice(LocalDate date, BigDecimal price) {}

    private boolean hasActivities(UUID tenantId, UUID assetId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from investment_activities where tenant_id = ? and asset_id = ?)",
                Boolean.class,
                tenantId,
                assetId));
    }

    private void requireUniqueSymbol(UUID tenantId, Asset asset) {
        if (asset.getSymbol() != null
                && assets.existsByTenantIdAndDataSourceAndSymbolAndIdNot(
                        tenantId, asset.getDataSource(), asset.getSymbol(), asset.getId())) {
            throw new SymbolTaken();
        }
    }
}
