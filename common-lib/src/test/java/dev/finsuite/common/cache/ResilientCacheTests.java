package dev.finsuite.common.cache;

import static org.assertj.core.api.Assertions.assertThat;

import dev.finsuite.common.autoconfigure.SuiteCacheAutoConfiguration;
import dev.finsuite.common.config.RedisUrl;
import dev.finsuite.common.tenant.TenantContext;
import dev.finsuite.common.testsupport.TestInfrastructure;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.MapPropertySource;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.RedisCallback;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The cache against a real Redis, and against a Redis that is not there. */
class ResilientCacheTests {

    @Test
    void cachesPerTenantInRedis() {
        RedisUrl redis = TestInfrastructure.redis(14);
        assertThat(TestInfrastructure.reachableForTests(redis.host(), redis.port()))
                .as("Redis must run at %s:%d for this test (see README.md)", redis.host(), redis.port())
                .isTrue();
        try (AnnotationConfigApplicationContext context = context(redis.host(), redis.port())) {
            Lookup lookup = context.getBean(Lookup.class);
            UUID tenantA = UUID.randomUUID();
            UUID tenantB = UUID.randomUUID();

            StringRedisTemplate template = new StringRedisTemplate(context.getBean(LettuceConnectionFactory.class));
            String first = TenantContext.callAs(tenantA, () -> lookup.answer("q"));
            String again = TenantContext.callAs(tenantA, () -> lookup.answer("q"));
            String other = TenantContext.callAs(tenantB, () -> lookup.answer("q"));

            assertThat(again).isEqualTo(first);
            assertThat(other).isNotEqualTo(first);
            assertThat(lookup.calls()).isEqualTo(2);
            assertThat(template.keys("test:" + tenantA + ":answers::*")).hasSize(1);
            assertThat(template.getExpire("test:" + tenantA + ":answers::q")).isPositive();
        }
    }

    @Test
    void entriesAreJsonOfTheDeclaredTypeAndAnUnreadableOneIsAMiss() {
        RedisUrl redis = TestInfrastructure.redis(14);
        try (AnnotationConfigApplicationContext context = context(redis.host(), redis.port())) {
            Lookup lookup = context.getBean(Lookup.class);
            UUID tenant = UUID.randomUUID();
            StringRedisTemplate template = new StringRedisTemplate(context.getBean(LettuceConnectionFactory.class));
            String key = "test:" + tenant + ":answers::q";

            String first = TenantContext.callAs(tenant, () -> lookup.answer("q"));
            assertThat(template.opsForValue().get(key)).isEqualTo("\"" + first + "\"");

            // Whatever is written into Redis is read as the declared type or not at all: no class is chosen by it.
            template.opsForValue().set(key, "[\"java.net.URL\",\"http://attacker.example\"]");
            String afterTampering = TenantContext.callAs(tenant, () -> lookup.answer("q"));
            assertThat(afterTampering).isNotEqualTo(first).startsWith("answer-");
        }
    }

    @Test
    void clearingATenantsCacheScansAndNeverRunsKeys() {
        RedisUrl redis = TestInfrastructure.redis(14);
        // A Redis user that may not run KEYS: a clear that used it would fail instead of emptying the cache.
        // One fixed name, reset on every run and switched off after it, so runs leave no users behind.
        String user = "finsuite-cache-test";
        try (AnnotationConfigApplicationContext admin = context(redis.host(), redis.port(), null)) {
            StringRedisTemplate root = new StringRedisTemplate(admin.getBean(LettuceConnectionFactory.class));
            root.execute((RedisCallback<Object>) connection -> connection.execute(
                    "ACL",
                    bytes("SETUSER"),
                    bytes(user),
                    bytes("reset"),
                    bytes("on"),
                    bytes("nopass"),
                    bytes("~*"),
                    bytes("+@all"),
                    bytes("-keys")));
            try (AnnotationConfigApplicationContext context = context(redis.host(), redis.port(), user)) {
                Lookup lookup = context.getBean(Lookup.class);
                UUID tenant = UUID.randomUUID();
                UUID other = UUID.randomUUID();
                TenantContext.callAs(tenant, () -> lookup.answer("q"));
                TenantContext.callAs(other, () -> lookup.answer("q"));
                assertThat(root.hasKey("test:" + tenant + ":answers::q")).isTrue();

                TenantContext.callAs(tenant, () -> {
                    context.getBean(CacheManager.class).getCache("answers").clear();
                    return null;
                });

                assertThat(root.hasKey("test:" + tenant + ":answers::q")).isFalse();
                assertThat(root.hasKey("test:" + other + ":answers::q")).isTrue();
            } finally {
                root.execute((RedisCallback<Object>)
                        connection -> connection.execute("ACL", bytes("SETUSER"), bytes(user), bytes("off")));
            }
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void keepsAnsweringWhenRedisIsDown() {
        try (AnnotationConfigApplicationContext context = context("127.0.0.1", 1)) {
            Lookup lookup = context.getBean(Lookup.class);
            UUID tenant = UUID.randomUUID();

            String first = TenantContext.callAs(tenant, () -> lookup.answer("q"));
            String second = TenantContext.callAs(tenant, () -> lookup.answer("q"));

            assertThat(first).startsWith("answer-");
            assertThat(second).startsWith("answer-");
            assertThat(lookup.calls()).isEqualTo(2);
        }
    }

    private static AnnotationConfigApplicationContext context(String host, int port) {
        return context(host, port, null);
    }

    private static AnnotationConfigApplicationContext context(String host, int port, String user) {
        AnnotationConfigApplicationContext context = new AnnotationConfigApplicationContext();
        // what a Boot application has: conversion of "10m" to a Duration
        context.getBeanFactory()
                .setConversionService(
                        org.springframework.boot.convert.ApplicationConversionService.getSharedInstance());
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test",
                        java.util.Map.of(
                                "redis.host",
                                host,
                                "redis.port",
                                port,
                                "finsuite.cache.prefix",
                                "test",
                                "redis.user",
                                user == null ? "" : user)));
        context.register(CacheTestConfiguration.class);
        context.refresh();
        return context;
    }

    @Configuration
    @Import(SuiteCacheAutoConfiguration.class)
    static class CacheTestConfiguration {

        @Bean
        LettuceConnectionFactory redisConnectionFactory(org.springframework.core.env.Environment environment) {
            RedisStandaloneConfiguration server = new RedisStandaloneConfiguration(
                    environment.getProperty("redis.host"), environment.getProperty("redis.port", Integer.class));
            server.setDatabase(14);
            String user = environment.getProperty("redis.user", "");
            if (!user.isEmpty()) {
                server.setUsername(user);
            }
            LettuceClientConfiguration client = LettuceClientConfiguration.builder()
                    .commandTimeout(java.time.Duration.ofMillis(500))
                    .build();
            return new LettuceConnectionFactory(server, client);
        }

        @Bean
        CachedValue answers() {
            return CachedValue.of("answers", String.class);
        }

        @Bean
        Lookup lookup() {
            return new Lookup();
        }
    }

    static class Lookup {
        private final AtomicInteger calls = new AtomicInteger();

        /** A method, not the field: the caching proxy has its own, empty copy of fields. */
        public int calls() {
            return calls.get();
        }

        @Cacheable("answers")
        public String answer(String question) {
            return "answer-" + calls.incrementAndGet();
        }
    }
}
