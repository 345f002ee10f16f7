package dev.finsuite.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseUrlTests {

    @Test
    void readsThePythonStyleUrl() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://finance:s3cr%40t@db.internal:6543/money");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://db.internal:6543/money");
        assertThat(url.username()).isEqualTo("finance");
        assertThat(url.password()).isEqualTo("s3cr@t");
    }

    @Test
    void readsTheAsyncpgVariantAsTheSameThing() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql+asyncpg://u:p@localhost/suite?sslmode=require");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/suite?sslmode=require");
        assertThat(url.username()).isEqualTo("u");
        assertThat(url.password()).isEqualTo("p");
    }

    @Test
    void keepsAJdbcUrlAsItIs() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://h:5432/d?user=a&password=b");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d?user=a&password=b");
        assertThat(url.username()).isNull();
    }

    @Test
    void splitsCredentialsOutOfAJdbcUrl() {
        DatabaseUrl url = DatabaseUrl.parse("jdbc:postgresql://a:b@h:5432/d");
        assertThat(url.jdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/d");
        assertThat(url.username()).isEqualTo("a");
    }

    @Test
    void aPlusInAPasswordStaysAPlus() {
        assertThat(DatabaseUrl.parse("postgresql://u:a+b%2Fc%2Bd@h/d").password())
                .isEqualTo("a+b/c+d");
        assertThat(RedisUrl.parse("redis://:x+y@h:6379", 0).password()).isEqualTo("x+y");
    }

    @Test
    void aUserWithoutPasswordIsFine() {
        DatabaseUrl url = DatabaseUrl.parse("postgresql://postgres@127.0.0.1:5432/finsuite");
        assertThat(url.username()).isEqualTo("postgres");
        assertThat(url.password()).isNull();
    }

    @Test
    void refusesWhatIsNotPostgres() {
        assertThatThrownBy(() -> DatabaseUrl.parse("mysql://u:p@h/d")).hasMessageContaining("not PostgreSQL");
        assertThatThrownBy(() -> DatabaseUrl.parse("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void neverShowsThePassword() {
        assertThat(DatabaseUrl.parse("postgresql://u:topsecret@h/d").toString()).doesNotContain("topsecret");
    }
}
