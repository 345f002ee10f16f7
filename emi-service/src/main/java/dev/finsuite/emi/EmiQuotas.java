package dev.finsuite.emi;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How much one tenant may keep ({@code finsuite.quotas.*}, overridable by environment such as
 * {@code FINSUITE_QUOTAS_LOANS}). Far beyond a household's use; they stop one tenant from filling the shared
 * database (document bytes live in PostgreSQL). Beyond one, a create is a 422 {@code quota_exceeded} naming it.
 *
 * @param loans loans, open or closed
 * @param documentStorage the bytes of all the tenant's loan documents together
 */
@ConfigurationProperties("finsuite.quotas")
public record EmiQuotas(
        @DefaultValue("200") int loans, @DefaultValue("1GB") DataSize documentStorage) {

    public EmiQuotas {
        if (loans < 0 || documentStorage.isNegative()) {
            throw new IllegalArgumentException("finsuite.quotas.* must not be negative");
        }
    }
}
