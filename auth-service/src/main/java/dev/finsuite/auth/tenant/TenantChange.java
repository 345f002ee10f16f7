package dev.finsuite.auth.tenant;

import dev.finsuite.auth.config.Validations;
import dev.finsuite.common.money.Currencies;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A partial change of the tenant's settings: a field left out (null) stays as it is. */
record TenantChange(
        @Nullable @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String name,

        @Nullable String baseCurrency,
        @Nullable @Size(max = 64) String timezone) {

    /** Applies the fields sent; a base currency must be one a household can keep its books in. */
    void applyTo(Tenant tenant, Currencies currencies) {
        if (name != null) {
            tenant.rename(name.strip());
        }
        if (baseCurrency != null) {
            tenant.changeBaseCurrency(
                    currencies.requireBase("baseCurrency", baseCurrency).code());
        }
        if (timezone != null) {
            tenant.changeTimezone(Validations.timezone("timezone", timezone));
        }
    }
}
