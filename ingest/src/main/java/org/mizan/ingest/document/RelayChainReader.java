package org.mizan.ingest.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mizan.core.Span;

/**
 * Reads an article's relay chain from the two places Arabic news writes it: the dateline at the head of
 * the body, where the agency stands in parentheses or between dashes («القاهرة (رويترز) -»,
 * «باريس - أ ف ب:»), and the source line after the body that the {@link BoilerplateStripper} keeps as
 * provenance («المصدر: وكالات», «نقلا عن …», «ترجمة …», «خدمة …»). A name is an agency when the
 * agency list knows it; any other name on the source line is an outlet, or a translation after «ترجمة».
 * Mentions of agencies inside the body's sentences («قال لرويترز») are reporting, not relay, and are
 * never read. The publisher (the outlet given with the article) closes the outlets.
 */
public final class RelayChainReader {

    /** A dateline is this close to the start of the body. */
    static final int DATELINE_CHARS = 160;
    /** Words of a parenthesised or dash-framed dateline piece; longer is a sentence, not a credit. */
    static final int MAX_CREDIT_WORDS = 6;

    private record Agency(String key, String name, List<String> variants) {
    }

    private static final List<Agency> AGENCIES = loadAgencies("news-agencies.txt");

    private final Lexicon sourceMarkers;

    RelayChainReader(Lexicon sourceMarkers) {
        this.sourceMarkers = sourceMarkers;
    }

    public static RelayChainReader standard() {
        return new RelayChainReader(Lexicons.SOURCE_MARKERS);
    }

    /**
     * @param provenance the source line, or null
     * @param body       the body (its head is searched for a dateline), or null
     * @param outlet     the publisher given with the article, or null
     */
    public RelayChain read(String text, Span provenance, Span body, String outlet) {
        Map<String, Relay> agencies = new LinkedHashMap<>();
        Map<String, Relay> outlets = new LinkedHashMap<>();
        Map<String, Relay> translations = new LinkedHashMap<>();
        if (body != null) {
            for (String credit : datelineCredits(text.substring(body.start(), Math.min(body.end(), body.start() + DATELINE_CHARS)))) {
                Agency agency = agencyIn(credit);
                if (agency != null) {
                    agencies.putIfAbsent(agency.key(), new Relay(Relay.Role.AGENCY, agency.name(), agency.key()));
                }
            }
        }
        if (provenance != null) {
            readSourceLine(provenance.text(), agencies, outlets, translations);
        }
        if (outlet != null && !outlet.isBlank()) {
            String key = Lexicon.key(outlet.strip());
            outlets.remove(key);
            outlets.put(key, new Relay(Relay.Role.OUTLET, outlet.strip(), key));
        }
        List<Relay> chain = new ArrayList<>(agencies.values());
        chain.addAll(outlets.values());
        chain.addAll(translations.values());
        return new RelayChain(chain);
    }

    /** The pieces of a body's head that may be a credit: each parenthesis, and what stands between dashes. */
    static List<String> datelineCredits(String head) {
        List<String> credits = new ArrayList<>();
        int open = head.indexOf('(');
        while (open >= 0) {
            int close = head.indexOf(')', open + 1);
            if (close < 0) {
                break;
            }
            credits.add(head.substring(open + 1, close));
            open = head.indexOf('(', close + 1);
        }
        // «المدينة - الوكالة:» or «الوكالة - المدينة -»: only what precedes the first colon counts.
        int colon = head.indexOf(':');
        String lead = colon >= 0 ? head.substring(0, colon) : head;
        for (String piece : lead.split("[-–—]")) {
            credits.add(piece);
        }
        if (colon >= 0) {
            credits.add(lead);
        }
        credits.removeIf(c -> words(c).size() > MAX_CREDIT_WORDS || words(c).isEmpty());
        return credits;
    }

