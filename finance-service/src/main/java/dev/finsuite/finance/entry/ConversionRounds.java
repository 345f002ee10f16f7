package dev.finsuite.finance.entry;

import dev.finsuite.common.tenant.TenantContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Shares one run's pending conversions fairly between tenants, as {@code RecurringRounds} shares occurrences:
 * it goes round the tenants with pending rows, and each turn tries at most {@link #PER_TURN} of a tenant's rows
 * (oldest first, continuing where its last turn stopped); a tenant leaves the run when it has nothing pending
 * left or has had {@link #PER_TENANT_PER_RUN} tried. Every conversion is a call to market-service, so a household
 * with thousands of rows in a currency without a rate would otherwise spend the whole run's time before the next
 * household's single row is asked for; now that row is asked for in the first round.
 */
@Component
public class ConversionRounds {

    /** Rows of one tenant tried in one turn: small, so a round of many tenants still comes back soon. */
    static final int PER_TURN = 25;
    /** Rows of one tenant tried in one run; the rest continue on the next run. */
    static final int PER_TENANT_PER_RUN = 500;

    private static final Logger log = LoggerFactory.getLogger(ConversionRounds.class);

    private final PendingConversions conversions;
    private final Clock clock;

    ConversionRounds(PendingConversions conversions, Clock clock) {
        this.conversions = conversions;
        this.clock = clock;
    }

    /**
     * Pending conversions of these tenants, within the bounds; no turn starts after {@code deadline}. A failing
     * tenant is logged and leaves this run; the others carry on. @return conversions completed
     */
    public int run(List<UUID> tenants, Instant deadline) {
        List<Turns> waiting = new ArrayList<>();
        tenants.forEach(tenant -> waiting.add(new Turns(tenant)));
        int completed = 0;
        while (!waiting.isEmpty()) {
            List<Turns> again = new ArrayList<>();
            for (int i = 0; i < waiting.size(); i++) {
                if (clock.instant().isAfter(deadline)) {
                    log.warn(
                            "Pending conversions: the run's time is up; {} tenants continue on the next run",
                            waiting.size() - i + again.size());
                    return completed;
                }
                Turns turns = waiting.get(i);
                PendingConversions.Batch batch = turn(turns, deadline);
                if (batch == null) {
                    continue;
                }
                completed += batch.completed();
                turns.left -= batch.tried();
                turns.after = batch.last();
                if (!batch.exhausted() && batch.tried() > 0 && turns.left > 0) {
                    again.add(turns);
                }
            }
            waiting.clear();
            waiting.addAll(again);
        }
        return completed;
    }

    /** One turn, or null when it failed (logged: the tenant leaves this run and is retried on the next). */
    private PendingConversions.Batch turn(Turns turns, Instant deadline) {
        try (TenantContext.Scope ignored = TenantContext.enter(turns.tenant)) {
            return conversions.complete(turns.tenant, Math.min(PER_TURN, turns.left), turns.after, deadline);
        } catch (RuntimeException failed) {
            log.error(
                    "Pending conversions for tenant {} failed; they are retried on the next run", turns.tenant, failed);
            return null;
        }
    }

    /** One tenant's share of the run: what it may still try and where it stopped. */
    private static final class Turns {
        final UUID tenant;
        int left = PER_TENANT_PER_RUN;
        PendingConversions.Position after;

        Turns(UUID tenant) {
            this.tenant = tenant;
        }
    }
}
