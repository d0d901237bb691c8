package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.PublishedOnSource;
import org.mizan.core.Span;
import org.mizan.ingest.document.Document;

/** Documents for attribution tests: the whole text (or a prefix) as body, split at . ! ? ؟ and line ends. */
final class TestDocuments {

    private TestDocuments() {
    }

    static Document of(String text) {
        return of(text, text.length());
    }

    static Document of(String text, int bodyEnd) {
        List<Span> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bodyEnd; i++) {
            char c = text.charAt(i);
            boolean end = c == '\n' || c == '.' || c == '!' || c == '?' || c == '؟';
            if (end || i == bodyEnd - 1) {
                int e = end ? i + 1 : bodyEnd;
                if (!text.substring(start, e).isBlank()) {
                    sentences.add(Span.of(text, start, e));
                }
                start = e;
            }
        }
        return new Document(text, null, null, null, PublishedOnSource.UNKNOWN, null, null, "ar",
                Span.of(text, 0, bodyEnd), null, List.of(), sentences);
    }
}
