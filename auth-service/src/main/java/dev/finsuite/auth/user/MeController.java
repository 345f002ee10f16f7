package dev.finsuite.auth.user;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every signed-in user's own profile and password, whatever their role. */
@RestController
@RequestMapping("/api/v1/users/me")
class MeController {

    private final MyAccount account;

    MeController(MyAccount account) {
        this.account = account;
    }

    @GetMapping
    ResponseEntity<UserView> me(@AuthenticationPrincipal AuthenticatedUser caller) {
        User user = account.get(caller);
        return ETags.ok(user.getVersion(), UserView.of(user));
    }

    @PatchMapping
    ResponseEntity<UserView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            IfMatch ifMatch,
            @Valid @RequestBody ProfileChange change) {
        User user = account.update(caller, ifMatch, change);
        return ETags.ok(user.getVersion(), UserView.of(user));
    }

    @PostMapping("/password")
    ResponseEntity<Void> changePassword(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody PasswordChange change) {
        account.changePassword(caller, change.currentPassword(), change.newPassword());
        return ResponseEntity.noContent().build();
    }

    record PasswordChange(
            @NotNull @Size(max = 128) String currentPassword,
            @NotNull @Size(min = 8, max = 128) String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[***]";
        }
    }
}
