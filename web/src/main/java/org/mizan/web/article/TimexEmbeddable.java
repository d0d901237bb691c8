package org.mizan.web.article;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

@Embeddable
public class TimexEmbeddable {

    @Column(length = 200)
    public String text;
    public int startOffset;
    public int endOffset;
    @Column(name = "timexValue", length = 16)
    public String value;
}
