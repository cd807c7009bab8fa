package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.io.exchange.Authorship;
import org.lectern.model.Annotation;
import org.lectern.model.Document;
import org.lectern.model.ProjectSnapshot;

/** A REFI-QDA file's users become analysts under the names the importing analyst maps them to. */
class QdpxUsersAsAnalystsTest {
    /** Two coders as QualCoder names them: "ben" and "cara"; the codings name their creating user. */
    private static final String QDE = """
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Harbour" origin="QualCoder">
              <Users>
                <User guid="{AAAAAAAA-0000-0000-0000-000000000001}" name="ben"/>
                <User guid="{AAAAAAAA-0000-0000-0000-000000000002}" name="cara"/>
              </Users>
              <CodeBook><Codes>
                <Code guid="{C0DE0000-0000-0000-0000-000000000001}" name="Place" isCodable="true"/>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="{50000000-0000-0000-0000-000000000001}" name="Report"
                    creatingUser="{AAAAAAAA-0000-0000-0000-000000000001}">
                  <PlainTextContent>The harbour at Varno was closed.</PlainTextContent>
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000001}" name="harbour"
                      startPosition="4" endPosition="11" creatingUser="{AAAAAAAA-0000-0000-0000-000000000001}">
                    <Coding guid="{C0D10000-0000-0000-0000-000000000001}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-000000000001}"/></Coding>
                  </PlainTextSelection>
                  <PlainTextSelection guid="{5E100000-0000-0000-0000-000000000002}" name="Varno"
                      startPosition="15" endPosition="20" creatingUser="{AAAAAAAA-0000-0000-0000-000000000002}">
                    <Coding guid="{C0D10000-0000-0000-0000-000000000002}">
                      <CodeRef targetGUID="{C0DE0000-0000-0000-0000-000000000001}"/></Coding>
                  </PlainTextSelection>
                </TextSource>
              </Sources>
            </Project>""";

    @TempDir
    Path folder;

    @Test
    void aMappedUsersCodingsAndSourcesStandUnderTheAnalystTheOthersUnderTheirOwnNames() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("project.qde", QDE.getBytes(StandardCharsets.UTF_8));
        Path qdpx = QdaFixtures.zip(folder.resolve("harbour.qdpx"), entries);
        ProjectSnapshot empty = new ProjectSnapshot(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of());

        var result = new QdpxImport().read(qdpx, empty,
                new Authorship("Ana Reyes", Map.of("BEN", "Ben Okafor")));

        assertEquals(List.of("Ben Okafor", "cara"), QdaFixtures.created(result.changes(), Annotation.class).stream()
                .map(a -> a.stamp().author()).toList(), "mapped ignoring case; cara stays cara");
        assertEquals(List.of("Ben Okafor"), QdaFixtures.created(result.changes(), Document.class).stream()
                .map(d -> d.stamp().author()).toList());
    }
}
