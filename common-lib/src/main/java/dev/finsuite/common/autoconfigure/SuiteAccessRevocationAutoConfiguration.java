package dev.finsuite.common.autoconfigure;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import javax.sql.DataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.JdbcTemplate;

import dev.finsuite.common.security.AccessRevocations;

/**
 * Every service refuses access tokens auth-service has revoked: read from PostgreSQL (fresh for at most
 * {@code finsuite.security.revocations-fresh-for}, 25 s, so within 30 s without Redis) and heard at once on
 * Redis. Without Redis the listener keeps trying to subscribe in the background; start-up does not wait for it.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataRedisAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
public class SuiteAccessRevocationAutoConfiguration {

    @Bean
    AccessRevocations accessRevocations(DataSource dataSource,
            @Value("${finsuite.security.revocations-fresh-for:25s}") Duration freshFor) {
        return new AccessRevocations(new JdbcTemplate(dataSource), freshFor);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RedisMessageListenerContainer.class)
    @ConditionalOnBean(RedisConnectionFactory.class)
    static class Pushed {

        @Bean
        RedisMessageListenerContainer accessRevocationListener(RedisConnectionFactory redis,
                AccessRevocations revocations) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(redis);
            // Redis down at start-up: subscribe in the background and retry, never hold the service back.
            container.setMaxSubscriptionRegistrationWaitingTime(500);
            container.setRecoveryInterval(5_000);
            container.addMessageListener((message, pattern) -> revocations.heard(new String(message.getBody(),
                    StandardCharsets.UTF_8)), new ChannelTopic(AccessRevocations.CHANNEL));
            return container;
        }
    }
}
