package dev.finsuite.common.ratelimit;

import java.util.Map;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** A service in miniature: the suite's auto-configuration (security, problems, limits) and three routes. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LimitedApp.Things.class)
class LimitedApp {

    @RestController
    static class Things {

        @GetMapping("/api/v1/things")
        Map<String, String> list() {
            return Map.of("status", "listed");
        }

        @PostMapping("/api/v1/things")
        ResponseEntity<Map<String, String>> create() {
            return ResponseEntity.status(201).body(Map.of("status", "created"));
        }

        @PostMapping("/api/v1/exports/things")
        ResponseEntity<Map<String, String>> export() {
            return ResponseEntity.accepted().body(Map.of("status", "exporting"));
        }
    }
}
