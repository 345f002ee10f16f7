package dev.finsuite.auth.tenant;

import dev.finsuite.common.domain.DomainFailure;

/** The caller's tenant is gone (deleted while their token is still valid). */
final class TenantNotFound extends DomainFailure.NotFound {
    TenantNotFound() {
        super("No such tenant");
    }
}
