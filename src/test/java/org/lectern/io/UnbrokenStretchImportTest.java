package org.lectern.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article the window could not show is refused by every way in, saying where the stretch is. */
class UnbrokenStretchImportTest {
    @TempDir
    Path folder;

    @Test
    void pastedTextWithAStretchTooLongToShowIsRefusedSayingWhy() {
        String pasted = "Intercepted data\n\nfirst line\n" + "A".repeat(100_001) + "\n";
        ImportException refusal = assertThrows(ImportException.class,
                () -> new DocumentImporter().fromPastedText(pasted));
        assertEquals("The pasted text has 100,001 characters in a row with no space or line break (from line 4):"
                + " Lectern shows at most 100,000 characters without a break. Add line breaks to the text and import"
                + " it again.", refusal.getMessage());
    }

    @Test
    void aWebPageWhoseTextHasSuchAStretchIsRefusedAndOneAtTheLimitComesIn() throws Exception {
        Path tooLong = Files.writeString(folder.resolve("dump.html"), "<html><head><title>Dump</title></head><body>"
                + "<p>Intro words.</p><p>" + "q".repeat(100_001) + "</p></body></html>");
        assertThrows(ImportException.class, () -> new DocumentImporter().importFile(tooLong));
        Path atLimit = Files.writeString(folder.resolve("long.txt"), "Long\n\n" + "q".repeat(100_000) + "\n");
        assertEquals(100_000 + 7, new DocumentImporter().importFile(atLimit).text().length());
    }
}
