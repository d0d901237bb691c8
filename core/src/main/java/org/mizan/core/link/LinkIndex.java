package org.mizan.core.link;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The blocking index behind {@link ClaimLinker}: resolved claims filed by date under the keys a
 * related claim must share. Two kinds of key per proposition:
 * <ul>
 *   <li>question key: predicate family + object key ("consent|class:agreement"): every claim about the
 *       same question, whoever the subject — where CONTRASTs are found;</li>
 *   <li>party key: the question key + one actor key of the subject (surname, leader, group member):
 *       every claim about the same question and party — where AGREE and CONFLICT are found, kept apart
 *       so that a crowded question never pushes a same-party claim out of the candidates.</li>
 * </ul>
 * Candidates are the newest {@code cap} entries of each key inside the date window, so the work per new
 * claim is bounded by (keys x cap) whatever the size of the corpus. The in-memory {@link CandidateSource}
 * (tools and tests; the web application files claims in tables). Not thread-safe: {@link ClaimLinker}
 * serialises access.
 */
final class LinkIndex implements CandidateSource {

    private static final char SEP = '\u0001';

    /**
     * The entries of one key in date order, in two parallel arrays: a window lookup is a binary search
     * and a short backward walk over contiguous memory. Claims arrive mostly in date order, so an
     * insertion is nearly always an append.
     */
    static final class Bucket {
        private long[] days = new long[4];
        private ResolvedClaim[] claims = new ResolvedClaim[4];
        private int size;

        void add(long day, ResolvedClaim claim) {
            if (size == days.length) {
                days = Arrays.copyOf(days, size * 2);
                claims = Arrays.copyOf(claims, size * 2);
            }
            int at = upperBound(day);
            System.arraycopy(days, at, days, at + 1, size - at);
            System.arraycopy(claims, at, claims, at + 1, size - at);
            days[at] = day;
            claims[at] = claim;
            size++;
        }

        void remove(String claimId) {
            int w = 0;
            for (int r = 0; r < size; r++) {
                if (!claims[r].id().equals(claimId)) {
                    days[w] = days[r];
                    claims[w++] = claims[r];
                }
            }
            Arrays.fill(claims, w, size, null);
            size = w;
        }

        /** The first index whose day is after {@code day}. */
        private int upperBound(long day) {
            int lo = 0;
            int hi = size;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (days[mid] <= day) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        /** The ids of the newest {@code cap} entries dated in [from, to]. */
        List<String> newest(long from, long to, int cap) {
            List<String> out = new ArrayList<>(Math.min(cap, size));
            for (int i = upperBound(to) - 1; i >= 0 && days[i] >= from && out.size() < cap; i--) {
                out.add(claims[i].id());
            }
            return out;
        }
    }

    /**
     * Buckets by the 64-bit hash of their key, in an open-addressing table: one probe into a flat long
     * array instead of a HashMap node and a string comparison, which at a million keys are cache misses
     * that would make lookups slower as the corpus grows. Two keys colliding on 64 bits would only add
     * candidates, never lose one. Emptied buckets stay (a deleted article's keys are few).
     */
    static final class BucketTable {
        private long[] hashes = new long[1024];
        private Bucket[] buckets = new Bucket[1024];
        private int size;

        Bucket get(long hash) {
            int mask = hashes.length - 1;
            for (int i = slot(hash, mask); buckets[i] != null; i = (i + 1) & mask) {
                if (hashes[i] == hash) {
                    return buckets[i];
                }
            }
            return null;
        }

        Bucket getOrCreate(long hash) {
            Bucket found = get(hash);
            if (found != null) {
                return found;
            }
            if (2 * (size + 1) > hashes.length) {
                grow();
            }
            Bucket created = new Bucket();
            put(hash, created);
            size++;
            return created;
        }

        private void put(long hash, Bucket bucket) {
            int mask = hashes.length - 1;
            int i = slot(hash, mask);
            while (buckets[i] != null) {
                i = (i + 1) & mask;
            }
            hashes[i] = hash;
            buckets[i] = bucket;
        }

