package org.mizan.web.speaker;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;

/** Speaker pages take their identity from the core identity service; speakers stored before it still resolve. */
@QuarkusTest
class SpeakerDirectoryTest {

    @Inject
    SpeakerDirectory directory;

    private static Speaker speaker(String name, SpeakerKind kind, String role) {
        return new Speaker(name, name, null, kind, role, false, "test");
    }

    private long identify(String name, SpeakerKind kind, String role) {
        return QuarkusTransaction.requiringNew().call(() -> directory.identify(speaker(name, kind, role)).id);
    }

    @Test
    void aSurnameATitleAndATransliterationReachOnePage() {
        long full = identify("نزار الدباغ", SpeakerKind.PERSON, "وزير الطاقة");
        assertThat(identify("الدباغ", SpeakerKind.PERSON, null)).isEqualTo(full);
        assertThat(identify("الوزير نزار الدباغ", SpeakerKind.PERSON, null)).isEqualTo(full);
        long foreign = identify("غريغوري بافلوف", SpeakerKind.PERSON, null);
        assertThat(identify("جريجوري بافلوف", SpeakerKind.PERSON, null)).isEqualTo(foreign);
        assertThat(identify("كمال الدباغ", SpeakerKind.PERSON, null)).isNotEqualTo(full);
    }

    @Test
    void aSpeakerStoredBeforeTheServiceIsFoundByItsSurnameAfterTheBackfill() {
        long stored = QuarkusTransaction.requiringNew().call(() -> {
            SpeakerEntity old = new SpeakerEntity();
            old.name = "مروان العتيبي";
            old.matchKey = SpeakerDirectory.matchKey(old.name);
            old.kind = "person";
            old.persist();
            return old.id;
        });
        // Found as is by its exact name before any backfill...
        assertThat(identify("مروان العتيبي", SpeakerKind.PERSON, null)).isEqualTo(stored);
        // ...and by its surname once the start-up backfill gave it its lookup key.
        while (directory.backfillBatch() > 0) {
            // every row without a key, in batches
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> SpeakerEntity.<SpeakerEntity>findById(stored).identityKey))
                .isNotBlank();
        assertThat(identify("العتيبي", SpeakerKind.PERSON, null)).isEqualTo(stored);
    }

    @Test
    void aLoneNameTakenForAnOrganisationJoinsThePersonAndThePageBecomesAPerson() {
        long org = identify("هيرتسوغ", SpeakerKind.ORGANIZATION, null);
        long person = QuarkusTransaction.requiringNew().call(() -> {
            SpeakerEntity e = directory.identify(speaker("إسحاق هيرتسوغ", SpeakerKind.PERSON, null), new HashMap<>());
            return e.id;
        });
        assertThat(person).isEqualTo(org);
        SpeakerEntity page = QuarkusTransaction.requiringNew().call(() -> {
            SpeakerEntity e = SpeakerEntity.findById(org);
            e.aliases.size();
            return e;
        });
        assertThat(page.kind).isEqualTo("person");
        assertThat(page.name).isEqualTo("إسحاق هيرتسوغ");
        assertThat(page.aliases).contains("هيرتسوغ");
    }
}
