package dev.finsuite.export.tabular;

import dev.finsuite.common.web.ApiException.FieldError;
import dev.finsuite.export.format.CsvDialect;
import dev.finsuite.export.format.Format;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one reading of {@code format}, {@code dialect} and {@code locale}, for exports, reports, analyses and
 * report schedules alike, so each says the same thing about the same mistake. Errors are added to the caller's
 * list (named after the field), so a request reports every bad field at once.
 */
public final class FileParameters {

    /** The locale of {@code dialect=excel} without one. */
    public static final Locale DEFAULT_EXCEL_LOCALE = Locale.US;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("([a-zA-Z]{2,3})(?:[-_]([a-zA-Z]{2}|[0-9]{3}))?");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private FileParameters() {}

    /** A report's answer: json (absent or {@code json}), csv (with its dialect) or xlsx; JSON after an error. */
    public static Output output(String formatName, String dialectName, String localeTag, List<FieldError> errors) {
        Format format = null;
        if (formatName != null && !formatName.equalsIgnoreCase("json")) {
            format = Format.named(formatName).filter(f -> f != Format.JSONL).orElse(null);
            if (format == null) {
                errors.add(new FieldError("format", "must be one of json, csv, xlsx"));
                return Output.JSON;
            }
        }
        if (format == null) {
            notForThisFormat(dialectName, localeTag, errors);
            return Output.JSON;
        }
        CsvDialect dialect = dialect(format, dialectName, localeTag, errors);
        return dialect == null && format == Format.CSV ? Output.JSON : new Output(format, dialect);
    }

    /**
     * The CSV dialect of a file in {@code format}: {@code data} (the default) or {@code excel} with a locale; null
     * for any other format (where giving a dialect or locale is an error) and after an error.
     */
    public static CsvDialect dialect(Format format, String dialectName, String localeTag, List<FieldError> errors) {
        if (format != Format.CSV) {
            notForThisFormat(dialectName, localeTag, errors);
            return null;
        }
        if (dialectName == null || dialectName.equals("data")) {
            if (localeTag != null) {
                errors.add(new FieldError("locale", "applies to the csv dialect excel only"));
            }
            return CsvDialect.DATA;
        }
        if (!dialectName.equals("excel")) {
            errors.add(new FieldError("dialect", "must be data or excel"));
            return null;
        }
        if (localeTag == null) {
            return CsvDialect.excel(DEFAULT_EXCEL_LOCALE);
        }
        Locale locale = locale(localeTag);
        if (locale == null) {
            errors.add(new FieldError("locale", "must be a language tag such as de-DE or en-US"));
            return null;
        }
        return CsvDialect.excel(locale);
    }

    private static void notForThisFormat(String dialectName, String localeTag, List<FieldError> errors) {
        if (dialectName != null) {
            errors.add(new FieldError("dialect", "applies to format csv only"));
        }
        if (localeTag != null) {
            errors.add(new FieldError("locale", "applies to the csv dialect excel only"));
        }
    }

    /** A language tag of a known language (and known region, when one is given), or null. */
    private static Locale locale(String tag) {
        var match = LANGUAGE_TAG.matcher(tag);
        if (!match.matches() || !LANGUAGES.contains(match.group(1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String region = match.group(2);
        if (region != null
                && Character.isLetter(region.charAt(0))
                && !COUNTRIES.contains(region.toUpperCase(Locale.ROOT))) {
            return null;
        }
        return Locale.forLanguageTag(tag.replace('_', '-'));
    }
}
