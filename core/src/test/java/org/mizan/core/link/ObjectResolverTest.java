package org.mizan.core.link;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class ObjectResolverTest {

    private final ObjectResolver objects = ObjectResolver.standard();

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            الاتفاق                   | وقف إطلاق النار              | true
            مبادرة وقف إطلاق النار    | الهدنة                       | true
            صفقة تبادل الأسرى         | المقترح المصري               | true
            بالاتفاقية                | معاهدة السلام                | true
            المفاوضات                 | محادثات موسكو                | true
            الانتخابات الرئاسية       | الاتفاق                      | false
            ضواحي طرابلس             | طرابلس وضواحيها              | true
            ضواحي طرابلس             | وسط طرابلس                   | false
            ضواحي طرابلس             | في ضواحي طرابلس              | true
            أسعار النفط               | أسعار الذهب                  | false
            """)
    void keysObjectsOfOneClassAlike(String a, String b, boolean same) {
        assertThat(objects.resolve(a, null).key().equals(objects.resolve(b, null).key())).isEqualTo(same);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            وقف إطلاق النار      | agreement
            لمبادرة الرئيس       | agreement
            القمة العربية        | talks
            الاستفتاء على الدستور | election
            العقوبات الأمريكية   | sanctions
            """)
    void classifiesObjectsByTheirHeadWords(String object, String objectClass) {
        assertThat(objects.classOf(object)).isEqualTo(objectClass);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            طرابلس
            أسعار النفط
            المطار الدولي
            """)
    void leavesOrdinaryObjectsWithoutClass(String object) {
        assertThat(objects.classOf(object)).isNull();
    }

    @ParameterizedTest(name = "missing object of class {0}")
    @CsvSource({"agreement", "talks"})
    void standsThePredicateClassForAMissingObject(String objectClass) {
        assertThat(objects.resolve(null, objectClass).key()).isEqualTo("class:" + objectClass);
        assertThat(objects.resolve("", null).key()).isEmpty();
    }
}
