package org.mizan.ingest.document;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How an article reached its reader, in order: agencies, then outlets (the publisher last), then
 * translation. Two reports that name the same wire agency are copies of one wire, not independent sources.
 */
public record RelayChain(List<Relay> links) {

    /** The key of the generic «وكالات»: some wire, no particular one, so it proves no copy. */
    public static final String ANY_AGENCY = "agencies";

    public static final RelayChain EMPTY = new RelayChain(List.of());

    public RelayChain {
        links = List.copyOf(links);
    }

    /** The particular wire agencies this article came through (never the generic «وكالات»). */
    public Set<String> wires() {
        return links.stream().filter(l -> l.role() == Relay.Role.AGENCY && !ANY_AGENCY.equals(l.key()))
                .map(Relay::key).collect(Collectors.toUnmodifiableSet());
    }

    /** Whether both articles carry text of one named wire agency: then they are not independent sources. */
    public boolean sameWire(RelayChain other) {
        Set<String> mine = wires();
        return other.wires().stream().anyMatch(mine::contains);
    }
}
