package dev.finsuite.investment.account;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.domain.ExpectedVersion;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.quota.TenantQuotas;
import dev.finsuite.investment.InvestmentQuotas;
import dev.finsuite.investment.account.AccountFailures.AccountHasActivities;
import dev.finsuite.investment.account.AccountFailures.AccountNameTaken;
import dev.finsuite.investment.account.AccountFailures.AccountNotFound;
import dev.finsuite.investment.account.AccountRequests.AccountPatch;
import dev.finsuite.investment.account.AccountRequests.NewAccount;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Investment accounts: their names are unique per tenant, and one with history is not deleted by accident. */
@Service
public class Accounts {

    private final AccountRepository accounts;
    private final JdbcTemplate jdbc;
    private final TenantQuotas quotas;
    private final InvestmentQuotas limits;
    private final Currencies currencies;
    private final Metadata metadata;

    Accounts(
            AccountRepository accounts,
            JdbcTemplate jdbc,
            TenantQuotas quotas,
            InvestmentQuotas limits,
            Currencies currencies,
            Metadata metadata) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.quotas = quotas;
        this.limits = limits;
        this.currencies = currencies;
        this.metadata = metadata;
    }

    @Transactional
    Account create(UUID tenantId, NewAccount request) {
        Account account = new Account(tenantId, request.details(currencies, metadata));
        requireUniqueName(tenantId, account);
        quotas.requireOneMore(tenantId, "accounts", limits.accounts(), () -> accounts.countByTenantId(tenantId));
        Account saved = accounts.save(account);
        accounts.flush();
        return saved;
    }

    @Transactional(readOnly = true)
    public Account get(UUID tenantId, UUID id) {
        return accounts.findByIdAndTenantId(id, tenantId).orElseThrow(AccountNotFound::new);
    }

    /** The account, locked until the transaction ends: the writes to its activities go one at a time. */
    @Transactional
    public Account lock(UUID tenantId, UUID id) {
        return accounts.lockByIdAndTenantId(id, tenantId).orElseThrow(AccountNotFound::new);
    }

    @Transactional(readOnly = true)
    Page<Account> list(UUID tenantId, Pageable pageable) {
        return accounts.findAllByTenantId(tenantId, pageable);
    }

    @Transactional
    Account update(UUID tenantId, UUID id, ExpectedVersion expected, AccountPatch patch) {
        Account account = lock(tenantId, id);
        expected.check(account.getVersion());
        account.describe(patch.mergedOnto(account.details(), currencies, metadata));
        requireUniqueName(tenantId, account);
        accounts.flush();
        return account;
    }

    @Transactional
    void delete(UUID tenantId, UUID id, ExpectedVersion expected) {
        Account account = lock(tenantId, id);
        expected.check(account.getVersion());
        Boolean used = jdbc.queryForObject(
                "select exists (select 1 from investment_activities where tenant_id = ? and account_id = ?)",
                Boolean.class,
                tenantId,
                id);
        if (Boolean.TRUE.equals(used)) {
            throw new AccountHasActivities();
        }
        accounts.delete(account);
    }

    private void requireUniqueName(UUID tenantId, Account account) {
        if (accounts.existsByTenantIdAndNameIgnoreCaseAndIdNot(tenantId, account.getName(), account.getId())) {
            throw new AccountNameTaken();
        }
    }
}
