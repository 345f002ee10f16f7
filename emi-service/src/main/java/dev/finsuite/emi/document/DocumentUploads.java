package dev.finsuite.emi.document;

import dev.finsuite.common.web.ApiException;
import dev.finsuite.common.web.ApiException.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.http.HttpStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The HTTP side of an upload: the multipart part read with a hard size limit (413 beyond it), its type
 * recognised from the content (415 for anything but PDF, PNG or JPEG) and its name made harmless.
 */
final class DocumentUploads {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private DocumentUploads() {}

    static Documents.Upload read(MultipartFile file) {
        byte[] content = bytesOf(file);
        DocumentType type = DocumentType.recognise(content).orElseThrow(UnsupportedDocument::new);
        return new Documents.Upload(type, FileNames.sanitise(file.getOriginalFilename(), type.extension()), content);
    }

    /** Reads at most one byte past the limit, whatever size the client declared. */
    private static byte[] bytesOf(MultipartFile file) {
        if (file.isEmpty()) {
            throw new ValidationException("file", "must not be empty");
        }
        if (file.getSize() > MAX_BYTES) {
            throw new DocumentTooLarge();
        }
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes(MAX_BYTES + 1);
            if (content.length > MAX_BYTES) {
                throw new DocumentTooLarge();
            }
            return content;
        } catch (IOException e) {
            throw new ValidationException("file", "could not be read");
        }
    }

    static class DocumentTooLarge extends ApiException {
        DocumentTooLarge() {
            super(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", "A document may be at most 10 MB");
        }
    }

    static class UnsupportedDocument extends ApiException {
        UnsupportedDocument() {
            super(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "unsupported_media_type",
                    "Only PDF, PNG and JPEG files are accepted, recognised by their content");
        }
    }
}
