package dev.finsuite.common.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/** The one list shape of the suite: {@code {items, page, size, totalItems, totalPages}}. */
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    public static <E, T> PageResponse<T> of(Page<E> page, Function<E, T> mapper) {
        return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }
}
