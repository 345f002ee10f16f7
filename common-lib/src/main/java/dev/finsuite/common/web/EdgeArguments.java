package dev.finsuite.common.web;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Binds the arguments every service's controllers share, {@link PageQuery} and {@link IfMatch}, so a handler
 * declares one parameter instead of repeating the same three query parameters or header annotation. A page or
 * size that is not a whole number is a 400 on that field, as Spring's own binding would answer.
 */
public class EdgeArguments implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        Class<?> type = parameter.getParameterType();
        return type == PageQuery.class || type == IfMatch.class;
    }

    @Override
    public Object resolveArgument(
            MethodParameter parameter,
            @Nullable ModelAndViewContainer container,
            NativeWebRequest request,
            @Nullable WebDataBinderFactory binders) {
        if (parameter.getParameterType() == IfMatch.class) {
            String[] values = request.getHeaderValues(HttpHeaders.IF_MATCH);
            return new IfMatch(values == null ? null : String.join(",", values));
        }
        List<ApiException.FieldError> errors = new ArrayList<>();
        Integer page = wholeNumber(request, "page", errors);
        Integer size = wholeNumber(request, "size", errors);
        if (!errors.isEmpty()) {
            throw new ApiException.ValidationException(errors);
        }
        return new PageQuery(page, size, request.getParameter("sort"));
    }

    private static @Nullable Integer wholeNumber(
            NativeWebRequest request, String name, List<ApiException.FieldError> errors) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            errors.add(new ApiException.FieldError(name, "is not a valid value"));
            return null;
        }
    }
}
