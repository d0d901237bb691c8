package org.mizan.web.i18n;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * What readers see of editor review (the claim page's review, which links a person confirmed), the
 * methodology page and the pages' meta description; Arabic by default, English in
 * messages/rev_en.properties. Templates use them as {rev:key}. A bundle of its own for the reason
 * AdminMessages gives; MessageBundlesTest checks it.
 */
@MessageBundle(value = "rev", locale = "ar")
public interface ReviewMessages {

    @Message("ميزان يقرأ الأخبار العربية فيستخرج من قال ماذا ومتى، ويقارن ما تتفق عليه المنافذ وما تختلف فيه.")
    String meta_description();

    @Message("مراجعة محرر")
    String review_heading();

    @Message("الحكم")
    String review_rating();

    @Message("راجعه {reviewer} في {date}")
    String review_by(String reviewer, String date);

    @Message("المصادر")
    String review_sources();

    @Message("لم يراجع محررٌ هذا الادعاء بعد: ما تحته قراءة آلية، لا حكم على صحته.")
    String review_none();

    @Message("راجِع (للمحررين)")
    String review_edit();

    @Message("أكّده محرر")
    String link_confirmed();

    @Message("اقتراح آلي")
    String link_machine();

    @Message("المنهجية")
    String methodology();

    @Message("كيف يعمل ميزان")
    String methodology_heading();

    @Message("ما يفعله الحاسوب")
    String methodology_machine_heading();

    @Message("يقرأ ميزان كل مقالة فيستخرج التصريحات: من قالها (المتحدث باسمه وصفته)، ومتى قيلت (تاريخ التصريح محسوبًا من تاريخ النشر)، وما مضمونها (مثبتًا أو منفيًا). ثم يقارن كل تصريح بتصريحات المقالات الأخرى في الأيام القريبة منه، فيقترح روابط: «يتفق» حين يقول الثاني ما قاله الأول، و«يتعارض» حين لا يصح الاثنان معًا، و«يتباين» حين يختلفان في جانب. هذه اقتراحات آلية تُعلَّم بذلك على كل صفحة، ومعها سببها والكلمات التي بُنيت عليها، ولا تعني حكمًا على صحة أي تصريح.")
    String methodology_machine();

    @Message("ما يفعله المحرر")
    String methodology_editor_heading();

    @Message("يراجع محررو ميزان، بعد تسجيل الدخول، ما تقترحه الآلة: يؤكدون الرابط الصحيح فيُعلَّم «أكّده محرر»، ويرفضون الخاطئ فيختفي عن القراء ولا تعيده الآلة بعد ذلك ولو أعيد تحليل المقالة. ويصححون المتحدث، ويدمجون متحدثَين هما شخص واحد أو يفصلون شخصين جُمعا تحت اسم واحد، ويعيدون تسمية القصص. ولا يحمل ادعاءٌ حكمًا بالصحة أو الخطأ إلا إذا قيّمه محرر على سلم من خمس درجات (خاطئ، مضلِّل، صحيح جزئيًا، صحيح في معظمه، صحيح) مع شرح ومصادر؛ وهذا وحده ما يُنشر لمحركات البحث على أنه تدقيق (ClaimReview)، وما عداه يُنشر ادعاءً منسوبًا إلى قائله (Claim).")
    String methodology_editor();

    @Message("كل فعل من أفعال المحررين مسجل: من فعله، ومتى، وما كان قبله وما صار بعده. وإذا أعيد تحليل مقالة احتفظ كل ادعاء لم يتغير نصه بعنوانه ومراجعته، وأحيل عنوان ما لم يعد موجودًا إلى مقالته.")
    String methodology_audit();
}
