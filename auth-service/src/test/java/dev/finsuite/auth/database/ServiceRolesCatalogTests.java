package dev.finsuite.auth.database;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The services' login roles across the whole schema (V17), read from the catalog as the owner: which roles each
 * can become, and that nothing is left granted to finsuite_app, the role every service used to switch to.
 */
class ServiceRolesCatalogTests extends ServiceTest {

    private static final String SERVICE_ROLES =
            "('finsuite_auth', 'finsuite_finance', 'finsuite_emi', 'finsuite_investment',"
                    + " 'finsuite_market', 'finsuite_export_reader')";

    @Test
    void theOnlyRoleAServiceCanBecomeIsTheRestorerForExportServicesRestores() throws SQLException {
        assertThat(rows("""
                select m.rolname || ' -> ' || g.rolname from pg_auth_members am
                join pg_roles m on m.oid = am.member join pg_roles g on g.oid = am.roleid
                where m.rolname in""" + SERVICE_ROLES)).containsExactly("finsuite_export_reader -> finsuite_restorer");
    }

    @Test
    void everyServiceRoleLogsInWithoutAnyPowerOverRolesDatabasesOrRowLevelSecurity() throws SQLException {
        assertThat(rows(
                        "select rolname || ' ' || rolcanlogin || rolsuper || rolbypassrls || rolcreaterole || rolcreatedb"
                                + " || rolreplication || rolinherit from pg_roles where rolname in" + SERVICE_ROLES))
                .hasSize(6)
                .allSatisfy(role -> assertThat(role).endsWith(" truefalsefalsefalsefalsefalsefalse"));
    }

    @Test
    void nothingIsGrantedToTheRetiredSharedRole() throws SQLException {
        assertThat(rows("""
                select c.relname from pg_class c
                where c.relnamespace = 'public'::regnamespace
                  and (has_table_privilege('finsuite_app', c.oid, 'SELECT,INSERT,UPDATE,DELETE,TRUNCATE')
                       or has_any_column_privilege('finsuite_app', c.oid, 'SELECT,INSERT,UPDATE'))"""))
                .as("a new table is granted to its service's role, not to finsuite_app")
                .isEmpty();
        assertThat(rows("""
                select p.proname from pg_proc p
                where p.pronamespace = 'public'::regnamespace and p.proacl is not null
                  and has_function_privilege('finsuite_app', p.oid, 'EXECUTE')"""))
                .as("a new job function is granted to its service's role, not to finsuite_app")
                .isEmpty();
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
