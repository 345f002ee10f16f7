package dev.finsuite.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Settles the response's media type before the handler runs. Spring would otherwise find out only when
 * writing the answer that the client cannot read it, after a write had committed: a client that retries its
 * 406 then creates a duplicate. A handler declares what it produces with {@code produces}; one that declares
 * nothing answers JSON. A handler that writes its own bytes (a download through the servlet response, a
 * {@code byte[]} or {@code Resource}) chooses its type itself and is left to it, and one with no body at all
 * has nothing to negotiate.
 */
public class AcceptNegotiation implements HandlerInterceptor {

    private static final List<MediaType> JSON = List.of(MediaType.APPLICATION_JSON);

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        if (!(handler instanceof HandlerMethod method) || writesItsOwnBody(method) || hasNoBody(method)) {
            return true;
        }
        List<MediaType> producible = producible(request);
        List<MediaType> acceptable = acceptable(request, producible);
        for (MediaType accepted : acceptable) {
            for (MediaType offered : producible) {
                if (accepted.isCompatibleWith(offered)) {
                    return true;
                }
            }
        }
        throw new HttpMediaTypeNotAcceptableException(producible);
    }

    @SuppressWarnings("unchecked")
    private static List<MediaType> producible(HttpServletRequest request) {
        Object declared = request.getAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
        if (declared instanceof Collection<?> types && !types.isEmpty()) {
            return List.copyOf((Collection<MediaType>) types);
        }
        return JSON;
    }

    private static List<MediaType> acceptable(HttpServletRequest request, List<MediaType> producible)
            throws HttpMediaTypeNotAcceptableException {
        List<String> headers = java.util.Collections.list(request.getHeaders(HttpHeaders.ACCEPT));
        if (headers.isEmpty()) {
            return List.of(MediaType.ALL);
        }
        try {
            List<MediaType> types = MediaType.parseMediaTypes(headers);
            // q=0 means "not this": it accepts nothing.
            return types.stream().filter(type -> type.getQualityValue() > 0).toList();
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("Could not parse the Accept header: " + e.getMessage());
        }
    }

    private static boolean writesItsOwnBody(HandlerMethod method) {
        boolean takesTheResponse = Arrays.stream(method.getMethodParameters())
                .anyMatch(parameter -> HttpServletResponse.class.isAssignableFrom(parameter.getParameterType()));
        Class<?> body = bodyType(method.getReturnType());
        return takesTheResponse || body == byte[].class || (body != null && Resource.class.isAssignableFrom(body));
    }

    private static boolean hasNoBody(HandlerMethod method) {
        Class<?> body = bodyType(method.getReturnType());
        return body == void.class || body == Void.class;
    }

    /** The type of the body a handler returns, looking inside a {@code ResponseEntity}. */
    private static Class<?> bodyType(MethodParameter returnType) {
        Class<?> type = returnType.getParameterType();
        if (HttpEntity.class.isAssignableFrom(type)) {
            return ResolvableType.forMethodParameter(returnType)
                    .as(HttpEntity.class)
                    .getGeneric(0)
                    .resolve();
        }
        return type;
    }
}
