package dev.finsuite.auth;

import dev.finsuite.common.money.Currencies;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

@SpringBootApplication
// A base currency is one of the suite's currencies (market-service's table), checked as every service checks one.
@Import(Currencies.class)
public class AuthApplication {

    public static void main(String[] args) {
        SpringApplication.run(AuthApplication.class, args);
    }
}
