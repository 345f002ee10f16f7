package dev.finsuite.common.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Reads {@code ?page=0&size=50&sort=date,desc} into a {@link Pageable}. A size above 200, a negative page or
 * a sort on a field the endpoint does not offer is a 400, never silently corrected.
 */
public final class Paging {

    public static final int MAX_SIZE = 200;
    public static final int DEFAULT_SIZE = 50;

    private Paging() {}

    /**
     * @param sortable API field name → entity property, for the fields this list may be sorted by
     */
    public static Pageable pageable(
            Integer page, Integer size, String sort, java.util.Map<String, String> sortable, Sort defaultSort) {
        List<ApiException.FieldError> errors = new ArrayList<>();
        int pageNumber = page == null ? 0 : page;
        int pageSize = size == null ? DEFAULT_SIZE : size;
        if (pageNumber < 0) {
            errors.add(new ApiException.FieldError("page", "must be 0 or more"));
        }
        if (pageSize < 1 || pageSize > MAX_SIZE) {
            errors.add(new ApiException.FieldError("size", "must be between 1 and " + MAX_SIZE));
        } else if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            errors.add(new ApiException.FieldError("page", "is beyond any list"));
        }
        Sort order = defaultSort;
        if (sort != null && !sort.isBlank()) {
            String[] parts = sort.split(",", -1); // keeps empty parts: "," is two empty ones, not none
            String property = sortable.get(parts[0].trim());
            String direction = parts.length > 1 ? parts[1].trim().toLowerCase(Locale.ROOT) : "asc";
            if (property == null) {
                errors.add(new ApiException.FieldError("sort", "can be one of " + Set.copyOf(sortable.keySet())));
            } else if (!direction.equals("asc") && !direction.equals("desc") || parts.length > 2) {
                errors.add(new ApiException.FieldError("sort", "must look like field,asc or field,desc"));
            } else {
                order = Sort.by(Sort.Direction.fromString(direction), property).and(defaultSort);
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException.ValidationException(errors);
        }
        return PageRequest.of(pageNumber, pageSize, order);
    }
}
