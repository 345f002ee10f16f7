package dev.finsuite.ops;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The suite as an operator runs it scaled out, started once per test JVM: auth-, emi-, investment- and
 * export-service once, finance-service and market-service as two replicas each, all against one PostgreSQL and
 * Redis. Both finance replicas run the recurring job every 2 s and both market replicas the ECB import every
 * 10 s (each replica from its own fixture path, so the tests can tell who imported). finance-b converts through a
 * {@link SlowMarket}, so its foreign-currency writes are slow: GracefulShutdownTests stops it under such writes,
 * last (see junit-platform.properties). Started once, on this machine all at once (a start that fails is not
 * tried again by the next test class); stopped when the JVM exits.
 */
final class Suite {

    private static Suite instance;
    private static RuntimeException failedStart;

    final ProviderFixtures providers = new ProviderFixtures();
    final SlowMarket slowMarket = new SlowMarket(Duration.ofMillis(1500));
    final ServiceProcess auth;
    final ServiceProcess financeA;
    final ServiceProcess financeB;
    final ServiceProcess emi;
    final ServiceProcess investment;
    final ServiceProcess marketA;
    final ServiceProcess marketB;
    final ServiceProcess export;
    private final List<ServiceProcess> all = new ArrayList<>();

    static synchronized Suite get() {
        if (failedStart != null) {
            throw new IllegalStateException("The suite did not start (see the first test's failure)", failedStart);
        }
        if (instance == null) {
            try {
                instance = new Suite();
            } catch (RuntimeException e) {
                failedStart = e;
                throw e;
            }
        }
        return instance;
    }

    private Suite() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-suite"));
        int authPort = ServiceProcess.freePort();
        int marketAPort = ServiceProcess.freePort();
        int financeAPort = ServiceProcess.freePort();
        int emiPort = ServiceProcess.freePort();
        int investmentPort = ServiceProcess.freePort();
        // Export's net worth and reports ask finance, emi and investment; investment prices through market.
        Map<String, String> calls = Map.of(
                "AUTH_SERVICE_URL", "http://127.0.0.1:" + authPort,
                "MARKET_SERVICE_URL", "http://127.0.0.1:" + marketAPort,
                "FINANCE_SERVICE_URL", "http://127.0.0.1:" + financeAPort,
                "EMI_SERVICE_URL", "http://127.0.0.1:" + emiPort,
                "INVESTMENT_SERVICE_URL", "http://127.0.0.1:" + investmentPort);
        auth = add(ServiceProcess.start("auth-service", "auth", authPort, calls));
        Map<String, String> finance = new LinkedHashMap<>(calls);
        finance.put("FINSUITE_JOBS_INTERVAL", "2s");
        finance.put("FINSUITE_JOBS_INITIAL_DELAY", "1s");
        finance.put("LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK", "DEBUG");
        financeA = add(ServiceProcess.start("finance-service", "finance-a", financeAPort, finance));
        Map<String, String> slowFinance = new LinkedHashMap<>(finance);
        slowFinance.put("MARKET_SERVICE_URL", slowMarket.url());
        financeB = add(ServiceProcess.start("finance-service", "finance-b", ServiceProcess.freePort(), slowFinance));
        emi = add(ServiceProcess.start("emi-service", "emi", emiPort, calls));
        investment = add(ServiceProcess.start("investment-service", "investment", investmentPort, calls));
        marketA = add(ServiceProcess.start("market-service", "market-a", marketAPort, market("a", calls)));
        marketB =
                add(ServiceProcess.start("market-service", "market-b", ServiceProcess.freePort(), market("b", calls)));
        export = add(ServiceProcess.start("export-service", "export", ServiceProcess.freePort(), calls));
        try {
            for (ServiceProcess process : all) {
                process.awaitReady(Duration.ofMinutes(25));
            }
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
    }

    /** A market replica whose ECB import runs every 10 s from its own fixture path; no provider on the internet. */
    private Map<String, String> market(String replica, Map<String, String> calls) {
        Map<String, String> environment = new LinkedHashMap<>(calls);
        environment.put("ECB_DAILY_URL", providers.url("/" + replica + "/ecb/daily.xml"));
        environment.put("ECB_HISTORY_URL", providers.url("/" + replica + "/ecb/hist-90d.xml"));
        environment.put("ECB_CRON", "*/10 * * * * *");
        environment.put("ECB_IMPORT_ON_START", "false");
        environment.put("OXR_APP_ID", "");
        environment.put("STOOQ_URL", providers.url("/stooq"));
        environment.put("COINGECKO_URL", providers.url("/coingecko"));
        environment.put("ALPHAVANTAGE_URL", providers.url("/alphavantage"));
        environment.put("LOGGING_LEVEL_NET_JAVACRUMBS_SHEDLOCK", "DEBUG");
        return environment;
    }

    private ServiceProcess add(ServiceProcess process) {
        all.add(process);
        return process;
    }

    /** Every replica, by the gateway's upstream name. */
    Map<String, List<String>> upstreams() {
        return Map.of(
                "auth_service", List.of(auth.address()),
                "finance_service", List.of(financeA.address(), financeB.address()),
                "emi_service", List.of(emi.address()),
                "investment_service", List.of(investment.address()),
                "market_service", List.of(marketA.address(), marketB.address()),
                "export_service", List.of(export.address()));
    }

    List<ServiceProcess> all() {
        return List.copyOf(all);
    }

    /** The last lines of every replica's log, for a failed assertion's message. */
    String tails() {
        StringBuilder tails = new StringBuilder();
        all.forEach(process -> tails.append('\n').append(process.tail(30)));
        return tails.toString();
    }

    private void stop() {
        all.forEach(ServiceProcess::terminate);
        all.forEach(process -> {
            if (!process.awaitExit(Duration.ofSeconds(30))) {
                process.stop();
            }
        });
    }
}
