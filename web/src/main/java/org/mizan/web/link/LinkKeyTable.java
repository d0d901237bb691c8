package org.mizan.web.link;

import static org.mizan.web.Columns.clip;

import io.quarkus.hibernate.orm.panache.Panache;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.link.CandidateSource;
import org.mizan.core.link.LinkableClaim;
import org.mizan.core.link.PropositionResolver;
import org.mizan.core.link.ResolvedClaim;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.ClaimRecords;

/**
 * Core's linking index kept in tables (V5): {@code link_key(keyHash, onDay, claimId, articleId)}, indexed on
 * (keyHash, onDay, claimId), and {@code link_actor(articleId, actorKey)}. A candidate lookup is one index
 * range read, newest first; the candidates found are read back from the claim tables and resolved again
 * (resolution is a pure function of the claim, the article's actor keys and what the actor resolver has
 * learnt). So nothing is replayed at start, and every process sharing the database sees every claim
 * filed as soon as it is committed. Used inside the writer's transaction only (JDBC on its connection).
 *
 * <p>Resolved claims are kept in a bounded cache by claim id: ids are never reused, a deleted or
 * re-analysed article's ids no longer come out of {@code link_key}, so an entry is never wrong, only
 * possibly unused.
 */
final class LinkKeyTable implements CandidateSource {

    /** Claims kept resolved (about 4 KB each): the recent window's candidates, not the corpus. */
    static final int CACHE_CLAIMS = 8192;

    private final PropositionResolver resolver;
    private final Map<String, ResolvedClaim> cache = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ResolvedClaim> eldest) {
            return size() > CACHE_CLAIMS;
        }
    };

    LinkKeyTable(PropositionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public List<String> newest(long key, long fromDay, long toDay, int cap) {
        return Jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("select claimId from link_key where keyHash = ? and onDay between ? and ?"
                    + " order by onDay desc, claimId desc fetch first ? rows only")) {
                s.setLong(1, key);
                s.setInt(2, (int) fromDay);
                s.setInt(3, (int) toDay);
                s.setInt(4, cap);
                List<String> out = new ArrayList<>(cap);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.add(Long.toString(r.getLong(1)));
                    }
                }
                return out;
            }
        });
    }

    @Override
    public Map<String, ResolvedClaim> claims(Collection<String> ids) {
        Map<String, ResolvedClaim> out = new HashMap<>();
        List<Long> missing = new ArrayList<>();
        for (String id : ids) {
            ResolvedClaim c = cache.get(id);
            if (c != null) {
                out.put(id, c);
            } else {
                missing.add(Long.parseLong(id));
            }
        }
        if (!missing.isEmpty()) {
            List<ClaimEntity> loaded = Panache.getEntityManager().createQuery("select distinct c from ClaimEntity c join fetch c.article"
                    + " join fetch c.speaker left join fetch c.propositions where c.id in :ids", ClaimEntity.class)
                    .setParameter("ids", missing).getResultList();
            Map<Long, Set<String>> actors = actorsOf(loaded.stream().map(c -> c.article.id).distinct().toList());
            for (ClaimEntity c : loaded) {
                ResolvedClaim r = resolver.resolve(CorpusLinker.linkable(c),
                        actors.getOrDefault(c.article.id, new LinkedHashSet<>()));
                cache.put(r.id(), r);
                out.put(r.id(), r);
            }
        }
        return out;
    }

    @Override
    public List<ResolvedClaim> claimsOf(String articleId) {
        // The write path links an article before filing it and files it once: its own claims are never
        // filed when it is linked. (Same-article candidates of undated claims are the new article's own.)
        return List.of();
    }

    @Override
    public Set<String> articleActors(String articleId) {
        return actorsOf(List.of(Long.parseLong(articleId))).getOrDefault(Long.parseLong(articleId), new LinkedHashSet<>());
    }

    @Override
    public void file(List<ResolvedClaim> claims) {
        Map<String, Set<String>> actors = new LinkedHashMap<>();
        claims.forEach(c -> actors.putIfAbsent(c.articleId(), c.articleActors()));
        Jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("insert into link_key (keyHash, onDay, claimId, articleId) values (?, ?, ?, ?)")) {
                for (ResolvedClaim claim : claims) {
                    if (claim.claim().date() == null) {
                        continue;
                    }
                    for (String key : claim.keys()) {
                        s.setLong(1, CandidateSource.keyHash(key));
                        s.setInt(2, (int) claim.claim().date().toEpochDay());
                        s.setLong(3, Long.parseLong(claim.id()));
                        s.setLong(4, Long.parseLong(claim.articleId()));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("insert into link_actor (articleId, actorKey) values (?, ?)")) {
                for (Map.Entry<String, Set<String>> e : actors.entrySet()) {
                    for (String key : e.getValue()) {
                        s.setLong(1, Long.parseLong(e.getKey()));
                        s.setString(2, clip(key, 1000));
                        s.addBatch();
                    }
                }
                s.executeBatch();
            }
            return null;
        });
        claims.forEach(claim -> cache.put(claim.id(), claim));
    }

    /** Returns how many of its dated claims were filed (undated ones have no key row). */
    @Override
    public int removeArticle(String articleId) {
        long id = Long.parseLong(articleId);
        cache.values().removeIf(c -> c.articleId().equals(articleId));
        return Jdbc.work(c -> {
            int filed;
            try (PreparedStatement s = c.prepareStatement("select count(distinct claimId) from link_key where articleId = ?")) {
                s.setLong(1, id);
                try (ResultSet r = s.executeQuery()) {
                    r.next();
                    filed = r.getInt(1);
                }
            }
            for (String table : List.of("link_key", "link_actor")) {
                try (PreparedStatement s = c.prepareStatement("delete from " + table + " where articleId = ?")) {
                    s.setLong(1, id);
                    s.executeUpdate();
                }
            }
            return filed;
        });
    }

    /** True when {@code table} has no row (no count: PostgreSQL would read the whole table). */
    static boolean empty(String table) {
        return Jdbc.work(c -> {
            try (PreparedStatement s = c.prepareStatement("select 1 from " + table + " fetch first 1 rows only");
                 ResultSet r = s.executeQuery()) {
                return !r.next();
            }
        });
    }

    private static Map<Long, Set<String>> actorsOf(List<Long> articleIds) {
        Map<Long, Set<String>> out = new HashMap<>();
        if (articleIds.isEmpty()) {
            return out;
        }
        return Jdbc.work(c -> {
            String marks = Jdbc.marks(articleIds.size());
            try (PreparedStatement s = c.prepareStatement("select articleId, actorKey from link_actor where articleId in (" + marks + ")")) {
                for (int i = 0; i < articleIds.size(); i++) {
                    s.setLong(i + 1, articleIds.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        out.computeIfAbsent(r.getLong(1), k -> new LinkedHashSet<>()).add(r.getString(2));
                    }
                }
            }
            return out;
        });
    }
}
