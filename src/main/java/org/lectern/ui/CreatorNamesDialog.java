package org.lectern.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lectern.review.merge.AnalystProposal;

/**
 * "Who is who", before Import annotations… or Bring in colleague's work…: each name the file credits work to
 * (a W3C or REFI-QDA file's creators, the authors of a colleague's project), and the analyst to record it
 * under — the name as written, one of the project's analysts, or a name typed in. An analyst of the project who
 * looks like the same person is proposed beside the name, never chosen for the analyst.
 */
final class CreatorNamesDialog extends Dialog<Map<String, String>> {
    private final List<String> names;
    private final List<ComboBox<String>> choices = new ArrayList<>();

    CreatorNamesDialog(Window owner, String fileName, List<String> names, List<String> analysts,
                       List<AnalystProposal> proposals) {
        this.names = List.copyOf(names);
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Who is who");
        setHeaderText("Who is who in " + fileName + "?");
        Label explanation = new Label("The file credits its work to these names. Keep a name as it is,"
                + " or record it under one of this project's analysts so that one colleague stays one analyst.");
        explanation.setWrapText(true);
        explanation.setMaxWidth(520);
        GridPane rows = new GridPane();
        rows.setHgap(10);
        rows.setVgap(8);
        rows.addRow(0, new Label("In the file"), new Label("Record as"), new Label(""));
        for (int i = 0; i < this.names.size(); i++) {
            String name = this.names.get(i);
            List<String> sameAs = proposals.stream().filter(p -> p.arriving().equals(name))
                    .map(AnalystProposal::known).toList();
            ComboBox<String> choice = new ComboBox<>();
            choice.setId("creator-as-" + i);
            choice.setEditable(true);
            Set<String> options = new LinkedHashSet<>();
            options.add(name);
            options.addAll(sameAs);
            options.addAll(analysts);
            choice.getItems().setAll(options);
            choice.setValue(name);
            choice.setPrefWidth(240);
            choices.add(choice);
            Label hint = new Label(sameAs.isEmpty() ? "" : "same analyst as " + String.join(" or ", sameAs) + "?");
            hint.setId("creator-hint-" + i);
            rows.addRow(i + 1, new Label(name), choice, hint);
        }
        VBox content = new VBox(12, explanation, rows);
        content.setPadding(new Insets(10));
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button importButton = (Button) getDialogPane().lookupButton(ButtonType.OK);
        importButton.setText("Import");
        importButton.setId("creator-names-import");
        setResultConverter(button -> button == ButtonType.OK ? chosen() : null);
    }

    /** Each name whose analyst was changed, to that analyst; names kept as they are are left out. */
    private Map<String, String> chosen() {
        Map<String, String> mapping = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            // The editor's text, not the value: a typed name counts even before the box commits it.
            String as = choices.get(i).getEditor().getText().strip();
            if (!as.isEmpty() && !as.equals(names.get(i))) {
                mapping.put(names.get(i), as);
            }
        }
        return mapping;
    }
}
