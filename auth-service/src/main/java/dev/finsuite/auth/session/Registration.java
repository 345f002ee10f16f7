package dev.finsuite.auth.session;

import dev.finsuite.auth.config.AuthProperties;
import dev.finsuite.auth.config.Validations;
import dev.finsuite.auth.tenant.Tenant;
import dev.finsuite.auth.tenant.TenantRepository;
import dev.finsuite.auth.user.EmailDirectory;
import dev.finsuite.auth.user.Role;
import dev.finsuite.auth.user.User;
import dev.finsuite.auth.user.UserFailures.EmailAlreadyRegistered;
import dev.finsuite.auth.user.UserRepository;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.tenant.TenantContext;
import java.util.UUID;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/** A new household signs up: a tenant, its first user as OWNER, and a first sign-in, all or nothing. */
@Service
class Registration {

    private final TenantRepository tenants;
    private final UserRepository users;
    private final EmailDirectory directory;
    private final PasswordEncoder passwords;
    private final Sessions sessions;
    private final TransactionTemplate transaction;
    private final AuthProperties properties;
    private final Currencies currencies;

    Registration(
            TenantRepository tenants,
            UserRepository users,
            EmailDirectory directory,
            PasswordEncoder passwords,
            Sessions sessions,
            TransactionTemplate transaction,
            AuthProperties properties,
            Currencies currencies) {
        this.currencies = currencies;
        this.tenants = tenants;
        this.users = users;
        this.directory = directory;
        this.passwords = passwords;
        this.sessions = sessions;
        this.transaction = transaction;
        this.properties = properties;
    }

    Registered register(
            String tenantName,
            String fullName,
            String email,
            String password,
            String baseCurrency,
            String timezone,
            Client client) {
        String currency = currencies
                .requireBase("baseCurrency", baseCurrency == null ? properties.defaultCurrency() : baseCurrency)
                .code();
        String zone = Validations.timezone("timezone", timezone == null ? properties.defaultTimezone() : timezone);
        if (directory.isTaken(email)) {
            throw new EmailAlreadyRegistered();
        }
        String hash = passwords.encode(password);
        UUID tenantId = UUID.randomUUID();
        return TenantContext.callAs(
                tenantId,
                () -> transaction.execute(status -> {
                    Tenant tenant = tenants.save(new Tenant(tenantId, tenantName.strip(), currency, zone));
                    User owner = users.save(new User(tenantId, email, fullName.strip(), hash, Role.OWNER));
                    users.flush();
                    TokenPair tokens = sessions.start(owner, client);
                    return new Registered(tenant, owner, tokens);
                }));
    }

    record Registered(Tenant tenant, User owner, TokenPair tokens) {}
}
