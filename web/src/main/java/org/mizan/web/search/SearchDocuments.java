package org.mizan.web.search;

import static org.mizan.web.search.SearchFields.*;

import io.quarkus.hibernate.orm.panache.Panache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.speaker.SpeakerEntity;
import org.mizan.web.story.StoryEntity;

/**
 * Index documents read from the database, a batch at a time (call inside a transaction). Each document
 * carries its type and id (results are shown from the database, not from the index), its words, and the
 * facet and filter fields: outlet, speaker, relation, date.
 */
final class SearchDocuments {

    private SearchDocuments() {
    }

    /** A document to write, or the key of one to remove when its row is gone. */
    record Doc(String key, Document document) {
    }

    static List<Doc> articles(Collection<Long> ids) {
        List<Doc> out = new ArrayList<>();
        Set<Long> missing = new LinkedHashSet<>(ids);
        // The text is a lazy column: read it in the same statement, not one statement per article.
        for (Object[] r : query("select a.id, a.title, a.text, a.bodyStart, a.bodyEnd, a.outlet, a.publishedOn from ArticleEntity a"
                + " where a.id in :ids", Object[].class, ids)) {
            long id = (Long) r[0];
            String text = (String) r[2];
            missing.remove(id);
            Document d = base(SearchType.ARTICLE, id);
            d.add(new StringField(OWN, Long.toString(id), Field.Store.NO));
            text(d, title(SearchType.ARTICLE), (String) r[1]);
            text(d, body(SearchType.ARTICLE), text.substring(Math.min((Integer) r[3], text.length()), Math.min((Integer) r[4], text.length())));
            outlet(d, (String) r[5]);
            date(d, (LocalDate) r[6]);
            out.add(new Doc(key(SearchType.ARTICLE, id), d));
        }
        missing.forEach(id -> out.add(new Doc(key(SearchType.ARTICLE, id), null)));
        return out;
    }

    static List<Doc> claims(Collection<Long> ids) {
        List<Doc> out = new ArrayList<>();
        Set<Long> missing = new LinkedHashSet<>(ids);
        Map<Long, List<Object[]>> links = linksOf(ids);
        for (ClaimEntity c : query("select c from ClaimEntity c join fetch c.article join fetch c.speaker where c.id in :ids",
                ClaimEntity.class, ids)) {
            missing.remove(c.id);
            Document d = base(SearchType.CLAIM, c.id);
            d.add(new StringField(OWN, c.article.id.toString(), Field.Store.NO));
            text(d, title(SearchType.CLAIM), c.speaker.name + " " + nz(c.speakerMention));
            text(d, body(SearchType.CLAIM), c.contentText);
            outlet(d, c.article.outlet);
            d.add(new StringField(SPEAKER, c.speaker.id.toString(), Field.Store.NO));
            d.add(new SortedSetDocValuesField(SPEAKER_FACET, new BytesRef(c.speaker.id + "\t" + c.speaker.name)));
            date(d, c.statedOn != null ? c.statedOn : c.article.publishedOn);
            Set<String> relations = new LinkedHashSet<>();
            Set<String> cross = new LinkedHashSet<>();
            for (Object[] l : links.getOrDefault(c.id, List.of())) {
                // l = {relation, other claim's article id, other claim's outlet}
                relations.add((String) l[0]);
                d.add(new StringField(DEP, l[1].toString(), Field.Store.NO));
                String other = (String) l[2];
                if (other != null && !other.isBlank() && !other.equals(c.article.outlet)) {
                    cross.add(l[0] + "\t" + other);
                }
            }
            for (String r : relations) {
                d.add(new StringField(RELATION, r, Field.Store.NO));
                d.add(new SortedSetDocValuesField(RELATION, new BytesRef(r)));
            }
            cross.forEach(x -> d.add(new SortedSetDocValuesField(CROSS, new BytesRef(x))));
            out.add(new Doc(key(SearchType.CLAIM, c.id), d));
        }
        missing.forEach(id -> out.add(new Doc(key(SearchType.CLAIM, id), null)));
        return out;
    }

    static List<Doc> speakers(Collection<Long> ids) {
        List<Doc> out = new ArrayList<>();
        Set<Long> missing = new LinkedHashSet<>(ids);
        for (SpeakerEntity s : query("select s from SpeakerEntity s where s.id in :ids", SpeakerEntity.class, ids)) {
            missing.remove(s.id);
            Document d = base(SearchType.SPEAKER, s.id);
            text(d, title(SearchType.SPEAKER), s.name + " " + String.join(" ", s.aliases));
            text(d, body(SearchType.SPEAKER), String.join(" ", s.roles));
            d.add(new StringField(SPEAKER, s.id.toString(), Field.Store.NO));
            out.add(new Doc(key(SearchType.SPEAKER, s.id), d));
        }
        missing.forEach(id -> out.add(new Doc(key(SearchType.SPEAKER, id), null)));
        return out;
    }

