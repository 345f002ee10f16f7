package dev.finsuite.export.upstream;

import java.util.List;

/** The suite's page of a list: {@code {"items": [...], "page": 0, "size": 200, "totalItems": 3, "totalPages": 1}}. */
public record Page<T>(List<T> items, int page, int size, long totalItems, int totalPages) {

    /** The suite's largest page: fewer calls for a list read whole. */
    static final int SIZE = 200;
}