        private void grow() {
            long[] oldHashes = hashes;
            Bucket[] oldBuckets = buckets;
            hashes = new long[oldHashes.length * 2];
            buckets = new Bucket[oldBuckets.length * 2];
            for (int i = 0; i < oldHashes.length; i++) {
                if (oldBuckets[i] != null) {
                    put(oldHashes[i], oldBuckets[i]);
                }
            }
        }

        private static int slot(long hash, int mask) {
            return (int) (hash ^ (hash >>> 32)) & mask;
        }

        int size() {
            return size;
        }
    }

    /** FNV-1a over the key's chars, then a final mix (SplitMix64) to spread the low bits. */
    static long hash(String key) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < key.length(); i++) {
            h ^= key.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 30;
        h *= 0xbf58476d1ce4e5b9L;
        h ^= h >>> 27;
        h *= 0x94d049bb133111ebL;
        return h ^ (h >>> 31);
    }

    private final BucketTable buckets = new BucketTable();
    private final Map<String, List<ResolvedClaim>> byArticle = new HashMap<>();
    private final Map<String, ResolvedClaim> byId = new HashMap<>();
    private final Map<String, Set<String>> articleActors = new HashMap<>();
    private int size;

    /** Which cap bounds a lookup: what the candidates found under its key can become. */
    enum Need { CONFLICT, CONTRAST, AGREE, REPORT }

    /** One index key to look candidates up under. */
    record Lookup(String key, Need need, long hash) {
        Lookup(String key, Need need) {
            this(key, need, LinkIndex.hash(key));
        }
    }

    private static String question(ResolvedProposition p) {
        return p.family() + SEP + p.object().key();
    }

    private static String stance(int stance) {
        return stance > 0 ? "+" : "-";
    }

    /** The speaker key: every claim of one speaker, where its reprints and paraphrases are found. */
    /** Whether two claims share a key of their content's wording ({@link ReportKeys}), not only a speaker. */
    static boolean shareWording(ResolvedClaim a, ResolvedClaim b) {
        for (String k : a.keys()) {
            if (k.startsWith(REPORT_PREFIX) && b.keys().contains(k)) {
                return true;
            }
        }
        return false;
    }

    private static final String REPORT_PREFIX = speakerKey(ReportKeys.PREFIX);

    private static String speakerKey(String key) {
        return "s" + SEP + key;
    }

    /**
     * The keys a claim is filed under: per proposition, its question and each party, with its stance;
     * and its speaker's key.
     */
    static Set<String> keys(List<ResolvedProposition> propositions, Set<String> speakerKeys) {
        Set<String> keys = new LinkedHashSet<>();
        for (String k : speakerKeys) {
            keys.add(speakerKey(k));
        }
        for (ResolvedProposition p : propositions) {
            if (p.stance() != 0) {
                String question = question(p);
                keys.add("q" + SEP + question + SEP + stance(p.stance()));
                for (String actor : p.subjectKeys()) {
                    keys.add("p" + SEP + question + SEP + actor + SEP + stance(p.stance()));
                }
            }
        }
        return keys;
    }

    /**
     * Where a claim's candidates are: claims on the same party's question with the same stance (they
     * may AGREE) and with the opposite stance (CONFLICT), and claims on the question with the opposite
     * stance whoever the party (CONTRAST). A same-stance claim by another party relates to nothing, so
     * it is never even looked at. And the claims of the same speaker (one REPORT, or a paraphrase).
     */
    static List<Lookup> lookups(List<ResolvedProposition> propositions, Set<String> speakerKeys) {
        Set<Lookup> out = new java.util.TreeSet<>(java.util.Comparator.comparing(Lookup::need)
                .thenComparing(Lookup::key));
        for (String k : speakerKeys) {
            out.add(new Lookup(speakerKey(k), Need.REPORT));
        }
        for (ResolvedProposition p : propositions) {
            if (p.stance() != 0) {
                String question = question(p);
                String same = stance(p.stance());
                String opposite = stance(-p.stance());
                for (String actor : p.subjectKeys()) {
                    out.add(new Lookup("p" + SEP + question + SEP + actor + SEP + opposite, Need.CONFLICT));
                    out.add(new Lookup("p" + SEP + question + SEP + actor + SEP + same, Need.AGREE));
                }
                out.add(new Lookup("q" + SEP + question + SEP + opposite, Need.CONTRAST));
            }
        }
        return List.copyOf(out);
    }

