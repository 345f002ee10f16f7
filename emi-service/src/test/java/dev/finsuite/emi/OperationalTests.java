package dev.finsuite.emi;

import dev.finsuite.common.testsupport.OperationalContract;

class OperationalTests extends OperationalContract {

    @Override
    protected String apiPath() {
        return "/api/v1/emis";
    }
}
