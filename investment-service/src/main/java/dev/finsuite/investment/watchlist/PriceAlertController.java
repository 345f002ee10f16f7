package dev.finsuite.investment.watchlist;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import dev.finsuite.investment.watchlist.WatchlistRequests.AlertPatch;
import dev.finsuite.investment.watchlist.WatchlistRequests.NewAlert;
import dev.finsuite.investment.watchlist.WatchlistViews.AlertView;
import dev.finsuite.investment.watchlist.WatchlistViews.EventView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
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

@RestController
@RequestMapping("/api/v1/watchlist")
@Tag(name = "Price alerts", description = "ABOVE, BELOW or MOVE_PERCENT alerts on watched symbols, and their firings")
class PriceAlertController {

    private static final Map<String, String> ALERT_SORTABLE =
            Map.of("createdAt", "createdAt", "threshold", "threshold");

    private final Watchlist watchlist;

    PriceAlertController(Watchlist watchlist) {
        this.watchlist = watchlist;
    }

    @PostMapping("/{itemId}/alerts")
    @Operation(
            summary = "Add a price alert",
            description = "threshold is a price for ABOVE/BELOW, a percentage "
                    + "(more than 0, at most 1000) of the move from the previous close for MOVE_PERCENT. The same alert "
                    + "twice is a 409.")
    ResponseEntity<AlertView> create(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID itemId,
            @Valid @RequestBody NewAlert request) {
        PriceAlert alert = watchlist.addAlert(caller.tenantId(), itemId, request.condition(), request.threshold());
        return ETags.created("/api/v1/watchlist/alerts/" + alert.getId(), alert.getVersion(), AlertView.of(alert));
    }

    @GetMapping("/{itemId}/alerts")
    PageResponse<AlertView> list(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID itemId, PageQuery paging) {
        var pageable = paging.pageable(
                ALERT_SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        return PageResponse.of(watchlist.alerts(caller.tenantId(), itemId, pageable), AlertView::of);
    }

    @GetMapping("/alerts/events")
    @Operation(summary = "Alert firings, newest first", description = "Optionally those of one alert (alertId).")
    PageResponse<EventView> events(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) UUID alertId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var pageable = Paging.pageable(
                page,
                size,
                null,
                Map.of(),
                Sort.by(Sort.Direction.DESC, "firedAt").and(Sort.by(Sort.Direction.DESC, "id")));
        return PageResponse.of(watchlist.events(caller.tenantId(), alertId, pageable), EventView::of);
    }

    @GetMapping("/alerts/{alertId}")
    ResponseEntity<AlertView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID alertId) {
        PriceAlert alert = watchlist.alert(caller.tenantId(), alertId);
        return ETags.ok(alert.getVersion(), AlertView.of(alert));
    }

    @PatchMapping("/alerts/{alertId}")
    @Operation(
            summary = "Re-arm, pause or change an alert",
            description =
                    "state ARMED or PAUSED (TRIGGERED is set "
                            + "only when the alert fires); a new threshold re-arms a fired alert. Send If-Match with the ETag you read.")
    ResponseEntity<AlertView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID alertId,
            IfMatch ifMatch,
            @Valid @RequestBody AlertPatch patch) {
        PriceAlert alert = watchlist.updateAlert(caller.tenantId(), alertId, ifMatch, patch);
        return ETags.ok(alert.getVersion(), AlertView.of(alert));
    }

    @DeleteMapping("/alerts/{alertId}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID alertId, IfMatch ifMatch) {
        watchlist.removeAlert(caller.tenantId(), alertId, ifMatch);
        return ResponseEntity.noContent().build();
    }
}
