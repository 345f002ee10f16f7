package dev.finsuite.export.report.statement;

import dev.finsuite.export.ledger.MonthRange;
import dev.finsuite.export.tabular.Table;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The statements as the tables their files hold, for callers outside this package (scheduled reports). */
@Component
public class StatementFiles {

    private final Statements statements;

    StatementFiles(Statements statements) {
        this.statements = statements;
    }

    public Table incomeStatement(UUID tenant, MonthRange months) {
        return StatementTables.incomeStatement(
                statements.incomeStatement(tenant, months).body());
    }

    public Table cashFlow(UUID tenant, MonthRange months) {
        return StatementTables.cashFlow(statements.cashFlow(tenant, months).body());
    }
}
