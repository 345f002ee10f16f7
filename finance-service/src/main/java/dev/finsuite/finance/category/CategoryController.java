package dev.finsuite.finance.category;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.ValidationException;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.finance.support.Kind;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/categories")
@Tag(name = "Categories", description = "System categories shared by everyone, and your own, one level deep")
class CategoryController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "type", "type");

    private final Categories categories;

    CategoryController(Categories categories) {
        this.categories = categories;
    }

    @GetMapping
    @Operation(summary = "List categories", description = "System and your own; filter by type, sort by name or type.")
    PageResponse<CategoryView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) Kind type,
            PageQuery paging) {
        var pageable = paging.pageable(SORTABLE, Sort.by("type").and(Sort.by("name")));
        List<CategoryView> matching = categories.all(caller.tenantId()).stream()
                .filter(category -> type == null || category.type() == type)
                .sorted(order(pageable.getSort()))
                .toList();
        return PageResponse.of(matching, pageable, view -> view);
    }

    @GetMapping("/{id}")
    ResponseEntity<CategoryView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        return respond(categories.get(caller.tenantId(), id));
    }

    @PostMapping
    @Operation(summary = "Create a category", description = "Optionally under a top-level parent of the same type.")
    ResponseEntity<CategoryView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewCategory request) {
        Category category =
                categories.create(caller.tenantId(), request.name().strip(), request.type(), request.parentId());
        return ETags.created(
                "/api/v1/categories/" + category.getId(), category.getVersion(), CategoryView.of(category));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Rename or move a category",
            description = "System categories are read-only (403). "
                    + "Send \"parentId\": null to make it top-level. Send If-Match with the ETag you read.")
    ResponseEntity<CategoryView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody CategoryPatch patch) {
        JsonNode parent = patch.parentId();
        boolean parentGiven = parent != null;
        UUID parentId = parentGiven && !parent.isNull() ? uuid(parent) : null;
        Category category = categories.update(
                caller.tenantId(),
                id,
                ifMatch,
                patch.name() == null ? null : patch.name().strip(),
                parentGiven,
                parentId);
        return respond(category);
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Delete a category",
            description = "409 while expenses, income, budgets, recurring rules or "
                    + "sub-categories use it, unless reassignTo names a category of the same type to move them to.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @RequestParam(required = false) UUID reassignTo) {
        categories.delete(caller.tenantId(), id, ifMatch, reassignTo);
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<CategoryView> respond(Category category) {
        return ETags.ok(category.getVersion(), CategoryView.of(category));
    }

    private static Comparator<CategoryView> order(Sort sort) {
        Comparator<CategoryView> order = Comparator.comparing(view -> 0);
        for (Sort.Order by : sort) {
            Comparator<CategoryView> field = "type".equals(by.getProperty())
                    ? Comparator.comparing(CategoryView::type)
                    : Comparator.comparing(view -> view.name().toLowerCase(java.util.Locale.ROOT));
            order = order.thenComparing(by.isAscending() ? field : field.reversed());
        }
        return order.thenComparing(CategoryView::id);
    }

    private static UUID uuid(JsonNode node) {
        if (!node.isString()) {
            throw new ValidationException("parentId", "must be a UUID or null");
        }
        try {
            return UUID.fromString(node.asString());
        } catch (IllegalArgumentException notAUuid) {
            throw new ValidationException("parentId", "must be a UUID or null");
        }
    }

    @Schema(
            example =
                    "{\"name\": \"Coffee\", \"type\": \"EXPENSE\", \"parentId\": \"00000000-0000-4000-8000-000000000101\"}")
    record NewCategory(
            @NotBlank @Size(max = 60) String name, @NotNull Kind type, UUID parentId) {}

    @Schema(example = "{\"name\": \"Coffee & Tea\", \"parentId\": null}")
    record CategoryPatch(
            @Size(min = 1, max = 60) @Pattern(regexp = ".*\\S.*", message = "must not be blank")
            String name,

            @Schema(type = "string", format = "uuid", nullable = true)
            JsonNode parentId) {}
}
