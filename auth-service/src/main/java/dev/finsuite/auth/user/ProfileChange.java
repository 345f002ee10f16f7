package dev.finsuite.auth.user;

import dev.finsuite.auth.config.Validations;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a user may change about themselves: only these three, so a smuggled role, email or tenantId is ignored.
 * A field left out (null) stays as it is.
 */
record ProfileChange(
        @Nullable @Size(min = 1, max = 120) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
        String fullName,

        @Nullable @Size(max = 35) String locale,
        @Nullable @Size(max = 64) String timezone) {

    /** Applies the fields sent; a locale or time zone must be a real one (400 on its field otherwise). */
    void applyTo(User user) {
        if (fullName != null) {
            user.rename(fullName.strip());
        }
        if (locale != null) {
            user.changeLocale(Validations.locale("locale", locale));
        }
        if (timezone != null) {
            user.changeTimezone(Validations.timezone("timezone", timezone));
        }
    }
}
