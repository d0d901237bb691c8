package org.mizan.ingest.attribution;

import java.util.List;
import org.mizan.core.SpeakerKind;

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
        Mention m = parser.parse(in.text(), s, start, d.resolver::knowsNameWord, true);
        if (m == null && start + 1 < s.size() && SpeakerAttributor.utteranceNoun(s.get(start))) {
            // "وفق تصريحات مصدر عسكري": the source is the genitive of a noun naming what it said
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
}
