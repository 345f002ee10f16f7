package dev.finsuite.emi.document;

import java.time.Instant;
import java.util.UUID;

/** A document without its bytes, for lists. */
record DocumentListing(
        UUID id,
        String originalName,
        String storedName,
        String contentType,
        int sizeBytes,
        String sha256,
        Instant createdAt) {}
