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
}