    static List<Doc> stories(Collection<Long> ids) {
        List<Doc> out = new ArrayList<>();
        Set<Long> missing = new LinkedHashSet<>(ids);
        Map<Long, Set<Long>> articles = new HashMap<>();
        for (Object[] r : query("select s.id, c.article.id from StoryEntity s join s.claims c where s.id in :ids", Object[].class, ids)) {
            articles.computeIfAbsent((Long) r[0], k -> new LinkedHashSet<>()).add((Long) r[1]);
        }
        for (StoryEntity s : query("select s from StoryEntity s where s.id in :ids", StoryEntity.class, ids)) {
            missing.remove(s.id);
            Document d = base(SearchType.STORY, s.id);
            text(d, title(SearchType.STORY), s.title);
            text(d, body(SearchType.STORY), String.join(" ", s.actors) + " " + String.join(" ", s.sources));
            s.sources.forEach(o -> outlet(d, o));
            date(d, s.lastDate);
            articles.getOrDefault(s.id, Set.of()).forEach(a -> d.add(new StringField(DEP, a.toString(), Field.Store.NO)));
            out.add(new Doc(key(SearchType.STORY, s.id), d));
        }
        missing.forEach(id -> out.add(new Doc(key(SearchType.STORY, id), null)));
        return out;
    }

    /** What else must be indexed again when these articles changed: their claims' speakers, linked claims, stories. */
    record Related(Set<Long> claims, Set<Long> speakers, Set<Long> stories) {
    }

    static Related related(Collection<Long> articleIds) {
        Set<Long> claims = new LinkedHashSet<>(query("select c.id from ClaimEntity c where c.article.id in :ids", Long.class, articleIds));
        Set<Long> speakers = new LinkedHashSet<>(
                query("select distinct c.speaker.id from ClaimEntity c where c.article.id in :ids", Long.class, articleIds));
        Set<Long> stories = new LinkedHashSet<>();
        if (!claims.isEmpty()) {
            claims.addAll(query("select l.toClaim.id from ClaimLinkEntity l where l.fromClaim.id in :ids", Long.class, List.copyOf(claims)));
            claims.addAll(query("select l.fromClaim.id from ClaimLinkEntity l where l.toClaim.id in :ids", Long.class, List.copyOf(claims)));
            stories.addAll(query("select distinct s.id from StoryEntity s join s.claims c where c.article.id in :ids", Long.class, articleIds));
        }
        return new Related(claims, speakers, stories);
    }

    /**
     * For each claim: {relation, other claim's article id, its outlet} of every link it has. One read per
     * end, each on that end's index: an OR across both ends would make the database scan every link.
     */
    private static Map<Long, List<Object[]>> linksOf(Collection<Long> claimIds) {
        Map<Long, List<Object[]>> out = new HashMap<>();
        Set<Long> seen = new HashSet<>();
        for (String end : List.of("f", "t")) {
            for (Object[] r : query("select l.id, f.id, t.id, l.relation, fa.id, fa.outlet, ta.id, ta.outlet from ClaimLinkEntity l"
                    + " join l.fromClaim f join f.article fa join l.toClaim t join t.article ta where " + end + ".id in :ids",
                    Object[].class, claimIds)) {
                if (seen.add((Long) r[0])) {
                    out.computeIfAbsent((Long) r[1], k -> new ArrayList<>()).add(new Object[] {r[3], r[6], r[7]});
                    out.computeIfAbsent((Long) r[2], k -> new ArrayList<>()).add(new Object[] {r[3], r[4], r[5]});
                }
            }
        }
        return out;
    }

    private static <T> List<T> query(String jpql, Class<T> type, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return Panache.getEntityManager().createQuery(jpql, type).setParameter("ids", ids).getResultList();
    }

    private static Document base(SearchType type, long id) {
        Document d = new Document();
        d.add(new StringField(KEY, key(type, id), Field.Store.NO));
        d.add(new StringField(TYPE, type.wire(), Field.Store.YES));
        d.add(new StoredField(ID, id));
        d.add(new NumericDocValuesField(ID, id));
        return d;
    }

    private static void text(Document d, String field, String value) {
        if (value != null && !value.isBlank()) {
            d.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void outlet(Document d, String outlet) {
        if (outlet != null && !outlet.isBlank()) {
            d.add(new StringField(OUTLET, outlet, Field.Store.NO));
            d.add(new SortedSetDocValuesField(OUTLET, new BytesRef(outlet)));
        }
    }

    private static void date(Document d, LocalDate date) {
        long day = date == null ? Long.MIN_VALUE : date.toEpochDay();
        if (date != null) {
            d.add(new LongPoint(DATE, day));
        }
        d.add(new NumericDocValuesField(DATE_SORT, day));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
