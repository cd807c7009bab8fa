package org.lectern.review.merge;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Proposes which names may be one analyst: a file names its creators as its tool knows them ("ben",
 * "acct:ben@example.org"), a project knows its analysts by the names they gave Lectern ("Ben Okafor").
 *
 * <p>The rule is small, so an analyst can predict it. Each name is first folded: an account or mail address
 * ({@code acct:ben@example.org}, {@code mailto:ben@example.org}, {@code ben@example.org}) stands for its user
 * part; accents are dropped ("Zoë" is "Zoe"); dots, underscores and hyphens count as spaces; case is ignored.
 * Two folded names are proposed as one analyst when
 * <ol>
 * <li>they are equal ("BEN OKAFOR" and "Ben Okafor", "ben.okafor@example.org" and "Ben Okafor"); or</li>
 * <li>one is a single word that is the first or the last word of the other ("ben" and "Ben Okafor", "okafor"
 * and "Ben Okafor"); or</li>
 * <li>they have as many words, the same last word, and every other word the same or its initial ("B. Okafor" and
 * "Ben Okafor").</li>
 * </ol>
 * Names equal letter for letter are the same analyst already and are never proposed.
 */
public final class SameAnalysts {
    private static final Pattern ADDRESS = Pattern.compile("^(?:acct:|mailto:)?([^@\\s]+)@[^@\\s]+$");
    private static final Pattern SCHEME = Pattern.compile("^(?:acct|mailto):");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s._\\-]+");

    private SameAnalysts() {
    }

    /** For each arriving name that is not a known analyst already, the known analysts it may be, in order. */
    public static List<AnalystProposal> propose(Collection<String> arriving, Collection<String> known) {
        Set<String> exactly = new LinkedHashSet<>(known);
        List<AnalystProposal> proposals = new ArrayList<>();
        for (String name : new LinkedHashSet<>(arriving)) {
            if (exactly.contains(name)) {
                continue;
            }
            for (String analyst : exactly) {
                if (mayBeOnePerson(name, analyst)) {
                    proposals.add(new AnalystProposal(name, analyst));
                }
            }
        }
        return proposals;
    }

    /** Whether two names look like one person, by the rule above. */
    public static boolean mayBeOnePerson(String one, String other) {
        List<String> a = words(one);
        List<String> b = words(other);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        if (a.equals(b)) {
            return true;
        }
        if (a.size() == 1 && b.size() > 1) {
            return a.get(0).equals(b.get(0)) || a.get(0).equals(b.get(b.size() - 1));
        }
        if (b.size() == 1 && a.size() > 1) {
            return b.get(0).equals(a.get(0)) || b.get(0).equals(a.get(a.size() - 1));
        }
        return a.size() == b.size() && a.size() > 1 && a.get(a.size() - 1).equals(b.get(b.size() - 1))
                && sameOrInitials(a, b);
    }

    private static boolean sameOrInitials(List<String> a, List<String> b) {
        for (int i = 0; i < a.size() - 1; i++) {
            String x = a.get(i);
            String y = b.get(i);
            boolean initial = (x.length() == 1 && y.startsWith(x)) || (y.length() == 1 && x.startsWith(y));
            if (!x.equals(y) && !initial) {
                return false;
            }
        }
        return true;
    }

    /** The folded words of a name, as the rule compares them. */
    static List<String> words(String name) {
        if (name == null) {
            return List.of();
        }
        String folded = name.strip();
        var address = ADDRESS.matcher(folded);
        folded = address.matches() ? address.group(1) : SCHEME.matcher(folded).replaceFirst("");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFKD)).replaceAll("");
        folded = folded.toLowerCase(Locale.ROOT);
        return Arrays.stream(SEPARATORS.split(folded)).filter(word -> !word.isEmpty()).toList();
    }
}
