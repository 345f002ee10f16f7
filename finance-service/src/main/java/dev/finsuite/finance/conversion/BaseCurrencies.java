package dev.finsuite.finance.conversion;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The tenant's base currency (auth-service's tenants table, which row-level security limits to the tenant). */
@Component
public class BaseCurrencies {

    private final JdbcTemplate jdbc;

    BaseCurrencies(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public String of(UUID tenantId) {
        return jdbc.queryForObject("select trim(base_currency) from tenants where id = ?", String.class, tenantId);
    }
}
