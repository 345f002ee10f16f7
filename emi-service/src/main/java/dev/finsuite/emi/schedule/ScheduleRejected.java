package dev.finsuite.emi.schedule;

import dev.finsuite.common.web.ApiException;

/** The loan's terms and adjustments describe no loan that can be repaid (422, with a code saying why). */
public class ScheduleRejected extends ApiException.UnprocessableException {

    public ScheduleRejected(String code, String detail) {
        super(code, detail);
    }
}
