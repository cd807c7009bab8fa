package org.lectern.review.merge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The documented rule by which an import proposes that two names are one analyst. */
class SameAnalystsTest {

    @Test
    void aShortNameIsProposedAsTheAnalystWhoseFirstOrLastNameItIs() {
        assertTrue(SameAnalysts.mayBeOnePerson("ben", "Ben Okafor"));
        assertTrue(SameAnalysts.mayBeOnePerson("Okafor", "Ben Okafor"));
        assertFalse(SameAnalysts.mayBeOnePerson("benjamin", "Ben Okafor"));
        assertFalse(SameAnalysts.mayBeOnePerson("ana", "Ben Okafor"));
    }

    @Test
    void anAccountOrMailAddressStandsForItsUserPart() {
        assertTrue(SameAnalysts.mayBeOnePerson("acct:ben@example.org", "Ben"));
        assertTrue(SameAnalysts.mayBeOnePerson("acct:ben@hypothes.is", "Ben Okafor"));
        assertTrue(SameAnalysts.mayBeOnePerson("mailto:ben.okafor@example.org", "Ben Okafor"));
        assertTrue(SameAnalysts.mayBeOnePerson("ben_okafor@example.org", "ben okafor"));
        assertFalse(SameAnalysts.mayBeOnePerson("acct:ana@example.org", "Ben"));
    }

    @Test
    void caseAccentsAndSpacingDoNotMakeTwoPeople() {
        assertTrue(SameAnalysts.mayBeOnePerson("BEN  OKAFOR", "Ben Okafor"));
        assertTrue(SameAnalysts.mayBeOnePerson("Zoë Ní Bhriain", "Zoe Ni Bhriain"));
        assertTrue(SameAnalysts.mayBeOnePerson("José", "Jose Martí"));
    }

    @Test
    void initialsMatchTheirNamesWhenTheLastNameIsTheSame() {
        assertTrue(SameAnalysts.mayBeOnePerson("B. Okafor", "Ben Okafor"));
        assertFalse(SameAnalysts.mayBeOnePerson("A. Okafor", "Ben Okafor"));
        assertFalse(SameAnalysts.mayBeOnePerson("B. Reyes", "Ben Okafor"));
    }

    @Test
    void namesAlreadyTheSameAreNotProposedAndEveryOtherCandidateIs() {
        List<AnalystProposal> proposals = SameAnalysts.propose(List.of("Ben Okafor", "ben", "Carla"),
                List.of("Ana Reyes", "Ben Okafor", "Ben Adeyemi"));

        assertEquals(List.of(new AnalystProposal("ben", "Ben Okafor"), new AnalystProposal("ben", "Ben Adeyemi")),
                proposals);
    }
}
