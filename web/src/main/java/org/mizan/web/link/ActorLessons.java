package org.mizan.web.link;

import static org.mizan.web.Columns.clip;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mizan.core.Proposition;
import org.mizan.core.Speaker;
import org.mizan.core.SpeakerKind;
import org.mizan.core.identity.ActorResolver;
import org.mizan.core.link.CandidateSource;
import org.mizan.core.link.LinkableClaim;

/**
 * What the actor resolver learns from stored claims (a named speaker with its role: full names and who
 * leads what; a subject's full name), kept once per distinct lesson in {@code actor_lesson} (V5) by the
 * write path, and taught again at start and whenever another process wrote. It grows with the names the
 * corpus uses, not with its articles, and spares reading every claim at start.
 */
final class ActorLessons {

    /** One lesson: a speaker (name, kind, role) or a subject mention. */
    record Lesson(String speakerName, String speakerKind, String speakerRole, String subject) {
        long hash() {
            return CandidateSource.keyHash(speakerName + '\u0001' + speakerKind + '\u0001' + speakerRole + '\u0001' + subject);
        }

        void teach(ActorResolver actors) {
            if (subject != null) {
                actors.learnSubjectName(subject);
                return;
            }
            Speaker speaker = new Speaker(speakerName, speakerName, null, SpeakerKind.valueOf(speakerKind), speakerRole, false, null);
            actors.learnFromSpeaker(speaker);
            actors.learnEntity(speaker);
        }
    }

    private long lastId;

    /** Teaches {@code actors} every lesson stored since the last call (all of them the first time). */
    void teachNew(ActorResolver actors) {
        for (Lesson l : Jdbc.work(c -> {
            List<Lesson> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select id, speakerName, speakerKind, speakerRole, subject from actor_lesson"
                    + " where id > ? order by id")) {
                s.setLong(1, lastId);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        lastId = r.getLong(1);
                        out.add(new Lesson(r.getString(2), r.getString(3), r.getString(4), r.getString(5)));
                    }
                }
            }
            return out;
        })) {
            l.teach(actors);
        }
    }

    /** True when no lesson has been read (none is stored, or {@link #teachNew} was not called). */
    boolean none() {
        return lastId == 0;
    }

    /** Starts over: the next {@link #teachNew} teaches every lesson again (to a new resolver). */
    void forget() {
        lastId = 0;
    }

    /** Stores the lessons of an article's claims that are not stored yet (inside the write). */
    void record(List<LinkableClaim> claims) {
        Map<Long, Lesson> lessons = new LinkedHashMap<>();
        for (LinkableClaim c : claims) {
            Speaker s = c.claim().speaker();
            if (s != null && s.name() != null && (s.kind() == SpeakerKind.PERSON || s.kind() == SpeakerKind.ORGANIZATION)) {
                Lesson l = new Lesson(clip(s.name(), 500), s.kind().name(), clip(s.role(), 500), null);
                lessons.putIfAbsent(l.hash(), l);
            }
            for (Proposition p : c.claim().propositions()) {
                if (p.subject() != null && !p.subject().isBlank()) {
                    Lesson l = new Lesson(null, null, null, clip(p.subject(), 1000));
                    lessons.putIfAbsent(l.hash(), l);
                }
            }
        }
        if (lessons.isEmpty()) {
            return;
        }
        Jdbc.work(c -> {
            Set<Long> known = new HashSet<>();
            List<Long> hashes = new ArrayList<>(lessons.keySet());
            String marks = Jdbc.marks(hashes.size());
            try (PreparedStatement s = c.prepareStatement("select lessonHash from actor_lesson where lessonHash in (" + marks + ")")) {
                for (int i = 0; i < hashes.size(); i++) {
                    s.setLong(i + 1, hashes.get(i));
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        known.add(r.getLong(1));
                    }
                }
            }
            try (PreparedStatement s = c.prepareStatement("insert into actor_lesson (lessonHash, speakerName, speakerKind, speakerRole, subject)"
                    + " values (?, ?, ?, ?, ?)")) {
                for (Map.Entry<Long, Lesson> e : lessons.entrySet()) {
                    if (known.contains(e.getKey())) {
                        continue;
                    }
                    Lesson l = e.getValue();
                    s.setLong(1, e.getKey());
                    s.setString(2, l.speakerName());
                    s.setString(3, l.speakerKind());
                    s.setString(4, l.speakerRole());
                    s.setString(5, l.subject());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return null;
        });
    }
}
