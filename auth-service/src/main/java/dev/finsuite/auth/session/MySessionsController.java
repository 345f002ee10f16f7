package dev.finsuite.auth.session;

import dev.finsuite.common.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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

    @GetMapping
    @Operation(
            summary = "Where am I signed in?",
            description = "Your open sign-ins, most recently used first: when each began, when it was last "
                    + "refreshed, and the device (User-Agent) and address of that refresh; current marks the one "
                    + "this request comes from.")
    List<SessionView> list(@AuthenticationPrincipal AuthenticatedUser caller) {
        return sessions.open(caller.tenantId(), caller.userId()).stream()
                .map(open -> SessionView.of(open, caller.sessionId()))
                .toList();
    }

    @DeleteMapping("/{id}")
    @Operation(
            summary = "Sign out one sign-in",
            description = "Ends that sign-in: its refresh token stops working at once and its access tokens are "
                    + "refused by every service within seconds. 404 for a sign-in that is not one of yours.")
    ResponseEntity<Void> signOutOne(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        sessions.endOne(caller.tenantId(), caller.userId(), id);
        return ResponseEntity.noContent().build();
    }

    record SessionView(
            UUID id, Instant signedInAt, Instant lastUsedAt, String device, String ipAddress, boolean current) {

        static SessionView of(SignInHistory.OpenSignIn open, UUID currentSession) {
            return new SessionView(
                    open.id(),
                    open.signedInAt(),
                    open.lastUsedAt(),
                    open.userAgent(),
                    open.ipAddress(),
                    open.id().equals(currentSession));
        }
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
