package org.mizan.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The story page's reports by outlet, Arabic by default; English in messages/sto_en.properties. Templates
 * use them as {sto:key}. A bundle of its own for the reason AdminMessages gives (AppMessages is near the
 * size Qute's generated resolver can hold); MessageBundlesTest checks it.
 */
@MessageBundle(value = "sto", locale = "ar")
public interface StoryMessages {

    @Message("التقارير حسب المنفذ")
    String reports_by_outlet();

    @Message("تصريحات نقلتها عدة منافذ")
    String reports_reprinted();

    @Message("عدد المنافذ التي نقلته: {count}")
    String report_carried_by(int count);

    @Message("عدد التقارير: {count}")
    String reports_count(int count);

    @Message("وتقارير أخرى لم تُعرض: {count}")
    String reports_not_shown(int count);

    @Message("تقارن هذه الصفحة {shown} من تصريحات القصة البالغة {total}، الأحدث أولاً؛ والصفحات التالية تضم ما سبقها.")
    String page_scope(int shown, int total);
}
