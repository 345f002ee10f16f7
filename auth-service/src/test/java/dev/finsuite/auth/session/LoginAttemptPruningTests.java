package dev.finsuite.auth.session;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.auth.Accounts;
import dev.finsuite.common.testsupport.ServiceTest;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class LoginAttemptPruningTests extends ServiceTest {

    @Autowired
    LoginAttempts attempts;

    @Test
    void attemptsOlderThanADayAreRemovedRecentOnesKept() throws Exception {
        String old = Accounts.uniqueEmail("old");
        String recent = Accounts.uniqueEmail("recent");
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("insert into login_attempts (email, succeeded, attempted_at) values ('" + old
                    + "', false, now() - interval '2 days'), ('" + recent + "', false, now() - interval '1 hour')");
        }

        assertThat(attempts.prune()).isGreaterThanOrEqualTo(1);

        assertThat(count("select count(*) from login_attempts where email = '" + old + "'"))
                .isZero();
        assertThat(count("select count(*) from login_attempts where email = '" + recent + "'"))
                .isEqualTo(1);
    }

    private static int count(String sql) throws Exception {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
