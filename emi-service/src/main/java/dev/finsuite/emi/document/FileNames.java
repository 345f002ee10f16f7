package dev.finsuite.emi.document;

import java.text.Normalizer;

/**
 * The name a client gave an upload, made harmless to keep and show: no directories, no control characters
 * (NUL included), nothing a shell or a download header could misread, at most 255 characters.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {}

    /** @param fallbackExtension the extension of the type the content was recognised as; the name will end with it */
    static String sanitise(String original, String fallbackExtension) {
        String name = original == null ? "" : Normalizer.normalize(original, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        StringBuilder safe = new StringBuilder(name.length());
        name.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || "<>:\"|?*;%".indexOf(c) >= 0 || Character.getType(c) == Character.FORMAT) {
                safe.append('_');
            } else {
                safe.appendCodePoint(c);
            }
        });
        String cleaned = safe.toString().strip().replaceAll("^\\.+", "").replaceAll("_+", "_");
        if (cleaned.isBlank() || cleaned.equals("_")) {
            cleaned = "document." + fallbackExtension;
        }
        // The name a download is saved under must not promise another type than the content: statement.html
        // holding a PDF signature would otherwise open in a browser as HTML.
        if (!cleaned.toLowerCase(java.util.Locale.ROOT).endsWith("." + fallbackExtension)
                && !(fallbackExtension.equals("jpg")
                        && cleaned.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))) {
            cleaned = cleaned + "." + fallbackExtension;
        }
        int length = cleaned.codePointCount(0, cleaned.length());
        return length <= MAX_LENGTH ? cleaned : cleaned.substring(cleaned.offsetByCodePoints(0, length - MAX_LENGTH));
    }
}
