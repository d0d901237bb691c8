package org.mizan.web.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Optional;

/** A speaker merged into another (by an editor, or at start-up as one identity): its address leads to the one it joined (chains are kept flat). */
@Entity
@Table(name = "speaker_redirect")
public class SpeakerRedirectEntity extends PanacheEntityBase {

    @Id
    public Long speakerId;
    public long intoId;
    /** The merged-away speaker's exact name key: a later mention of that name means the one it joined. */
    public String matchKey;

    /** The speaker this one was merged into, if it was. */
    public static Optional<Long> intoOf(long speakerId) {
        return SpeakerRedirectEntity.<SpeakerRedirectEntity>findByIdOptional(speakerId).map(r -> r.intoId);
    }

    /** The speaker a merged-away name now belongs to, if a speaker of that exact name key was merged. */
    static Optional<Long> intoByKey(String matchKey) {
        // No flush first: redirects are written by merges only, never during an article's store, and the
        // writer flushes each write before the next; checking the session would cost more than the read.
        return SpeakerRedirectEntity.<SpeakerRedirectEntity>find("matchKey", matchKey)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional().map(r -> r.intoId);
    }

    /** Records {@code from} merged into {@code into}; speakers merged into {@code from} earlier now lead to {@code into}. */
    static void merged(SpeakerEntity from, long into) {
        update("intoId = ?1 where intoId = ?2", into, from.id);
        SpeakerRedirectEntity r = new SpeakerRedirectEntity();
        r.speakerId = from.id;
        r.intoId = into;
        r.matchKey = from.matchKey;
        r.persist();
    }
}
