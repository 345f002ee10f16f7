package dev.finsuite.investment.ledger;

import dev.finsuite.investment.engine.Split;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The splits of assets: facts with no behaviour of their own, so plain rows. */
@Repository
public class Splits {

    private final JdbcTemplate jdbc;

    Splits(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<SplitRow> of(UUID tenantId, UUID assetId) {
        return jdbc.query(
                """
                select id, asset_id, ex_date, numerator, denominator from investment_splits
                 where tenant_id = ? and asset_id = ? order by ex_date""",
                (row, i) -> new SplitRow(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getObject(3, LocalDate.class),
                        row.getInt(4),
                        row.getInt(5)),
                tenantId,
                assetId);
    }

    /** Every split of the tenant's assets, by asset. */
    public Map<UUID, List<Split>> byAsset(UUID tenantId) {
        return jdbc
                .query(
                        """
                select id, asset_id, ex_date, numerator, denominator from investment_splits
                 where tenant_id = ? order by ex_date""",
                        (row, i) -> new SplitRow(
                                row.getObject(1, UUID.class),
                                row.getObject(2, UUID.class),
                                row.getObject(3, LocalDate.class),
                                row.getInt(4),
                                row.getInt(5)),
                        tenantId)
                .stream()
                .collect(Collectors.groupingBy(
                        SplitRow::assetId, Collectors.mapping(SplitRow::split, Collectors.toList())));
    }

    public List<Split> engineSplits(UUID tenantId, UUID assetId) {
        return of(tenantId, assetId).stream().map(SplitRow::split).toList();
    }

    boolean exists(UUID tenantId, UUID assetId, LocalDate exDate) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from investment_splits where tenant_id = ? and asset_id = ? and ex_date = ?)""", Boolean.class, tenantId, assetId, exDate));
    }

    void insert(UUID tenantId, SplitRow split) {
        jdbc.update("""
                insert into investment_splits (id, tenant_id, asset_id, ex_date, numerator, denominator)
                values (?, ?, ?, ?, ?, ?)""", split.id(), tenantId, split.assetId(), split.exDate(), split.numerator(), split.denominator());
    }

    boolean delete(UUID tenantId, UUID assetId, UUID id) {
        return jdbc.update(
                        "delete from investment_splits where tenant_id = ? and asset_id = ? and id = ?",
                        tenantId,
                        assetId,
                        id)
                > 0;
    }

    public record SplitRow(UUID id, UUID assetId, LocalDate exDate, int numerator, int denominator) {
        public Split split() {
            return new Split(exDate, numerator, denominator);
        }
    }
}
