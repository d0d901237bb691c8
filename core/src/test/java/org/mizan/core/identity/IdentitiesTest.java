package org.mizan.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mizan.core.SpeakerKind;

/** One identity per entity across articles, and never one for two people. Names and roles written for the test. */
class IdentitiesTest {

    private final Identities identities = Identities.standard();

    private Identities.Identity person(String name, String... roles) {
        return identities.of(name, SpeakerKind.PERSON, List.of(roles));
    }

    @Test
    void aSurnameAndATitledFullNameAreTheFullName() {
        Identities.Identity full = person("خليفة حفتر");
        assertThat(identities.same(person("حفتر"), full)).isTrue();
        assertThat(identities.same(person("المشير خليفة حفتر"), full)).isTrue();
        assertThat(identities.lookupKey(person("حفتر"))).isEqualTo(identities.lookupKey(full))
                .isEqualTo(identities.lookupKey(person("المشير خليفة حفتر")));
    }

    @Test
    void transliterationsOfOneForeignNameAreOnePerson() {
        assertThat(identities.same(person("سيرغي لافروف"), person("سيرجي لافروف"))).isTrue();
        assertThat(identities.lookupKey(person("سيرغي لافروف"))).isEqualTo(identities.lookupKey(person("سيرجي لافروف")));
        // Vowel letters moved about make another name, even on one consonant skeleton.
        assertThat(NameTokens.sameName("كارلوس", "كورالس")).isFalse();
        assertThat(identities.same(person("كارلوس"), person("كورالس"))).isFalse();
    }

    @Test
    void aLoneNameTakenForAnOrganisationIsTheKnownPersonOfThatSurname() {
        IdentityMap map = new IdentityMap(identities);
        IdentityMap.Entity org = map.identify("كيري", SpeakerKind.ORGANIZATION, null);
        IdentityMap.Entity person = map.identify("جون كيري", SpeakerKind.PERSON, "وزير الخارجية");
        assertThat(person).isSameAs(org);
        assertThat(person.kind()).isEqualTo(SpeakerKind.PERSON);
        assertThat(person.name()).isEqualTo("جون كيري");
        // ...and the other way round.
        IdentityMap later = new IdentityMap(identities);
        IdentityMap.Entity john = later.identify("جون كيري", SpeakerKind.PERSON, null);
        assertThat(later.identify("كيري", SpeakerKind.ORGANIZATION, null)).isSameAs(john);
        // An organisation named by its head noun is never a person.
        assertThat(identities.same(identities.of("وزارة كيري", SpeakerKind.ORGANIZATION), person("جون كيري"))).isFalse();
    }

    @Test
    void peopleOfDifferentNationalitiesOrOfficesNeverMerge() {
        assertThat(identities.same(person("سالم النجار", "السفير المصري"), person("سالم النجار", "السفير الأردني")))
                .isFalse();
        assertThat(identities.same(person("النجار", "وزير المالية"), person("سالم النجار", "رئيس البرلمان"))).isFalse();
        assertThat(identities.same(person("النجار", "الوزير"), person("سالم النجار", "وزير المالية"))).isTrue();
        IdentityMap map = new IdentityMap(identities);
        IdentityMap.Entity egyptian = map.identify("سالم النجار", SpeakerKind.PERSON, "السفير المصري");
        assertThat(map.identify("سالم النجار", SpeakerKind.PERSON, "السفير الأردني")).isNotSameAs(egyptian);
        assertThat(map.identify("سالم النجار", SpeakerKind.PERSON, null)).isSameAs(egyptian);
    }

    @Test
    void differentFirstNamesAreDifferentPeopleAndTheirSurnameAloneIsAmbiguous() {
        assertThat(identities.same(person("خليفة حفتر"), person("صدام حفتر"))).isFalse();
        assertThat(identities.same(person("عبد الله سالم"), person("عبد الرحمن سالم"))).isFalse();
        IdentityMap map = new IdentityMap(identities);
        IdentityMap.Entity father = map.identify("خليفة حفتر", SpeakerKind.PERSON, null);
        IdentityMap.Entity son = map.identify("صدام حفتر", SpeakerKind.PERSON, null);
        IdentityMap.Entity bare = map.identify("حفتر", SpeakerKind.PERSON, null);
        assertThat(bare).isNotSameAs(father).isNotSameAs(son);
    }

    @Test
    void aStateOrATitleAloneIsNoOnesSurname() {
        assertThat(identities.same(person("الأردن"), person("مفتي الأردن"))).isFalse();
        assertThat(identities.same(person("الشيخ"), person("سالم الشيخ"))).isFalse();
    }

    @Test
    void aStoredSurnameIsNamedByTheFullNameMetLater() {
        IdentityMap map = new IdentityMap(identities);
        IdentityMap.Entity first = map.identify("حفتر", SpeakerKind.PERSON, null);
        assertThat(map.identify("المشير خليفة حفتر", SpeakerKind.PERSON, null)).isSameAs(first);
        assertThat(map.identify("خليفة حفتر", SpeakerKind.PERSON, null)).isSameAs(first);
        assertThat(first.name()).isEqualTo("المشير خليفة حفتر");
        assertThat(map.entities()).hasSize(1);
    }

    @Test
    void descriptionsKeepTheirWordingAsTheirKey() {
        IdentityMap map = new IdentityMap(identities);
        IdentityMap.Entity statement = map.identify("البيان", SpeakerKind.DOCUMENT, null);
        assertThat(map.identify("بيان", SpeakerKind.DOCUMENT, null)).isNotSameAs(statement);
        assertThat(map.identify("البيان", SpeakerKind.DOCUMENT, null)).isSameAs(statement);
    }

    @Test
    void linkingUsesTheSameNameRules() {
        ActorResolver actors = ActorResolver.standard();
        assertThat(actors.relate(actors.resolve("سيرجي لافروف"), actors.resolve("سيرغي لافروف")).relation())
                .isEqualTo(ActorRelation.SAME);
        assertThat(actors.relate(actors.resolve("حفتر"), actors.resolve("المشير خليفة حفتر")).relation())
                .isEqualTo(ActorRelation.SAME);
        assertThat(actors.relate(actors.resolve("عبد الله سالم"), actors.resolve("عبد الرحمن سالم")).relation())
                .isEqualTo(ActorRelation.DISTINCT);
    }
}
