package dev.finsuite.common.autoconfigure;

import dev.finsuite.common.web.IfMatch;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.math.BigDecimal;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;

/**
 * The services' OpenAPI documents describe a decimal as what travels: a string such as {@code "1250.50"} (the
 * conventions' money format; common-lib's JSON writes every BigDecimal so). springdoc would call it a
 * {@code number}, and a client generated from the document (the web app's types) would take money for a float.
 * The format {@code decimal} says how to read the string.
 */
@AutoConfiguration
@ConditionalOnClass(SpringDocUtils.class)
public class SuiteOpenApiAutoConfiguration {

    static {
        SpringDocUtils.getConfig()
                .replaceWithSchema(BigDecimal.class, new StringSchema().format("decimal"))
                .addRequestWrapperToIgnore(IfMatch.class);
    }

    /** A handler taking {@link IfMatch} documents the optional {@code If-Match} header it reads. */
    @Bean
    OperationCustomizer ifMatchHeader() {
        return (operation, handler) -> {
            for (MethodParameter parameter : handler.getMethodParameters()) {
                if (parameter.getParameterType() == IfMatch.class) {
                    operation.addParametersItem(new HeaderParameter()
                            .name(HttpHeaders.IF_MATCH)
                            .required(false)
                            .description("The ETag you read; a change to anything newer is refused with 412")
                            .schema(new StringSchema()));
                }
            }
            return operation;
        };
    }
}
