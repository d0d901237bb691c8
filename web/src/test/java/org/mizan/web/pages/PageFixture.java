package org.mizan.web.pages;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.mizan.web.article.ArticleEntity;
import org.mizan.web.claim.ClaimEntity;
import org.mizan.web.claim.PropositionEmbeddable;
import org.mizan.web.link.EvidenceEmbeddable;
import org.mizan.web.link.LinkService;
import org.mizan.web.search.SearchFollower;
import org.mizan.web.speaker.SpeakerEntity;
import org.mizan.web.story.StoryService;

/**
 * A small stored corpus written for the page tests (not the seeds): two outlets report on one agreement,
 * one party signing and the other leaving without signing, plus an article whose quote tries to break out
 * of HTML and script.
 */
@ApplicationScoped
public class PageFixture {

    static final String TEXT_A = "محادثات العاصمة\n\nقال وزير الخارجية سامي حداد يوم الاثنين إن حكومة الشمال وقعت على الاتفاق في العاصمة. "
            + "وأضاف حداد أن الدعم لقائد الجبهة الجنوبية لن يستمر إذا رفض الاتفاق.";
    static final String TEXT_B = "مغادرة دون توقيع\n\nأكدت وزارة الخارجية يوم الثلاثاء أن قائد الجبهة الجنوبية غادر العاصمة دون توقيع على الاتفاق. "
            + "المصدر: وكالات";
    static final String TEXT_C = "<b>عنوان</b>\n\nقال المتحدث رامي نصار إن </script><script>alert(1)</script> لن يمر & <!-- لن يتكرر.";

    @Inject
    LinkService links;
    @Inject
    StoryService stories;

    public long storyId;
    public long signedClaim;
    public long unsignedClaim;
    public long supportClaim;
    public long hostileClaim;
    public long haddad;
    public long ministry;
    public long articleA;
    /** Articles stored since the search index last heard of them (written directly, no ArticleStored event). */
    private final java.util.List<Long> unindexed = new java.util.ArrayList<>();
    @Inject
    SearchFollower search;

    /** Tells the search index about what was stored (after the storing transaction committed) and waits for it. */
    public synchronized void indexed() {
        for (Long id : unindexed) {
            search.record(id);
        }
        unindexed.clear();
        search.awaitCurrent();
    }

    @Transactional
    public synchronized PageFixture ensureStored() {
        if (storyId != 0) {
            return this;
        }
        SpeakerEntity haddadE = speaker("سامي حداد", "person", "وزير الخارجية", "وزير الخارجية سامي حداد");
        SpeakerEntity ministryE = speaker("وزارة الخارجية", "organization", null, "وزارة الخارجية");
        SpeakerEntity nassar = speaker("رامي نصار", "person", "المتحدث", "المتحدث رامي نصار");

        ArticleEntity a = article(TEXT_A, "محادثات العاصمة", "صحيفة الميزان التجريبية", LocalDate.of(2021, 3, 1), null);
        ClaimEntity signed = claim(a, 0, haddadE, "قال", "حكومة الشمال وقعت على الاتفاق في العاصمة", LocalDate.of(2021, 3, 1), "يوم الاثنين",
                "affirmed", "حكومة الشمال", "sign", "الاتفاق", "وقعت");
        ClaimEntity support = claim(a, 1, haddadE, "وأضاف", "الدعم لقائد الجبهة الجنوبية لن يستمر إذا رفض الاتفاق", LocalDate.of(2021, 3, 1), null,
                "negated", null, null, null, null);
        a.persist();

        ArticleEntity b = article(TEXT_B, "مغادرة دون توقيع", "وكالة الأنباء التجريبية", LocalDate.of(2021, 3, 2), "المصدر: وكالات");
        ClaimEntity unsigned = claim(b, 0, ministryE, "أكدت", "قائد الجبهة الجنوبية غادر العاصمة دون توقيع على الاتفاق", LocalDate.of(2021, 3, 2),
                "يوم الثلاثاء", "affirmed", "قائد الجبهة الجنوبية", "sign", "اتفاق العاصمة", "دون توقيع");
        unsigned.propositions.get(0).polarity = "negated";
        b.persist();

        ArticleEntity c = article(TEXT_C, "<b>عنوان</b>", "مدونة <i>تجريبية</i>", LocalDate.of(2021, 3, 3), null);
        c.url = "javascript:alert(1)";
        ClaimEntity hostile = claim(c, 0, nassar, "قال", "</script><script>alert(1)</script> لن يمر & <!-- لن يتكرر", LocalDate.of(2021, 3, 3), null,
                "affirmed", null, null, null, null);
        c.persist();
        for (ArticleEntity e : List.of(a, b, c)) {
            unindexed.add(e.id);
        }

        int from = TEXT_A.indexOf("وقعت");
        int to = TEXT_B.indexOf("دون توقيع", TEXT_B.indexOf("\n\n"));
        links.link(signed, unsigned, "contrast", 0.82, "Signed versus left without signing, on the same agreement",
                List.of(new EvidenceEmbeddable("from", "وقعت", from, from + 4), new EvidenceEmbeddable("to", "دون توقيع", to, to + 9)))
                .reasonEnglish = "Contrast — signed <the agreement>: yes for one party, no for the other";
        links.link(support, unsigned, "agree", 0.55, "Both say the southern commander did not accept the agreement", List.of());
        storyId = stories.save("fixture:capital-agreement", "اتفاق العاصمة: من وقّع ومن لم يوقّع", List.of(signed, support, unsigned))
                .orElseThrow().id;
        signedClaim = signed.id;
        unsignedClaim = unsigned.id;
        supportClaim = support.id;
        hostileClaim = hostile.id;
        haddad = haddadE.id;
        ministry = ministryE.id;
        articleA = a.id;
        return this;
    }

