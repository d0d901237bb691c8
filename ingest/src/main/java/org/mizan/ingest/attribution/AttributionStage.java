package org.mizan.ingest.attribution;

import java.util.List;
import org.mizan.ingest.document.Document;

/**
 * Finds every attributed statement in a document's body (and title): reporting cues, their speakers
 * (explicit, implicit, definite descriptions) resolved to one canonical identity per entity.
 */
public final class AttributionStage {

    public static AttributionStage standard() {
        return new AttributionStage();
    }

    public List<AttributedStatement> attribute(Document document) {
        return List.of();
    }
}
