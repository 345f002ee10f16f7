package dev.finsuite.finance;

import dev.finsuite.common.testsupport.OperationalContract;

class OperationalTests extends OperationalContract {

    @Override
    protected String apiPath() {
        return "/api/v1/expenses";
    }
}
