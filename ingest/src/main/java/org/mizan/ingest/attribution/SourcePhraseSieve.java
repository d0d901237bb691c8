package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.Affix;

/** {@link AttributionRule#SOURCE_PHRASE}: the source named after وفقا لـ / بحسب / نقلا عن. */
final class SourcePhraseSieve implements SpeakerSieve {

    @Override
    public boolean reads(Cue cue) {
        return cue.isPhrase();
    }

    @Override
    public SpeakerAttributor.Attribution decide(Input in) {
        List<Token> s = in.tokens();
        SpeakerAttributor.Discourse d = in.discourse();
        MentionParser parser = in.slots().parser;
        int start = SpeakerAttributor.sourceStart(s, in.cue().last() + 1);
        s = withPrepositionApart(s, start);
        Mention m = parser.parse(in.text(), s, start, d.resolver::knowsNameWord, true);
        if (m == null && start + 1 < s.size() && (SpeakerAttributor.utteranceNoun(s.get(start))
                || Affix.LI.has(s.get(start).prefix())
                        && SpeakerAttributor.utteranceNoun(withoutPrefix(s.get(start))))) {
            // "وفق تصريحات مصدر عسكري", "وفقا لتأكيد مصدر": the source is the genitive of a noun naming what it said
            m = parser.parse(in.text(), s, start + 1, d.resolver::knowsNameWord, true);
            m = m != null && m.kind() == SpeakerKind.PERSON && m.role() == null ? null : m;
        }
        if (m != null) {
            // The outlet a report is credited to relays the speaker: it never becomes the antecedent
            // of a later dropped subject.
            Entity e = d.resolver.resolve(m);
            return new SpeakerAttributor.Attribution(e, m,
                    m.description() ? AttributionRule.DEFINITE_DESCRIPTION : AttributionRule.SOURCE_PHRASE, false);
        }
        Lexicons lex = Lexicons.get();
        if (start < s.size() && !s.get(start).punctuation()
                && (lex.isNationality(s.get(start).stem()) || !lex.commonWords.contains(s.get(start).stem()))) {
            // "وفقا للفرنسية": an outlet the lexicons do not know is still the source
            Mention outlet = parser.single(in.text(), s, start);
            Mention asOrganisation = new Mention(outlet.first(), outlet.last(), outlet.span(),
                    MentionParser.withoutPreposition(s.get(start)), null, outlet.head(), SpeakerKind.ORGANIZATION,
                    true, false, false);
            return new SpeakerAttributor.Attribution(d.resolver.resolve(asOrganisation), asOrganisation,
                    AttributionRule.SOURCE_PHRASE, false);
        }
        return null;
    }

    /**
     * "وفقا لوكالة الأنباء": the tokenizer keeps an addressee word (لوكالة، لصحيفة) whole, since after a
     * speaker it opens the addressee; after a source phrase its ل is the phrase's preposition and the rest
     * heads the source. Returns the sentence with that token's ل split off (its offsets moved past it).
     */
    /** The token as if written without its preposition: "لتأكيد" read as "تأكيد". */
    private static Token withoutPrefix(Token t) {
        return new Token(t.index(), t.start(), t.end(), t.text(), t.conjunction() + t.stem() + t.suffix(), t.conjunction(),
                "", t.stem(), t.suffix(), false);
    }

    static List<Token> withPrepositionApart(List<Token> s, int at) {
        if (at >= s.size()) {
            return s;
        }
        Token t = s.get(at);
        String w = t.afterConjunction();
        if (t.punctuation() || !t.prefix().isEmpty() || !t.suffix().isEmpty() || w.length() < 4
                || !Affix.LI.isLetter(w.charAt(0))
                || Lexicons.get().boundaries.get(w) != Lexicons.Boundary.PREPOSITION) {
            return s;
        }
        int skip = MentionParser.conjunctionLength(t) + 1;
        if (skip >= t.text().length() || !Affix.LI.isLetter(t.text().charAt(skip - 1))) {
            return s;
        }
        String rest = w.substring(1);
        String article = Affix.DEFINITE_ARTICLE.word();
        String[] parts = rest.startsWith(article) ? new String[] {article, rest.substring(2)} : new String[] {"", rest};
        List<Token> out = new ArrayList<>(s);
        out.set(at, new Token(t.index(), t.start() + skip, t.end(), t.text().substring(skip), rest, "", parts[0],
                parts[1], "", false));
        return out;
    }
}
