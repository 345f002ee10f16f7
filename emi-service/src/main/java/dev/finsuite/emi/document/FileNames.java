package dev.finsuite.emi.document;

import java.text.Normalizer;

/**
 * The name a client gave an upload, made harmless to keep and show: no directories, no control characters
 * (NUL included), nothing a shell or a download header could misread, at most 255 characters.
 */
final class FileNames {

    static final int MAX_LENGTH = 255;

    private FileNames() {
    }

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
        return cleaned.length() <= MAX_LENGTH ? cleaned : cleaned.substring(cleaned.length() - MAX_LENGTH);
    }
}
