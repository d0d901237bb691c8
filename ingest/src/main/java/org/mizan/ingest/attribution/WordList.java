package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.mizan.core.text.Affix;
import org.mizan.core.text.ArabicFolding;
import org.mizan.core.text.LexiconFile;

/** Reads the attribution lexicons (UTF-8 data files beside this class; '#' starts a comment line). */
final class WordList {

    private WordList() {
    }

    /** The non-comment lines of a resource (read by core's one lexicon loader), trimmed. */
    static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        for (String[] row : LexiconFile.rows(WordList.class, resource)) {
            out.add(String.join("\t", row).strip());
        }
        return out;
    }

    /** A word list folded for matching, with a leading article removed so entries match token stems. */
    static Set<String> stems(String resource) {
        Set<String> out = new HashSet<>();
        for (String line : lines(resource)) {
            out.add(stripArticle(ArabicFolding.fold(line)));
        }
        return Set.copyOf(out);
    }

    static String stripArticle(String folded) {
        return folded.startsWith(Affix.DEFINITE_ARTICLE.word()) && folded.length() > 4 ? folded.substring(2) : folded;
    }
}
