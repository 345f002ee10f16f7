package dev.finsuite.investment.ledger;

import dev.finsuite.common.security.AuthenticatedUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/investments/assets/{assetId}/splits")
@Tag(name = "Splits", description = "Stock splits and reverse splits of an asset")
class SplitController {

    private final StockSplits splits;

    SplitController(StockSplits splits) {
        this.splits = splits;
    }

    @PostMapping
    @Operation(
            summary = "Record a split",
            description = "From the ex-date on (at the open), one unit becomes "
                    + "numerator/denominator units: 4/1 is a 4-for-1 split, 1/10 a 1-for-10 reverse split. Activities dated "
                    + "before it are in pre-split units and are scaled exactly; those on or after it are already in "
                    + "post-split units. A reverse split that would leave a later sell without enough units is a 422.")
    ResponseEntity<Splits.SplitRow> create(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID assetId,
            @Valid @RequestBody NewSplit request) {
        Splits.SplitRow split = splits.add(
                caller.tenantId(),
                new Splits.SplitRow(
                        UUID.randomUUID(), assetId, request.exDate(), request.numerator(), request.denominator()));
        return ResponseEntity.created(URI.create("/api/v1/investments/assets/" + assetId + "/splits/" + split.id()))
                .body(split);
    }

    @GetMapping
    @Operation(summary = "The asset's splits, oldest first")
    List<Splits.SplitRow> list(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID assetId) {
        return splits.list(caller.tenantId(), assetId);
    }

    @DeleteMapping("/{splitId}")
    @Operation(summary = "Remove a split recorded by mistake")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID assetId, @PathVariable UUID splitId) {
        splits.remove(caller.tenantId(), assetId, splitId);
        return ResponseEntity.noContent().build();
    }

    @Schema(example = """
            {"exDate": "2020-08-31", "numerator": 4, "denominator": 1}""")
    record NewSplit(
            @NotNull LocalDate exDate,
            @NotNull @Min(1) @Max(1000000) Integer numerator,
            @NotNull @Min(1) @Max(1000000) Integer denominator) {}
}
