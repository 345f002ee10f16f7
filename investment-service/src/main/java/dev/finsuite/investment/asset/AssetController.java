package dev.finsuite.investment.asset;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.investment.asset.AssetRequests.AssetPatch;
import dev.finsuite.investment.asset.AssetRequests.NewAsset;
import dev.finsuite.investment.asset.AssetRequests.PriceRequest;
import dev.finsuite.investment.market.DataSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/investments/assets")
@Tag(name = "Assets", description = "Listed symbols priced by market-service, and manual assets priced by hand")
class AssetController {

    private static final Map<String, String> SORTABLE =
            Map.of("name", "name", "symbol", "symbol", "createdAt", "createdAt");

    private final Assets assets;
    private final Metadata metadata;

    AssetController(Assets assets, Metadata metadata) {
        this.assets = assets;
        this.metadata = metadata;
    }

    @PostMapping
    @Operation(
            summary = "Add an asset",
            description = "A listed symbol names its dataSource (STOOQ, COINGECKO, "
                    + "ALPHA_VANTAGE); a manual asset (dataSource MANUAL) is valued by the prices you set.")
    ResponseEntity<AssetView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewAsset request) {
        Asset asset = assets.create(caller.tenantId(), request);
        return ETags.created("/api/v1/investments/assets/" + asset.getId(), asset.getVersion(), view(asset));
    }

    @GetMapping
    @Operation(
            summary = "List assets",
            description = "Filter by assetClass and q (name or symbol); sort by name, " + "symbol or createdAt.")
    PageResponse<AssetView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestParam(required = false) AssetClass assetClass,
            @RequestParam(required = false) String q,
            PageQuery paging) {
        var pageable = paging.pageable(SORTABLE, Sort.by("name").and(Sort.by("id")));
        return PageResponse.of(assets.search(caller.tenantId(), assetClass, q, pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<AssetView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Asset asset = assets.get(caller.tenantId(), id);
        return ETags.ok(asset.getVersion(), view(asset));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change an asset",
            description =
                    "Its currency is fixed once it has activities (409). " + "Send If-Match with the ETag you read.")
    ResponseEntity<AssetView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody AssetPatch patch) {
        Asset asset = assets.update(caller.tenantId(), id, ifMatch, patch);
        return ETags.ok(asset.getVersion(), view(asset));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an asset without activities", description = "An asset with activities is a 409.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        assets.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/prices/{date}")
    @Operation(
            summary = "Set the asset's price on a day",
            description =
                    "Your own valuation per unit, in the "
                            + "asset's currency; the only prices a MANUAL asset has, and for a listed one they win over the provider.")
    Assets.ManualPrice setPrice(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Valid @RequestBody PriceRequest request) {
        return assets.setPrice(caller.tenantId(), id, date, request.price());
    }

    @GetMapping("/{id}/prices")
    @Operation(summary = "The asset's manual prices between two days, oldest first")
    List<Assets.ManualPrice> prices(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return assets.prices(caller.tenantId(), id, from, to);
    }

    @DeleteMapping("/{id}/prices/{date}")
    ResponseEntity<Void> removePrice(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        assets.removePrice(caller.tenantId(), id, date);
        return ResponseEntity.noContent().build();
    }

    private AssetView view(Asset asset) {
        return new AssetView(
                asset.getId(),
                asset.getSymbol(),
                asset.getDataSource(),
                asset.getName(),
                asset.getAssetClass(),
                asset.getCurrency(),
                asset.getNotes(),
                metadata.read(asset.getMetadata()),
                asset.getCreatedAt(),
                asset.getUpdatedAt(),
                asset.getVersion());
    }

    record AssetView(
            UUID id,
            String symbol,
            DataSource dataSource,
            String name,
            AssetClass assetClass,
            String currency,
            String notes,
            JsonNode metadata,
            Instant createdAt,
            Instant updatedAt,
            long version) {}
}
