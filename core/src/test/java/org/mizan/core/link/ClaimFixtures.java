package org.mizan.core.link;

import org.mizan.core.Claim;
import org.mizan.core.DateSource;
import org.mizan.core.Modality;
import org.mizan.core.Polarity;
import org.mizan.core.Proposition;
import org.mizan.core.Span;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built claims for the linking tests: propositions as the ingest pipeline would report them. */
final class ClaimFixtures {

    private ClaimFixtures() {
    }

    static Proposition prop(String subject, String predicate, String object, Polarity polarity, Modality modality) {
        return new Proposition(subject, predicate, object, polarity, modality, null);
    }

    static Proposition yes(String subject, String predicate, String object) {
        return prop(subject, predicate, object, Polarity.AFFIRMED, Modality.ASSERTED);
    }

    static Proposition no(String subject, String predicate, String object) {
        return prop(subject, predicate, object, Polarity.NEGATED, Modality.ASSERTED);
    }

    /** A claim whose content is {@code content}, standing at offset 0 of its own text. */
    static Claim claim(String id, String speaker, SpeakerKind kind, String content, LocalDate statedOn,
                       Proposition... propositions) {
        Speaker s = new Speaker(speaker, speaker, null, kind, null, false, "fixture");
        Polarity polarity = propositions.length > 0 ? propositions[0].polarity() : Polarity.AFFIRMED;
        return new Claim(id, new Span("قال", 0, 3), s, new Span(content, 0, content.length()), statedOn, null,
                statedOn == null ? DateSource.UNKNOWN : DateSource.EXPLICIT, polarity, List.of(propositions));
    }

    static LinkableClaim linkable(String claimId, String articleId, LocalDate date, String speaker,
                                  Proposition... propositions) {
        Claim c = claim(claimId, speaker, SpeakerKind.PERSON, "نص الادعاء " + claimId, date, propositions);
        return new LinkableClaim(claimId, articleId, "منفذ", date, c);
    }

    static List<LinkableClaim> list(LinkableClaim... claims) {
        return new ArrayList<>(List.of(claims));
    }

    // The two seed articles' claims, with the propositions expected.json lists for them.

    static final LocalDate JAN13 = LocalDate.of(2020, 1, 13);
    static final LocalDate JAN14 = LocalDate.of(2020, 1, 14);

    /** 000, cue أعلن: both Libyan parties accept the ceasefire initiative. */
    static LinkableClaim partiesAccept() {
        Claim c = claim("c2", "طرفا النزاع الليبي", SpeakerKind.GROUP, "استجابتهما لها", null,
                yes("طرفا النزاع الليبي", "accept", "مبادرة وقف إطلاق النار"));
        return LinkableClaim.of("000-c2", "000", "تركيا الآن", JAN13, c);
    }

    /** 000, cue أكد: Sarraj means to sign the ceasefire. */
    static LinkableClaim sarrajWillSign() {
        Claim c = claim("c3", "فايز السراج", SpeakerKind.PERSON,
                "خطوة التوقيع على وقف إطلاق النار تهدف إلى منع إراقة المزيد من الدم الليبي", JAN13,
                prop("فايز السراج", "sign", "وقف إطلاق النار", Polarity.AFFIRMED, Modality.INTENDED));
        return LinkableClaim.of("000-c3", "000", "تركيا الآن", JAN13, c);
    }

    /** 000, cue ذكر: Haftar's forces will not withdraw; the ceasefire does not mean peace. */
    static LinkableClaim forcesStay() {
        Claim c = claim("c5", "عبد الهادي الحويج", SpeakerKind.PERSON, "قوات حفتر لن ينسحب من ضواحي طرابلس", JAN13,
                no("قوات حفتر", "withdraw", "ضواحي طرابلس"),
                no("اتفاق وقف إطلاق النار", "mean", "التوصل إلى السلام"));
        return LinkableClaim.of("000-c5", "000", "تركيا الآن", JAN13, c);
    }

    /** 003, cue وقال: Lavrov: Sarraj's government signed; Haftar asked for time. */
    static LinkableClaim lavrovSays() {
        Claim c = claim("c14", "سيرغي لافروف", SpeakerKind.PERSON,
                "حكومة فايز السراج، المعترف بها دوليا، وقعت على الاتفاق", JAN13,
                yes("حكومة فايز السراج", "sign", "الاتفاق"),
                yes("حفتر", "request_time", "النظر في المقترح"));
        return LinkableClaim.of("003-c14", "003", "تركيا الآن", JAN14, c);
    }

    /** 003, cue أكدت: the Russian ministry: Haftar left Russia without signing. */
    static LinkableClaim ministrySays() {
        Claim c = claim("c15", "وزارة الخارجية الروسية", SpeakerKind.ORGANIZATION, "حفتر غادر روسيا دون توقيع الاتفاق",
                JAN14, no("خليفة حفتر", "sign", "الاتفاق"), yes("خليفة حفتر", "leave", "روسيا"));
        return LinkableClaim.of("003-c15", "003", "تركيا الآن", JAN14, c);
    }

    /** 003, cue وأوضح: Akar: both sides in Libya and Idlib began the ceasefire. */
    static LinkableClaim akarSays() {
        Claim c = claim("c8", "خلوصي آكار", SpeakerKind.PERSON, "الردود الروسية جاءت إيجابية جدا", null,
                prop("الطرفين في ليبيا وإدلب", "cease_fire", null, Polarity.AFFIRMED, Modality.ASSERTED));
        return LinkableClaim.of("003-c8", "003", "تركيا الآن", JAN14, c);
    }
}
