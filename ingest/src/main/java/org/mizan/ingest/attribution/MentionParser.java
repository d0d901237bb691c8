package org.mizan.ingest.attribution;

import java.util.List;
import java.util.Set;
import org.mizan.core.Span;
import org.mizan.core.SpeakerKind;
import org.mizan.core.text.Affix;

/**
 * Reads the speaker noun phrase that starts at a given token: a title and its genitives followed by a
 * name ("وزير الخارجية الروسي سيرغي لافروف"), an organisation ("وزارة الخارجية الروسية"), a group
 * ("طرفا النزاع الليبي"), an anonymous source ("مصادر دبلوماسية روسية"), a document ("بيان صحفي صادر
 * عن ..."), a state ("الولايات المتحدة") or a bare name ("الجبير"). The phrase ends at a boundary: a
 * time word, an adjunct preposition, a complementiser, a comma (unless an apposition carries the name).
 */
public final class MentionParser {

    private static final int MAX_NAME = 5;
    private static final int MAX_PHRASE = 12;

    private final Lexicons lex;

    MentionParser(Lexicons lex) {
        this.lex = lex;
    }

    public static MentionParser standard() {
        return new MentionParser(Lexicons.get());
    }

    /** The mention starting at sentence-local token {@code p}, or null when none starts there. */
    public Mention parse(String text, List<Token> s, int p) {
        return parse(text, s, p, w -> false);
    }

    /**
     * As {@link #parse(String, List, int)}, with the words of names already known in the article: a known
     * surname may stand alone with the article ("الجبير").
     */
    public Mention parse(String text, List<Token> s, int p, java.util.function.Predicate<String> known) {
        return parse(text, s, p, known, false);
    }

    /**
     * @param afterPreposition true after وفقا/بحسب, where the source may carry the preposition ("للبيان")
     */
    public Mention parse(String text, List<Token> s, int p, java.util.function.Predicate<String> known,
                         boolean afterPreposition) {
        if (p < 0 || p >= s.size()) {
            return null;
        }
        Token t = s.get(p);
        if (!afterPreposition && !t.punctuation() && t.prepositional()) {
            return null; // "للأنباء", "بالقاهرة": a prepositional phrase is no subject
        }
        if (t.punctuation() && !t.isOpeningQuote()) {
            return null;
        }
        if (t.punctuation()) {
            return quotedOrganisation(text, s, p);
        }
        if ((WordClass.QUANTIFIER.has(t.afterConjunction()) || WordClass.QUANTIFIER_OF.has(t.afterConjunction()))
                && !t.prepositional()) {
            return quantified(text, s, p, known);
        }
        if ((isBoundary(t) && !(afterPreposition && t.prepositional())) || isCueWord(t) || isNumber(t)) {
            return null;
        }
        String stem = t.stem();
        if (WordClass.HONORIFIC.has(t.afterConjunction()) || lex.titles.contains(stem)) {
            return person(text, s, p);
        }
        if (lex.anonymousHeads.contains(stem) && t.definite() && WordClass.SINGULAR_SOURCE.has(stem)) {
            return person(text, s, p); // "الدبلوماسي الروسي", "المصدر": a definite description of someone met
        }
        if (lex.anonymousHeads.contains(stem)) {
            return phrase(text, s, p, SpeakerKind.ANONYMOUS, 6, false);
        }
        if (lex.documentHeads.contains(stem)) {
            return phrase(text, s, p, SpeakerKind.DOCUMENT, 7, true);
        }
        if (lex.organizationHeads.contains(stem) || lex.organizationHeads.contains(t.afterConjunction())) {
            return phrase(text, s, p, SpeakerKind.ORGANIZATION, 8, false);
        }
        if (lex.groupHeads.contains(stem) || lex.groupHeads.contains(t.afterConjunction())) {
            return phrase(text, s, p, SpeakerKind.GROUP, 5, false);
        }
        if (lex.isPlace(stem) || lex.isPlace(t.afterConjunction())) {
            // states and cities are feminine in Arabic: "قالت موسكو"
            Mention m = phrase(text, s, p, SpeakerKind.ORGANIZATION, 3, false);
            return new Mention(m.first(), m.last(), m.span(), m.name(), m.role(), m.head(), m.kind(), true, false,
                    m.description());
        }
        if (isPluralNoun(t)) {
            return phrase(text, s, p, SpeakerKind.GROUP, 3, false);
        }
        if (t.definite() && !lex.commonWords.contains(stem) && !lex.isVerb(t) && !lex.isNationality(stem)
                && (known.test(t.folded()) || p + 1 >= s.size() || s.get(p + 1).punctuation() || isBoundary(s.get(p + 1)))) {
            // "وقال الجبير، ..." — a surname alone, known from earlier or closed off by a boundary
            int end = nameEnd(s, p);
            return build(text, s, p, end, p, end, -1, -1, stem, SpeakerKind.PERSON, false, false);
        }
        if (startsName(t)) {
            int end = nameEnd(s, p);
            return withTrailingRole(text, s, build(text, s, p, end, p, end, -1, -1, stem, SpeakerKind.PERSON, false, false));
        }
        return null;
    }

    /**
     * "بعض نواب المعارضة", "العديد من المراقبين": a quantifier before a group or anonymous source (with or
     * without من) speaks as that group; anything else after it is no speaker.
     */
    private Mention quantified(String text, List<Token> s, int p, java.util.function.Predicate<String> known) {
        int q = p + 1;
        boolean of = q < s.size() && !s.get(q).punctuation()
                && WordClass.PARTITIVE_PREPOSITION.has(s.get(q).afterConjunction());
        if (of) {
            q++;
        } else if (WordClass.QUANTIFIER_OF.has(s.get(p).afterConjunction())) {
            return null; // "عدد الضحايا": the number of, no speaker
        }
        if (q >= s.size() || s.get(q).punctuation() || !s.get(q).conjunction().isEmpty() || s.get(q).prepositional()) {
            return null;
        }
        Mention group = parse(text, s, q, known, false);
        int last;
        String head;
        if (group != null && (group.kind() == SpeakerKind.GROUP || group.kind() == SpeakerKind.ANONYMOUS)) {
            last = group.last();
            head = group.head();
        } else if (s.get(q).definite() && !lex.isVerb(s.get(q)) && !isBoundary(s.get(q))) {
            last = q; // "بعض السكان", "معظم الوزراء": a definite plural the group lists do not hold
            head = s.get(q).stem();
        } else {
            return null;
        }
        Token a = s.get(p);
        Span span = Span.of(text, a.start() + conjunctionLength(a), s.get(last).end());
        return new Mention(p, last, span, words(s, p, last, true), null, head, SpeakerKind.GROUP, false, true, false);
    }

