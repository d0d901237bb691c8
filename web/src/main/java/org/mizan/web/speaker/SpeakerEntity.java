package org.mizan.web.speaker;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A speaker's identity across the corpus: one row per canonical entity, however many articles and
 * mentions ("السراج", "فايز السراج") refer to it.
 */
@Entity
@Table(name = "speaker", indexes = {@Index(name = "speaker_key", columnList = "matchKey", unique = true),
        @Index(name = "speaker_identity", columnList = "identityKey")})
public class SpeakerEntity extends PanacheEntity {

    @Column(nullable = false, length = 500)
    public String name;
    /** The folded canonical name: how the identity is looked up. */
    @Column(nullable = false, length = 500)
    public String matchKey;
    /**
     * Where mentions that may name this speaker meet ({@code Identities.lookupKey}: a person's surname
     * skeleton); null only for rows stored before it existed, until the start-up backfill.
     */
    @Column(length = 500)
    public String identityKey;
    @Column(length = 16)
    public String kind;

    @ElementCollection
    @CollectionTable(name = "speaker_alias")
    @Column(name = "alias", length = 1000)
    public Set<String> aliases = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "speaker_role")
    @Column(name = "role", length = 500)
    public Set<String> roles = new LinkedHashSet<>();

    public static Optional<SpeakerEntity> findByKey(String key) {
        return find("matchKey", key).firstResultOptional();
    }
}
