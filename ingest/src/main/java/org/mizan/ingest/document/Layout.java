package org.mizan.ingest.document;

import java.util.List;
import org.mizan.core.Span;

/**
 * Where the parts of an article stand in its text, as the {@link BoilerplateStripper} found them.
 *
 * @param titleSpan  the title line inside the text, or null
 * @param body       the article body; may enclose stripped spans (a "related news" list inside it)
 * @param provenance the source line after the body, or null
 * @param stripped   every stretch cut as page furniture, in text order; never overlaps provenance
 */
record Layout(Span titleSpan, Span body, Span provenance, List<Span> stripped) {

    Layout {
        stripped = List.copyOf(stripped);
    }
}
