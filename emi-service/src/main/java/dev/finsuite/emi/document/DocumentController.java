package dev.finsuite.emi.document;

import dev.finsuite.common.security.AuthenticatedUser;
import dev.finsuite.common.web.PageResponse;
import dev.finsuite.common.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/emis/{loanId}/documents")
@Tag(name = "Loan documents", description = "PDF, PNG or JPEG files kept with a loan, up to 10 MB each")
class DocumentController {

    private final Documents documents;

    DocumentController(Documents documents) {
        this.documents = documents;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Upload a document",
            description = "Send the file as the multipart part `file`. The type "
                    + "is recognised from the content; anything but PDF, PNG or JPEG is a 415, more than 10 MB a 413.")
    ResponseEntity<DocumentView> upload(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @RequestPart("file") MultipartFile file) {
        LoanDocument stored = documents.store(caller.tenantId(), loanId, DocumentUploads.read(file));
        return ResponseEntity.created(URI.create("/api/v1/emis/" + loanId + "/documents/" + stored.getId()))
                .body(new DocumentView(
                        stored.getId(),
                        stored.getOriginalName(),
                        stored.getStoredName(),
                        stored.getContentType(),
                        stored.getSizeBytes(),
                        stored.getSha256(),
                        stored.getCreatedAt()));
    }

    @GetMapping
    @Operation(summary = "The loan's documents (without their content), oldest first, paged")
    PageResponse<DocumentView> list(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        var pageable =
                Paging.pageable(page, size, null, java.util.Map.of(), org.springframework.data.domain.Sort.unsorted());
        return PageResponse.of(
                documents.list(caller.tenantId(), loanId),
                pageable,
                d -> new DocumentView(
                        d.id(),
                        d.originalName(),
                        d.storedName(),
                        d.contentType(),
                        d.sizeBytes(),
                        d.sha256(),
                        d.createdAt()));
    }

    @GetMapping("/{documentId}")
    @Operation(summary = "Download a document", description = "Always as an attachment, never rendered inline.")
    ResponseEntity<byte[]> download(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @PathVariable UUID documentId) {
        LoanDocument document = documents.get(caller.tenantId(), loanId, documentId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.getContentType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(document.getOriginalName(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'none'; sandbox")
                .header("X-Checksum-SHA256", document.getSha256())
                .body(document.getContent());
    }

    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> delete(
            @AuthenticationPrincipal AuthenticatedUser caller,
            @PathVariable UUID loanId,
            @PathVariable UUID documentId) {
        documents.delete(caller.tenantId(), loanId, documentId);
        return ResponseEntity.noContent().build();
    }

    record DocumentView(
            UUID id,

            @Schema(example = "sanction-letter.pdf", description = "The uploaded name, sanitised")
            String fileName,

            @Schema(example = "3f1c…e2.pdf", description = "The name the server stores it under")
            String storedName,

            @Schema(example = "application/pdf") String contentType,
            @Schema(example = "184223") int sizeBytes,

            @Schema(example = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
            String sha256,

            Instant uploadedAt) {}
}
