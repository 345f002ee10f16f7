package dev.finsuite.common.web;

import io.swagger.v3.oas.annotations.Parameter;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * A list's {@code ?page=0&size=50&sort=field,desc}, bound by {@link EdgeArguments} when a handler declares it, so
 * every list reads and refuses them the same way ({@link Paging}).
 */
@ParameterObject
public record PageQuery(
        @Parameter(description = "The page, from 0") @Nullable
        Integer page,

        @Parameter(description = "Rows a page, 1 to 200 (50 by default)") @Nullable
        Integer size,

        @Parameter(description = "field,asc or field,desc; the fields each list offers are in its description")
        @Nullable
        String sort) {

    /**
     * @param sortable API field name → entity property, for the fields this list may be sorted by
     * @param defaultSort the order of a list that asks for none, and the tie-break of one that does
     */
    public Pageable pageable(Map<String, String> sortable, Sort defaultSort) {
        return Paging.pageable(page, size, sort, sortable, defaultSort);
    }

    /** This query, with {@code defaultSize} rows a page when it names no size (a short list shown whole). */
    public PageQuery orSize(int defaultSize) {
        return size == null ? new PageQuery(page, defaultSize, sort) : this;
    }
}
