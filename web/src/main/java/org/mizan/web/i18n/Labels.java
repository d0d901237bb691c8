package org.mizan.web.i18n;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;

/**
 * Labels computed from data in the reader's language: predicate keys ("sign" → "وقّع" / "لم يوقّع"),
 * relations, speaker kinds, modalities and dates. Templates read it as {@code {cdi:labels.…}}. An unknown
 * key is shown as it is rather than hidden.
 */
@Named("labels")
@RequestScoped
public class Labels {

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

    /** What the subject did, when the proposition is affirmed. */
    public String yes(String predicate) {
        AppMessages m = m();
        return switch (predicate == null ? "" : predicate) {
            case "sign" -> m.pred_sign_yes();
            case "leave" -> m.pred_leave_yes();
            case "accept" -> m.pred_accept_yes();
            case "reject" -> m.pred_reject_yes();
            case "refuse" -> m.pred_refuse_yes();
            case "withdraw" -> m.pred_withdraw_yes();
            case "agree" -> m.pred_agree_yes();
            case "announce" -> m.pred_announce_yes();
            case "support" -> m.pred_support_yes();
            case "oppose" -> m.pred_oppose_yes();
            case "attack" -> m.pred_attack_yes();
            case "kill" -> m.pred_kill_yes();
            case "meet" -> m.pred_meet_yes();
            case "visit" -> m.pred_visit_yes();
            case "attend" -> m.pred_attend_yes();
            case "cease_fire" -> m.pred_cease_fire_yes();
            case "request_time" -> m.pred_request_time_yes();
            case "approve" -> m.pred_approve_yes();
            case "ratify" -> m.pred_ratify_yes();
            case "deny" -> m.pred_deny_yes();
            case "arrest" -> m.pred_arrest_yes();
            case "release" -> m.pred_release_yes();
            case "win" -> m.pred_win_yes();
            case "violate" -> m.pred_violate_yes();
            case "boycott" -> m.pred_boycott_yes();
            case "join" -> m.pred_join_yes();
            default -> m.polarity_affirmed() + " (" + predicate + ")";
        };
    }

    /** What the subject did not do, when the proposition is negated. */
    public String no(String predicate) {
        AppMessages m = m();
        return switch (predicate == null ? "" : predicate) {
            case "sign" -> m.pred_sign_no();
            case "leave" -> m.pred_leave_no();
            case "accept" -> m.pred_accept_no();
            case "reject" -> m.pred_reject_no();
            case "refuse" -> m.pred_refuse_no();
            case "withdraw" -> m.pred_withdraw_no();
            case "agree" -> m.pred_agree_no();
            case "announce" -> m.pred_announce_no();
            case "support" -> m.pred_support_no();
            case "oppose" -> m.pred_oppose_no();
            case "attack" -> m.pred_attack_no();
            case "kill" -> m.pred_kill_no();
            case "meet" -> m.pred_meet_no();
            case "visit" -> m.pred_visit_no();
            case "attend" -> m.pred_attend_no();
            case "cease_fire" -> m.pred_cease_fire_no();
            case "request_time" -> m.pred_request_time_no();
            case "approve" -> m.pred_approve_no();
            case "ratify" -> m.pred_ratify_no();
            case "deny" -> m.pred_deny_no();
            case "arrest" -> m.pred_arrest_no();
            case "release" -> m.pred_release_no();
            case "win" -> m.pred_win_no();
            case "violate" -> m.pred_violate_no();
            case "boycott" -> m.pred_boycott_no();
            case "join" -> m.pred_join_no();
            default -> m.polarity_negated() + " (" + predicate + ")";
        };
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
