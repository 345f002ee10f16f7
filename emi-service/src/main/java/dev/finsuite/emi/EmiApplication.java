package dev.finsuite.emi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EmiApplication {

    public static void main(String[] args) {
        SpringApplication.run(EmiApplication.class, args);
    }
}
