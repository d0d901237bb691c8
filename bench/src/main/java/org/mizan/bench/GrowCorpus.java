package org.mizan.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Grows a Mizan H2 data directory that holds a corpus stored through the application (the base) to
 * {@code articles} articles, by copying the base's rows in bulk inside H2 (INSERT … SELECT), generation
 * after generation: every id shifted by a multiple of a round number above all base ids, every date
 * (publication, statement, story span, linking day) a week later per generation, content hashes and
 * addresses made unique. Texts, claims, links, stories and linking keys are the real ones, so pages and
 * link lookups see realistic data; speakers and the actor resolver's lessons are shared, as a name recurs
 * in a year of news. Claims of one generation link only among themselves. The search index is not
 * copied: the first start rebuilds it in the background. Used by {@code bench/corpus.sh} (start-up and
 * heap at 10³–10⁵ articles, and page speed at 10⁵).
 *
 * <p>The H2 driver comes from the application's libraries:
 * {@code java -cp bench/target/benchmarks.jar:web/target/quarkus-app/lib/main/com.h2database.h2-*.jar
 * org.mizan.bench.GrowCorpus DIR ARTICLES}. The directory must be a copy of a base nobody else has open.
 */
public final class GrowCorpus {

    /** Tables copied per generation; the others (speakers, lessons, admin, feeds, search log) are shared or left. */
    private static final List<String> TABLES = List.of("article", "article_timex", "article_relay", "claim", "claim_proposition",
            "claim_link", "claim_link_evidence", "link_key", "link_actor", "story", "story_claim", "story_actor", "story_source", "story_event_article",
            "story_event_key");
    /** Columns holding ids of copied rows (speaker ids are not: speakers are shared). */
    private static final Set<String> ID_COLUMNS = Set.of("id", "article_id", "fromclaim_id", "toclaim_id", "claimentity_id",
            "articleentity_id", "claimlinkentity_id", "storyentity_id", "claims_id", "claimid", "articleid", "event_id");
    private static final Set<String> DATE_COLUMNS = Set.of("publishedon", "statedon", "firstdate", "lastdate", "article_day");
    private static final int DAYS_PER_GENERATION = 7;

