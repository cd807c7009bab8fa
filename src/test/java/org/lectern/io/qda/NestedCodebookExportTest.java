package org.lectern.io.qda;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.fixtures.HarbourReading;
import org.lectern.fixtures.Qdpx;
import org.lectern.io.exchange.ExchangeImport;
import org.lectern.io.export.ExportScope;
import org.lectern.io.export.Progress;
import org.lectern.model.ProjectSnapshot;
import org.lectern.model.Tag;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Tags named by their path ("Parent / Child") are exported as nested codes, and come back as the same tags. */
class NestedCodebookExportTest {
    private static final String NS = "urn:QDA-XML:project:1.0";

    @TempDir
    Path folder;

    private ProjectSnapshot importedMaxqdaCodebook() throws Exception {
        Qdpx maxqda = Qdpx.maxqda();
        String coder = maxqda.user("Dana Levi");
        Qdpx.Code actors = maxqda.code("Actors", "#ff0000");
        Qdpx.Code inspectors = actors.child("Officials", "#cc0000").child("Inspectors", "#990000");
        maxqda.folder("Themes").child("Denial", "#00ff00");
        maxqda.code("Date/time", "#0000ff");
        maxqda.source("Harbour", HarbourReading.ARTICLE, "sources/", false).code("Lena Moss", inspectors, coder);
        ExchangeImport imported = new QdpxImport().read(maxqda.write(folder.resolve("maxqda.qdpx")),
                QdaFixtures.empty(), "Analyst");
        return QdaFixtures.applied(QdaFixtures.empty(), imported.changes());
    }

    private static Element parse(byte[] qde) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(qde)).getDocumentElement();
    }

    /** The codebook as indented lines: "name (codable)" under its parent. */
    private static List<String> outline(Element codes) {
        List<String> lines = new ArrayList<>();
        outline(codes, "", lines);
        return lines;
    }

    private static void outline(Element parent, String indent, List<String> lines) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element code && "Code".equals(code.getLocalName()) && NS.equals(code.getNamespaceURI())) {
                lines.add(indent + code.getAttribute("name")
                        + ("true".equals(code.getAttribute("isCodable")) ? "" : " (folder)"));
                outline(code, indent + "  ", lines);
            }
        }
    }

    @Test
    void theNestingOfAnImportedCodebookIsWrittenBackWhenExporting() throws Exception {
        ProjectSnapshot project = importedMaxqdaCodebook();
        Path export = folder.resolve("export.qdpx");

        new QdpxExport().export(project, ExportScope.EVERYTHING, export, Progress.NONE);

        byte[] qde = QdaFixtures.entries(export).get("project.qde");
        assertEquals(List.of(), SchemaCheck.problems(qde));
        Element codes = (Element) parse(qde).getElementsByTagNameNS(NS, "Codes").item(0);
        assertEquals(List.of("Actors", "  Officials", "    Inspectors", "Themes (folder)", "  Denial", "Date/time"),
                outline(codes));
    }

    @Test
    void anExportedNestedCodebookImportedAgainGivesTheSameTagsAndNothingNew() throws Exception {
        ProjectSnapshot project = importedMaxqdaCodebook();
        Path export = folder.resolve("export.qdpx");
        new QdpxExport().export(project, ExportScope.EVERYTHING, export, Progress.NONE);

        ExchangeImport intoSame = new QdpxImport().read(export, project, "Analyst");
        ExchangeImport intoEmpty = new QdpxImport().read(export, QdaFixtures.empty(), "Analyst");

        assertEquals(List.of(), intoSame.changes());
        assertEquals(project.tags().stream().map(Tag::name).toList(),
                QdaFixtures.created(intoEmpty.changes(), Tag.class).stream().map(Tag::name).toList());
    }

    @Test
    void aParentWrittenAfterItsChildTakesItsOwnTagInTheTree() throws Exception {
        Tag child = new Tag(UUID.randomUUID(), "Sources / Official", "#111111", 0, "");
        Tag parent = new Tag(UUID.randomUUID(), "Sources", "#222222", 0, "Where a claim comes from");
        ProjectSnapshot project = new ProjectSnapshot(List.of(), List.of(child, parent), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of());
        Path export = folder.resolve("order.qdpx");

        new QdpxExport().export(project, ExportScope.EVERYTHING, export, Progress.NONE);

        Map<String, byte[]> entries = QdaFixtures.entries(export);
        Element codes = (Element) parse(entries.get("project.qde")).getElementsByTagNameNS(NS, "Codes").item(0);
        assertEquals(List.of("Sources", "  Official"), outline(codes));
        Element sources = (Element) codes.getElementsByTagNameNS(NS, "Code").item(0);
        assertEquals(parent.id().toString(), sources.getAttribute("guid"));
    }
}
