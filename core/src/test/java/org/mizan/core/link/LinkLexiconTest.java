package org.mizan.core.link;

import org.mizan.core.identity.ActorResolver;
import org.mizan.core.semantics.PredicateLexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each linking lexicon loads, and a wrong entry in it would change an answer these tests check. */
class LinkLexiconTest {

    private final PredicateLexicon predicates = PredicateLexicon.standard();

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "sign, consent, POSITIVE", "accept, consent, POSITIVE", "agree, consent, POSITIVE",
            "reject, consent, NEGATIVE", "request_time, consent, NEGATIVE", "cease_fire, consent, POSITIVE",
            "rise, rise, POSITIVE", "fall, rise, CONTRARY", "withdraw, withdraw, POSITIVE", "stay, withdraw, CONTRARY",
            "win, win, POSITIVE", "lose, win, CONTRARY", "leave, leave, POSITIVE"})
    void placesPredicatesInFamilies(String predicate, String family, PredicateLexicon.Sense sense) {
        assertThat(predicates.knows(predicate)).isTrue();
        assertThat(predicates.entry(predicate).family()).isEqualTo(family);
        assertThat(predicates.entry(predicate).sense()).isEqualTo(sense);
    }

    @Test
    void givesEveryFamilyAnAffirmingPredicateWithAReadableNoun() {
        Set<String> families = new java.util.HashSet<>();
        for (PredicateLexicon.Entry e : predicates.families()) {
            families.add(e.family());
        }
        for (String family : families) {
            PredicateLexicon.Entry positive = predicates.positiveOf(family);
            assertThat(positive.sense()).as(family).isEqualTo(PredicateLexicon.Sense.POSITIVE);
            assertThat(positive.noun()).as(family).matches(".*[\\u0621-\\u064A].*");
        }
    }

    @Test
    void treatsAnUnknownPredicateAsItsOwnFamily() {
        assertThat(predicates.knows("dance")).isFalse();
        assertThat(predicates.entry("dance").family()).isEqualTo("dance");
    }

    @Test
    void loadsTitlesThatAreRealTitlesOnly() {
        ActorResolver actors = ActorResolver.standard();
        // A title list that held a name or a surname would strip it from every mention.
        assertThat(actors.resolve("المشير خليفة حفتر").key()).isEqualTo(actors.resolve("خليفة حفتر").key());
        assertThat(actors.resolve("سيرغي لافروف").tokens()).hasSize(2);
        assertThat(actors.resolve("الشيخ").tokens()).hasSize(1);
    }

    @Test
    void knowsTheLibyanPartiesAndTheirLeaders() {
        ActorResolver actors = ActorResolver.standard();
        assertThat(actors.resolve("طرفا النزاع الليبي").members()).hasSize(2);
        assertThat(actors.resolve("الطرفين في السودان").members()).hasSize(2);
        assertThat(actors.resolve("حكومة الوفاق الوطني").head().key()).isEqualTo(actors.resolve("فايز السراج").key());
    }

    @Test
    void rejectsAMalformedRow() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> org.mizan.core.text.LexiconFile.rows(ActorResolver.class, "titles.txt", 2))
                .isInstanceOf(IllegalStateException.class);
    }
}
