package dev.finsuite.investment.account;

import dev.finsuite.common.data.Metadata;
import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ETags;
import dev.finsuite.common.web.IfMatch;
import dev.finsuite.common.web.PageQuery;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.investment.account.AccountRequests.AccountPatch;
import dev.finsuite.investment.account.AccountRequests.NewAccount;
import dev.finsuite.investment.engine.CostMethod;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.time.Instant;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/v1/investments/accounts")
@Tag(name = "Investment accounts", description = "Brokerage and savings accounts, each with its cost-basis method")
class AccountController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "createdAt", "createdAt");

    private final Accounts accounts;
    private final Metadata metadata;

    AccountController(Accounts accounts, Metadata metadata) {
        this.accounts = accounts;
        this.metadata = metadata;
    }

    @PostMapping
    @Operation(
            summary = "Open an investment account",
            description = "costBasisMethod AVERAGE or FIFO (default "
                    + "FIFO); it can be changed later and every figure recomputes.")
    ResponseEntity<AccountView> create(
            @AuthenticationPrincipal AuthenticatedUser caller, @Valid @RequestBody NewAccount request) {
        Account account = accounts.create(caller.tenantId(), request);
        return ETags.created("/api/v1/investments/accounts/" + account.getId(), account.getVersion(), view(account));
    }

    @GetMapping
    @Operation(summary = "List investment accounts", description = "Sort by name or createdAt.")
    PageResponse<AccountView> list(@AuthenticationPrincipal AuthenticatedUser caller, PageQuery paging) {
        var pageable = paging.pageable(SORTABLE, Sort.by("name").and(Sort.by("id")));
        return PageResponse.of(accounts.list(caller.tenantId(), pageable), this::view);
    }

    @GetMapping("/{id}")
    ResponseEntity<AccountView> get(@AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id) {
        Account account = accounts.get(caller.tenantId(), id);
        return ETags.ok(account.getVersion(), view(account));
    }

    @PatchMapping("/{id}")
    @Operation(
            summary = "Change an account",
            description = "Absent fields stay; an empty broker or notes clears "
                    + "it. Send If-Match with the ETag you read.")
    ResponseEntity<AccountView> update(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID id,
            IfMatch ifMatch,
            @Valid @RequestBody AccountPatch patch) {
        Account account = accounts.update(caller.tenantId(), id, ifMatch, patch);
        return ETags.ok(account.getVersion(), view(account));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an account without activities", description = "An account with activities is a 409.")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller, @PathVariable UUID id, IfMatch ifMatch) {
        accounts.delete(caller.tenantId(), id, ifMatch);
        return ResponseEntity.noContent().build();
    }

    private AccountView view(Account account) {
        return new AccountView(
                account.getId(),
                account.getName(),
                account.getBroker(),
                account.getCurrency(),
                account.getCostBasisMethod(),
                account.getNotes(),
                metadata.read(account.getMetadata()),
                account.getCreatedAt(),
                account.getUpdatedAt(),
                account.getVersion());
    }

    record AccountView(
            UUID id,
            String name,
            String broker,
            String currency,
            CostMethod costBasisMethod,
            String notes,
            JsonNode metadata,
            Instant createdAt,
            Instant updatedAt,
            long version) {}
}
