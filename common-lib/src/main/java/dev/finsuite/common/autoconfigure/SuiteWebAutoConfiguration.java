package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.money.DecimalStrings;
import dev.finsuite.common.web.AcceptNegotiation;
import dev.finsuite.common.web.BoundedDates;
import dev.finsuite.common.web.BoundedDecimalBinding;
import dev.finsuite.common.web.CallerForwarding;
import dev.finsuite.common.web.EdgeArguments;
import dev.finsuite.common.web.ProblemErrorController;
import dev.finsuite.common.web.ProblemHandler;
import dev.finsuite.common.web.ProblemReportValve;
import dev.finsuite.common.web.QueryStringFilter;
import dev.finsuite.common.web.RequestBodyLimitFilter;
import dev.finsuite.common.web.RequestIdFilter;
import dev.finsuite.common.web.StrictJson;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.unit.DataSize;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Problem responses everywhere, request ids, and the JSON body cap. */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class SuiteWebAutoConfiguration {

    /**
     * Decimals are exact on the way in too: a fraction in free-form JSON (metadata) is read as a BigDecimal,
     * so {@code 1.10} is stored and returned as {@code 1.10}, never through a double. Dates are within the
     * suite's {@link dev.finsuite.common.web.DateBounds}.
     */
    @Bean
    JsonMapperBuilderCustomizer decimalStrings() {
        return builder -> StrictJson.apply(builder.addModule(DecimalStrings.module())
                .addModule(BoundedDates.module())
                .enable(tools.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS));
    }

    /**
     * The response type is settled before any API handler runs, so a 406 never follows a committed write; lists
     * and changes bind their paging and If-Match through one resolver.
     */
    @Bean
    WebMvcConfigurer suiteMvc() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptNegotiation()).addPathPatterns("/api/**");
            }

            @Override
            public void addArgumentResolvers(java.util.List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new EdgeArguments());
            }
        };
    }

    /**
     * What Tomcat refuses itself (a bad path, oversized headers) is answered with a problem too. Unordered, so it
     * runs after Boot's own customizer and replaces the error report valve that one installs.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(TomcatServletWebServerFactory.class)
    static class TomcatProblems {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReportValve() {
            return factory -> factory.addContextCustomizers(context -> {
                StandardHost host = (StandardHost) context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.setErrorReportValveClass(ProblemReportValve.class.getName());
                host.getPipeline().addValve(new ProblemReportValve());
            });
        }
    }

    /** Query and path decimals within the same bounds as JSON ones (a 400 naming the parameter otherwise). */
    @Bean
    BoundedDecimalBinding boundedDecimalBinding() {
        return new BoundedDecimalBinding();
    }

    /** Query and path dates within the suite's range, as JSON ones (a 400 naming the parameter otherwise). */
    @Bean
    BoundedDates boundedDates() {
        return new BoundedDates();
    }

    /** Forwards caller identity only to the suite's own hosts, as the configured service URLs name them. */
    @Bean
    CallerForwarding callerForwarding(ConfigurableEnvironment environment) {
        return new CallerForwarding(CallerForwarding.suiteHosts(environment));
    }

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
        FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Right after the request id, so the refusal carries it, and before anything can read a parameter. */
    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter() {
        FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(new QueryStringFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
        return registration;
    }

    @Bean
    FilterRegistrationBean<RequestBodyLimitFilter> requestBodyLimitFilter(
            @Value("${finsuite.web.max-json-body:1MB}") DataSize max) {
        FilterRegistrationBean<RequestBodyLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestBodyLimitFilter(max));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
