package org.mizan.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.mizan.core.Article;
import org.mizan.web.i18n.AppMessages;
import org.mizan.web.security.WebAddress;

/**
 * The upload form's fields as sent, and what is wrong with each (shown beside the field). The files
 * are not here: they are bytes, checked one by one into {@link UploadItem}s.
 */
public record UploadForm(String text, String title, String outlet, String url, String publishedOn,
                         Map<String, String> errors) {

    public static UploadForm empty() {
        return new UploadForm("", "", "", "", "", Map.of());
    }

    /** The fields, each checked; {@code files} is how many files came with them. */
    public static UploadForm check(String text, String title, String outlet, String url, String publishedOn,
                                   int files, int maxFiles, AppMessages msg) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (blank(text) && files == 0) {
            errors.put("text", msg.upload_error_nothing());
        }
        if (files > maxFiles) {
            errors.put("files", msg.upload_error_too_many_files(maxFiles));
        }
        if (!blank(title) && title.strip().length() > 1000) {
            errors.put("title", msg.upload_error_too_long(1000));
        }
        if (!blank(outlet) && outlet.strip().length() > 300) {
            errors.put("outlet", msg.upload_error_too_long(300));
        }
        if (!blank(url) && !WebAddress.isWeb(url.strip())) {
            errors.put("url", msg.upload_error_url());
        }
        if (!blank(publishedOn) && parseDate(publishedOn) == null) {
            errors.put("publishedOn", msg.upload_error_date());
        }
        return new UploadForm(nonNull(text), nonNull(title), nonNull(outlet), nonNull(url), nonNull(publishedOn), errors);
    }

    /** The same fields with one more error. */
    public UploadForm withError(String field, String message) {
        Map<String, String> more = new LinkedHashMap<>(errors);
        more.put(field, message);
        return new UploadForm(text, title, outlet, url, publishedOn, more);
    }

    public boolean valid() {
        return errors.isEmpty();
    }

    public String error(String field) {
        return errors.get(field);
    }

    /** The article for one text with this form's metadata; the title only when the text stands alone. */
    public Article article(String articleText, boolean withTitle) {
        return new Article(articleText, withTitle ? blankToNull(title) : null, parseDate(publishedOn),
                blankToNull(outlet), blankToNull(url));
    }

    static LocalDate parseDate(String iso) {
        if (blank(iso)) {
            return null;
        }
        try {
            return LocalDate.parse(iso.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
