package dev.finsuite.export.web;

import dev.finsuite.common.web.ApiException.NotFoundException;

/** An export of an entity export-service does not know: a 404, like any missing resource. */
class UnknownExportEntity extends NotFoundException {

    UnknownExportEntity(String entity, java.util.List<String> known) {
        super("There is no export of '" + entity + "'; exports exist for " + String.join(", ", known));
    }
}
