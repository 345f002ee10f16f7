package dev.finsuite.common.autoconfigure;

import io.swagger.v3.oas.models.media.StringSchema;
import java.math.BigDecimal;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;

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
        SpringDocUtils.getConfig().replaceWithSchema(BigDecimal.class, new StringSchema().format("decimal"));
    }
}
