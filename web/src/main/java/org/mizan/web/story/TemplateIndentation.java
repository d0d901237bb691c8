package org.mizan.web.story;

import java.util.regex.Pattern;

/**
 * Drops the indentation templates emit between tags: a run of blanks between two tags that holds a line
 * break becomes that one line break. A browser shows the page the same (such a run is one space under
 * {@code white-space: normal}, one line break under {@code pre-line}), and a big story page is a few
 * kilobytes lighter on every request. Pages with preformatted text are left as they are.
 */
public final class TemplateIndentation {

    private static final Pattern INDENTED_BREAK = Pattern.compile(">[ \\t\\r\\n]*\\n[ \\t\\r\\n]*<");
    private static final Pattern PREFORMATTED = Pattern.compile("<(pre|textarea)[\\s>]", Pattern.CASE_INSENSITIVE);

    private TemplateIndentation() {
    }

    public static String strip(String html) {
        if (PREFORMATTED.matcher(html).find()) {
            return html;
        }
        return INDENTED_BREAK.matcher(html).replaceAll(">\n<");
    }
}
