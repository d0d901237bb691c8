package org.mizan.web.speaker;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.mizan.core.identity.Identities;
import org.mizan.web.search.SearchFollower;
import org.mizan.web.story.StoryService;

/**
 * Merges speaker rows that the identity service says are one entity but that were stored as two pages
 * before it existed ("حفتر" beside "خليفة حفتر"): the claims of the lesser row move to the fuller one,
 * its name and spellings become the fuller one's aliases, and it is deleted. Run at start-up after the
 * lookup-key backfill (rows can only meet under one key), on the keys whose rows changed since it last ran.
 * A lone name beside two people of that surname is ambiguous and stays as it is.
 */
@ApplicationScoped
public class SpeakerMerge {

    private static final Logger LOG = Logger.getLogger(SpeakerMerge.class);

    @Inject
    SpeakerDirectory directory;
    @Inject
    SearchFollower search;
    @Inject
    StoryService stories;
    @Inject
    SpeakerMergeQueue queue;

    /**
     * The keys whose rows changed since the last merge ({@link SpeakerMergeQueue}) and that several rows
     * share, each merged in a transaction of its own; returns the rows merged away. Nothing queued, nothing
     * read: a start-up after no write costs one query. Idempotent, since a merged key holds one row.
     */
    public int mergeQueued() {
        long last = queue.last();
        if (last == 0) {
            return 0;
        }
        List<String> keys = queue.crowdedUpTo(last);
        int merged = 0;
        for (String key : keys) {
            merged += mergeKey(key);
        }
        queue.examinedUpTo(last);
        LOG.infof("speakers: %d changed lookup keys shared by several rows examined, %d rows merged into the entity they name",
                keys.size(), merged);
        return merged;
    }

    /** Every lookup key holding several rows examined again, changed or not (a database from before the queue). */
    public int mergeAll() {
        queue.noteEveryCrowdedKey();
        return mergeQueued();
    }

    /** The rows under one key: each, from the shortest name up, joins the entity the service picks for it. */
    @Transactional
    int mergeKey(String key) {
        List<SpeakerEntity> rows = new ArrayList<>(SpeakerEntity.<SpeakerEntity>list("identityKey = ?1 order by id", key));
        rows.sort(Comparator.comparingInt((SpeakerEntity s) -> size(s)).thenComparingLong(s -> s.id));
        Identities identities = directory.identities();
        int merged = 0;
        for (SpeakerEntity row : List.copyOf(rows)) {
            List<SpeakerEntity> others = rows.stream().filter(o -> o != row).toList();
            SpeakerEntity into = identities.choose(directory.identityOf(row), others, directory::identityOf);
            // Only into a fuller name, or an equal one stored earlier: never back and forth.
            if (into == null || size(into) < size(row) || size(into) == size(row) && into.id > row.id) {
                continue;
            }
            move(row, into);
            rows.remove(row);
            merged++;
        }
        return merged;
    }

    private int size(SpeakerEntity s) {
        return directory.identityOf(s).ref().tokens().size();
    }

    private void move(SpeakerEntity from, SpeakerEntity into) {
        var em = SpeakerEntity.getEntityManager();
        List<Long> articles = em.createQuery("select distinct c.article.id from ClaimEntity c where c.speaker = ?1", Long.class)
                .setParameter(1, from).getResultList();
        em.createQuery("update ClaimEntity c set c.speaker = ?1 where c.speaker = ?2")
                .setParameter(1, into).setParameter(2, from).executeUpdate();
        articles.forEach(search::noteChanged);
        join(from, into);
        LOG.infof("speakers: «%s» (%d) merged into «%s» (%d)", from.name, from.id, into.name, into.id);
    }

    /**
     * The rest of a merge once {@code from}'s claims have moved: its names and roles join {@code into}, its
     * address leads there from now on, its row goes, and the stories holding the moved claims name the
     * merged identity. One place for the automatic and the editor's merge.
     * An editor's merge changes both keys' rows (one fewer, one with more roles): the next start looks at them.
     */
    public void absorb(SpeakerEntity from, SpeakerEntity into) {
        queue.note(from.identityKey);
        queue.note(into.identityKey);
        join(from, into);
    }

    private void join(SpeakerEntity from, SpeakerEntity into) {
        into.aliases.add(from.name);
        into.aliases.addAll(from.aliases);
        into.aliases.remove(into.name);
        into.roles.addAll(from.roles);
        from.delete();
        SpeakerRedirectEntity.merged(from, into.id);
        stories.speakerChanged(into.id);
    }
}
