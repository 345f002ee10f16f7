package dev.finsuite.export.web;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Parameters;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The file parameters every report reads from its {@code MultiValueMap} (which springdoc cannot see), as
 * OpenAPI parameters, declared once for all of them.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameters({
    @Parameter(name = "format", in = ParameterIn.QUERY, example = "csv", description = "json (default), csv or xlsx"),
    @Parameter(
            name = "dialect",
            in = ParameterIn.QUERY,
            example = "excel",
            description = "With csv: data (default; RFC 4180, comma, dot decimals) or excel"),
    @Parameter(
            name = "locale",
            in = ParameterIn.QUERY,
            example = "de-DE",
            description = "With dialect=excel: the locale whose separators the file uses, e.g. de-DE")
})
@interface ReportFileParameters {}