    private void readSourceLine(String line, Map<String, Relay> agencies, Map<String, Relay> outlets,
                                Map<String, Relay> translations) {
        List<int[]> words = words(line);
        Credit credit = Credit.SOURCE;
        int phraseStart = -1;
        int phraseEnd = -1;
        for (int i = 0; i < words.size(); ) {
            int matched = sourceMarkers.wordsMatchedAt(line, words, i, 3);
            String word = Lexicon.key(line.substring(words.get(i)[0], words.get(i)[1]));
            boolean from = DocumentWord.RELAY_PREPOSITION.has(word);
            boolean separated = i > 0 && separates(line.substring(words.get(i - 1)[1], words.get(i)[0]));
            if (matched > 0 || from || separated) {
                addPhrase(line, phraseStart, phraseEnd, credit, agencies, outlets, translations);
                phraseStart = -1;
                if (matched > 0) {
                    credit = Credit.of(Lexicon.key(line.substring(words.get(i)[0], words.get(i + matched - 1)[1])));
                    i += matched;
                    continue;
                }
                if (from) {
                    // «ترجمة فلان عن نيويورك تايمز»: what follows «عن» is where the text was taken from.
                    credit = Credit.SOURCE;
                    i++;
                    continue;
                }
            }
            if (phraseStart < 0) {
                phraseStart = words.get(i)[0];
            }
            phraseEnd = words.get(i)[1];
            i++;
        }
        addPhrase(line, phraseStart, phraseEnd, credit, agencies, outlets, translations);
    }

    /** What the names after a marker are: sources, a translation, or the staff who prepared the text. */
    private enum Credit {
        SOURCE, TRANSLATION, STAFF;

        static Credit of(String markerKey) {
            if (DocumentWord.TRANSLATION_MARKER.prefixes(markerKey)) {
                return TRANSLATION;
            }
            // «إعداد فلان», «تحرير فلان»: a journalist's credit, not a link in the chain.
            return DocumentWord.STAFF_CREDIT.prefixes(markerKey) ? STAFF : SOURCE;
        }
    }

    private static void addPhrase(String line, int start, int end, Credit credit, Map<String, Relay> agencies,
                                  Map<String, Relay> outlets, Map<String, Relay> translations) {
        if (start < 0) {
            return;
        }
        String phrase = line.substring(start, end).strip();
        Agency agency = agencyIn(phrase);
        if (agency != null) {
            agencies.putIfAbsent(agency.key(), new Relay(Relay.Role.AGENCY, agency.name(), agency.key()));
            return;
        }
        String key = Lexicon.key(phrase);
        // «ترجمة وتعليق: …»: a single word joined by «و» to the marker is more of the marker, not a name.
        boolean coordinated = DocumentWord.CONJUNCTION.prefixes(key) && key.indexOf(' ') < 0;
        if (credit == Credit.STAFF || coordinated) {
            return;
        }
        if (credit == Credit.TRANSLATION) {
            translations.putIfAbsent(key, new Relay(Relay.Role.TRANSLATION, phrase, key));
        } else {
            outlets.putIfAbsent(key, new Relay(Relay.Role.OUTLET, phrase, key));
        }
    }

    /** Punctuation between two names on a source line that starts a new name (and «و» does not). */
    private static boolean separates(String gap) {
        for (int i = 0; i < gap.length(); i++) {
            char c = gap.charAt(i);
            if (c == '،' || c == ',' || c == '/' || c == '؛' || c == ';' || c == '-' || c == '–' || c == '—'
                    || c == '|' || c == ':' || c == '+' || c == '&') {
                return true;
            }
        }
        return false;
    }

    /** The agency the phrase names, as whole words, or null; the longest name wins. */
    private static Agency agencyIn(String phrase) {
        String padded = " " + spaced(phrase) + " ";
        Agency best = null;
        int bestLength = 0;
        for (Agency agency : AGENCIES) {
            for (String variant : agency.variants()) {
                if (variant.length() > bestLength && padded.contains(" " + variant + " ")) {
                    best = agency;
                    bestLength = variant.length();
                }
            }
        }
        return best;
    }

    /** Folded words joined by single spaces: punctuation and dots between initials count as space. */
    private static String spaced(String phrase) {
        StringBuilder out = new StringBuilder();
        for (int[] w : words(phrase)) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(Lexicon.key(phrase.substring(w[0], w[1])));
        }
        return out.toString();
    }

    /** [start, end) of each run of letters, digits, marks and tatweel. */
    static List<int[]> words(String s) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean inWord = i < s.length() && isWordChar(s.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new int[]{start, i});
                start = -1;
            }
        }
        return words;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == 'ـ' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    private static List<Agency> loadAgencies(String resource) {
        List<Agency> agencies = new ArrayList<>();
        for (String entry : Lexicon.lines(resource)) {
            int eq = entry.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String[] names = entry.substring(eq + 1).split("\\|");
            List<String> variants = new ArrayList<>();
            for (String name : names) {
                String v = spaced(name.strip());
                if (!v.isEmpty()) {
                    variants.add(v);
                }
            }
            agencies.add(new Agency(entry.substring(0, eq).strip(), names[0].strip(), List.copyOf(variants)));
        }
        return List.copyOf(agencies);
    }
}
