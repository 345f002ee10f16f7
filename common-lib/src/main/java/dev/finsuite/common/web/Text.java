package dev.finsuite.common.web;

/** Optional text fields: surrounding spaces dropped, and blank means absent. */
public final class Text {

    private Text() {}

    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