    private GrowCorpus() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: GrowCorpus DATA_DIR ARTICLES");
            System.exit(2);
        }
        String url = "jdbc:h2:file:" + args[0] + "/mizan;DB_CLOSE_ON_EXIT=FALSE;AUTO_SERVER=FALSE";
        long target = Long.parseLong(args[1]);
        long began = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "mizan", "mizan")) {
            c.setAutoCommit(false);
            long base = single(c, "select count(*) from article");
            if (base == 0) {
                throw new IllegalStateException("the data directory holds no article: store a base corpus first");
            }
            long span = 1;
            for (String t : TABLES) {
                for (String col : columns(c, t).keySet()) {
                    if (ID_COLUMNS.contains(col.toLowerCase(Locale.ROOT))) {
                        span = Math.max(span, single(c, "select coalesce(max(" + col + "), 0) from " + t) + 1);
                    }
                }
            }
            long step = roundUp(span);
            int generations = (int) ((target - base + base - 1) / base);
            long written = base;
            for (int g = 1; g <= generations && written < target; g++) {
                long limit = Math.min(base, target - written);
                copy(c, g, step, limit);
                c.commit();
                written += limit;
                System.out.printf(Locale.ROOT, "generation %d: %d articles (%.1f s)%n", g, written, (System.nanoTime() - began) / 1e9);
            }
            long next = (generations + 1) * step + 1000;
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "select sequence_name from information_schema.sequences where sequence_schema = 'PUBLIC'")) {
                List<String> sequences = new ArrayList<>();
                while (r.next()) {
                    sequences.add(r.getString(1));
                }
                for (String seq : sequences) {
                    s.execute("alter sequence \"" + seq + "\" restart with " + next);
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("update corpus_version set version = version + 1");
            }
            c.commit();
            System.out.printf(Locale.ROOT, "%d articles, %d claims, %d link keys in %s (%.1f s)%n", single(c, "select count(*) from article"),
                    single(c, "select count(*) from claim"), single(c, "select count(*) from link_key"), args[0], (System.nanoTime() - began) / 1e9);
        }
    }

    /** Copies generation {@code g} of the base's first {@code limit} articles (and everything that hangs on them). */
    private static void copy(Connection c, int g, long step, long limit) throws SQLException {
        long offset = g * step;
        int days = g * DAYS_PER_GENERATION;
        boolean partial = limit < single(c, "select count(*) from article where id < " + step);
        long lastArticle = single(c, "select max(id) from (select id from article where id < " + step + " order by id fetch first " + limit + " rows only)");
        String stories = partial ? storiesBeyond(c, lastArticle) : "";
        // The single writer gives claims and links their ids in the order articles were stored: bounds on
        // ids, not IN sub-queries (which H2 evaluates row by row).
        long lastClaim = single(c, "select coalesce(max(id), 0) from claim where article_id <= " + lastArticle);
        long lastLink = single(c, "select coalesce(max(id), 0) from claim_link where fromClaim_id <= " + lastClaim + " and toClaim_id <= " + lastClaim);
        for (String t : TABLES) {
            Map<String, String> cols = columns(c, t);
            List<String> names = new ArrayList<>();
            List<String> exprs = new ArrayList<>();
            String baseColumn = null;
            for (Map.Entry<String, String> e : cols.entrySet()) {
                String col = e.getKey();
                String lower = col.toLowerCase(Locale.ROOT);
                names.add("\"" + col + "\"");
                String q = "\"" + col + "\"";
                if (ID_COLUMNS.contains(lower)) {
                    exprs.add(q + " + " + offset);
                    if (baseColumn == null) {
                        baseColumn = q;
                    }
                } else if (DATE_COLUMNS.contains(lower)) {
                    exprs.add("dateadd(day, " + days + ", " + q + ")");
                } else if (lower.equals("onday")) {
                    exprs.add(q + " + " + days);
                } else if (lower.equals("contenthash")) {
                    exprs.add("lower(rawtohex(hash('SHA-256', " + q + " || '/" + g + "')))");
                } else if (lower.equals("url")) {
                    exprs.add("case when " + q + " is null then null else left(" + q + ", 1980) || '#copy" + g + "' end");
                } else if (lower.equals("clusterkey")) {
                    // "story-N" or "event-N": the prefix kept, the number shifted like the ids.
                    exprs.add("left(" + q + ", 6) || (cast(substring(" + q + ", 7) as bigint) + " + offset + ")");
                } else {
                    exprs.add(q);
                }
            }
            String where = baseColumn + " < " + step + (partial ? articleBound(t, lastArticle, lastClaim, lastLink, stories) : "");
            try (Statement s = c.createStatement()) {
                s.executeUpdate("insert into " + t + " (" + String.join(", ", names) + ") select " + String.join(", ", exprs)
                        + " from " + t + " where " + where);
            }
        }
    }

    /** Keeps a partial generation to the base's first articles (and the rows that hang on them). */
    private static String articleBound(String table, long lastArticle, long lastClaim, long lastLink, String stories) {
        return switch (table) {
            case "article" -> " and id <= " + lastArticle;
            case "article_timex", "article_relay" -> " and ArticleEntity_id <= " + lastArticle;
            case "claim" -> " and article_id <= " + lastArticle;
            case "claim_proposition" -> " and ClaimEntity_id <= " + lastClaim;
            case "claim_link" -> " and fromClaim_id <= " + lastClaim + " and toClaim_id <= " + lastClaim;
            case "claim_link_evidence" -> " and ClaimLinkEntity_id <= " + lastLink;
            case "link_key", "link_actor" -> " and articleId <= " + lastArticle;
            case "story_event_article", "story_event_key" -> " and article_id <= " + lastArticle;
            // A story is copied whole or not at all (a partial generation keeps those of its articles only).
            case "story", "story_actor", "story_source", "story_claim" -> " and " + storyColumn(table) + " not in (" + stories + ")";
            default -> "";
        };
    }

    /** The stories holding a claim of an article after {@code lastArticle}, as an IN list (-1 for none). */
    private static String storiesBeyond(Connection c, long lastArticle) throws SQLException {
        List<String> ids = new ArrayList<>(List.of("-1"));
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select distinct sc.StoryEntity_id from story_claim sc"
                + " join claim x on x.id = sc.claims_id where x.article_id > " + lastArticle)) {
            while (r.next()) {
                ids.add(Long.toString(r.getLong(1)));
            }
        }
        return String.join(",", ids);
    }

    private static String storyColumn(String table) {
        return table.equals("story") ? "id" : "StoryEntity_id";
    }

    private static Map<String, String> columns(Connection c, String table) throws SQLException {
        Map<String, String> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select column_name, data_type from information_schema.columns"
                + " where table_schema = 'PUBLIC' and lower(table_name) = '" + table + "' and is_identity = 'NO' order by ordinal_position")) {
            while (r.next()) {
                out.put(r.getString(1), r.getString(2));
            }
        }
        if (out.isEmpty()) {
            throw new IllegalStateException("no table " + table + ": is this a Mizan data directory at the current schema?");
        }
        return out;
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The next power of ten at or above {@code n}. */
    private static long roundUp(long n) {
        long p = 1;
        while (p < n) {
            p *= 10;
        }
        return p;
    }
}
