package org.mizan.web.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
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

    /** The speaker this one was merged into, if it was. */
    public static Optional<Long> intoOf(long speakerId) {
        return SpeakerRedirectEntity.<SpeakerRedirectEntity>findByIdOptional(speakerId).map(r -> r.intoId);
    }

    /** Records {@code from} merged into {@code into}; speakers merged into {@code from} earlier now lead to {@code into}. */
    static void merged(long from, long into) {
        update("intoId = ?1 where intoId = ?2", into, from);
        SpeakerRedirectEntity r = new SpeakerRedirectEntity();
        r.speakerId = from;
        r.intoId = into;
        r.persist();
    }
}
