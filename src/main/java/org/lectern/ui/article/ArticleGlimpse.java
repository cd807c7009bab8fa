package org.lectern.ui.article;

import javafx.geometry.Insets;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.lectern.service.ArticlePreview;
import org.lectern.text.ParagraphBreaks;

/**
 * The article as the first frame at start-up shows it, before the article view itself (RichTextFX) and the theme
 * are loaded: its title and the start of its text, laid out as the article view lays it out (font, line and
 * paragraph spacing, a readable column), in the theme's colours. Plain text nodes only, no control: so no
 * stylesheet is loaded for it. It is read-only and takes no input; the window replaces it as soon as the whole
 * window is built, which opens on the same text at its start.
 */
public final class ArticleGlimpse extends VBox {
    /** As article.css sets them for the article's text. */
    private static final double LINE_SPACING = 7;
    private static final double PARAGRAPH_GAP = 10;
    private static final Font FONT = Font.font("Serif", 16.5);

    private final VBox paragraphs = new VBox();
    private final String text;

    public ArticleGlimpse(ArticlePreview preview, boolean dark) {
        this.text = preview.text();
        setId("article-glimpse");
        Color background = Color.web(dark ? "#0d1117" : "#ffffff");
        Color subtle = Color.web(dark ? "#161b22" : "#f6f8fa");
        Color ink = Color.web(dark ? "#c9d1d9" : "#24292f");
        setBackground(new Background(new BackgroundFill(background, null, null)));

        Text title = new Text(preview.title());
        title.setFont(Font.font(FONT.getFamily(), FontWeight.BOLD, 13));
        title.setFill(ink);
        TextFlow titleBar = new TextFlow(title);
        titleBar.setPadding(new Insets(8, 12, 8, 12));
        titleBar.setBackground(new Background(new BackgroundFill(subtle, null, null)));

        boolean blankLines = ParagraphBreaks.asShown(text);
        paragraphs.setSpacing(blankLines ? 0 : PARAGRAPH_GAP);
        double oneLine = -1;
        for (String line : text.split("\n", -1)) {
            TextFlow paragraph = paragraph(line, ink);
            if (line.isEmpty()) {
                // A blank line is a line's height in the article, as it is in the text.
                oneLine = oneLine >= 0 ? oneLine : paragraph("X", ink).prefHeight(-1);
                paragraph.setMinHeight(oneLine);
            }
            paragraphs.getChildren().add(paragraph);
        }
        paragraphs.setFillWidth(true);
        VBox.setVgrow(paragraphs, javafx.scene.layout.Priority.ALWAYS);
        // Only what fits is drawn; the rest of the text waits for the article itself.
        paragraphs.setMinHeight(0);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(paragraphs.widthProperty());
        clip.heightProperty().bind(paragraphs.heightProperty());
        paragraphs.setClip(clip);
        paragraphs.widthProperty().addListener((obs, old, now) -> keepLinesReadable(now.doubleValue()));
        getChildren().addAll(titleBar, paragraphs);
    }

    private static TextFlow paragraph(String line, Color ink) {
        Text words = new Text(line);
        words.setFont(FONT);
        words.setFill(ink);
        TextFlow paragraph = new TextFlow(words);
        paragraph.setLineSpacing(LINE_SPACING);
        // The article's paragraphs (RichTextFX) have the line spacing under their last line too.
        paragraph.setPadding(new Insets(0, 0, LINE_SPACING, 0));
        return paragraph;
    }

    /** The same column as {@link ArticleView}'s: at most about {@value ArticleView#LONGEST_LINE} characters. */
    private void keepLinesReadable(double width) {
        Text probe = new Text(ArticleView.TYPICAL_PROSE);
        probe.setFont(FONT);
        double column = ArticleView.LONGEST_LINE * probe.getLayoutBounds().getWidth() / ArticleView.TYPICAL_PROSE.length();
        double side = Math.floor(Math.max(ArticleView.SIDE_MARGIN, (width - column) / 2));
        paragraphs.setPadding(new Insets(ArticleView.TOP_MARGIN, side, ArticleView.TOP_MARGIN, side));
    }

    /** The text shown, from the article's start. */
    public String text() {
        return text;
    }
}
