package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lectern.model.DocumentMetadata;

/**
 * News copy as analysts save or paste it into a text file: the headline becomes the title, the "By" line the
 * byline, the agency the source, the date and address their fields, and the text stays exactly as it came.
 * The stories are made up for these tests, laid out as the agencies lay theirs out.
 */
class WireTextImportTest {
    @TempDir
    Path folder;

    private final DocumentImporter importer = new DocumentImporter();

    private ImportedDocument importText(String fileName, String text) throws Exception {
        ImportedDocument imported = importer.importFile(write(fileName, text));
        assertEquals(text, imported.text(), "the text comes in exactly as it was");
        return imported;
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void anAgencyStoryGivesItsHeadlineTitleItsBylineAndTheAgencyInItsDatelineAsSource() throws Exception {
        ImportedDocument story = importText("story.txt", """
                Council extends harbour monitoring mission by a year

                By Edith M. Okonjo and Jonas Kell

                UNITED NATIONS (AP) — The Security Council voted on Monday to extend the monitoring mission \
                at Port Ellis for another year, after weeks of talks over its mandate.
                """);

        assertEquals("Council extends harbour monitoring mission by a year", story.title());
        assertEquals(new DocumentMetadata("AP", "Edith M. Okonjo and Jonas Kell", "", ""), story.metadata());
    }

    @Test
    void aBylineSignedWithAnAgencyGivesTheNamesAsBylineAndTheAgencyAsSourceAndADateLineIsThePublicationDate()
            throws Exception {
        ImportedDocument story = importText("Reuters grain.txt", """
                Grain ships leave Port Ellis under new inspection deal
                By Pavel Orlov, Reuters
                June 3, 2024 10:15 AM UTC Updated 2 hours ago

                LONDON, June 3 (Reuters) - Three ships carrying grain left Port Ellis on Monday, the port \
                authority said, the first departures since inspections resumed.
                """);

        assertEquals("Grain ships leave Port Ellis under new inspection deal", story.title());
        assertEquals(new DocumentMetadata("Reuters", "Pavel Orlov", "2024-06-03", ""), story.metadata());
    }

    @Test
    void aStorySavedFromTheBrowserWithItsAddressAboveAndAPublishedLineGivesEach() throws Exception {
        ImportedDocument story = importText("page.txt", """
                https://news.example.org/world/2024/06/03/harbour-vote
                Harbour vote: what the new mandate means
                By JANE DOE | AFP
                Published: 3 June 2024

                The new mandate lets inspectors board any ship in the roads.
                """);

        assertEquals("Harbour vote: what the new mandate means", story.title());
        assertEquals(new DocumentMetadata("AFP", "JANE DOE", "2024-06-03",
                "https://news.example.org/world/2024/06/03/harbour-vote"), story.metadata());
    }

    @Test
    void aPressDatabaseExportWithLabelledLinesGivesEachField() throws Exception {
        ImportedDocument story = importText("export 17.txt", """
                Title: Ferry operators warn of strike
                Source: The Harbour Gazette
                Byline: Maria da Silva
                Date: Monday, 3rd June 2024
                Link: https://gazette.example.com/ferry-strike
                Length: 412 words

                Ferry operators warned on Monday that crews would strike from Friday.
                """);

        assertEquals("Ferry operators warn of strike", story.title());
        assertEquals(new DocumentMetadata("The Harbour Gazette", "Maria da Silva", "2024-06-03",
                "https://gazette.example.com/ferry-strike"), story.metadata());
    }

    @Test
    void aDatelineWithItsYearGivesTheDateWhenNoOtherLineDoes() throws Exception {
        ImportedDocument story = importText("afp.txt", """
                Dockers return to work in Port Ellis

                PORT ELLIS, June 3, 2024 (AFP) - Dockers returned to work on Monday after a week-long strike \
                over pay, the union said.
                """);

        assertEquals("Dockers return to work in Port Ellis", story.title());
        assertEquals(new DocumentMetadata("AFP", "", "2024-06-03", ""), story.metadata());
    }

    @Test
    void aStoryThatOpensWithALongFirstSentenceIsTitledByItsFileNameNotItsSentenceCutShort() throws Exception {
        ImportedDocument story = importText("port-ellis-inspections.txt", """
                Inspectors at Port Ellis found four containers weighing twice their declared amount, officials said.
                The freighter Grey Tern was held in the roads overnight.
                """);

        assertEquals("port-ellis-inspections", story.title());
        assertEquals(DocumentMetadata.EMPTY, story.metadata());
    }

    @Test
    void aStoryThatOpensWithItsDatelineIsTitledByItsFileNameAndStillGetsItsSource() throws Exception {
        ImportedDocument story = importText("council vote.txt", """
                UNITED NATIONS (AP) — The Security Council voted on Monday to extend the mission.
                """);

        assertEquals("council vote", story.title());
        assertEquals(new DocumentMetadata("AP", "", "", ""), story.metadata());
    }

    @Test
    void aHardWrappedParagraphIsNotTakenForAHeadline() throws Exception {
        ImportedDocument story = importText("notes from the quay.txt", """
                The harbour authority denied on Monday that the freighter Grey Tern
                carried rifles. Inspector Lena Moss said the manifest listed only
                grain.
                """);

        assertEquals("notes from the quay", story.title());
    }

    @Test
    void sentencesThatStartWithByOrADateAreNeitherBylineNorDate() throws Exception {
        ImportedDocument story = importText("quay.txt", """
                Quay reopens
                By the time the ferry docked, the crowd had gone home.
                By Monday, officials said, the quay would be open again.
                June 3, 2024 was the first day without inspections since the vote in the council.
                """);

        assertEquals("Quay reopens", story.title());
        assertEquals(DocumentMetadata.EMPTY, story.metadata());
    }

    @Test
    void aHeadlineThatStartsWithByStaysTheTitle() throws Exception {
        ImportedDocument story = importText("feature.txt", """
                By land and sea: the long road home

                Families who fled the port in March have begun to return.
                """);

        assertEquals("By land and sea: the long road home", story.title());
        assertEquals(DocumentMetadata.EMPTY, story.metadata());
    }

    @Test
    void pastedWireCopyGetsItsBylineAndSourceToo() throws Exception {
        ImportedDocument pasted = importer.fromPastedText("""
                Envoy arrives for harbour talks
                By Ahmed al Rashid, Associated Press

                PORT ELLIS (AP) — The envoy arrived on Tuesday.""");

        assertEquals("Envoy arrives for harbour talks", pasted.title());
        assertEquals(new DocumentMetadata("Associated Press", "Ahmed al Rashid", "", ""), pasted.metadata());
    }
}
