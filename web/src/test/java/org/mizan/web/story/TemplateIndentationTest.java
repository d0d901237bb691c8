package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Indentation between tags goes; text, spaces inside a line and preformatted pages stay. */
class TemplateIndentationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<ul>\\n    <li>قال</li>\\n  </ul>                 | <ul>\\n<li>قال</li>\\n</ul>",
            "<p>\\n\\n\\t  <bdi>وزير الخارجية</bdi></p>         | <p>\\n<bdi>وزير الخارجية</bdi></p>",
            "<bdi>حكومة الشمال</bdi> <strong>وقّع</strong>     | <bdi>حكومة الشمال</bdi> <strong>وقّع</strong>",
            "<q>إن الوفد\\n    وقّع على الاتفاق</q>              | <q>إن الوفد\\n    وقّع على الاتفاق</q>",
            "<pre>\\n    <b>x</b>\\n</pre>                      | <pre>\\n    <b>x</b>\\n</pre>",
            "<TEXTAREA>\\n  <i>y</i></TEXTAREA>               | <TEXTAREA>\\n  <i>y</i></TEXTAREA>",
    })
    void dropsOnlyIndentationBetweenTags(String html, String stripped) {
        assertThat(TemplateIndentation.strip(unescape(html))).isEqualTo(unescape(stripped));
    }

    /** The single pass does what the pattern it replaced did, on every mix of tags, text and blanks. */
    @org.junit.jupiter.api.Test
    void doesWhatTheRegexDidOnRandomMarkup() {
        java.util.regex.Pattern indentedBreak = java.util.regex.Pattern.compile(">[ \\t\\r\\n]*\\n[ \\t\\r\\n]*<");
        String[] pieces = {"<", ">", " ", "\n", "\t", "\r", "ق", "a", "</b>", "<i>"};
        java.util.Random random = new java.util.Random(11);
        for (int round = 0; round < 20_000; round++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(14); k > 0; k--) {
                html.append(pieces[random.nextInt(pieces.length)]);
            }
            String page = html.toString();
            assertThat(TemplateIndentation.strip(page)).as("%s", page.replace("\n", "\\n"))
                    .isEqualTo(indentedBreak.matcher(page).replaceAll(">\n<"));
        }
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t");
    }
}
