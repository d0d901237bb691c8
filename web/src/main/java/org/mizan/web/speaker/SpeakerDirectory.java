package org.mizan.web.speaker;

import static org.mizan.web.Columns.clip;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;
import org.jboss.logging.Logger;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.core.identity.Identities;

/**
 * Finds or creates the corpus-wide identity of an article's speaker. Which stored speaker a name is
 * the core identity service decides ({@link Identities#identify}), the same rules linking uses:
 * "حفتر" is the page of "خليفة حفتر", "سيرجي لافروف" that of "سيرغي لافروف".
 */
@ApplicationScoped
public class SpeakerDirectory {

    private static final Logger LOG = Logger.getLogger(SpeakerDirectory.class);
    private static final int BACKFILL_BATCH = 500;
    /** Speakers compared per look-up: people sharing one surname are few; a cap keeps a common key cheap. */
    private static final int CANDIDATES = 50;

    private final Identities identities = Identities.standard();

    @Transactional(Transactional.TxType.MANDATORY)
    public SpeakerEntity identify(Speaker speaker) {
        // Alone, the look-up must see identities created earlier in this transaction: flush them first.
        SpeakerEntity.getEntityManager().flush();
        return identify(speaker, new HashMap<>());
    }

    /**
     * {@link #identify(Speaker)} for the claims of one article: {@code seen} holds the identities this
     * transaction already found or created, so a speaker quoted ten times is looked up once, and the look-up
     * need not flush the session first (every identity created here is in {@code seen}, by exact name and
     * by lookup key).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SpeakerEntity identify(Speaker speaker, Map<String, SpeakerEntity> seen) {
        String exact = matchKey(speaker.name());
        SpeakerEntity entity = seen.get(exact);
        if (entity == null) {
            entity = identities.identify(new Table(seen), speaker.name(), speaker.kind(), speaker.role());
            seen.put(exact, entity);
        }
        if (speaker.mention() != null && !speaker.mention().equals(entity.name)) {
            entity.aliases.add(clip(speaker.mention(), 1000));
        }
        if (!speaker.name().equals(entity.name)) {
            entity.aliases.add(clip(speaker.name(), 1000));
        }
        if (speaker.role() != null && !speaker.role().isBlank() && entity.roles.add(clip(speaker.role(), 500))) {
            // A role can tell two namesakes apart, or show two rows are one: the merge looks again.
            queue.note(entity.identityKey);
        }
        return entity;
    }

    /**
     * The speaker stored under exactly this name, or a new one of this kind: for an editor who names a
     * speaker (web.review), where no analysis gives mention or role to decide by.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public SpeakerEntity named(String name, String kind) {
        String exact = matchKey(name);
        return stored(exact).orElseGet(() -> new Table(new HashMap<>())
                .create(name, kindOf(kind), exact, identities.lookupKey(identities.of(name, kindOf(kind), List.of()))));
    }

    /** The speaker stored under this exact key, or the one a speaker of that key was merged into. */
    private static Optional<SpeakerEntity> stored(String exactKey) {
        Optional<SpeakerEntity> own = SpeakerEntity.<SpeakerEntity>find("matchKey", exactKey)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).firstResultOptional();
        return own.isPresent() ? own : SpeakerRedirectEntity.intoByKey(exactKey).flatMap(id -> SpeakerEntity.<SpeakerEntity>findByIdOptional(id));
    }

    /** The exact key a speaker is stored under ({@link Identities#exactKey}): "وكالة “دوغان”" = "وكالة دوغان". */
    public static String matchKey(String name) {
        return Identities.exactKey(name);
    }

    /**
     * Speakers stored before the identity service have no lookup key: give them theirs at start-up, in
     * batches (plain updates, the same on H2 and PostgreSQL), so a later "حفتر" finds a stored "خليفة حفتر";
     * then merge the rows of the keys that changed since the last start (none after no write: one query).
     */
    void backfill(@Observes StartupEvent event) {
        int done = 0;
        for (int n; (n = backfillBatch()) > 0; ) {
            done += n;
        }
        if (done > 0) {
            LOG.infof("speakers: %d given their identity lookup key", done);
            queue.noteEveryCrowdedKey();
        }
        merge.mergeQueued();
    }

    @jakarta.inject.Inject
    SpeakerMerge merge;
    @jakarta.inject.Inject
    SpeakerMergeQueue queue;

    Identities identities() {
        return identities;
    }

    @Transactional
    int backfillBatch() {
        List<SpeakerEntity> batch = SpeakerEntity.<SpeakerEntity>find("identityKey is null").page(0, BACKFILL_BATCH).list();
        for (SpeakerEntity e : batch) {
            e.identityKey = clip(identities.lookupKey(identityOf(e)), 500);
        }
        return batch.size();
    }

    Identities.Identity identityOf(SpeakerEntity e) {
        return identities.of(e.name, kindOf(e.kind), e.roles);
    }

    private static SpeakerKind kindOf(String wire) {
        return wire == null ? SpeakerKind.OTHER : SpeakerKind.valueOf(wire.toUpperCase(Locale.ROOT));
    }

    /** The speaker table as the identity service's store; {@code seen} is this transaction's unflushed part. */
    private final class Table implements Identities.Store<SpeakerEntity> {
        private final Map<String, SpeakerEntity> seen;

        Table(Map<String, SpeakerEntity> seen) {
            this.seen = seen;
        }

        @Override
        public SpeakerEntity byExactKey(String exactKey) {
            SpeakerEntity s = seen.get(exactKey);
            return s != null ? s : stored(exactKey).orElse(null);
        }

        @Override
        public Collection<SpeakerEntity> byLookupKey(String lookupKey) {
            // One session hands out one instance per row: identity is enough to drop repeats.
            Set<SpeakerEntity> out = Collections.newSetFromMap(new IdentityHashMap<>());
            for (SpeakerEntity s : seen.values()) {
                if (lookupKey.equals(s.identityKey)) {
                    out.add(s);
                }
            }
            out.addAll(SpeakerEntity.<SpeakerEntity>find("identityKey", lookupKey)
                    .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT).page(0, CANDIDATES).list());
            return out;
        }

        @Override
        public Identities.Identity identity(SpeakerEntity e) {
            return identityOf(e);
        }

        @Override
        public SpeakerEntity create(String name, SpeakerKind kind, String exactKey, String lookupKey) {
            SpeakerEntity created = new SpeakerEntity();
            created.name = clip(name, 500);
            created.matchKey = clip(exactKey, 500);
            created.identityKey = clip(lookupKey, 500);
            created.kind = kind.wire();
            created.persist();
            seen.put(exactKey, created);
            queue.note(lookupKey);
            return created;
        }

        @Override
        public void rename(SpeakerEntity e, String name, SpeakerKind kind, String lookupKey) {
            queue.note(e.identityKey);
            queue.note(lookupKey);
            e.aliases.add(clip(e.name, 1000));
            e.name = clip(name, 500);
            e.kind = kind.wire();
            e.identityKey = clip(lookupKey, 500);
        }
    }
}
