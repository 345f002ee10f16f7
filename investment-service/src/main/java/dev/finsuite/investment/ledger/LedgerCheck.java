package dev.finsuite.investment.ledger;

import dev.finsuite.investment.engine.CostMethod;
import dev.finsuite.investment.engine.InsufficientQuantity;
import dev.finsuite.investment.engine.Positions;
import dev.finsuite.investment.ledger.LedgerFailures.QuantityNotHeld;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * After every change, the ledger of the asset in the account must still replay: no sell or transfer out may give
 * up more than is held at that point in date order. So an edit or delete of an earlier buy that would make a later
 * sell impossible is refused too. Callers hold the account's lock.
 */
@Component
class LedgerCheck {

    private final ActivityRepository activities;
    private final Splits splits;

    LedgerCheck(ActivityRepository activities, Splits splits) {
        this.activities = activities;
        this.splits = splits;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void require(UUID tenantId, UUID accountId, UUID assetId) {
        List<Activity> rows = activities.findAllByTenantIdAndAccountIdAndAssetId(tenantId, accountId, assetId);
        try {
            // Quantities do not depend on the cost method; either replays them the same.
            Positions.replay(
                    CostMethod.FIFO,
                    rows.stream().map(Activity::trade).toList(),
                    splits.engineSplits(tenantId, assetId));
        } catch (InsufficientQuantity refused) {
            throw new QuantityNotHeld(refused.date(), refused.held(), refused.requested());
        }
    }
}
