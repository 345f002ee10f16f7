package dev.finsuite.auth.session;

import dev.finsuite.common.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own sign-ins. */
@RestController
@RequestMapping("/api/v1/users/me/sessions")
@Tag(name = "Sessions")
class MySessionsController {

    private final Sessions sessions;

    MySessionsController(Sessions sessions) {
        this.sessions = sessions;
    }

    @DeleteMapping
    @Operation(
            summary = "Sign out everywhere",
            description = "Ends every sign-in of the caller, this one included: "
                    + "refresh tokens stop working at once and access tokens are refused by every service within seconds "
                    + "(within 30 s while Redis is down).")
    ResponseEntity<Void> signOutEverywhere(@AuthenticationPrincipal AuthenticatedUser caller) {
        sessions.endAll(caller.tenantId(), caller.userId());
        return ResponseEntity.noContent().build();
    }
}
