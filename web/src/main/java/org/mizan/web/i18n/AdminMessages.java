package org.mizan.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The admin's fetch and feed pages, Arabic by default; English in messages/adm_en.properties. Templates
 * use them as {adm:key}. Apart from AppMessages because one bundle of more than about three hundred
 * messages makes Qute 3.34 generate a resolver the JVM rejects (VerifyError); MessageBundlesTest checks
 * both.
 */
@MessageBundle(value = "adm", locale = "ar")
public interface AdminMessages {

    @Message("جلب مقالة من رابطها")
    String fetch_heading();

    @Message("يجلب ميزان الصفحة ويستخرج نص المقالة ويخزّنها كما تُخزَّن المقالة المرفوعة. لا يُجلب رابط خُزّن من قبل مرة ثانية.")
    String fetch_intro();

    @Message("رابط المقالة")
    String fetch_url();

    @Message("اجلب وخزّن")
    String fetch_submit();

    @Message("تعذّر جلب المقالة")
    String fetch_failed();

    @Message("العودة إلى إضافة المقالات")
    String fetch_back();

    @Message("الخلاصات المتابَعة (RSS وAtom)")
    String feeds_heading();

    @Message("يجلب ميزان كل خلاصة في موعدها ويخزّن مقالاتها الجديدة؛ تُتخطّى المقالة المخزّنة برابطها أو بنصها. الخلاصة المتعثرة تُعاد محاولتها على فترات تتضاعف، ولا توقف غيرها.")
    String feeds_intro();

    @Message("رابط الخلاصة")
    String feeds_url();

    @Message("الفاصل بالدقائق")
    String feeds_every();

    @Message("تابِع الخلاصة")
    String feeds_add();

    @Message("لا خلاصات متابَعة بعد.")
    String feeds_none();

    @Message("آخر جلب")
    String feeds_last_polled();

    @Message("آخر خطأ")
    String feeds_last_error();

    @Message("مقالات خُزّنت")
    String feeds_articles();

    @Message("الجلب التالي")
    String feeds_next();

    @Message("لم تُجلب بعد")
    String feeds_never();

    @Message("اجلب الآن")
    String feeds_poll();

    @Message("أوقف المتابعة")
    String feeds_delete();

    @Message("إجراءات")
    String feeds_actions();

    @Message("أُضيفت الخلاصة.")
    String feeds_done_added();

    @Message("جُلبت الخلاصة.")
    String feeds_done_polled();

    @Message("أُوقفت متابعة الخلاصة.")
    String feeds_done_deleted();

    @Message("لا توجد هذه الخلاصة.")
    String feeds_done_missing();

    @Message("الخلاصة قيد الجلب الآن.")
    String feeds_done_busy();

    @Message("مراجعة الادعاء")
    String review_heading();

    @Message("حُفظ التعديل وسُجّل في سجل التدقيق.")
    String review_done();

    @Message("التقييم")
    String review_rate();

    @Message("التقييم الحالي")
    String review_current();

    @Message("الحكم")
    String review_rating();

    @Message("الشرح")
    String review_explanation();

    @Message("المصادر (رابط http أو https في كل سطر)")
    String review_sources();

    @Message("احفظ التقييم")
    String review_rate_submit();

    @Message("الروابط")
    String review_links();

    @Message("لا روابط لهذا الادعاء.")
    String review_no_links();

    @Message("أكّد")
    String review_confirm();

    @Message("ارفض")
    String review_reject();

    @Message("المتحدث")
    String review_speaker();

    @Message("رقم المتحدث الصحيح")
    String review_speaker_id();

    @Message("صحّح المتحدث")
    String review_speaker_submit();

    @Message("ادمج هذا المتحدث في المتحدث رقم")
    String review_merge_into();

    @Message("ادمج")
    String review_merge_submit();

    @Message("ادعاءات هذا المتحدث: اختر ما ينتمي إلى شخص آخر")
    String review_split_claims();

    @Message("اسم المتحدث الآخر")
    String review_split_name();

    @Message("افصل")
    String review_split_submit();

    @Message("القصص")
    String review_stories();

    @Message("أعد التسمية")
    String review_rename_submit();

    @Message("الهدف")
    String audit_target();

    @Message("قبل")
    String audit_before();

    @Message("بعد")
    String audit_after();

    @Message("تقييم ادعاء")
    String action_rate();

    @Message("تأكيد رابط")
    String action_link_confirm();

    @Message("رفض رابط")
    String action_link_reject();

    @Message("تصحيح متحدث")
    String action_speaker_fix();

    @Message("دمج متحدثين")
    String action_speaker_merge();

    @Message("فصل متحدث")
    String action_speaker_split();

    @Message("إعادة تسمية قصة")
    String action_story_rename();
}
