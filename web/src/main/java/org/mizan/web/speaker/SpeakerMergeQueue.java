package org.mizan.web.speaker;

import static org.mizan.web.Columns.clip;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The lookup keys whose rows changed since {@link SpeakerMerge} last examined them (table
 * {@code speaker_merge_queue}): a row created or renamed under a key, a role added to a row, an editor's
 * merge. Only such a change can make rows that stayed apart one entity, so the start-up merge reads this
 * queue instead of re-examining every key several rows share (a second at 10⁵ articles).
 */
@ApplicationScoped
public class SpeakerMergeQueue {

    /** The transaction's resource key for the keys it noted already: each is queued once per write. */
    private static final Object NOTED = new Object();

    @Inject
    EntityManager em;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /** Inside a write: the rows under this key changed. Descriptions ("x:") are never merged: not noted. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void note(String identityKey) {
        if (identityKey == null || identityKey.startsWith("x:") || !noted().add(identityKey)) {
            return;
        }
        em.createNativeQuery("insert into speaker_merge_queue (identityKey) values (?1)")
                .setFlushMode(FlushModeType.COMMIT).setParameter(1, clip(identityKey, 500)).executeUpdate();
    }

    @SuppressWarnings("unchecked")
    private Set<String> noted() {
        Set<String> keys = (Set<String>) transactions.getResource(NOTED);
        if (keys == null) {
            keys = new HashSet<>();
            transactions.putResource(NOTED, keys);
        }
        return keys;
    }

    /** Every key several rows share, queued (rows given their lookup key at start-up, a test's fixture). */
    @Transactional
    public void noteEveryCrowdedKey() {
        em.createNativeQuery("insert into speaker_merge_queue (identityKey) select identityKey from speaker"
                + " where identityKey is not null and identityKey not like 'x:%' group by identityKey having count(*) > 1")
                .executeUpdate();
    }

    /** The queue's last entry now (0 when empty): what a merge that starts now will have examined. */
    @Transactional
    public long last() {
        return ((Number) em.createNativeQuery("select coalesce(max(id), 0) from speaker_merge_queue").getSingleResult()).longValue();
    }

    /** The keys queued up to {@code last} that several rows still share: the only ones a merge can change. */
    @Transactional
    public List<String> crowdedUpTo(long last) {
        return ((List<?>) em.createNativeQuery("select s.identityKey from speaker s where s.identityKey in"
                + " (select q.identityKey from speaker_merge_queue q where q.id <= ?1)"
                + " group by s.identityKey having count(*) > 1 order by s.identityKey")
                .setParameter(1, last).getResultList()).stream().map(String.class::cast).toList();
    }

    /** The entries up to {@code last} have been examined; later ones (written meanwhile) stay queued. */
    @Transactional
    public void examinedUpTo(long last) {
        em.createNativeQuery("delete from speaker_merge_queue where id <= ?1").setParameter(1, last).executeUpdate();
    }
}
