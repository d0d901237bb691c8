package org.mizan.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every UI string, Arabic by default; English in messages/msg_en.properties. Templates use them as
 * {msg:key}; a test checks that both languages have the same keys.
 */
@MessageBundle(value = "msg", locale = "ar")
public interface AppMessages {

    @Message("ميزان")
    String app_name();

    @Message("ميزان: من قال ماذا ومتى، وأين تتفق التقارير وأين تختلف")
    String app_tagline();

    @Message("الرئيسية")
    String nav_home();

    @Message("English")
    String nav_other_language();

    @Message("أحدث المقالات")
    String home_recent_articles();

    @Message("لا مقالات بعد.")
    String home_no_articles();

    @Message("{count} تصريحات")
    String claims_count(int count);

    @Message("المقالة")
    String article_heading();

    @Message("النص الأصلي")
    String article_text();

    @Message("التصريحات في المقالة")
    String article_claims();

    @Message("المصدر")
    String article_provenance();

    @Message("تاريخ النشر")
    String article_published();

    @Message("لم يُعثر على تصريحات منسوبة في هذه المقالة.")
    String article_no_claims();

    @Message("المتحدث")
    String claim_speaker();

    @Message("التاريخ")
    String claim_date();

    @Message("نفي")
    String polarity_negated();

    @Message("إثبات")
    String polarity_affirmed();

    @Message("تاريخ غير معروف")
    String date_unknown();

    @Message("خطأ")
    String error_heading();

    @Message("العودة إلى الرئيسية")
    String error_back();
}
