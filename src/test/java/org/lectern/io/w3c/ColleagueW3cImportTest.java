package org.lectern.io.w3c;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.fixtures.HarbourReading;
import org.lectern.fixtures.HarbourReading.Mark;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;

/** A colleague's Hypothesis annotations, partly agreeing with the analyst's own, come in whole. */
class ColleagueW3cImportTest {
    @TempDir
    Path folder;

    private final Document article = Projects.document(HarbourReading.TITLE, HarbourReading.URL,
            HarbourReading.ARTICLE);

    /** The analyst's project: the article, the default tags the marks use, and Ana's five highlights. */
    private ProjectSnapshot anasProject() {
        List<Tag> tags = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (Mark mark : HarbourReading.BENS) {
            if (tags.stream().noneMatch(t -> t.name().equals(mark.tag()))) {
                tags.add(Projects.tag(mark.tag()));
            }
        }
        for (Mark mark : HarbourReading.ANAS) {
            Tag tag = tags.stream().filter(t -> t.name().equals(mark.tag())).findFirst().orElseGet(() -> {
                Tag added = Projects.tag(mark.tag());
                tags.add(added);
                return added;
            });
            annotations.add(Projects.annotation(article, mark.quote(), tag, "", HarbourReading.ANA));
        }
        return Projects.project(List.of(article), tags, annotations);
    }

    private ExchangeImport importBens(ProjectSnapshot project) throws Exception {
        Path file = HarbourReading.hypothesisFile(folder.resolve("ben.jsonld"), "ben_okafor", HarbourReading.BENS);
        return new W3cImport().read(file, project, HarbourReading.ANA);
    }

    @Test
    void everyOneOfTheColleaguesSevenAnnotationsArrivesUnderTheirNameAlsoWhereTheyAgreeWithMine() throws Exception {
        ProjectSnapshot mine = anasProject();
        ExchangeImport imported = importBens(mine);

        List<Annotation> added = imported.changes().stream().map(c -> c.after())
                .filter(Annotation.class::isInstance).map(Annotation.class::cast).toList();
        assertEquals(7, added.size(), imported.description());
        Set<String> authors = added.stream().map(a -> a.stamp().author()).collect(Collectors.toSet());
        assertEquals(1, authors.size(), authors::toString);
        String ben = authors.iterator().next();
        assertNotEquals(HarbourReading.ANA, ben);
        assertTrue(ben.contains("ben_okafor"), ben);
        assertEquals(List.of(), imported.alreadyPresent());

        ProjectSnapshot after = Projects.applied(mine, imported.changes());
        for (Mark agreed : HarbourReading.AGREED) {
            List<String> whose = after.annotations().stream()
                    .filter(a -> a.passage().start() == agreed.start() && a.passage().end() == agreed.end()
                            && Projects.tagName(after, a.tagId()).equals(agreed.tag()))
                    .map(a -> a.stamp().author()).sorted().toList();
            assertEquals(List.of(HarbourReading.ANA, ben), whose, agreed.quote() + ": both readings are kept");
        }
    }

    @Test
    void importingTheSameFileAgainAddsNothingAndNamesEachAnnotationAlreadyPresent() throws Exception {
        ProjectSnapshot mine = anasProject();
        ProjectSnapshot once = Projects.applied(mine, importBens(mine).changes());

        ExchangeImport again = importBens(once);

        assertEquals(List.of(), again.changes());
        assertEquals(7, again.alreadyPresent().size(), again.alreadyPresent()::toString);
        assertTrue(again.alreadyPresent().get(0).startsWith("“PORT ELLIS” (Place) by "), again.alreadyPresent()::toString);
        assertTrue(again.alreadyPresent().get(0).endsWith(" in “" + HarbourReading.TITLE + "”"),
                again.alreadyPresent()::toString);
        assertTrue(again.description().contains("7 already in the project"), again.description());
    }
}
