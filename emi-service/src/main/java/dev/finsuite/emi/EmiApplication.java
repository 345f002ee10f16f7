package dev.finsuite.emi;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.money.Currencies;
import dev.finsuite.common.quota.TenantQuotas;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Import;

@SpringBootApplication
@Import({Currencies.class, Metadata.class, TenantQuotas.class})
@EnableConfigurationProperties(EmiQuotas.class)
public class EmiApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmiApplication.class, args);
    }
}