    /** A claim (in its own article and story) linked to the signing claim; returns its article id. */
    @Transactional
    public long storeDisposable() {
        String text = "تعليق\n\nقال المحلل نادر سليم إن حكومة الشمال وقعت الاتفاق تحت الضغط.";
        SpeakerEntity analyst = speaker("نادر سليم", "person", "المحلل", "المحلل نادر سليم");
        ArticleEntity d = article(text, "تعليق", "مدونة التحليل", LocalDate.of(2021, 3, 4), null);
        ClaimEntity c = claim(d, 0, analyst, "قال", "حكومة الشمال وقعت الاتفاق تحت الضغط", null, null,
                "affirmed", "حكومة الشمال", "sign", "الاتفاق", "وقعت");
        d.persist();
        links.link(ClaimEntity.findById(signedClaim), c, "agree", 0.7, "Both say the northern government signed", List.of());
        stories.save("fixture:disposable", "تعليق على الاتفاق", List.of(c));
        unindexed.add(d.id);
        return d.id;
    }

    /** A later link between two of the story's claims, as the linker would store it. */
    @Transactional
    public void linkSupportToSigned() {
        links.link(ClaimEntity.findById(supportClaim), ClaimEntity.findById(signedClaim), "conflict", 0.4,
                "A later comparison", List.of());
        unindexed.add(articleA);
    }

    private static SpeakerEntity speaker(String name, String kind, String role, String mention) {
        SpeakerEntity s = new SpeakerEntity();
        s.name = name;
        s.matchKey = name;
        s.kind = kind;
        if (role != null) {
            s.roles.add(role);
        }
        if (!mention.equals(name)) {
            s.aliases.add(mention);
        }
        s.persist();
        return s;
    }

    private static ArticleEntity article(String text, String title, String outlet, LocalDate published, String provenance) {
        ArticleEntity a = new ArticleEntity();
        a.contentHash = Integer.toHexString(text.hashCode()) + "-" + text.length();
        a.title = title;
        a.outlet = outlet;
        a.language = "ar";
        a.publishedOn = published;
        a.publishedOnSource = "given";
        a.text = text;
        a.bodyStart = text.indexOf("\n\n") + 2;
        a.bodyEnd = provenance == null ? text.length() : text.indexOf(provenance);
        a.provenance = provenance;
        a.storedAt = Instant.now();
        return a;
    }

    private static ClaimEntity claim(ArticleEntity a, int ordinal, SpeakerEntity speaker, String cue, String content, LocalDate statedOn,
                                     String statedOnText, String polarity, String subject, String predicate, String object, String evidence) {
        ClaimEntity c = new ClaimEntity();
        c.article = a;
        c.ordinal = ordinal;
        c.localId = "c" + (ordinal + 1);
        c.cueText = cue;
        c.cueStart = a.text.indexOf(cue, a.bodyStart);
        c.cueEnd = c.cueStart + cue.length();
        c.speaker = speaker;
        c.speakerMention = speaker.name;
        c.speakerRole = speaker.roles.isEmpty() ? null : speaker.roles.iterator().next();
        c.contentText = content;
        c.contentStart = a.text.indexOf(content, a.bodyStart);
        c.contentEnd = c.contentStart + content.length();
        c.statedOn = statedOn;
        c.statedOnText = statedOnText;
        c.statedOnSource = statedOnText == null ? "published" : "explicit";
        c.polarity = polarity;
        if (predicate != null) {
            PropositionEmbeddable p = new PropositionEmbeddable();
            p.subject = subject;
            p.predicate = predicate;
            p.object = object;
            p.polarity = polarity;
            p.modality = "asserted";
            p.evidenceStart = a.text.indexOf(evidence, c.contentStart);
            p.evidenceEnd = p.evidenceStart + evidence.length();
            c.propositions.add(p);
        }
        a.claims.add(c);
        return c;
    }
}
