package org.mizan.web.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import org.mizan.core.semantics.PredicateLexicon;

/**
 * Labels computed from data in the reader's language: predicate keys ("sign" → "وقّع" / "لم يوقّع", from the
 * core lexicon's predicate-labels.tsv),
 * relations, speaker kinds, modalities and dates. Templates read it as {@code {cdi:labels.…}}. An unknown
 * key is shown as it is rather than hidden.
 */
@Named("labels")
@RequestScoped
public class Labels {

    private static final PredicateLexicon PREDICATES = PredicateLexicon.standard();
    private static final String[] ARABIC_MONTHS = {"يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو",
            "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"};
    private static final String[] ENGLISH_MONTHS = {"January", "February", "March", "April", "May", "June", "July",
            "August", "September", "October", "November", "December"};

    @Inject
    UiLanguage ui;

    private AppMessages messages;

    /** The bundle in the reader's language. */
    public AppMessages m() {
        if (messages == null) {
            messages = forLanguage(ui.lang());
        }
        return messages;
    }

    public static AppMessages forLanguage(String lang) {
        return "en".equals(lang) ? MessageBundles.get(AppMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(AppMessages.class);
    }

    /** What the subject did, when the proposition is affirmed (predicate-labels.tsv). */
    public String yes(String predicate) {
        return predicate(predicate, true);
    }

    /** What the subject did not do, when the proposition is negated. */
    public String no(String predicate) {
        return predicate(predicate, false);
    }

    private String predicate(String key, boolean affirmed) {
        PredicateLexicon.Label label = PREDICATES.label(key);
        if (label != null) {
            return label.in(ui.lang(), affirmed);
        }
        return (affirmed ? m().polarity_affirmed() : m().polarity_negated()) + " (" + key + ")";
    }

    public String polarity(String polarity) {
        return "negated".equals(polarity) ? m().polarity_negated() : m().polarity_affirmed();
    }

    public String relation(String relation) {
        return switch (relation == null ? "" : relation) {
            case "agree" -> m().relation_agree();
            case "conflict" -> m().relation_conflict();
            case "contrast" -> m().relation_contrast();
            default -> relation;
        };
    }

    public String kind(String kind) {
        return switch (kind == null ? "" : kind) {
            case "person" -> m().kind_person();
            case "organization" -> m().kind_organization();
            case "group" -> m().kind_group();
            case "anonymous" -> m().kind_anonymous();
            case "document" -> m().kind_document();
            default -> m().kind_other();
        };
    }

    public String modality(String modality) {
        return switch (modality == null ? "" : modality) {
            case "intended" -> m().modality_intended();
            case "requested" -> m().modality_requested();
            case "expected" -> m().modality_expected();
            default -> m().modality_asserted();
        };
    }

    /** "13 يناير 2020" / "13 January 2020"; unknown dates say so. */
    public String date(LocalDate date) {
        return date == null ? m().date_unknown() : day(date) + " " + date.getYear();
    }

    /** "13 يناير" / "13 January": for verdict lines, where the year is the story's. */
    public String day(LocalDate date) {
        if (date == null) {
            return m().date_unknown();
        }
        String[] months = "en".equals(ui.lang()) ? ENGLISH_MONTHS : ARABIC_MONTHS;
        return date.getDayOfMonth() + " " + months[date.getMonthValue() - 1];
    }

    /** A confidence in [0, 1] as a whole percentage. */
    public String percent(double confidence) {
        return Math.round(confidence * 100) + "%";
    }
}
