package org.mizan.core.link;

import java.util.List;

/**
 * A relation between two stored claims. A pair may carry several links, one per relation (Lavrov's
 * claim and the ministry's both CONTRAST on who signed and AGREE that Haftar had not), each with its
 * own reason. Evidence side A is {@code from}, side B is {@code to}; spans point into each claim's
 * article text.
 *
 * @param from       the claim stored first (side A)
 * @param to         the other claim (side B)
 * @param confidence in (0, 1]
 * @param reason     why, in Arabic, for the reader ("تعارض — التوقيع على الاتفاق من جانب خليفة حفتر: …")
 * @param reasonEnglish the same in English
 */
public record ClaimLink(String from, String to, Relation relation, double confidence, String reason,
                        String reasonEnglish, List<Evidence> evidence) {

    public ClaimLink {
        evidence = List.copyOf(evidence);
        reasonEnglish = reasonEnglish == null ? "" : reasonEnglish;
    }

    /** A link whose reason has no English wording (a link recorded by hand). */
    public ClaimLink(String from, String to, Relation relation, double confidence, String reason, List<Evidence> evidence) {
        this(from, to, relation, confidence, reason, "", evidence);
    }
}
