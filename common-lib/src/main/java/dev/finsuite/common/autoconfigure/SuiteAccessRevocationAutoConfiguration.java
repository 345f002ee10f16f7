package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.security.AccessRevocations;
import dev.finsuite.common.security.ApiTokenScopes;
import dev.finsuite.common.security.ApiTokens;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every service refuses access tokens auth-service has revoked: read from PostgreSQL (fresh for at most
 * {@code finsuite.security.revocations-fresh-for}, 25 s, so within 30 s without Redis) and heard at once on
 * Redis. Without Redis the listener keeps trying to subscribe in the background; start-up does not wait for it.
 */
@AutoConfiguration(after = {DataSourceAutoConfiguration.class, DataRedisAutoConfiguration.class})
@ConditionalOnBean(DataSource.class)
public class SuiteAccessRevocationAutoConfiguration {

    @Bean
    AccessRevocations accessRevocations(
            DataSource dataSource, @Value("${finsuite.security.revocations-fresh-for:25s}") Duration freshFor) {
        return new AccessRevocations(new JdbcTemplate(dataSource), freshFor);
    }

    /** Personal API tokens, looked up in auth-service's table through its one-hash function (V25). */
    @Bean
    ApiTokens apiTokens(DataSource dataSource, ObjectProvider<Clock> clock, ObjectProvider<ApiTokenScopes> scopes) {
        ApiTokenScopes configured = scopes.getIfAvailable();
        return new ApiTokens(
                new JdbcTemplate(dataSource),
                clock.getIfAvailable(Clock::systemUTC),
                configured == null ? Duration.ofSeconds(25) : configured.freshFor());
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(RedisMessageListenerContainer.class)
    @ConditionalOnBean(RedisConnectionFactory.class)
    static class Pushed {

        private static final Logger log = LoggerFactory.getLogger(Pushed.class);

        @Bean
        RedisMessageListenerContainer accessRevocationListener(
                RedisConnectionFactory redis, AccessRevocations revocations) {
            RedisMessageListenerContainer container = new RedisMessageListenerContainer();
            container.setConnectionFactory(redis);
            // Started by subscribeInTheBackground, not with the context: a Redis that is down must not stop a start.
            container.setAutoStartup(false);
            container.setRecoveryInterval(5_000);
            container.addMessageListener(
                    (message, pattern) -> revocations.heard(new String(message.getBody(), StandardCharsets.UTF_8)),
                    new ChannelTopic(AccessRevocations.CHANNEL));
            return container;
        }

        /**
         * Subscribes in the background whenever the context starts (at start-up, and again after a stop and start),
         * retrying every 5 s while Redis cannot be reached; once subscribed, the container itself resubscribes after
         * a Redis outage. Meanwhile the database bounds the delay. Start-up never waits for Redis.
         */
        @Bean
        SmartLifecycle accessRevocationSubscription(RedisMessageListenerContainer container) {
            return new SmartLifecycle() {
                private volatile Thread subscriber;

                @Override
                public void start() {
                    Thread thread = new Thread(() -> subscribe(container), "access-revocation-subscriber");
                    thread.setDaemon(true);
                    subscriber = thread;
                    thread.start();
                }

                @Override
                public void stop() {
                    Thread thread = subscriber;
                    subscriber = null;
                    if (thread != null) {
                        thread.interrupt();
                    }
                    stopQuietly(container);
                }

                @Override
                public boolean isRunning() {
                    return subscriber != null;
                }
            };
        }

        private static void stopQuietly(RedisMessageListenerContainer container) {
            try {
                container.stop();
            } catch (RuntimeException alreadyStopped) {
                // Nothing was subscribed.
            }
        }

        private static void subscribe(RedisMessageListenerContainer container) {
            boolean warned = false;
            while (!Thread.currentThread().isInterrupted()) {
                try {
                    container.start();
                } catch (RuntimeException redisDown) {
                    // A failed start can leave the container "running" without a subscription: stop, try again.
                    stopQuietly(container);
                    if (!warned) {
                        log.warn(
                                "Cannot hear access revocations on Redis yet ({}); reading them from the database"
                                        + " meanwhile, retrying every 5 s",
                                redisDown.toString());
                        warned = true;
                    }
                }
                if (container.isRunning()) {
                    if (warned) {
                        log.info("Hearing access revocations on Redis now");
                    }
                    return;
                }
                try {
                    Thread.sleep(5_000);
                } catch (InterruptedException stopping) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
