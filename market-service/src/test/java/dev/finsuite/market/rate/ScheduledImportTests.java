package dev.finsuite.market.rate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.testsupport.TestInfrastructure;
import dev.finsuite.market.MarketTest;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The scheduled import holds a lock row in PostgreSQL: replicas firing together import once. */
class ScheduledImportTests extends MarketTest {

    @BeforeEach
    void noLockHeld() throws Exception {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            // Expire, never delete: ShedLock remembers which lock rows exist and from then on only updates them.
            statement.execute("update shedlock set lock_until = now() - interval '1 second'");
        }
    }

    @Test
    void replicasFiringAtOnceFetchAndImportOnce() throws Exception {
        long fetchesBefore = ecbFetches();
        ExecutorService replicas = Executors.newFixedThreadPool(4);
        List<Callable<Void>> firing = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            firing.add(() -> {
                imports.scheduledEcb();
                return null;
            });
        }
        for (var done : replicas.invokeAll(firing)) {
            done.get();
        }
        replicas.shutdown();

        assertThat(ecbFetches() - fetchesBefore).isEqualTo(1);
        assertThat(count("select count(distinct rate_date) from exchange_rates where source = 'ECB'"))
                .isEqualTo(64);
        assertThat(count("select count(*) from shedlock where name = 'ecb-import' and lock_until > now()"))
                .isEqualTo(1);
    }

    @Test
    void theStartUpImportWaitsItsTurnBehindAnotherReplicasLock() throws Exception {
        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(
                    "insert into shedlock (name, lock_until, locked_at, locked_by) values "
                            + "('ecb-import', now() + interval '5 minutes', now(), 'replica-2'),"
                            + "('oxr-import', now() + interval '5 minutes', now(), 'replica-2')"
                            + " on conflict (name) do update set lock_until = excluded.lock_until, locked_by = excluded.locked_by");
        }
        long fetchesBefore = ecbFetches();

        imports.initialImport();

        assertThat(ecbFetches()).isEqualTo(fetchesBefore);
        assertThat(count("select count(*) from exchange_rates")).isZero();

        try (Connection connection = TestInfrastructure.ownerConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("update shedlock set lock_until = now() - interval '1 second'");
        }
        imports.initialImport();
        assertThat(count("select count(*) from exchange_rates where source = 'ECB'"))
                .isPositive();
        assertThat(count("select count(*) from exchange_rates where source = 'OXR'"))
                .isPositive();
    }

    private static long ecbFetches() {
        return providers.requests().stream()
                .filter(request -> request.startsWith("/ecb/"))
                .count();
    }
}