    /** The keys without stance: "q…" per question, "p…" per question and party. */
    static Set<String> topics(List<ResolvedProposition> propositions) {
        Set<String> out = new LinkedHashSet<>();
        for (ResolvedProposition p : propositions) {
            if (p.stance() != 0) {
                String question = question(p);
                out.add("q" + SEP + question);
                for (String actor : p.subjectKeys()) {
                    out.add("p" + SEP + question + SEP + actor);
                }
            }
        }
        return out;
    }

    /** The shared, growing set of actor keys of one article; a new set until the article is filed. */
    @Override
    public Set<String> articleActors(String articleId) {
        Set<String> known = articleActors.get(articleId);
        return known != null ? known : new LinkedHashSet<>();
    }

    @Override
    public void file(List<ResolvedClaim> claims) {
        claims.forEach(this::add);
    }

    private void add(ResolvedClaim claim) {
        byArticle.computeIfAbsent(claim.articleId(), k -> new ArrayList<>()).add(claim);
        byId.put(claim.id(), claim);
        articleActors.putIfAbsent(claim.articleId(), claim.articleActors());
        size++;
        LocalDate date = claim.claim().date();
        if (date == null) {
            return;
        }
        long day = date.toEpochDay();
        for (String key : claim.keys()) {
            buckets.getOrCreate(hash(key)).add(day, claim);
        }
    }

    /** Removes every claim of an article; returns how many. */
    @Override
    public int removeArticle(String articleId) {
        List<ResolvedClaim> claims = byArticle.remove(articleId);
        articleActors.remove(articleId);
        if (claims == null) {
            return 0;
        }
        for (ResolvedClaim claim : claims) {
            size--;
            byId.remove(claim.id());
            if (claim.claim().date() == null) {
                continue;
            }
            for (String key : claim.keys()) {
                Bucket bucket = buckets.get(hash(key));
                if (bucket != null) {
                    bucket.remove(claim.id());
                }
            }
        }
        return claims.size();
    }

    /** The stored claims of an article (for same-article linking of undated claims). */
    @Override
    public List<ResolvedClaim> claimsOf(String articleId) {
        return byArticle.getOrDefault(articleId, List.of());
    }

    @Override
    public List<String> newest(long key, long fromDay, long toDay, int cap) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? List.of() : bucket.newest(fromDay, toDay, cap);
    }

    @Override
    public Map<String, ResolvedClaim> claims(java.util.Collection<String> ids) {
        Map<String, ResolvedClaim> out = new HashMap<>();
        for (String id : ids) {
            ResolvedClaim c = byId.get(id);
            if (c != null) {
                out.put(id, c);
            }
        }
        return out;
    }

    /**
     * Adds to {@code out} the ids of the candidates for {@code claim} in {@code source}: per lookup key,
     * the newest entries dated within {@code windowDays} of it, at most as many as the cap of what they
     * may become, and no more than {@code budget} in all (a group subject with many members would
     * otherwise multiply them).
     */
    static void candidates(CandidateSource source, ResolvedClaim claim, int windowDays, Map<Need, Integer> caps,
                           int budget, Set<String> out) {
        LocalDate date = claim.claim().date();
        if (date == null) {
            return;
        }
        long day = date.toEpochDay();
        for (Lookup lookup : claim.lookups()) {
            // Same-speaker candidates come last and have their own cap: a crowded question never hides
            // the reprints of a statement.
            int room = lookup.need() == Need.REPORT ? caps.get(Need.REPORT) : budget - out.size();
            if (room <= 0) {
                continue;
            }
            out.addAll(source.newest(lookup.hash(), day - windowDays, day + windowDays,
                    Math.min(room, caps.get(lookup.need()))));
        }
    }

    int size() {
        return size;
    }

    int bucketCount() {
        return buckets.size();
    }
}
