package org.mizan.web.link;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The words that decided a link, on one side of it. Offsets point into the ARTICLE text of that side's
 * claim (like every other stored offset), so a page can mark them inside the claim or its sentence.
 */
@Embeddable
public class EvidenceEmbeddable {

    /** "from" or "to": which claim of the link the words belong to. */
    @Column(length = 8, nullable = false)
    public String side;
    @Column(length = 1000)
    public String text;
    public int startOffset;
    public int endOffset;

    public EvidenceEmbeddable() {
    }

    public EvidenceEmbeddable(String side, String text, int startOffset, int endOffset) {
        this.side = side;
        this.text = text;
        this.startOffset = startOffset;
        this.endOffset = endOffset;
    }

    public boolean onFromSide() {
        return "from".equals(side);
    }
}
