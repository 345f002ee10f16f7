package dev.finsuite.export.backup;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fixed parts of a finsuite bag (BagIt 1.0, RFC 8493) shared by the writer and the restore. */
final class Bag {

    static final String BAGIT = "bagit.txt";
    static final String BAG_INFO = "bag-info.txt";
    static final String MANIFEST = "manifest-sha256.txt";
    static final String TAG_MANIFEST = "tagmanifest-sha256.txt";
    static final String BAGIT_CONTENT = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

    static final String TENANT = "Finsuite-Tenant-Id";
    static final String SCHEMA_VERSION = "Finsuite-Schema-Version";
    static final String SUITE_VERSION = "Finsuite-Suite-Version";
    static final String CREATED_AT = "Finsuite-Created-At";
    static final String PAYLOAD_OXUM = "Payload-Oxum";

    private Bag() {}

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    static String hex(byte[] content) {
        MessageDigest digest = sha256();
        digest.update(content);
        return hex(digest);
    }

    /** "label: value" lines (RFC 8493 2.2.2); a continuation line (leading whitespace) is joined to its label. */
    static Map<String, String> tags(String text) {
        Map<String, String> tags = new LinkedHashMap<>();
        String last = null;
        for (String line : text.split("\r\n|\n|\r")) {
            if (line.isEmpty()) {
                continue;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && last != null) {
                tags.put(last, tags.get(last) + " " + line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw new BackupFailures.InvalidBag("A tag line without a label: " + abbreviate(line));
            }
            last = line.substring(0, colon).strip();
            tags.put(last, line.substring(colon + 1).strip());
        }
        return tags;
    }

    /** Manifest lines "checksum path" (RFC 8493 2.1.3), path to checksum. */
    static Map<String, String> manifest(byte[] content, String name) {
        Map<String, String> entries = new LinkedHashMap<>();
        for (String line : new String(content, StandardCharsets.UTF_8).split("\r\n|\n|\r")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("[ \t]+", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9a-fA-F]{64}")) {
                throw new BackupFailures.InvalidBag(
                        name + " has a line that is not \"sha256 path\": " + abbreviate(line));
            }
            if (entries.put(parts[1], parts[0].toLowerCase()) != null) {
                throw new BackupFailures.InvalidBag(name + " lists " + abbreviate(parts[1]) + " twice");
            }
        }
        return entries;
    }

    static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…" : text;
    }
}
