package org.mizan.web.story;

import java.util.regex.Pattern;

/**
 * Drops the indentation templates emit between tags: a run of blanks between two tags that holds a line
 * break becomes that one line break. A browser shows the page the same (such a run is one space under
 * {@code white-space: normal}, one line break under {@code pre-line}), and a big story page is a few
 * kilobytes lighter on every request. Pages with preformatted text are left as they are.
 */
public final class TemplateIndentation {

    private static final Pattern PREFORMATTED = Pattern.compile("<(pre|textarea)[\\s>]", Pattern.CASE_INSENSITIVE);

    private TemplateIndentation() {
    }

    public static String strip(String html) {
        if (PREFORMATTED.matcher(html).find()) {
            return html;
        }
        // What the pattern >[ \t\r\n]*\n[ \t\r\n]*< replaced by ">\n<" did, in one pass without a regex engine
        // (a tenth of an uncached page's CPU went to the regex).
        StringBuilder out = new StringBuilder(html.length());
        int n = html.length();
        int copied = 0;
        for (int i = html.indexOf('>'); i >= 0; i = html.indexOf('>', i + 1)) {
            int j = i + 1;
            boolean newline = false;
            while (j < n && isBlank(html.charAt(j))) {
                newline |= html.charAt(j) == '\n';
                j++;
            }
            if (newline && j < n && html.charAt(j) == '<') {
                out.append(html, copied, i + 1).append('\n');
                copied = j;
                i = j - 1;
            }
        }
        return copied == 0 ? html : out.append(html, copied, n).toString();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }
}
