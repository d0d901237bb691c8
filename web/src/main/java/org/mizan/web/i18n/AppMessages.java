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

    @Message("بحث")
    String nav_search();

    @Message("القصص")
    String nav_stories();

    @Message("ابحث في التصريحات والمتحدثين والمقالات")
    String search_label();

    @Message("ابحث")
    String search_button();

    @Message("نتائج البحث")
    String search_heading();

    @Message("تصريحات")
    String search_claims();

    @Message("متحدثون")
    String search_speakers();

    @Message("مقالات")
    String search_articles();

    @Message("لا نتائج.")
    String search_nothing();

    @Message("اكتب كلمة أو اسمًا، مثل: حفتر")
    String search_hint();

    @Message("أحدث القصص")
    String home_stories();

    @Message("لا قصص بعد.")
    String home_no_stories();

    @Message("القصة")
    String story_heading();

    @Message("الفترة")
    String story_period();

    @Message("المصادر")
    String story_sources();

    @Message("الأطراف")
    String story_actors();

    @Message("من قال ماذا، موضوعًا موضوعًا")
    String story_groups();

    @Message("الخلاصة")
    String story_verdict();

    @Message("اتفاق وتعارض بين التصريحات")
    String story_links();

    @Message("لم يُعثر على روابط بين تصريحات هذه القصة بعد.")
    String story_no_links();

    @Message("التسلسل الزمني للتصريحات")
    String story_timeline();

    @Message("تصريحات أخرى في القصة")
    String story_other();

    @Message("بحسب")
    String verdict_according();

    @Message("، ")
    String list_separator();

    @Message("اتفاق")
    String relation_agree();

    @Message("تعارض")
    String relation_conflict();

    @Message("مقابلة")
    String relation_contrast();

    @Message("الثقة")
    String link_confidence();

    @Message("السبب")
    String link_why();

    @Message("التصريح")
    String claim_heading();

    @Message("التصريح في سياقه")
    String claim_in_context();

    @Message("المقالة المصدر")
    String claim_source();

    @Message("القضايا")
    String claim_propositions();

    @Message("تصريحات تتفق معه أو تعارضه")
    String claim_links();

    @Message("لا تصريحات مرتبطة بعد.")
    String claim_no_links();

    @Message("في القصص")
    String claim_stories();

    @Message("البيانات")
    String claim_export();

    @Message("القطبية")
    String claim_polarity();

    @Message("فعل القول")
    String claim_cue();

    @Message("الفاعل")
    String prop_subject();

    @Message("الفعل")
    String prop_predicate();

    @Message("المفعول")
    String prop_object();

    @Message("الصيغة")
    String prop_modality();

    @Message("المتحدث")
    String speaker_heading();

    @Message("ورد اسمه أيضًا")
    String speaker_aliases();

    @Message("الصفات")
    String speaker_roles();

    @Message("تصريحاته عبر الزمن")
    String speaker_claims();

    @Message("لا تصريحات.")
    String speaker_no_claims();

    @Message("شخص")
    String kind_person();

    @Message("مؤسسة")
    String kind_organization();

    @Message("جماعة")
    String kind_group();

    @Message("مصدر مجهول")
    String kind_anonymous();

    @Message("وثيقة")
    String kind_document();

    @Message("أخرى")
    String kind_other();

    @Message("تقرير")
    String modality_asserted();

    @Message("نيّة")
    String modality_intended();

    @Message("طلب")
    String modality_requested();

    @Message("توقّع")
    String modality_expected();

    @Message("الوسيلة")
    String article_outlet();

    @Message("و{count} روابط أخرى أضعف لا تُعرض هنا (كلها في صفحات التصريحات).")
    String story_more_links(int count);
    // Admin: login, upload, manage, audit (org.mizan.web.admin)

    @Message("الإدارة")
    String nav_admin();

    @Message("دخول المشرف")
    String login_heading();

    @Message("اسم المستخدم")
    String login_user();

    @Message("كلمة المرور")
    String login_password();

    @Message("دخول")
    String login_submit();

    @Message("اسم المستخدم أو كلمة المرور غير صحيحة.")
    String login_failed();

    @Message("الدخول معطّل: لم تُضبط للمشرف كلمة مرور من 12 حرفًا على الأقل (MIZAN_ADMIN_PASSWORD).")
    String login_disabled();

    @Message("خروج")
    String logout();

    @Message("إضافة مقالات")
    String admin_nav_upload();

    @Message("المقالات المخزنة")
    String admin_nav_articles();

    @Message("سجل العمليات")
    String admin_nav_audit();

    @Message("إضافة مقالات")
    String upload_heading();

    @Message("الصق نص مقالة أو اختر ملفًا أو أكثر، ثم راجع التحليل قبل الحفظ.")
    String upload_intro();

    @Message("نص المقالة (نص عادي أو HTML)")
    String upload_text();

    @Message("ملفات بصيغة txt أو html")
    String upload_files();

    @Message("ملف واحد أو أكثر، حتى {max} ملفًا و{size} ميغابايت للملف. يُقبل UTF-8 وUTF-16 وWindows-1256.")
    String upload_files_hint(int max, int size);

    @Message("العنوان")
    String upload_title();

    @Message("لمقالة واحدة فقط؛ مع عدة ملفات يؤخذ عنوان كل مقالة منها.")
    String upload_title_hint();

    @Message("المنفذ الإعلامي")
    String upload_outlet();

    @Message("الرابط")
    String upload_url();

    @Message("تاريخ النشر")
    String upload_published();

    @Message("اختياري؛ ينطبق على كل المقالات المرفوعة معًا.")
    String upload_optional();

    @Message("حلّل واعرض المعاينة")
    String upload_submit();

    @Message("الصق نصًا أو اختر ملفًا.")
    String upload_error_nothing();

    @Message("عدد الملفات أكبر من {max}.")
    String upload_error_too_many_files(int max);

    @Message("أطول من {max} حرف.")
    String upload_error_too_long(int max);

    @Message("يجب أن يبدأ الرابط بـ http:// أو https://.")
    String upload_error_url();

    @Message("تاريخ غير صالح؛ اكتبه هكذا: 2020-01-14.")
    String upload_error_date();

    @Message("ما أُرسل أكبر من {max} ميغابايت، وهو الحد لكل طلب؛ ارفع ملفات أقل في كل مرة.")
    String upload_error_request_too_large(int max);

    @Message("جارٍ التحليل…")
    String progress_heading();

    @Message("حُلّل {done} من {total}")
    String progress_count(int done, int total);

    @Message("تتحدث هذه الصفحة وحدها كل ثانيتين.")
    String progress_hint();

    @Message("معاينة التحليل")
    String preview_heading();

    @Message("لم يُحفظ شيء بعد. راجع ما استُخرج ثم احفظ.")
    String preview_intro();

    @Message("احفظ المقالات الجاهزة ({count})")
    String preview_save(int count);

    @Message("لا مقالة جاهزة للحفظ.")
    String preview_nothing_to_save();

    @Message("ابدأ من جديد")
    String preview_discard();

    @Message("التصريحات")
    String preview_claims();

    @Message("التعابير الزمنية")
    String preview_timex();

    @Message("ما حُذف بوصفه حشوًا")
    String preview_stripped();

    @Message("متن المقالة")
    String preview_body();

    @Message("لا شيء.")
    String preview_none();

    @Message("قُرئ الملف بترميز {encoding} لأنه ليس UTF-8.")
    String preview_encoding(String encoding);

    @Message("فعل القول")
    String preview_cue();

    @Message("المضمون")
    String preview_content();

    @Message("الإثبات أو النفي")
    String preview_polarity();

    @Message("القيمة")
    String preview_value();

    @Message("نتيجة الحفظ")
    String summary_heading();

    @Message("حُفظت {stored}، ومكررة {duplicates}، ومرفوضة {rejected}.")
    String summary_counts(int stored, int duplicates, int rejected);

    @Message("أضف مقالات أخرى")
    String summary_more();

    @Message("في الانتظار")
    String status_pending();

    @Message("جاهزة للحفظ")
    String status_ready();

    @Message("حُفظت")
    String status_stored();

    @Message("موجودة من قبل")
    String status_duplicate();

    @Message("مرفوضة")
    String status_rejected();

    @Message("فارغ")
    String reason_empty();

    @Message("ليس ملفًا نصيًا")
    String reason_binary();

    @Message("أكبر من المسموح")
    String reason_too_large();

    @Message("ترميز غير مقروء")
    String reason_not_text();

    @Message("نوع ملف غير مقبول")
    String reason_wrong_type();

    @Message("تعذّرت المعالجة")
    String reason_failed();

    @Message("عرض المقالة")
    String view_article();

    @Message("المقالات المخزنة")
    String manage_heading();

    @Message("العنوان")
    String manage_title();

    @Message("أُضيفت")
    String manage_stored_at();

    @Message("إجراءات")
    String manage_actions();

    @Message("حذف")
    String manage_delete();

    @Message("إعادة التحليل")
    String manage_reanalyse();

    @Message("حُذفت المقالة وتصريحاتها.")
    String manage_deleted();

    @Message("أعيد تحليل المقالة واستُبدلت تصريحاتها.")
    String manage_reanalysed();

    @Message("لم تعد المقالة موجودة.")
    String manage_missing();

    @Message("سجل العمليات")
    String audit_heading();

    @Message("الوقت")
    String audit_when();

    @Message("من")
    String audit_who();

    @Message("العملية")
    String audit_action();

    @Message("المقالة")
    String audit_article();

    @Message("تفاصيل")
    String audit_detail();

    @Message("لا عمليات بعد.")
    String audit_empty();

    @Message("رفع")
    String action_upload();

    @Message("رفع مكرر")
    String action_duplicate();

    @Message("حذف")
    String action_delete();

    @Message("إعادة تحليل")
    String action_reanalyse();

    @Message("و{count} تصريحات أخرى في هذا الموضوع.")
    String story_more_claims(int count);

    @Message("القصص")
    String search_stories();

    @Message("كل النتائج")
    String search_more();

    @Message("أكثر من {count}")
    String search_at_least(long count);

    @Message("كل الأنواع")
    String search_all_types();

    @Message("تصفية")
    String search_filters();

    @Message("حسب الوسيلة")
    String search_by_outlet();

    @Message("حسب المتحدث")
    String search_by_speaker();

    @Message("حسب العلاقة")
    String search_by_relation();

    @Message("عُدّت هذه الأرقام على أحدث {counted} نتيجة، لا على كل النتائج.")
    String search_facets_sampled(int counted);

    @Message("من تاريخ")
    String search_from();

    @Message("إلى تاريخ")
    String search_to();

    @Message("إزالة التصفية")
    String search_clear();

    @Message("الأحدث أولاً")
    String search_by_date();

    @Message("الأكثر صلة")
    String search_by_relevance();

    @Message("الصفحة التالية")
    String page_next();

    @Message("الصفحة السابقة")
    String page_previous();

    @Message("{count} إجمالاً")
    String page_total(long count);

    @Message("كل المقالات")
    String home_all_articles();

    @Message("المقالات")
    String articles_heading();

    @Message("الوسيلة الإعلامية")
    String outlet_heading();

    @Message("ما نشرته")
    String outlet_articles();

    @Message("قصصها")
    String outlet_stories();

    @Message("اتفاقها واختلافها مع غيرها")
    String outlet_relations();

    @Message("عدد تصريحاتها التي ترتبط بتصريح من وسيلة أخرى، حسب نوع العلاقة")
    String outlet_relations_note();

    @Message("لا روابط مع وسائل أخرى بعد.")
    String outlet_no_relations();

    @Message("مع")
    String outlet_with();

    @Message("الخلاصات")
    String admin_nav_feeds();

    @Message("اللغة")
    String article_language();

    @Message("لم تُحلَّل هذه المقالة: يقرأ ميزان التصريحات في النصوص العربية وحدها، وهذا النص بلغة أخرى ({lang}).")
    String article_not_analysed(String lang);

    @Message("سلسلة النقل")
    String article_relay();

    @Message("وكالة")
    String relay_agency();

    @Message("وسيلة نشر")
    String relay_outlet();

    @Message("ترجمة")
    String relay_translation();
}
