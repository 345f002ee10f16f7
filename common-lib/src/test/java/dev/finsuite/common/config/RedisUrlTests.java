package dev.finsuite.common.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RedisUrlTests {

    @Test
    void usesTheServicesOwnDatabaseWhenTheUrlNamesNone() {
        RedisUrl url = RedisUrl.parse("redis://:pw@cache:6380", 3);
        assertThat(url.host()).isEqualTo("cache");
        assertThat(url.port()).isEqualTo(6380);
        assertThat(url.password()).isEqualTo("pw");
        assertThat(url.database()).isEqualTo(3);
        assertThat(url.ssl()).isFalse();
    }

    @Test
    void aDatabaseInTheUrlWins() {
        assertThat(RedisUrl.parse("redis://localhost:6379/7", 1).database()).isEqualTo(7);
    }

    @Test
    void readsUserTlsAndDefaults() {
        RedisUrl url = RedisUrl.parse("rediss://app:p%40ss@cache", 2);
        assertThat(url.username()).isEqualTo("app");
        assertThat(url.password()).isEqualTo("p@ss");
        assertThat(url.port()).isEqualTo(6379);
        assertThat(url.ssl()).isTrue();
        assertThat(url.toString()).doesNotContain("p@ss");
    }
}
