package org.lectern.ui.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.SegmentOps;
import org.fxmisc.richtext.model.StyleSpansBuilder;
import org.junit.jupiter.api.Test;
import org.lectern.properties.PropertyCheck;

/**
 * The article's document tells its listeners (the caret, the selection) exactly the changes of text RichTextFX's
 * own rule gives, once each: a text replaced, grown or shrunk is told with what was removed and inserted; a change
 * of style alone, or a replacement by the very same text, is not told at all. And it holds the text it was given.
 */
class ArticleDocumentPropertyTest {
    private static final List<String> PIECES = List.of("ferry", " ", "\n", "harbour", "é", "", "grain\nand oil");

    @Test
    void everyListenerIsToldWhatRichTextFxWouldTellIt() {
        PropertyCheck.forAll(200, draw -> {
            ArticleDocument document = new ArticleDocument();
            List<List<PlainTextChange>> toldFirst = new ArrayList<>();
            List<List<PlainTextChange>> toldSecond = new ArrayList<>();
            List<List<PlainTextChange>> richTextFxRule = new ArrayList<>();
            document.multiPlainChanges().subscribe(toldFirst::add);
            document.multiPlainChanges().subscribe(toldSecond::add);
            document.multiRichChanges().subscribe(changes -> {
                List<PlainTextChange> plain = changes.stream().filter(change -> !change.isPlainTextIdentity())
                        .map(RichTextChange::toPlainTextChange).toList();
                if (!plain.isEmpty()) {
                    richTextFxRule.add(plain);
                }
            });
            StringBuilder expected = new StringBuilder();
            draw.repeat(1, 20, 85, step -> {
                int start = step.below(expected.length() + 1);
                int end = start + step.below(expected.length() - start + 1);
                switch (step.below(3)) {
                    case 0 -> {
                        String inserted = String.join("", step.list(0, 4, 60, d -> d.oneOf(PIECES)));
                        step.note("replace " + start + ".." + end + " with '" + inserted + "'");
                        document.replace(start, end, ReadOnlyStyledDocument.fromString(inserted,
                                List.of(), List.of(), SegmentOps.styledTextOps()));
                        expected.replace(start, end, inserted);
                    }
                    case 1 -> {
                        step.note("the same text put back over " + start + ".." + end);
                        document.replace(start, end, ReadOnlyStyledDocument.fromString(
                                expected.substring(start, end), List.of(), List.of(), SegmentOps.styledTextOps()));
                    }
                    default -> {
                        step.note("restyle " + start + ".." + end);
                        if (end > start) {
                            document.setStyleSpans(start, new StyleSpansBuilder<Collection<String>>()
                                    .add(List.of("tag-" + step.below(3)), end - start).create());
                        }
                    }
                }
                assertEquals(expected.toString(), document.getText());
                assertEquals(expected.length(), document.getLength());
                assertEquals(richTextFxRule, toldFirst, "the changes told are RichTextFX's own");
                assertEquals(toldFirst, toldSecond, "every listener is told the same");
            });
        });
    }
}
