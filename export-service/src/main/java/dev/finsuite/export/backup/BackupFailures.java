package dev.finsuite.export.backup;

import dev.finsuite.common.web.ApiException;
import org.springframework.http.HttpStatus;

/** Why a backup archive was refused, each a fact mapped to its problem. Nothing is written when one is thrown. */
public final class BackupFailures {

    private BackupFailures() {}

    /** The archive is not a bag this service wrote: unreadable, missing or malformed tag files, bad rows. */
    public static class InvalidBag extends ApiException {
        public InvalidBag(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_backup", detail);
        }
    }

    /** An entry outside the bag layout: an absolute path, "..", a link, a name the layout does not have. */
    public static class UnsafeEntry extends ApiException {
        public UnsafeEntry(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "unsafe_archive_entry", detail);
        }
    }

    /** A payload or tag file whose SHA-256 is not the one its manifest lists, or a file no manifest lists. */
    public static class ChecksumMismatch extends ApiException {
        public ChecksumMismatch(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "checksum_mismatch", detail);
        }
    }

    /** A bag written by a schema this service does not have yet. */
    public static class NewerSchema extends ApiException {
        public NewerSchema(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "newer_schema_version", detail);
        }
    }

    /** A data file for a table this service does not restore. */
    public static class UnknownEntity extends ApiException {
        public UnknownEntity(String detail) {
            super(HttpStatus.UNPROCESSABLE_CONTENT, "unknown_entity", detail);
        }
    }

    /** Too many entries or too many bytes once inflated (a zip bomb, or simply too big). */
    public static class ArchiveTooLarge extends ApiException {
        public ArchiveTooLarge(String detail) {
            super(HttpStatus.CONTENT_TOO_LARGE, "payload_too_large", detail);
        }
    }

    /** The caller's tenant already holds data of the suite; a restore only fills an empty one. */
    public static class TenantNotEmpty extends ApiException {
        public TenantNotEmpty(String detail) {
            super(HttpStatus.CONFLICT, "tenant_not_empty", detail);
        }
    }

    /** A restored row clashes with a stored one (ids are kept, so the same backup restored twice in one installation). */
    public static class RowsClash extends ApiException {
        public RowsClash(String detail) {
            super(HttpStatus.CONFLICT, "conflict", detail);
        }
    }
}
