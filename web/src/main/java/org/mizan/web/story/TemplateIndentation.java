package org.mizan.web.story;

import io.quarkus.qute.EngineConfiguration;
import io.quarkus.qute.ParserHelper;
import io.quarkus.qute.ParserHook;
import java.util.Locale;

/**
 * Drops the indentation of the templates once, when they are parsed, instead of from every rendered page:
 * the blanks that begin and end each line of a template's source go. A browser shows the page the same (a
 * line break is white space under {@code white-space: normal}, and {@code pre-line} drops blanks around
 * it), a big page is a few kilobytes lighter, and an uncached page no longer pays a pass over its whole
 * output (5 % of the pages' CPU did). Lines of text the page shows come from data, not from the template,
 * so they keep their blanks; templates with preformatted text ({@code <pre>}, {@code <textarea>}) are
 * left as they are.
 */
@EngineConfiguration
public class TemplateIndentation implements ParserHook {

    @Override
    public void beforeParsing(ParserHelper parser) {
        parser.addContentFilter(TemplateIndentation::strip);
    }

    static String strip(String source) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.contains("<pre") || lower.contains("<textarea")) {
            return source;
        }
        StringBuilder out = new StringBuilder(source.length());
        int n = source.length();
        int start = 0;
        while (start <= n) {
            int end = source.indexOf('\n', start);
            int lineEnd = end < 0 ? n : end;
            int from = start;
            int to = lineEnd;
            while (from < to && isBlank(source.charAt(from))) {
                from++;
            }
            while (to > from && isBlank(source.charAt(to - 1))) {
                to--;
            }
            out.append(source, from, to);
            if (end < 0) {
                break;
            }
            out.append('\n');
            start = end + 1;
        }
        return out.toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r';
    }
}