    /** The one-word bare-name mention at {@code p}. */
    Mention single(String text, List<Token> s, int p) {
        return single(text, s, p, p);
    }

    /** A bare-name mention over tokens {@code first..last}. */
    Mention single(String text, List<Token> s, int first, int last) {
        return build(text, s, first, last, first, last, -1, -1, s.get(first).stem(), SpeakerKind.PERSON, false, false);
    }

    /**
     * "فلان، الناطق باسم المفوضة" / "فلان الفلاني وزير الزراعة الكيني": a title after the name is its role.
     */
    private Mention withTrailingRole(String text, List<Token> s, Mention m) {
        int j = m.last() + 1;
        if (j < s.size() && s.get(j).isComma()) {
            j++;
        }
        if (j >= s.size() || s.get(j).punctuation() || !s.get(j).conjunction().isEmpty() || s.get(j).prepositional()
                || !lex.titles.contains(s.get(j).stem())) {
            return m;
        }
        Mention role = person(text, s, j);
        if (role == null || role.name() != null) {
            return m;
        }
        return new Mention(m.first(), role.last(), Span.of(text, m.span().start(), role.span().end()), m.name(),
                role.role(), m.head(), m.kind(), role.feminine(), m.plural(), false);
    }

    /** Title + genitives + name, with an apposition after a comma and an appositive relative clause. */
    private Mention person(String text, List<Token> s, int p) {
        int i = p;
        boolean needGenitive = true;
        String head = null;
        int headAt = p;
        boolean forPrincipal = false;
        int nameStart = -1;
        int roleEnd = p;
        boolean afterDefiniteTitle = false;
        for (; i < s.size() && i < p + MAX_PHRASE + 4; i++) {
            Token u = s.get(i);
            boolean justAfterTitle = afterDefiniteTitle;
            afterDefiniteTitle = false;
            if (u.isOpeningQuote()) {
                int close = closingQuote(s, i);
                if (close < 0) {
                    break;
                }
                if (close > i + 2 && startsName(s.get(i + 1))) {
                    // A quoted name of two words or more: أوضح الموفد الأممي إلى الصومال "فلان ولد فلان"
                    // (one quoted word after an organisation is its name: حركة المقاومة الإسلامية "حماس")
                    return build(text, s, p, close, i + 1, close - 1, p, i - 1, head == null ? s.get(p).stem() : head,
                            SpeakerKind.PERSON, feminineTitle(s.get(headAt), head == null ? s.get(p).stem() : head), false);
                }
                if (close > i + 3 && i > p && !needGenitive && !(close + 1 < s.size() && startsName(s.get(close + 1)))) {
                    break; // after a complete title, a quote of three words or more, no name after it, is speech
                }
                i = close;
                roleEnd = close;
                needGenitive = false;
                continue;
            }
            if (u.isComma()) {
                if (i + 1 < s.size() && startsName(s.get(i + 1))) {
                    continue; // apposition: "وزير الخارجية ...، عبد الهادي الحويج"
                }
                if (i + 1 < s.size() && !s.get(i + 1).punctuation() && s.get(i + 1).conjunction().isEmpty()
                        && lex.titles.contains(s.get(i + 1).stem()) && !s.get(i + 1).prepositional()) {
                    continue; // "القائد الروحي، الحبر الأعظم فلان"
                }
                break;
            }
            if (u.punctuation() || isNumber(u)) {
                break;
            }
            String w = u.afterConjunction();
            Lexicons.Boundary b = isBoundary(u) ? lex.boundaries.get(w) : null;
            if (WordClass.HONORIFIC.has(w)) {
                roleEnd = i;
                continue;
            }
            if (i > p && WordClass.GENERAL_MODIFIER.has(w) && lex.titles.contains(s.get(i - 1).stem())) {
                roleEnd = i; // الأمين العام، المشرف العام، المدعي العام
                needGenitive = false;
                continue;
            }
            if (lex.titles.contains(u.stem()) && u.conjunction().isEmpty() && !u.prepositional()) {
                headAt = head == null ? i : headAt;
                head = head == null ? u.stem() : head;
                needGenitive = !u.definite();
                afterDefiniteTitle = u.definite();
                roleEnd = i;
                continue;
            }
            if (WordClass.ON_BEHALF_OF.has(w) && i + 1 < s.size() && startsName(s.get(i + 1))) {
                // "المتحدث باسم جنتيلوني": the name after باسم is the principal, part of the role
                i = nameEnd(s, i + 1);
                roleEnd = i;
                needGenitive = false;
                continue;
            }
            if (WordClass.ROLE_LINK.has(w) && !isNameAli(u) || (u.prepositional() && !u.definite() && lex.commonWords.contains(u.stem()))) {
                boolean anonymousDomain = (WordClass.LOCATIVE_PREPOSITION.has(w) || WordClass.ON_BEHALF_OF.has(w))
                        && !s.get(p).definite() && i + 1 < s.size()
                        && !s.get(i + 1).prepositional()
                        && (s.get(i + 1).definite() || lex.organizationHeads.contains(s.get(i + 1).stem()));
                if (b == Lexicons.Boundary.TIME || !nameAhead(s, i) && !anonymousDomain) {
                    break; // "وقال الوزير في تصريح": an adjunct, not part of the title
                }
                needGenitive = true;
                roleEnd = i;
                // "ناطق باسم وزير الداخلية النمساوي فلان الفلاني": a spokesman, unnamed, for a titled person
                // whose name follows; "الناطق باسم الأمين العام ... فلان" is the spokesman named
                forPrincipal |= WordClass.ON_BEHALF_OF.has(w) && !s.get(p).definite() && i + 1 < s.size()
                        && !s.get(i + 1).punctuation() && lex.titles.contains(s.get(i + 1).stem());
                continue;
            }
            if (i > p && (lex.firstNames.contains(u.stem()) || lex.firstNames.contains(w)) && u.conjunction().isEmpty()
                    && !u.definite() && !u.prepositional()) {
                nameStart = i;
                break;
            }
            if (justAfterTitle && u.definite() && !lex.commonWords.contains(u.stem())
                    && !Affix.TA_MARBUTA_FOLDED.suffixes(u.stem())
                    && !lex.isNationality(u.stem()) && !lex.isPlace(u.stem()) && b == null
                    && !lex.organizationHeads.contains(u.stem()) && !lex.isVerb(u) && !nisbaBeforeName(s, i)) {
                nameStart = i; // a surname straight after a title: "الدكتور الشرقاوي"، "الرئيس السيسي"
                break;
            }
            if (b != null || isCueWord(u) || lex.isVerb(u)) {
                break;
            }
            if (u.definite() && !needGenitive && !lex.isNationality(u.stem()) && !isNisba(u.stem()) && !nameAhead(s, i)) {
                break; // after a complete title only adjectives follow: "وجدد الوزير التأكيد" stops at التأكيد
            }
            if (u.definite() || lex.isNationality(u.stem()) || lex.isPlace(u.stem()) || lex.isPlace(w)) {
                needGenitive = false;
                roleEnd = i;
                continue;
            }
            if (u.prepositional() && !needGenitive && i > p && isNisba(s.get(i - 1).stem()) && !nameAhead(s, i)) {
                break; // "الوزير الإيطالي لراديو روما": after a title closed by its adjective, ل opens the addressee
            }
            if (u.prepositional()) {
                needGenitive = true; // "رئيس المجلس الرئاسي لحكومة الوفاق": the preposition takes a genitive
                roleEnd = i;
                continue;
            }
            if (lex.commonWords.contains(u.stem()) || lex.commonWords.contains(w)
                    || lex.organizationHeads.contains(u.stem())) {
                if (!needGenitive && !lex.organizationHeads.contains(u.stem()) && !nameAhead(s, i)) {
                    break; // an indefinite noun after a complete title: the object or the next clause
                }
                needGenitive = true;
                roleEnd = i;
                continue;
            }
            if (!startsName(u)) {
                break;
            }
            nameStart = i;
            break;
        }
        if (head == null) {
            head = s.get(p).stem();
        }
        if (nameStart < 0) {
            if (roleEnd < p) {
                return null;
            }
            Token h = s.get(p);
            // "الوزير", and "وزير الخارجية الروسي" too: a definite genitive makes the title definite
            boolean definite = h.definite() || WordClass.HONORIFIC.has(h.afterConjunction());
            for (int k = p + 1; k <= roleEnd && !definite; k++) {
                Token g = s.get(k);
                // "وزير الخارجية الروسي", "وزير خارجية ألمانيا": a definite or proper genitive makes it definite
                definite = !g.punctuation() && !g.prepositional() && (g.definite() || lex.isPlace(g.stem()));
            }
            boolean anonymous = !definite;
            return build(text, s, p, roleEnd, -1, -1, p, roleEnd, head,
                    anonymous ? SpeakerKind.ANONYMOUS : SpeakerKind.PERSON, feminineTitle(s.get(headAt), head), definite);
        }
        int nameEnd = nameEnd(s, nameStart);
        if (forPrincipal) {
            return build(text, s, p, nameEnd, -1, -1, p, nameEnd, head, SpeakerKind.ANONYMOUS,
                    feminineTitle(s.get(headAt), head), false);
        }
        int roleLast = nameStart - 1;
        while (roleLast > p && s.get(roleLast).punctuation() && !s.get(roleLast).isQuote()) {
            roleLast--;
        }
        return build(text, s, p, nameEnd, nameStart, nameEnd, p, roleLast, head, SpeakerKind.PERSON,
                feminineTitle(s.get(headAt), head), false);
    }

