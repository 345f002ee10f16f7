package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.security.AccessRevocations;
import dev.finsuite.common.security.ApiTokenScopes;
import dev.finsuite.common.security.ApiTokens;
import dev.finsuite.common.security.BearerTokenFilter;
import dev.finsuite.common.security.JwtTokens;
import dev.finsuite.common.security.ProblemSecurityHandlers;
import dev.finsuite.common.security.SecretKeyPolicy;
import dev.finsuite.common.security.SuiteSecurityProperties;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * Stateless bearer-token security for every service. Reads need VIEWER, writes need MEMBER (the role
 * hierarchy OWNER > ADMIN > MEMBER > VIEWER makes higher roles pass); finer rules sit on controller methods.
 */
@AutoConfiguration(
        before = {
            SecurityAutoConfiguration.class,
            ServletWebSecurityAutoConfiguration.class,
            ManagementWebSecurityAutoConfiguration.class,
            UserDetailsServiceAutoConfiguration.class
        })
@EnableConfigurationProperties({SuiteSecurityProperties.class, ApiTokenScopes.class})
@EnableWebSecurity
@EnableMethodSecurity
public class SuiteSecurityAutoConfiguration {

    private static final String[] ALWAYS_PUBLIC = {
        "/actuator/health",
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs",
        "/v3/api-docs/**",
        "/swagger-ui.html",
        "/swagger-ui/**",
        "/error"
    };

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    JwtTokens jwtTokens(SuiteSecurityProperties properties, Environment environment, Clock clock) {
        byte[] key = SecretKeyPolicy.accept(
                properties.secretKey(), properties.algorithm(), environment.matchesProfiles("dev"));
        return new JwtTokens(properties, key, clock);
    }

    @Bean
    static RoleHierarchy roleHierarchy() {
        return RoleHierarchyImpl.withDefaultRolePrefix()
                .role("OWNER")
                .implies("ADMIN")
                .role("ADMIN")
                .implies("MEMBER")
                .role("MEMBER")
                .implies("VIEWER")
                .build();
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain suiteSecurityFilterChain(
            HttpSecurity http,
            JwtTokens tokens,
            SuiteSecurityProperties properties,
            ObjectProvider<AccessRevocations> revocations,
            ObjectProvider<ApiTokens> apiTokens,
            ApiTokenScopes apiTokenScopes)
            throws Exception {
        ProblemSecurityHandlers problems = new ProblemSecurityHandlers();
        String[] publicPaths = properties.publicPaths().toArray(String[]::new);
        String[] selfService = properties.selfServicePaths().toArray(String[]::new);
        http.csrf(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .addFilterBefore(
                        new BearerTokenFilter(
                                tokens, revocations.getIfAvailable(), apiTokens.getIfAvailable(), apiTokenScopes),
                        AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(ALWAYS_PUBLIC).permitAll();
                    if (publicPaths.length > 0) {
                        requests.requestMatchers(publicPaths).permitAll();
                    }
                    requests.requestMatchers(HttpMethod.GET, "/api/**").hasRole("VIEWER");
                    requests.requestMatchers(HttpMethod.HEAD, "/api/**").hasRole("VIEWER");
                    if (selfService.length > 0) {
                        requests.requestMatchers(selfService).authenticated();
                    }
                    requests.requestMatchers("/api/**").hasRole("MEMBER");
                    requests.anyRequest().authenticated();
                });
        return http.build();
    }
}
