package org.lectern.ui.article;

import java.util.Collection;
import java.util.Collections;
import java.util.List;

import javafx.beans.value.ObservableValue;
import org.fxmisc.richtext.model.EditableStyledDocument;
import org.fxmisc.richtext.model.Paragraph;
import org.fxmisc.richtext.model.PlainTextChange;
import org.fxmisc.richtext.model.ReadOnlyStyledDocument;
import org.fxmisc.richtext.model.Replacement;
import org.fxmisc.richtext.model.RichTextChange;
import org.fxmisc.richtext.model.SimpleEditableStyledDocument;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyledDocument;
import org.fxmisc.richtext.model.TwoDimensional;
import org.reactfx.EventStream;
import org.reactfx.SuspendableNo;
import org.reactfx.collection.LiveList;
import org.reactfx.value.Val;

/**
 * The article's text as RichTextFX keeps it (its own document, to which every call goes), except that the text
 * area's caret and selection are told of a change of text once, worked out once. RichTextFX works out each
 * listener's notice afresh and, to tell a change of text from a change of style only, spells out both the removed
 * and the inserted text first: swapping a 1 MB article for the next document built the old article's text as a
 * string four times, some 12 ms of the frame that shows the new one. Here the text of a change is spelt out once,
 * and only when its two sides are as long as each other is it compared.
 */
final class ArticleDocument implements EditableStyledDocument<Collection<String>, String, Collection<String>> {
    private final SimpleEditableStyledDocument<Collection<String>, Collection<String>> content =
            new SimpleEditableStyledDocument<>(Collections.emptyList(), Collections.emptyList());
    /** One stream for every listener, so that each change is worked out once however many listen. */
    private final EventStream<List<PlainTextChange>> plainChanges = content.multiRichChanges()
            .map(ArticleDocument::changesOfText)
            .filter(changes -> !changes.isEmpty());

    private static List<PlainTextChange> changesOfText(
            List<RichTextChange<Collection<String>, String, Collection<String>>> changes) {
        return changes.stream()
                .filter(change -> change.getRemoved().length() != change.getInserted().length()
                        || !change.isPlainTextIdentity())
                .map(RichTextChange::toPlainTextChange)
                .toList();
    }

    @Override
    public EventStream<List<PlainTextChange>> multiPlainChanges() {
        return plainChanges;
    }

    @Override
    public ObservableValue<String> textProperty() {
        return content.textProperty();
    }

    @Override
    public int getLength() {
        return content.getLength();
    }

    @Override
    public Val<Integer> lengthProperty() {
        return content.lengthProperty();
    }

    @Override
    public int length() {
        return content.length();
    }

    @Override
    public String getText() {
        return content.getText();
    }

    @Override
    public LiveList<Paragraph<Collection<String>, String, Collection<String>>> getParagraphs() {
        return content.getParagraphs();
    }

    @Override
    public ReadOnlyStyledDocument<Collection<String>, String, Collection<String>> snapshot() {
        return content.snapshot();
    }

    @Override
    public EventStream<List<RichTextChange<Collection<String>, String, Collection<String>>>> multiRichChanges() {
        return content.multiRichChanges();
    }

    @Override
    public SuspendableNo beingUpdatedProperty() {
        return content.beingUpdatedProperty();
    }

    @Override
    public boolean isBeingUpdated() {
        return content.isBeingUpdated();
    }

    @Override
    public void replaceMulti(List<Replacement<Collection<String>, String, Collection<String>>> replacements) {
        content.replaceMulti(replacements);
    }

    @Override
    public void replace(int start, int end, StyledDocument<Collection<String>, String, Collection<String>> replacement) {
        content.replace(start, end, replacement);
    }

    @Override
    public void setStyle(int from, int to, Collection<String> style) {
        content.setStyle(from, to, style);
    }

    @Override
    public void setStyle(int paragraphIndex, Collection<String> style) {
        content.setStyle(paragraphIndex, style);
    }

    @Override
    public void setStyle(int paragraphIndex, int fromCol, int toCol, Collection<String> style) {
        content.setStyle(paragraphIndex, fromCol, toCol, style);
    }

    @Override
    public void setStyleSpans(int from, StyleSpans<? extends Collection<String>> styleSpans) {
        content.setStyleSpans(from, styleSpans);
    }

    @Override
    public void setStyleSpans(int paragraphIndex, int from, StyleSpans<? extends Collection<String>> styleSpans) {
        content.setStyleSpans(paragraphIndex, from, styleSpans);
    }

    @Override
    public void setParagraphStyle(int paragraphIndex, Collection<String> style) {
        content.setParagraphStyle(paragraphIndex, style);
    }

    @Override
    public StyledDocument<Collection<String>, String, Collection<String>> concat(
            StyledDocument<Collection<String>, String, Collection<String>> that) {
        return content.concat(that);
    }

    @Override
    public StyledDocument<Collection<String>, String, Collection<String>> subSequence(int start, int end) {
        return content.subSequence(start, end);
    }

    @Override
    public TwoDimensional.Position position(int major, int minor) {
        return content.position(major, minor);
    }

    @Override
    public TwoDimensional.Position offsetToPosition(int offset, TwoDimensional.Bias bias) {
        return content.offsetToPosition(offset, bias);
    }
}
