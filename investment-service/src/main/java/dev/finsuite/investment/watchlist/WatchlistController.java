package dev.finsuite.investment.watchlist;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Text;
import dev.finsuite.investment.watchlist.WatchlistRequests.ItemPatch;
import dev.finsuite.investment.watchlist.WatchlistRequests.NewItem;
import dev.finsuite.investment.watchlist.WatchlistViews.ItemView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Page;
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
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/watchlist")
@Tag(name = "Watchlist", description = "Symbols the tenant watches, with their latest quote and day change")
class WatchlistController {

    private static final Map<String, String> SORTABLE = Map.of("symbol", "symbol", "createdAt", "createdAt");

    private final Watchlist watchlist;
    private final WatchlistPrices prices;
    private final Metadata metadata;

    WatchlistController(Watchlist watchlist, WatchlistPrices prices, Metadata metadata) {
        this.watchlist = watchlist;
        this.prices = prices;
        this.metadata = metadata;
    }

    @PostMapping
    @Operation(
            summary = "Watch a symbol",
            description = "Once per symbol and data source (409 otherwise). "
                    + "MANUAL has no market quotes and cannot be watched.")
    ResponseEntity<ItemView> watch(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewItem request) {
        WatchItem item = watchlist.watch(
                caller.tenantId(),
                request.normalisedSymbol(),
                request.dataSource(),
                Text.clean(request.note()),
                metadata.write(request.metadata()));
        return ETags.created("/api/v1/watchlist/" + item.getId(), item.getVersion(), view(caller, item));
    }

    @GetMapping
    @Operation(
            summary = "List watched symbols",
            description = "Each with its latest quote and the change since the "
                    + "previous close; null with a reason when unknown. Sort by symbol or createdAt.")
    PageResponse<ItemView> list(@AuthenticationPrincipal AuthenticatedUser caller, PageQuery paging) {
        var pageable = paging.pageable(
                SORTABLE, Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("id")));
        Page<WatchItem> items = watchlist.items(caller.tenantId(), pageable);
        Map<UUID, WatchlistPrices.Priced> priced = prices.of(caller.tenantId(), items.getContent());
        return PageResponse.of(
                items, item -> ItemView.of(item, metadata.read(item.getMetadata()), priced.get(item.getId())));
    }

    @GetMapping("/{id}")
    ResponseEntity<ItemView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        WatchItem item = watchlist.item(caller.tenantId(), id);
        return ETags.ok(item.getVersion(), view(caller, item));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change an item's note or metadata", description = "Send If-Match with the ETag you read.")
    ResponseEntity<ItemView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody ItemPatch patch) {
        WatchItem item = watchlist.update(caller.tenantId(), id, ifMatch, patch);
        return ETags.ok(item.getVersion(), view(caller, item));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Stop watching a symbol", description = "Its alerts go with it; their firings stay.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        watchlist.unwatch(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private ItemView view(AuthenticatedUser caller, WatchItem item) {
        return ItemView.of(
                item,
                metadata.read(item.getMetadata()),
                prices.of(caller.tenantId(), List.of(item)).get(item.getId()));
    }
}
