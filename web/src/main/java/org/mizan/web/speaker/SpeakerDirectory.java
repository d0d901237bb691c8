package org.mizan.web.speaker;

import static org.mizan.web.Columns.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;
import org.mizan.core.Speaker;
import org.mizan.core.text.ArabicFolding;

/** Finds or creates the corpus-wide identity of an article's speaker. */
@ApplicationScoped
public class SpeakerDirectory {

    @Transactional(Transactional.TxType.MANDATORY)
    public SpeakerEntity identify(Speaker speaker) {
        // Alone, the look-up must see identities created earlier in this transaction: flush them first.
        SpeakerEntity.getEntityManager().flush();
        return identify(speaker, new HashMap<>());
    }

    /**
     * {@link #identify(Speaker)} for the claims of one article: {@code seen} holds the identities this
     * transaction already found or created, so a speaker quoted ten times is looked up once, and the look-up
     * need not flush the session first (every identity created here is in {@code seen}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SpeakerEntity identify(Speaker speaker, Map<String, SpeakerEntity> seen) {
        String key = matchKey(speaker.name());
        SpeakerEntity entity = seen.computeIfAbsent(key, k -> SpeakerEntity.<SpeakerEntity>find("matchKey", k)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional().orElseGet(() -> {
            SpeakerEntity created = new SpeakerEntity();
            created.name = speaker.name();
            created.matchKey = key;
            created.kind = speaker.kind().wire();
            created.persist();
            return created;
        }));
        if (speaker.mention() != null && !speaker.mention().equals(entity.name)) {
            entity.aliases.add(clip(speaker.mention(), 1000));
        }
        if (speaker.role() != null && !speaker.role().isBlank()) {
            entity.roles.add(clip(speaker.role(), 500));
        }
        return entity;
    }

    /** Folded, with quotes and punctuation dropped and spaces collapsed: "وكالة “دوغان”" = "وكالة دوغان". */
    public static String matchKey(String name) {
        String folded = ArabicFolding.fold(name == null ? "" : name);
        return folded.replaceAll("[\\p{P}\\p{S}]+", " ").trim().replaceAll("\\s+", " ");
    }
}
