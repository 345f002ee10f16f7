package dev.finsuite.finance.support;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tags as people type them: trimmed, compared without case, each kept once in the order first given. A row
 * has at most {@value #MAX_TAGS} tags of at most {@value #MAX_LENGTH} characters, so a tag list stays a label,
 * not a payload.
 */
public final class Tags {

    public static final int MAX_TAGS = 50;
    public static final int MAX_LENGTH = 40;

    private Tags() {}

    public static List<String> normalise(List<String> tags) {
        if (tags == null) {
            return List.of();
        }
        if (tags.size() > MAX_TAGS) {
            throw new InvalidInput.TagsRefused("at most " + MAX_TAGS + " tags");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (String tag : tags) {
            String clean = tag == null ? "" : tag.strip().toLowerCase(Locale.ROOT);
            if (clean.isEmpty() || clean.length() > MAX_LENGTH) {
                throw new InvalidInput.TagsRefused("each tag is 1 to " + MAX_LENGTH + " characters");
            }
            seen.add(clean);
        }
        return List.copyOf(seen);
    }
}
