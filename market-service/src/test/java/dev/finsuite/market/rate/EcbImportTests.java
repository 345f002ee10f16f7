package dev.finsuite.market.rate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.market.MarketTest;
import dev.finsuite.market.ProviderFixtures.Behaviour;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

class EcbImportTests extends MarketTest {

    @Autowired
    MeterRegistry meters;

    @Test
    void theFirstImportLoadsTheNinetyDayHistoryThenTheDailyFile() throws SQLException {
        int history = imports.importEcb();

        assertThat(history).isEqualTo(count("select count(*) from exchange_rates where source = 'ECB'"));
        assertThat(count("select count(distinct rate_date) from exchange_rates where source = 'ECB'"))
                .isEqualTo(64);
        assertThat(count("select count(*) from exchange_rates where rate_date = '2017-03-03' and quote = 'USD'"
                        + " and rate = 1.0565"))
                .isEqualTo(1);

        int daily = imports.importEcb();
        assertThat(daily).isEqualTo(30);
        assertThat(count("select count(*) from exchange_rates where rate_date = '2025-05-09'"))
                .isEqualTo(30);
    }

    @Test
    void importingAgainAddsNothingAndTrailingZerosMakeNoDuplicate() throws SQLException {
        imports.importEcb();
        imports.importEcb();
        long before = count("select count(*) from exchange_rates");

        assertThat(imports.importEcb()).isZero();
        assertThat(count("select count(*) from exchange_rates")).isEqualTo(before);
        // the daily file prints GBP as 0.84770: one row, worth 0.8477
        assertThat(count("select count(*) from exchange_rates where rate_date = '2025-05-09' and quote = 'GBP'"
                        + " and rate = 0.8477"))
                .isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(
            value = Behaviour.class,
            names = {"GARBAGE", "SERVER_ERROR", "EMPTY", "SLOW"})
    void aFailingProviderIsSkippedAndStoredRatesStayIntact(Behaviour behaviour) throws SQLException {
        imports.importEcb();
        long before = count("select count(*) from exchange_rates");
        double failuresBefore = failures();
        providers.behave("/ecb/daily.xml", behaviour);

        long started = System.nanoTime();
        assertThat(imports.importEcb()).isZero();

        assertThat((System.nanoTime() - started) / 1_000_000)
                .as("bounded by the 2 s timeout")
                .isLessThan(3_400);
        assertThat(count("select count(*) from exchange_rates")).isEqualTo(before);
        assertThat(failures()).isGreaterThan(failuresBefore);
    }

    @Test
    void xmlWithAnExternalEntityIsRefused() throws SQLException {
        providers.serveText("/ecb/hist-90d.xml", """
                <?xml version="1.0"?>
                <!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <gesmes:Envelope xmlns:gesmes="http://www.gesmes.org/xml/2002-08-01"
                    xmlns="http://www.ecb.int/vocabulary/2002-08-01/eurofxref">
                  <Cube><Cube time="2025-05-09"><Cube currency="USD" rate="&secret;"/></Cube></Cube>
                </gesmes:Envelope>""");

        assertThat(imports.importEcb()).isZero();
        assertThat(count("select count(*) from exchange_rates")).isZero();
    }

    private double failures() {
        return meters.find("market.provider.failures").tag("provider", "ecb").counters().stream()
                .mapToDouble(counter -> counter.count())
                .sum();
    }
}
