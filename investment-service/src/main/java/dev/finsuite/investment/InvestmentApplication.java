package dev.finsuite.investment;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;

@SpringBootApplication
@Import({Currencies.class, Metadata.class})
public class InvestmentApplication {

    public static void main(String[] args) {
        SpringApplication.run(InvestmentApplication.class, args);
    }
}
