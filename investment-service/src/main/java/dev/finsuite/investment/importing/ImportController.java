package dev.finsuite.investment.importing;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.common.web.ApiException.ValidationException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/investments/import")
@Tag(name = "Import", description = "Activities from CSV (Ghostfolio's export and common aliases)")
class ImportController {

    private static final String DESCRIPTION = "Columns, in any order and case: date, symbol (code, ticker), type "
            + "(action), quantity (qty, shares, units), unitPrice (price), fee (commission), currency, account "
            + "(name or id; else the accountId parameter), dataSource (STOOQ, COINGECKO, ALPHA_VANTAGE or YAHOO, "
            + "MANUAL), note (comment). dryRun=true reports what would be created and every rejected row with its "
            + "line and reason, writing nothing. A row already imported is skipped. Any invalid row makes the whole "
            + "import a 400 that writes nothing, unless skipInvalid=true. Cells that look like spreadsheet formulas "
            + "are refused. Assets not yet known are added by symbol.";

    private final Imports imports;

    ImportController(Imports imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = {"text/csv", MediaType.TEXT_PLAIN_VALUE})
    @Operation(summary = "Import activities from a CSV body (up to 1 MB)", description = DESCRIPTION)
    Imports.Report importBody(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestBody byte[] csv,
            @RequestParam(required = false) UUID accountId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean skipInvalid) {
        return run(() -> imports.run(caller.tenantId(), text(csv), accountId, dryRun, skipInvalid));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Import activities from an uploaded CSV file (part `file`, up to 5 MB)",
            description = DESCRIPTION)
    Imports.Report importFile(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) UUID accountId,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean skipInvalid)
            throws IOException {
        String text = text(file.getBytes());
        return run(() -> imports.run(caller.tenantId(), text, accountId, dryRun, skipInvalid));
    }

    /** Rejected rows make one validation problem listing each as {@code "line N"}. */
    private static Imports.Report run(Supplier<Imports.Report> importing) {
        try {
            return importing.get();
        } catch (ImportFailures.RowsRejected refused) {
            throw new ValidationException(refused.rejected().stream()
                    .map(r -> new FieldError("line " + r.line(), r.reason()))
                    .toList());
        }
    }

    /** Strict UTF-8: a file in another encoding is named as such rather than imported with mangled names. */
    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            throw new ValidationException("file", "must be UTF-8 text");
        }
    }
}
