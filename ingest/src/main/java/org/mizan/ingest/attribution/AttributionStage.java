package org.mizan.ingest.attribution;

import java.util.ArrayList;
import java.util.List;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.ingest.document.Document;

/**
 * Finds every attributed statement in a document's body (and title): reporting cues, their speakers
 * (explicit, implicit, definite descriptions) resolved to one canonical identity per entity.
 *
 * <pre>
 * per sentence, in text order (a speaker's identity and recency carry from one sentence to the next):
 *   Tokenizer          words and punctuation with offsets, clitics split (و ف ب ل ك ال، pronoun suffixes)
 *   introduce          every titled person and named organisation, so later "الوزير" can refer back
 *   CueFinder          reporting verbs, participles, verbal nouns, source phrases
 *   per cue:
 *     clause subjects  before the cue: they govern participles and feed dropped-subject recency
 *     SpeakerAttributor sieves (MentionParser reads the phrases, EntityResolver gives identities)
 *     ContentFinder    from the complementiser to the next cue or the sentence end
 * then: Speaker records with the canonical names known at the end of the article
 * </pre>
 */
public final class AttributionStage {

    private final Tokenizer tokenizer;
    private final CueFinder cueFinder;
    private final MentionParser mentionParser;
    private final SpeakerAttributor attributor;
    private final ContentFinder contentFinder;

    AttributionStage(Tokenizer tokenizer, CueFinder cueFinder, MentionParser mentionParser,
                     SpeakerAttributor attributor, ContentFinder contentFinder) {
        this.tokenizer = tokenizer;
        this.cueFinder = cueFinder;
        this.mentionParser = mentionParser;
        this.attributor = attributor;
        this.contentFinder = contentFinder;
    }

    public static AttributionStage standard() {
        Lexicons lex = Lexicons.get();
        MentionParser parser = new MentionParser(lex);
        return new AttributionStage(new Tokenizer(lex.knownWords(), lex.verbForms()), new CueFinder(lex, parser), parser,
                new SpeakerAttributor(parser), new ContentFinder(lex));
    }

    public List<AttributedStatement> attribute(Document document) {
        String text = document.text();
        List<Pending> pending = new ArrayList<>();
        // One discourse per article: entity identities and recency carry across sentences, in text order.
        SpeakerAttributor.Discourse discourse = new SpeakerAttributor.Discourse();
        discourse.readArticle(text);
        int index = 0;
        for (Span sentence : document.sentences()) {
            if (!analysed(document, sentence)) {
                continue; // boilerplate never produces claims
            }
            List<Token> tokens = tokenizer.tokenize(text, sentence, index);
            index += tokens.size();
            discourse.newSentence();
            introduceNamedEntities(text, tokens, discourse);
            List<Cue> cues = cueFinder.find(text, tokens);
            List<int[]> subjects = subjectPositions(text, tokens, cues, discourse);
            int nextSubject = 0;
            int speakerPhraseEnd = -1;
            for (int c = 0; c < cues.size(); c++) {
                Cue cue = cues.get(c);
                if (cue.first() <= speakerPhraseEnd && WordClass.NAMING.has(tokens.get(cue.first()).afterConjunction())) {
                    continue; // "أحد السكان ويدعى فلان": a cue form inside the speaker's own phrase reports nothing
                }
                // Subjects standing before this cue govern its participles and feed dropped-subject recency.
                nextSubject = registerSubjects(text, tokens, subjects, nextSubject, cue.first(), false, discourse);
                SpeakerAttributor.Attribution a = attributor.attribute(text, tokens, cue, discourse);
                if (a == null) {
                    continue;
                }
                Pending outer = enclosing(pending, sentence, tokens, cue);
                if (!cue.isPhrase()) {
                    discourse.subjectAt(a.entity(), cue.first());
                }
                int after = a.mention() != null && a.mention().first() > cue.last() ? a.mention().last() : cue.last();
                speakerPhraseEnd = Math.max(speakerPhraseEnd, after);
                int next = c + 1 < cues.size() ? cues.get(c + 1).first() : tokens.size();
                Span content = contentFinder.reported(text, tokens, cue, after, next, c > 0 ? cues.get(c - 1).last() : -1);
                pending.add(new Pending(cue, a, a.entity().lastMention(), content, sentence));
                if (outer != null) {
                    // "أشارت الوكالة إلى أن المسؤولين أصروا على ...": the reporter stays in focus, not the
                    // speaker it reports, for the next dropped subject
                    discourse.spoke(outer.attribution.entity());
                }
            }
            // "اجتمع زعيم الائتلاف معاذ الخطيب مع ... . وقال إن ...": the subject of a sentence that reports
            // nothing is still the likeliest antecedent of the next dropped subject.
            registerSubjects(text, tokens, subjects, nextSubject, tokens.size(), true, discourse);
        }
        // Names are made canonical only now: a later full name ("فايز السراج") also names earlier mentions.
        List<AttributedStatement> out = new ArrayList<>();
        for (Pending p : pending) {
            out.add(new AttributedStatement(p.cue.span(), speaker(p.attribution, p.antecedent), p.content, p.sentence));
        }
        return out;
    }

