package org.mizan.web.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.List;
import org.mizan.core.Span;
import org.mizan.ingest.document.Relay;
import org.mizan.ingest.document.RelayChain;
import org.mizan.ingest.document.RelayChainReader;
import org.mizan.web.Columns;

/** One link of an article's relay chain (agency, outlet, translation), in chain order. */
@Embeddable
public class RelayEmbeddable {

    private static final RelayChainReader READER = RelayChainReader.standard();

    @Column(length = 16)
    public String role;
    @Column(length = 300)
    public String name;
    @Column(name = "relayKey", length = 300)
    public String key;

    /** The chain of an analysed article: its dateline, its source line, its publisher. */
    static List<RelayEmbeddable> chainOf(String text, Span body, Span provenance, String outlet) {
        return READER.read(text, provenance, body, outlet).links().stream().map(RelayEmbeddable::of).toList();
    }

    static RelayEmbeddable of(Relay relay) {
        RelayEmbeddable e = new RelayEmbeddable();
        e.role = relay.role().wire();
        e.name = Columns.clip(relay.name(), 300);
        e.key = Columns.clip(relay.key(), 300);
        return e;
    }

    /** The stored links as a chain again, to compare two articles' wires. */
    public static RelayChain chain(List<RelayEmbeddable> links) {
        return new RelayChain(links.stream()
                .map(l -> new Relay(Relay.Role.valueOf(l.role.toUpperCase(java.util.Locale.ROOT)), l.name, l.key)).toList());
    }
}
