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
 * The query parameters {@link ExportRequest} reads from a {@code MultiValueMap}, which springdoc cannot see, as
 * OpenAPI parameters: for the streamed export and the export job alike. The examples make one valid expenses
 * export together (Swagger UI fills them in), except accountId, which only investment entities take.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Parameters({
    @Parameter(name = "format", in = ParameterIn.QUERY, example = "csv", description = "csv (default), xlsx or jsonl"),
    @Parameter(
            name = "dialect",
            in = ParameterIn.QUERY,
            example = "excel",
            description = "With csv: data (default; RFC 4180, UTF-8, comma, dot decimals, ISO dates) or "
                    + "excel (UTF-8 with BOM, the locale's separators)"),
    @Parameter(
            name = "locale",
            in = ParameterIn.QUERY,
            example = "de-DE",
            description = "With dialect=excel only: e.g. de-DE gives ';' and 1234,50 (default en-US)"),
    @Parameter(
            name = "from",
            in = ParameterIn.QUERY,
            example = "2026-01-01",
            description = "Entities with dates: first day, included"),
    @Parameter(
            name = "to",
            in = ParameterIn.QUERY,
            example = "2026-03-31",
            description = "Entities with dates: last day, included"),
    @Parameter(
            name = "categoryId",
            in = ParameterIn.QUERY,
            example = "00000000-0000-4000-8000-000000000102",
            description = "Expenses, incomes, categories, budgets, recurring rules: the category and its "
                    + "sub-categories"),
    @Parameter(
            name = "tag",
            in = ParameterIn.QUERY,
            example = "groceries",
            description = "Expenses, incomes, recurring rules: rows carrying this tag (1 to 100 characters)"),
    @Parameter(
            name = "currency",
            in = ParameterIn.QUERY,
            example = "INR",
            description = "Entities with amounts: rows in this ISO 4217 currency"),
    @Parameter(
            name = "accountId",
            in = ParameterIn.QUERY,
            example = "5d0c9427-b552-4027-aeec-8e19aebcef9e",
            description = "Investment accounts and activities: one investment account")
})
public @interface ExportParameters {}
