package dev.finsuite.emi.schedule;

import dev.finsuite.common.domain.DomainFailure;

/** The loan's terms and adjustments describe no loan that can be repaid (422, with a code saying why). */
public class ScheduleRejected extends DomainFailure.Refused {

    public ScheduleRejected(String code, String detail) {
        super(code, detail);
    }
}