    /**
     * A preposition continues a title only when a name follows soon ("المدير الفني للفريق الأول بنادي
     * الساحل فلان الفلاني", "وزير المالية في حكومة الوحدة، فلان بن فلان"); otherwise it opens an
     * adjunct ("وقال الوزير في تصريح") or the complement ("عبر الوزير عن أمله").
     */
    private boolean nameAhead(List<Token> s, int i) {
        for (int j = i + 1; j < s.size() && j <= i + 8; j++) {
            Token u = s.get(j);
            if (u.isComma()) {
                return j + 1 < s.size() && startsName(s.get(j + 1));
            }
            if (u.isQuote()) {
                continue;
            }
            if (u.isSentenceEnd() || u.isColon() || isCueWord(u) || lex.isVerb(u)
                    || lex.boundaries.get(u.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER) {
                return false;
            }
            // a known first name, or two name-like words: one unknown word is as often a verbal noun ("توثيق")
            if (!u.definite() && !u.prepositional() && u.suffix().isEmpty() && !lex.isPlace(u.stem())
                    && (lex.firstNames.contains(u.stem()) || startsName(u) && j + 1 < s.size() && startsName(s.get(j + 1)))) {
                return true;
            }
        }
        return false;
    }

    /** Organisation, group, anonymous source or document: the head and its modifiers. */
    private Mention phrase(String text, List<Token> s, int p, SpeakerKind kind, int max, boolean sourceLinks) {
        int end = p;
        // a place is a complete name: "اتهمت دمشق مسلحي المعارضة" stops at دمشق
        boolean needGenitive = !s.get(p).definite() && !lex.isPlace(s.get(p).stem()) && !lex.isPlace(s.get(p).afterConjunction());
        for (int i = p + 1; i < s.size() && i <= p + max; i++) {
            Token u = s.get(i);
            if (u.isOpeningQuote()) {
                int close = closingQuote(s, i);
                if (close < 0) {
                    break;
                }
                end = close;
                i = close;
                continue;
            }
            if (u.folded().equals("(")) {
                int close = -1;
                for (int j = i + 1; j < s.size() && j <= i + 4; j++) {
                    if (s.get(j).folded().equals(")")) {
                        close = j;
                        break;
                    }
                }
                if (close < 0) {
                    break;
                }
                end = close; // "وزارة الدفاع الأمريكية (البنتاجون)"
                i = close;
                continue;
            }
            if (u.punctuation() || isNumber(u) || isCueWord(u)) {
                break;
            }
            String w = u.afterConjunction();
            if (i > p + 1 && lex.titles.contains(u.stem()) && u.conjunction().isEmpty() && !u.prepositional()
                    && isNameLike(s.get(i - 1))) {
                break; // "... ديوان المهندس فلان الفلاني مستشار رئيس الوزراء": the name's apposition is not the source
            }
            if (kind == SpeakerKind.ANONYMOUS && WordClass.LOCATIVE_PREPOSITION.has(w) && i + 1 < s.size()
                    && s.get(i + 1).definite()) {
                end = ++i; // "مصادر في الخارجية الإسرائيلية"
                needGenitive = false;
                continue;
            }
            if (sourceLinks && WordClass.SOURCE_LINK.has(w)) {
                continue;
            }
            if (WordClass.ON_BEHALF_OF.has(w) && (kind == SpeakerKind.GROUP || kind == SpeakerKind.ANONYMOUS)) {
                needGenitive = true; // "ناطقون أمنيون باسم السلطة المحلية"
                continue;
            }
            if (kind == SpeakerKind.ANONYMOUS && WordClass.LOCATIVE_PREPOSITION.has(w) && u.conjunction().isEmpty()
                    && i + 1 < s.size()
                    && !s.get(i + 1).punctuation() && s.get(i + 1).prefix().isEmpty()
                    && lex.organizationHeads.contains(s.get(i + 1).stem())) {
                // "مصدر رفيع في حركة التحرير": an anonymous source keeps the body it speaks from
                Mention body = phrase(text, s, i + 1, SpeakerKind.ORGANIZATION, max, sourceLinks);
                end = body.last();
                i = end;
                needGenitive = false;
                continue;
            }
            if (kind == SpeakerKind.ORGANIZATION && i > p + 1 && u.conjunction().isEmpty()) {
                // "السفارة الليبية بالقاهرة", "السفارة المصرية في برلين": the seat belongs to the name
                if (u.prepositional() && lex.isPlace(u.stem())) {
                    end = i;
                    continue;
                }
                if (WordClass.LOCATIVE_PREPOSITION.has(w) && i + 1 < s.size() && lex.isPlace(s.get(i + 1).stem())) {
                    end = ++i;
                    continue;
                }
                if (WordClass.LOCATIVE_PREPOSITION.has(w) && i + 1 < s.size() && !s.get(i + 1).punctuation()
                        && s.get(i + 1).prefix().isEmpty()
                        && lex.organizationHeads.contains(s.get(i + 1).stem())) {
                    // "دائرة الشؤون القانونية في منظمة التحرير": a department is named with the body it belongs to
                    Mention body = phrase(text, s, i + 1, SpeakerKind.ORGANIZATION, max, sourceLinks);
                    end = body.last();
                    i = end;
                    continue;
                }
            }
            if (lex.boundaries.containsKey(w) && !(kind == SpeakerKind.ANONYMOUS && WordClass.PAST_NEGATOR.has(w))) {
                break;
            }
            if (kind == SpeakerKind.ANONYMOUS && WordClass.ANONYMITY_CLAUSE_OPENER.has(w)) {
                end = anonymousRelative(s, i);
                break;
            }
            boolean afterParticle = isNameParticle(s.get(i - 1));
            // an adjective agrees with its noun in definiteness: "مصادر دبلوماسية"، "متحدثون عسكريون"، "الحركة الإسلامية"
            boolean adjective = lex.isNationality(u.stem())
                    // the adjective agrees with the last noun of a construct chain: "وزارة الزراعة الكينية"
                    || (isNisba(u.stem()) && !u.prepositional()
                        && u.definite() == (s.get(p).definite()
                                || kind == SpeakerKind.ORGANIZATION && i > p + 1 && !s.get(i - 1).punctuation() && s.get(i - 1).definite())
                        && (u.definite() || !constructBefore(s, i)));
            boolean modifier;
            if (afterParticle || u.isQuote() || isNameParticle(u)) {
                modifier = true;
            } else if (needGenitive) {
                // construct chain: "وكالة أنباء الأناضول", "وزارة الخارجية", "معهد العلوم والأمن"
                modifier = adjective && kind == SpeakerKind.GROUP || u.definite() && !(kind == SpeakerKind.ANONYMOUS && addressee(u)) || startsName(u) || lex.isPlace(u.stem()) || lex.isPlace(w)
                        || (!u.prepositional() && lex.commonWords.contains(u.stem()) && u.conjunction().isEmpty())
                        || (kind == SpeakerKind.ANONYMOUS && i <= p + 2 && !u.prepositional() && !addressee(u))
                        || (sourceLinks && !u.prepositional());
                needGenitive = !u.definite() && !startsName(u) && !lex.isPlace(u.stem());
            } else {
                // a complete phrase takes only adjectives and names: "الحركة الأمم المتحدة" stops at الأمم
                modifier = adjective
                        || (!u.conjunction().isEmpty() && u.definite() && kind == SpeakerKind.ORGANIZATION)
                        // a name runs on: "وكالة فرانس برس"
                        || (kind == SpeakerKind.ORGANIZATION && startsName(u) && startsName(s.get(i - 1)))
                        || (kind == SpeakerKind.ANONYMOUS && i <= p + 2 && !u.prepositional() && !addressee(u))
                        || (sourceLinks && !u.prepositional());
            }
            // "مشرعون أمريكيون قلقهم": a noun with a possessive pronoun is the object, never part of the source
            // "مصادر طبية وعسكرية": a coordinated adjective after an adjective
            boolean coordinatedAdjective = !u.conjunction().isEmpty() && adjective && i > p + 1
                    && isNisba(s.get(i - 1).stem()) && !s.get(i - 1).punctuation();
            if (!modifier || (!u.conjunction().isEmpty() && !u.definite() && !coordinatedAdjective) || !u.suffix().isEmpty()) {
                break;
            }
            end = i;
        }
        Token h = s.get(p);
        boolean named = false;
        for (int i = p + 1; i <= end; i++) {
            Token u = s.get(i);
            named |= u.isQuote() || (!u.definite() && startsName(u));
        }
        // "البيان", "الصحيفة البريطانية": a definite head without a name refers back to a named source.
        boolean description = h.definite() && !named && kind != SpeakerKind.GROUP && kind != SpeakerKind.ANONYMOUS;
        boolean plural = kind == SpeakerKind.GROUP || WordClass.PLURAL_SOURCE_HEAD.has(h.stem());
        Mention m = build(text, s, p, end, p, end, -1, -1, h.stem(), kind, feminine(h.stem()) || plural, description);
        return new Mention(m.first(), m.last(), m.span(), m.name(), m.role(), m.head(), m.kind(), m.feminine(), plural, description);
    }

    /** "مصدر لم تسمه" / "مسؤول رفض الكشف عن اسمه": the clause that keeps the source anonymous. */
    private int anonymousRelative(List<Token> s, int i) {
        int end = i;
        for (int j = i; j < s.size() && j <= i + 5; j++) {
            Token u = s.get(j);
            if (u.punctuation() || lex.boundaries.get(u.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER) {
                break;
            }
            end = j;
            if (WordClass.NAME_NOUN.prefixes(u.stem()) || WordClass.NAMING_VERB_STEM.prefixes(u.afterConjunction())) {
                break;
            }
        }
        return end;
    }

    private Mention quotedOrganisation(String text, List<Token> s, int p) {
        int close = closingQuote(s, p);
        if (close < 0 || close - p > 6 || close == p + 1) {
            return null;
        }
        return build(text, s, p, close, p, close, -1, -1, s.get(p + 1).stem(), SpeakerKind.ORGANIZATION, true, false);
    }

    private int closingQuote(List<Token> s, int open) {
        for (int j = open + 1; j < s.size() && j <= open + 8; j++) {
            if (s.get(j).isQuote()) {
                return j;
            }
            if (s.get(j).isSentenceEnd()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The subject slot of a verb runs up to its complement ("قال ... إن", "قال ...:"): when a parsed role
     * stops short of it, the words left right before the complementiser are the name, of any origin and
     * whether or not they are also common words ("قال الأمين العام للمنظمة فلان فلتان إن"); a name may
     * also come first with the role in apposition after it ("قال فلان فلتان المتحدث باسم الوزارة إن"),
     * or after «ويدعى / واسمه» ("أحد السكان ويدعى فلان"). Returns {@code parsed} when the slot has no such shape.
     */
    Mention completeSubjectSlot(String text, List<Token> s, int from, Mention parsed) {
        int c = complementAfter(s, from);
        if (c < 0) {
            return parsed;
        }
        int end = c - 1;
        while (end >= from && !s.get(end).punctuation() && (WordClass.ADJUNCT.has(s.get(end).afterConjunction())
                || lex.boundaries.get(s.get(end).afterConjunction()) == Lexicons.Boundary.TIME)) {
            end--; // "قال الوزير فلان أمس إن": the time of the saying is no part of the name
        }
        return completeSlot(text, s, from, end, c, parsed);
    }

    /**
     * The subject slot {@code from..end}, closed by the token at {@code c} (a complementiser, or the
     * auxiliary قد of a pre-verbal subject: "وكان رئيس الهيئة فلان الفلاني قد قال"): a role that stops
     * short of the slot's end leaves the name.
     */
    Mention completeSlot(String text, List<Token> s, int from, int end, int c, Mention parsed) {
        if (end < from) {
            return parsed;
        }
        if (parsed != null && parsed.first() == from && parsed.last() < end
                && (parsed.kind() == SpeakerKind.PERSON || parsed.kind() == SpeakerKind.ANONYMOUS)) {
            int n = parsed.last() + 1;
            if (WordClass.NAMING.has(s.get(n).afterConjunction()) || WordClass.NAMING.has(s.get(n).stem())) {
                // "أحد السكان ويدعى فلان": the name follows the naming verb
                return n < end && nameRun(s, n + 1, end, c) ? build(text, s, from, end, n + 1, end, from, parsed.last(),
                        parsed.head(), SpeakerKind.PERSON, parsed.feminine(), false) : parsed;
            }
            if (parsed.role() != null && parsed.name() == null && parsed.kind() == SpeakerKind.PERSON) {
                int nameFirst = end;
                while (nameFirst - 1 > parsed.last() && nameFirst > end - 3 && nameWord(s.get(nameFirst - 1))) {
                    nameFirst--;
                }
                while (nameFirst <= end && s.get(nameFirst).definite()) {
                    nameFirst++; // a name starts bare; "الكابتن"-like words before it extend the role
                }
                if (nameFirst <= end && nameRun(s, nameFirst, end, c) && roleContinues(s, parsed.last() + 1, nameFirst - 1)) {
                    return build(text, s, from, end, nameFirst, end, from, nameFirst - 1, parsed.head(),
                            SpeakerKind.PERSON, parsed.feminine(), false);
                }
                return parsed;
            }
        }
        for (int k = from + 1; k <= from + 3 && k <= end; k++) {
            Token t = s.get(k);
            if (t.punctuation() || !t.conjunction().isEmpty() || !Affix.DEFINITE_ARTICLE.has(t.prefix())
                    || !lex.titles.contains(t.stem())) {
                continue;
            }
            Mention role = person(text, s, k);
            if (role != null && role.name() == null && role.role() != null && role.last() <= end
                    && roleContinues(s, role.last() + 1, end) && foreignName(s, from, k - 1)) {
                return build(text, s, from, end, from, k - 1, k, end, role.head(), SpeakerKind.PERSON,
                        role.feminine(), false);
            }
        }
        return parsed;
    }

    /** The complementiser, colon or opening quote that ends a verb's subject slot, or -1 within reach. */
    private int complementAfter(List<Token> s, int from) {
        for (int j = from; j < s.size() && j <= from + 14; j++) {
            Token t = s.get(j);
            if (t.isColon() || t.isOpeningQuote()) {
                return j;
            }
            if (t.punctuation()) {
                return -1;
            }
            if (t.conjunction().isEmpty() && lex.boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER
                    && !complementiserFollows(s, j)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Another complementiser within three bare words: the first form is a word of the name that looks like
     * one ("بان" written for بأن), and the complement opens at the second.
     */
    private boolean complementiserFollows(List<Token> s, int j) {
        for (int k = j + 1; k < s.size() && k <= j + 3; k++) {
            Token t = s.get(k);
            if (t.punctuation() || !t.conjunction().isEmpty() || t.prepositional()) {
                return false;
            }
            if (lex.boundaries.get(t.afterConjunction()) == Lexicons.Boundary.COMPLEMENTISER) {
                return k > j + 1;
            }
        }
        return false;
    }

    /** A word that can stand in a name right before the complement: bare or a definite surname, no clitic. */
    private boolean nameWord(Token t) {
        if (t.punctuation() || t.afterConjunction().length() < 2) {
            return false;
        }
        String w = t.afterConjunction();
        if (Affix.FINAL_ALEF.suffixes(w) && lex.commonWords.contains(w.substring(0, w.length() - 1))) {
            return false; // "تفاؤلا", "ترحيبا": an accusative noun, the object
        }
        return t.conjunction().isEmpty() && (t.prefix().isEmpty() || Affix.DEFINITE_ARTICLE.has(t.prefix()))
                && lex.boundaries.get(w) != Lexicons.Boundary.RELATIVE
                && t.suffix().isEmpty() && !isNumber(t) && !isCueWord(t) && !WordClass.ADJUNCT.has(t.afterConjunction())
                && !lex.titles.contains(t.stem()) && !lex.isNationality(t.stem())
                && lex.boundaries.get(t.afterConjunction()) != Lexicons.Boundary.TIME
                && lex.boundaries.get(t.afterConjunction()) != Lexicons.Boundary.PREPOSITION;
    }

    /**
     * Words {@code first..last} form a name before the complementiser at {@code c}: name words only, and
     * common words only when the complementiser is written إن (after a subject, never the subjunctive أن
     * that follows a noun such as "ضرورة أن").
     */
    private boolean nameRun(List<Token> s, int first, int last, int c) {
        if (last - first > 3 || s.get(first).definite()) {
            return false;
        }
        Token before = s.get(first - 1);
        if (!before.punctuation() && (WordClass.ROLE_LINK.has(before.afterConjunction()) || isBoundary(before))) {
            return false; // "المتحدث في بروكسل", "السفيرة لدى فلانيا": the genitive of a preposition, not a name
        }
        Token head = s.get(first);
        if (lex.organizationHeads.contains(head.stem()) || isNameParticle(head)) {
            return false;
        }
        // after إن, or before قد, the slot is closed on both sides: its last words are the name, common words too
        boolean inna = Affix.HAMZA_BELOW_ALEF.prefixes(s.get(c).text())
                || WordClass.AUXILIARY.has(s.get(c).afterConjunction());
        for (int i = first; i <= last; i++) {
            Token t = s.get(i);
            if (!nameWord(t) || lex.isPlace(t.stem()) || lex.isPlace(t.afterConjunction()) || !inna && (lex.commonWords.contains(t.stem()) || lex.commonWords.contains(t.afterConjunction())
                    || lex.isVerb(t))) {
                return false;
            }
        }
        return true;
    }

    /** Words between a parsed role and the name still belong to the role: genitives, adjectives, titles. */
    private boolean roleContinues(List<Token> s, int first, int last) {
        for (int i = first; i <= last; i++) {
            Token t = s.get(i);
            if (t.punctuation() || !t.conjunction().isEmpty()) {
                return false;
            }
            boolean genitive = t.definite() || lex.titles.contains(t.stem()) || lex.isNationality(t.stem())
                    || lex.isPlace(t.stem()) || WordClass.ROLE_LINK.has(t.afterConjunction())
                    || t.prepositional() && i < last && s.get(i + 1).definite(); // "لبرنامج الغذاء": a construct
            if (!genitive || lex.boundaries.get(t.afterConjunction()) == Lexicons.Boundary.TIME) {
                return false;
            }
        }
        return true;
    }

    /** Words that no lexicon knows, the first possibly with an ال that is part of it ("اليكس"): a foreign name. */
    private boolean foreignName(List<Token> s, int first, int last) {
        if (last - first > 3) {
            return false;
        }
        for (int i = first; i <= last; i++) {
            Token t = s.get(i);
            boolean bare = t.prefix().isEmpty() || Affix.DEFINITE_ARTICLE.has(t.prefix()) && i == first;
            if (!bare || isNameParticle(t) || !nameWord(t) || lex.commonWords.contains(t.stem()) || lex.commonWords.contains(t.afterConjunction())
                    || lex.isVerb(t) || lex.isPlace(t.stem()) || lex.organizationHeads.contains(t.stem())
                    || isBoundary(t)) {
                return false;
            }
        }
        return true;
    }

    /** The last token of a name starting at {@code start}. */
    int nameEnd(List<Token> s, int start) {
        int end = start;
        for (int i = start + 1; i < s.size() && i < start + MAX_NAME; i++) {
            Token u = s.get(i);
            if (u.punctuation() || !u.conjunction().isEmpty() || lex.isVerb(u) || isCueWord(u)
                    || WordClass.BLESSING.has(u.folded()) && u.text().endsWith("\u0647")) {
                // "الملك فلان رحمه الله": the blessing (its pronoun written ه, unlike the name رحمة) ends the name
                break;
            }
            boolean particle = isNameParticle(s.get(i - 1));
            if (end == start && lex.firstNames.contains(s.get(start).stem()) && !isBoundary(u) && !isCueWord(u)
                    && !lex.titles.contains(u.stem()) && !u.prepositional() && u.suffix().isEmpty()) {
                end = i; // a surname that is also a word: "محمد كامل", "نبيل العربي"
                continue;
            }
            if (isNameParticle(u) || startsName(u) || particle && !isBoundary(u)
                    || (u.definite() && !lex.commonWords.contains(u.stem()) && !isBoundary(u) && !isCueWord(u)
                        && !lex.isNationality(u.stem()) && !lex.titles.contains(u.stem())
                        && !lex.organizationHeads.contains(u.stem()) && !lex.groupHeads.contains(u.stem()))
                    || WordClass.DIVINE_NAME.has(u.afterConjunction())) {
                end = i;
                continue;
            }
            break;
        }
        return end;
    }

    /** A word that can begin a personal name: bare, unknown to the common-word and role lists. */
    /**
     * "عبدربه", "عبدالله": a theophoric name, عبد joined to a divine name in one word; its final ه is the
     * divine name's, not a possessive pronoun.
     */
    private boolean servantOfCompound(Token t) {
        String w = t.folded();
        return t.conjunction().isEmpty() && t.prefix().isEmpty() && w.length() >= 6 && !lex.commonWords.contains(w)
                && WordClass.THEOPHORIC_HEAD.words().stream().anyMatch(w::startsWith);
    }

    boolean startsName(Token t) {
        if (t.punctuation() || isNumber(t) || t.afterConjunction().length() < 2) {
            return false;
        }
        String w = t.afterConjunction();
        String stem = t.stem();
        if (isBoundary(t) || isCueWord(t) || lex.titles.contains(stem) || lex.organizationHeads.contains(stem)
                || lex.anonymousHeads.contains(stem) || lex.documentHeads.contains(stem) || lex.groupHeads.contains(stem)
                || lex.isPlace(stem) || lex.isPlace(w) || lex.isNationality(stem)
                || WordClass.HONORIFIC.has(w)) {
            return false;
        }
        if (lex.isVerb(t) || addresseeForm(w) || WordClass.PRONOUN_WORD.has(t.folded())) {
            return false;
        }
        String original = t.text();
        if (!t.suffix().isEmpty() || (t.folded().length() >= 6 && WordClass.POSSESSIVE_SUFFIX.suffixes(original)
                && !WordClass.DIVINE_NAME.suffixes(original) && !servantOfCompound(t))) {
            return false; // "استغرابه", "تفهمه": a noun with a possessive pronoun, the object, not a name
        }
        if (lex.firstNames.contains(stem) || lex.firstNames.contains(w)) {
            return !t.prepositional();
        }
        if (Affix.FINAL_ALEF.suffixes(w) && lex.commonWords.contains(w.substring(0, w.length() - 1))) {
            return false; // "ترحيبا", "شديدا": an accusative noun or adjective, not a name
        }
        if (lex.commonWords.contains(stem) || lex.commonWords.contains(w)) {
            return false;
        }
        if (t.prepositional() && !Affix.DEFINITE_ARTICLE.has(t.prefix())) {
            return false;
        }
        return !t.definite();
    }

    /**
     * ل + a noun the lexicons know as an institution or a common word, left whole by the tokenizer
     * ("لراديو", "لتلفزيون"): the one spoken to, never a name.
     */
    private boolean addresseeForm(String w) {
        if (w.length() < 4 || !Affix.LI.prefixes(w)) {
            return false;
        }
        String rest = Affix.LAM_ARTICLE.prefixes(w) ? w.substring(2) : w.substring(1);
        return lex.organizationHeads.contains(rest) || lex.commonWords.contains(rest)
                || lex.organizationHeads.contains(WordList.stripArticle(rest));
    }

    /** A word of a personal name: a bare unknown word or a definite surname. */
    private boolean isNameLike(Token t) {
        return !t.punctuation() && (startsName(t) || t.definite() && !lex.commonWords.contains(t.stem())
                && !lex.isNationality(t.stem()) && !lex.titles.contains(t.stem()));
    }

    /** "مسلحي المعارضة": a bare word before a definite noun that is no adjective is in construct with it. */
    private boolean constructBefore(List<Token> s, int i) {
        if (i + 1 >= s.size() || s.get(i + 1).punctuation()) {
            return false;
        }
        Token next = s.get(i + 1);
        return next.definite() && !next.prepositional() && !isNisba(next.stem()) && !lex.isNationality(next.stem());
    }

    /** A relational adjective (nisba): "الدولي", "العسكرية", "الإسلاميين". */
    /**
     * A definite nisba straight after a title is the title's adjective when a bare name follows it ("الرئيس
     * الكيني فلان"), of any country, listed or not; alone before a boundary it is a surname ("الدكتور الفلاني إن").
     */
    private boolean nisbaBeforeName(List<Token> s, int i) {
        return isNisba(s.get(i).stem()) && i + 1 < s.size() && !s.get(i + 1).definite() && startsName(s.get(i + 1));
    }

    private static boolean isNisba(String stem) {
        return Affix.NISBA_ENDING.suffixes(stem);
    }

    /** A plural human noun ("ناشطين", "مسؤولون") standing as a subject: a group. */
    private boolean isPluralNoun(Token t) {
        String st = t.stem();
        if (t.prepositional()) {
            return false;
        }
        String nun = Affix.PLURAL_NUN.word();
        if (st.length() >= 4 && Affix.PLURAL_CONSTRUCT.suffixes(st) && (lex.commonWords.contains(st + nun)
                || isParticiple(st + nun))) {
            return true; // construct plural: "مفاوضو الدول", "ممثلو الأحزاب"
        }
        return st.length() >= 5 && (Affix.PLURAL_NOMINATIVE.suffixes(st) || Affix.PLURAL_OBLIQUE.suffixes(st))
                && (lex.commonWords.contains(st) || lex.isNationality(st) || isParticiple(st));
    }

    /**
     * A sound masculine plural of a participle — مُفعِلون، مُتفاعِلون: "متحدثون"، "مفاوضون"، "محتجين" — names
     * people by what they do, never a family name.
     */
    private boolean isParticiple(String plural) {
        String singular = plural.substring(0, plural.length() - 2);
        // فاعل: the active participle of a triliteral verb ("الدائنون", "الناخبين")
        boolean agent = singular.length() == 4 && Affix.AGENT_ALEF.isLetter(singular.charAt(1));
        return agent || Affix.MIM_PREFIX.prefixes(plural) && singular.length() >= 4
                && (lex.commonWords.contains(singular) || lex.titles.contains(singular) || singular.length() >= 5);
    }

    private boolean isNameParticle(Token t) {
        return !t.punctuation() && WordClass.NAME_PARTICLE.has(t.afterConjunction());
    }

    boolean isBoundary(Token t) {
        String w = t.afterConjunction();
        if (isNameAli(t)) {
            return false;
        }
        return lex.boundaries.containsKey(w) || w.length() == 1;
    }

    /**
     * "للإذاعة"، "لوكالة الأنباء": the one the source spoke to, never part of the source ("مصدر بالسفارة"
     * is). لل is ل + article even where the tokenizer left an unknown word whole.
     */
    private static boolean addressee(Token t) {
        return Affix.LI.prefixes(t.prefix()) || Affix.LAM_ARTICLE.prefixes(t.afterConjunction());
    }

    /** The name علي, not the preposition على (folding merges ى and ي). */
    private static boolean isNameAli(Token t) {
        return WordClass.SUPERESSIVE_PREPOSITION.has(t.afterConjunction()) && Affix.FINAL_YA.suffixes(t.text());
    }

    boolean isCueWord(Token t) {
        return !t.punctuation() && lex.cues.lookup(t.afterConjunction()).isPresent();
    }

    private static boolean isNumber(Token t) {
        return !t.punctuation() && Character.isDigit(t.folded().charAt(0));
    }

    /**
     * A title's gender from its written form: "رئيسة" is a woman, "نظيره" (his counterpart) a man with a
     * pronoun — folding writes both ة and ه as ه.
     */
    private static boolean feminineTitle(Token t, String head) {
        String w = t.letters();
        if (WordClass.FEMININE_ENDING_WRITTEN.suffixes(w)) {
            return true;
        }
        return !Affix.PRONOUN_HU.suffixes(w) && feminine(head);
    }

    private static boolean feminine(String head) {
        return Affix.TA_MARBUTA_FOLDED.suffixes(head) || Affix.FEMININE_PLURAL.suffixes(head);
    }

    private Mention build(String text, List<Token> s, int first, int last, int nameFirst, int nameLast,
                          int roleFirst, int roleLast, String head, SpeakerKind kind, boolean feminine, boolean description) {
        int spanLast = last;
        // An appositive relative clause belongs to the mention: "السراج، الذي يتولى منصب ..."
        if (kind == SpeakerKind.PERSON && spanLast + 2 < s.size() && s.get(spanLast + 1).isComma()
                && lex.boundaries.get(s.get(spanLast + 2).afterConjunction()) == Lexicons.Boundary.RELATIVE) {
            int j = spanLast + 2;
            while (j + 1 < s.size() && !s.get(j + 1).punctuation() && j < spanLast + 16) {
                j++;
            }
            spanLast = j;
        }
        Token a = s.get(first);
        int start = a.start() + conjunctionLength(a);
        Span span = Span.of(text, start, s.get(spanLast).end());
        String name = nameFirst < 0 ? null : words(s, nameFirst, nameLast, true);
        String role = roleFirst < 0 ? null : words(s, roleFirst, roleLast, false);
        return new Mention(first, spanLast, span, name, role == null || role.isBlank() ? null : role, head, kind,
                feminine, false, description);
    }

    /** Words of a token range joined by single spaces, punctuation dropped; the first word loses its و/ف. */
    static String words(List<Token> s, int first, int last, boolean dropConjunction) {
        StringBuilder b = new StringBuilder();
        for (int i = first; i <= last; i++) {
            Token t = s.get(i);
            if (t.punctuation()) {
                continue;
            }
            String w = t.text();
            if (b.length() == 0 && dropConjunction) {
                w = Affix.LI.prefixes(t.prefix())
                        ? withoutPreposition(t) : w.substring(Math.min(w.length(), conjunctionLength(t)));
            }
            if (b.length() > 0) {
                b.append(' ');
            }
            b.append(w);
        }
        return b.toString();
    }

    /** "للفرنسية" names الفرنسية, "لوكالة" وكالة: the preposition of وفقا لـ is no part of a name. */
    static String withoutPreposition(Token t) {
        String w = t.text().substring(conjunctionLength(t));
        String folded = t.afterConjunction();
        if (Affix.LAM_ARTICLE.prefixes(folded) && folded.length() > 4) {
            return Affix.DEFINITE_ARTICLE.word() + w.substring(2);
        }
        return Affix.LI.prefixes(folded) && folded.length() > 3 ? w.substring(1) : w;
    }

    /** Characters of the original token taken by its conjunction (diacritics included). */
    static int conjunctionLength(Token t) {
        if (t.conjunction().isEmpty()) {
            return 0;
        }
        int k = 1;
        while (k < t.text().length() && org.mizan.core.text.ArabicFolding.fold(t.text().charAt(k)) == '\0') {
            k++;
        }
        return k;
    }
}
