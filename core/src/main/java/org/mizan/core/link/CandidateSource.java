package org.mizan.core.link;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where {@link ClaimLinker} files resolved claims under their blocking keys and finds a new claim's
 * candidates: the claims filed under one key inside a date window, newest first, a few per key. The
 * linker's decisions (which keys, which caps, what is compared and how) stay in core; a source only
 * stores and returns. {@link LinkIndex} keeps them in memory (tools and tests); the web application keeps
 * them in database tables, so that nothing is replayed at start and several processes share one index.
 * Called by one thread at a time (the linker serialises).
 */
public interface CandidateSource {

    /**
     * The ids of the claims filed under {@code key} ({@link #keyHash} of a blocking key) and dated in
     * [{@code fromDay}, {@code toDay}] (epoch days), newest first and, on one day, the last filed first;
     * at most {@code cap}.
     */
    List<String> newest(long key, long fromDay, long toDay, int cap);

    /** The filed claims among {@code ids}, as resolved when they were filed; ids no longer filed are left out. */
    Map<String, ResolvedClaim> claims(Collection<String> ids);

    /** The filed claims of an article (undated claims are placed in time by their article only). */
    List<ResolvedClaim> claimsOf(String articleId);

    /**
     * The actor-key set an article's claims are resolved with, which its new claims add to: the filed
     * article's (shared with its filed claims) or, for an article not filed yet, a new empty set.
     */
    Set<String> articleActors(String articleId);

    /** Files one article's resolved claims under their keys (each dated claim under each of its keys). */
    void file(List<ResolvedClaim> claims);

    /** Forgets every claim of an article; returns how many were filed. */
    int removeArticle(String articleId);

    /** The 64-bit hash a blocking key is filed under (two keys colliding only add candidates). */
    static long keyHash(String key) {
        return LinkIndex.hash(key);
    }
}
