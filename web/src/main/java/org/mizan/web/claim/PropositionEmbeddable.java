package org.mizan.web.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class PropositionEmbeddable {

    @Column(length = 1000)
    public String subject;
    @Column(length = 64)
    public String predicate;
    @Column(name = "objectText", length = 1000)
    public String object;
    @Column(length = 16)
    public String polarity;
    @Column(length = 16)
    public String modality;
    /** Offsets of the words that express the predicate, into the article text; null if unknown. */
    public Integer evidenceStart;
    public Integer evidenceEnd;
}
