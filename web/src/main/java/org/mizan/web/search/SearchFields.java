package org.mizan.web.search;

/** The fields of the search index: one place for the names the documents and the queries share. */
final class SearchFields {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String ID = "id";
    /** The article a claim or article document is part of: all go when the article does. */
    static final String OWN = "own";
    /** Articles a document's content comes from (a claim's linked claims, a story's claims). */
    static final String DEP = "dep";
    /**
     * The words of a title and of a body, in fields of each type's own ("claim.body"): a search of one type
     * walks only that type's postings, not the word's postings in every type filtered down.
     */
    static String title(SearchType type) {
        return type.wire() + ".title";
    }

    static String body(SearchType type) {
        return type.wire() + ".body";
    }

    static final String OUTLET = "outlet";
    static final String SPEAKER = "speaker";
    /** "id\tname", for the speaker facet's labels. */
    static final String SPEAKER_FACET = "speaker_facet";
    static final String RELATION = "relation";
    /** "relation\tother outlet": how a claim relates to claims of other outlets (outlet pages count these). */
    static final String CROSS = "cross";
    static final String DATE = "date";
    static final String DATE_SORT = "date_sort";

    private SearchFields() {
    }

    static String key(SearchType type, long id) {
        return type.wire() + ":" + id;
    }
}
