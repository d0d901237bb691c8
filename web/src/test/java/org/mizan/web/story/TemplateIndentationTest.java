package org.mizan.web.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.qute.Engine;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A template's indentation goes when it is parsed; the text it shows, spaces inside a line and preformatted templates stay. */
class TemplateIndentationTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "<ul>\\n    <li>{x}</li>\\n  </ul>                | <ul>\\n<li>{x}</li>\\n</ul>",
            "<p>\\n\\n\\t  <bdi>{name}</bdi></p>  \\t        | <p>\\n\\n<bdi>{name}</bdi></p>",
            "<bdi>{a}</bdi> <strong>{b}</strong>            | <bdi>{a}</bdi> <strong>{b}</strong>",
            "'  {#for c in cs}\\r\\n    <i>{c}</i>\\r\\n  {/for}  ' | {#for c in cs}\\n<i>{c}</i>\\n{/for}",
            "<pre>\\n    <b>{x}</b>\\n</pre>                  | <pre>\\n    <b>{x}</b>\\n</pre>",
            "<TEXTAREA>\\n  <i>{y}</i></TEXTAREA>           | <TEXTAREA>\\n  <i>{y}</i></TEXTAREA>",
    })
    void dropsTheBlanksAroundEachLineOfTheSource(String template, String stripped) {
        assertThat(TemplateIndentation.strip(unescape(template))).isEqualTo(unescape(stripped));
    }

    /** Through the engine, as Quarkus registers the hook: the rendered page carries no indentation, the data keeps its own. */
    @Test
    void renderedPagesHaveNoIndentationButDataKeepsItsBlanks() {
        Engine engine = Engine.builder().addDefaults().addParserHook(new TemplateIndentation()).build();
        String page = engine.parse("<ol>\n  {#for s in says}\n    <li>  <q>{s}</q></li>\n  {/for}\n</ol>\n")
                .data("says", List.of("قال الوزير", "ثم أضاف\n    في بيان")).render();
        assertThat(page).isEqualTo("<ol>\n<li>  <q>قال الوزير</q></li>\n<li>  <q>ثم أضاف\n    في بيان</q></li>\n</ol>\n");
    }

    private static String unescape(String s) {
        return s.replace("\\n", "\n").replace("\\t", "\t").replace("\\r", "\r");
    }
}
