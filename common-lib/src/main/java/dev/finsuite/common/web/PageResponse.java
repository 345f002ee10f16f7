package dev.finsuite.common.web;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;

/** The one list shape of the suite: {@code {items, page, size, totalItems, totalPages}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** One page of a list already in memory (a loan's payments, say), in the same shape as a database page. */
    public static <E, T> PageResponse<T> of(
            List<E> all, org.springframework.data.domain.Pageable pageable, Function<E, T> mapper) {
        int from = (int) Math.min(pageable.getOffset(), all.size());
        int to = Math.min(from + pageable.getPageSize(), all.size());
        int pages = (all.size() + pageable.getPageSize() - 1) / pageable.getPageSize();
        return new PageResponse<>(
                all.subList(from, to).stream().map(mapper).toList(),
                pageable.getPageNumber(),
                pageable.getPageSize(),
                all.size(),
                pages);
    }

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(
                page.getContent().stream().map(mapper).toList(),
                page.getNumber(),
                page.getSize(),
                page.getTotalElements(),
                page.getTotalPages());
    }

    /** The same page with each item mapped (a stored row to its view, say). */
    public <R> PageResponse<R> map(Function<T, R> mapper) {
        return new PageResponse<>(items.stream().map(mapper).toList(), page, size, totalItems, totalPages);
    }
}
