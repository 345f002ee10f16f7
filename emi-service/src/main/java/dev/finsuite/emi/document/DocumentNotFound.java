package dev.finsuite.emi.document;

import dev.finsuite.common.domain.DomainFailure;

/** The loan has no such document (or it belongs to another household). */
final class DocumentNotFound extends DomainFailure.NotFound {
    DocumentNotFound() {
        super("No such document");
    }
}
