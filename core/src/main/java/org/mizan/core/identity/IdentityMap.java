package org.mizan.core.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.SpeakerKind;

/**
 * Identities kept in memory, as the speaker table keeps them: for benchmarks over a corpus without a
 * database, and for tests. Not thread-safe.
 */
public final class IdentityMap implements Identities.Store<IdentityMap.Entity> {

    /** One entity: its name, kind, the roles and exact names it was met with. */
    public static final class Entity {
        private String name;
        private SpeakerKind kind;
        private String lookup;
        private final Set<String> roles = new LinkedHashSet<>();
        private final Set<String> names = new LinkedHashSet<>();

        public String name() {
            return name;
        }

        public SpeakerKind kind() {
            return kind;
        }

        /** The exact names (folded) it was met under. */
        public Set<String> names() {
            return names;
        }

        public Set<String> roles() {
            return roles;
        }
    }

    private final Identities identities;
    private final Map<String, Entity> byExact = new HashMap<>();
    private final Map<String, List<Entity>> byLookup = new HashMap<>();
    private final List<Entity> entities = new ArrayList<>();

    public IdentityMap(Identities identities) {
        this.identities = identities;
    }

    /** The entity a speaker is (created when new), remembering the name and role it was met with. */
    public Entity identify(String name, SpeakerKind kind, String role) {
        Entity e = identities.identify(this, name, kind, role);
        e.names.add(Identities.exactKey(name));
        if (role != null && !role.isBlank()) {
            e.roles.add(role);
        }
        return e;
    }

    public List<Entity> entities() {
        return List.copyOf(entities);
    }

    @Override
    public Entity byExactKey(String exactKey) {
        return byExact.get(exactKey);
    }

    @Override
    public Collection<Entity> byLookupKey(String lookupKey) {
        return byLookup.getOrDefault(lookupKey, List.of());
    }

    @Override
    public Identities.Identity identity(Entity e) {
        return identities.of(e.name, e.kind, e.roles);
    }

    @Override
    public Entity create(String name, SpeakerKind kind, String exactKey, String lookupKey) {
        Entity e = new Entity();
        e.name = name;
        e.kind = kind;
        e.lookup = lookupKey;
        byExact.put(exactKey, e);
        byLookup.computeIfAbsent(lookupKey, k -> new ArrayList<>()).add(e);
        entities.add(e);
        return e;
    }

    @Override
    public void rename(Entity e, String name, SpeakerKind kind, String lookupKey) {
        e.name = name;
        e.kind = kind;
        if (!lookupKey.equals(e.lookup)) {
            byLookup.get(e.lookup).remove(e);
            byLookup.computeIfAbsent(lookupKey, k -> new ArrayList<>()).add(e);
            e.lookup = lookupKey;
        }
    }
}
