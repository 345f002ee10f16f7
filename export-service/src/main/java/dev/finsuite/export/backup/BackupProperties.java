package dev.finsuite.export.backup;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of a restore, beside the multipart limit on the upload itself
 * ({@code spring.servlet.multipart.max-file-size}).
 *
 * @param maxEntries           most entries an archive may have
 * @param maxUncompressedBytes most bytes its entries may inflate to, counted while inflating
 * @param insertBatch          rows per INSERT statement
 */
@ConfigurationProperties("finsuite.backup")
public record BackupProperties(
        @DefaultValue("10000") int maxEntries,
        @DefaultValue("512MB") DataSize maxUncompressedBytes,
        @DefaultValue("500") int insertBatch) {}
