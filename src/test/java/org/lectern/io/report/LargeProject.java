package org.lectern.io.report;

import java.util.Random;
import org.lectern.io.BundledSample;
import org.lectern.model.Document;
import org.lectern.model.DocumentMetadata;

/** A large article (the sample repeated) with many highlights, some overlapping and some with notes. */
final class LargeProject {
    private LargeProject() {
    }

    static ReportFixture create(int textLength, int highlights) {
        StringBuilder text = new StringBuilder(textLength + 8000);
        String sample = BundledSample.articleText();
        while (text.length() < textLength) {
            text.append(sample).append("\n\n");
        }
        ReportFixture f = new ReportFixture();
        Document d = f.document("A long article", new DocumentMetadata("Wire", "Staff", "2024-03-14",
                "https://example.org/long"), text.substring(0, textLength));
        Random random = new Random(42);
        String[] tags = {"Actor", "Claim", "Evidence", "Quote", "Place", "Date/time", "Event", "Materiel", "Source"};
        int step = textLength / highlights;
        for (int i = 0; i < highlights; i++) {
            int start = i * step + random.nextInt(Math.max(1, step / 2));
            int length = 5 + random.nextInt(i % 10 == 0 ? step * 2 : step / 2);
            int end = Math.min(textLength, start + length);
            f.highlightAt(d, start, end, tags[random.nextInt(tags.length)], i % 7 == 0 ? "Note " + i : "",
                    i % 2 == 0 ? "Ana" : "Ben");
        }
        return f;
    }
}