    /**
     * Makes the subjects at positions before {@code before} recent; returns the index of the first left.
     * Before a cue a titled or known person, an institution or a group counts. After the last cue only a
     * titled or known person does: other subjects of plain narration are mostly things, and a bare unknown
     * word there is as often a verb ("حافظت قبرص") as a name.
     */
    private int registerSubjects(String text, List<Token> tokens, List<int[]> subjects, int next, int before,
                                 boolean narration, SpeakerAttributor.Discourse discourse) {
        for (; next < subjects.size() && subjects.get(next)[0] < before; next++) {
            int pos = subjects.get(next)[0];
            Mention m = mentionParser.parse(text, tokens, pos, discourse::knowsNameWord);
            if (m == null) {
                continue;
            }
            boolean titledOrKnown = m.role() != null || discourse.resolver.find(m) != null;
            boolean counts = narration ? m.kind() == SpeakerKind.PERSON && m.name() != null && titledOrKnown
                    : titledOrKnown || m.kind() != SpeakerKind.PERSON;
            if (counts) {
                discourse.subjectAt(discourse.resolver.resolve(m), pos);
            }
        }
        return next;
    }

    /**
     * The claim of this sentence that reports the cue's clause: an earlier cue with a complementiser between
     * it and this one, which carries no conjunction, no comma before it and is no participle ("أشارت
     * الوكالة إلى أن المسؤولين أصروا"); null when the cue opens a claim of its own ("، مضيفا"، "وقال").
     */
    private Pending enclosing(List<Pending> pending, Span sentence, List<Token> tokens, Cue cue) {
        if (pending.isEmpty() || !pending.get(pending.size() - 1).sentence.equals(sentence) || cue.isParticiple()
                || cue.isPhrase() || !tokens.get(cue.first()).conjunction().isEmpty()
                || cue.first() > 0 && tokens.get(cue.first() - 1).punctuation()) {
            return null;
        }
        Pending previous = pending.get(pending.size() - 1);
        for (int j = previous.cue.last() + 1; j < cue.first(); j++) {
            if (cueFinder.isComplementiser(tokens.get(j))) {
                return previous;
            }
        }
        return null;
    }

    private static boolean analysed(Document d, Span sentence) {
        return d.body() != null && d.body().contains(sentence)
                || d.titleSpan() != null && d.titleSpan().contains(sentence);
    }

    /**
     * Registers every titled person and named organisation of the sentence, speaking or not, so that a
     * later "الرئيس" or "الصحيفة" can refer back to them. Recency is not touched: only speakers and
     * subjects become antecedents of dropped subjects.
     */
    private void introduceNamedEntities(String text, List<Token> tokens, SpeakerAttributor.Discourse discourse) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.punctuation() || t.prepositional() && !t.definite()) {
                continue;
            }
            Lexicons lex = Lexicons.get();
            if (!lex.titles.contains(t.stem()) && !lex.organizationHeads.contains(t.stem())) {
                continue;
            }
            Mention m = mentionParser.parse(text, tokens, i, w -> false, true);
            if (m != null && m.name() != null && !m.description()
                    && (m.kind() != SpeakerKind.PERSON || m.role() != null)) {
                discourse.introduce(m);
                i = m.last();
            }
        }
    }

    /**
     * Where the clause-initial subject stands: at the sentence start (SVO), after a first verb (VSO), or
     * after "بدوره"/"من جانبه" and a verb. Only the first position that parses counts.
     */
    private List<int[]> subjectPositions(String text, List<Token> tokens, List<Cue> cues,
                                         SpeakerAttributor.Discourse discourse) {
        int opening = Math.min(4, tokens.size());
        for (int i = 0; i < opening; i++) {
            Token t = tokens.get(i);
            if (t.isComma() && opening < tokens.size() && opening <= 4) {
                opening = Math.min(i + 5, tokens.size()); // "وفي سياق متصل، اجتمع ...": after a leading adjunct
                continue;
            }
            if (t.isComma() || t.isSentenceEnd()) {
                break;
            }
            if (i > 0 && !t.punctuation() && Lexicons.get().boundaries.containsKey(t.afterConjunction())
                    && !commaWithin(tokens, i, 4)) {
                break; // "وعبّر عن ارتياحه لقدوم الوفد": past a preposition the subject's slot is gone
            }
            final int pos = i;
            if (cues.stream().anyMatch(c -> c.first() <= pos && pos <= c.last())) {
                continue;
            }
            Mention m = mentionParser.parse(text, tokens, i, discourse::knowsNameWord);
            if (m != null && Lexicons.get().isPlace(m.head())) {
                return List.of(); // a state or city at the start is mostly a place adjunct, not the speaker
            }
            if (m != null && (discourse.resolver.find(m) != null || m.role() != null || m.kind() != SpeakerKind.PERSON)) {
                return List.<int[]>of(new int[] {i});
            }
            // an unknown bare word here is mostly the clause's verb ("سئل الخطيب"): look further
        }
        return List.of();
    }

    private static boolean commaWithin(List<Token> tokens, int from, int words) {
        for (int j = from + 1; j < tokens.size() && j <= from + words; j++) {
            if (tokens.get(j).isComma()) {
                return true;
            }
        }
        return false;
    }

    private static Speaker speaker(SpeakerAttributor.Attribution a, String antecedent) {
        Entity e = a.entity();
        Mention m = a.mention();
        String mention = m != null ? m.span().text() : antecedent;
        return new Speaker(e.canonicalName(), mention, m != null ? m.span() : null, e.kind(), e.role(),
                a.implicit(), a.rule().label());
    }

    private record Pending(Cue cue, SpeakerAttributor.Attribution attribution, String antecedent, Span content,
                           Span sentence) {
    }
}
