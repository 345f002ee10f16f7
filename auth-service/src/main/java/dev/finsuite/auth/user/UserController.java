package dev.finsuite.auth.user;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The people of the caller's tenant, managed by its admins and owners. */
@RestController
@RequestMapping("/api/v1/users")
@PreAuthorize("hasRole('ADMIN')")
class UserController {

    private static final Map<String, String> SORTABLE =
            Map.of("email", "email", "fullName", "fullName", "role", "role", "createdAt", "createdAt");

    private final UserAdministration administration;

    UserController(UserAdministration administration) {
        this.administration = administration;
    }

    @GetMapping
    PageResponse<UserView> list(@AuthenticationPrincipal AuthenticatedUser caller, PageQuery paging) {
        var pageable = paging.pageable(SORTABLE, Sort.by("createdAt", "id"));
        return PageResponse.of(administration.list(caller, pageable), UserView::of);
    }

    @GetMapping("/{id}")
    ResponseEntity<UserView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        User user = administration.get(caller, id);
        return ETags.ok(user.getVersion(), UserView.of(user));
    }

    @PostMapping
    ResponseEntity<UserView> add(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewUser request) {
        User user = administration.add(
                caller, request.email(), request.fullName().strip(), request.role(), request.password());
        return ETags.created("/api/v1/users/" + user.getId(), user.getVersion(), UserView.of(user));
    }

    @PatchMapping("/{id}")
    ResponseEntity<UserView> change(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @RequestBody UserChange change) {
        User user = administration.change(caller, id, ifMatch, change);
        return ETags.ok(user.getVersion(), UserView.of(user));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> deactivate(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        administration.deactivate(caller, id);
        return ResponseEntity.noContent().build();
    }

    record NewUser(
            @NotBlank @Email(regexp = ".+@.+\\..+") @Size(max = 254)
            String email,

            @NotBlank @Size(max = 120) String fullName,
            @NotNull Role role,
            @NotNull @Size(min = 8, max = 128) String password) {
        @Override
        public String toString() {
            return "NewUser[email=" + email + ", role=" + role + "]";
        }
    }
}
