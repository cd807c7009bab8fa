package org.lectern.ui;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.lectern.service.team.TeamSettings;
import org.lectern.service.team.TeamSignIn;

/**
 * File → Connect to team project…: the team's server, port, database, the analyst's user name there, how the
 * connection is secured (none, TLS required, or TLS with the server's certificate checked against an authority's
 * certificate file), and where the password comes from — the standard {@code .pgpass} file, or typed now, for
 * this time only. The password is never stored: not in the project, not in preferences, not in the log. For a
 * project already linked to a team, only the password can be given: a project belongs to one team.
 */
final class ConnectTeamDialog extends Dialog<TeamSignIn> {
    private final TextField server = field("team-server", 260);
    private final TextField port = field("team-port", 80);
    private final TextField database = field("team-database", 260);
    private final TextField user = field("team-user", 260);
    private final ComboBox<TeamSettings.Tls> tls = new ComboBox<>();
    private final TextField caFile = field("team-ca-file", 260);
    private final Button chooseCa = new Button("Choose…");
    private final RadioButton fromPgpass = new RadioButton("From my .pgpass file (or PGPASSWORD)");
    private final RadioButton typed = new RadioButton("Type it now, for this time only:");
    private final PasswordField password = new PasswordField();
    private final Label problem = new Label();

    ConnectTeamDialog(Window owner, TeamSettings initial, boolean addressFixed, Supplier<Optional<Path>> caChooser) {
        if (owner != null) {
            initOwner(owner);
        }
        setTitle("Connect to team project");
        setHeaderText(addressFixed ? "This project belongs to the team at " + initial.server() + "/"
                + initial.database() + ". Connect to send your work and receive your colleagues'."
                : "Link this project to a team: it stays your working copy, and the team's server sends your work"
                + " to your colleagues and theirs to you.");
        getDialogPane().setId("connect-team-dialog");
        server.setText(initial.server());
        port.setText(String.valueOf(initial.port()));
        database.setText(initial.database());
        user.setText(initial.user());
        tls.setId("team-tls");
        tls.getItems().setAll(TeamSettings.Tls.values());
        tls.setValue(initial.tls());
        caFile.setText(initial.caFile() == null ? "" : initial.caFile().toString());
        caFile.setPromptText("the authority's certificate (.crt, .pem)");
        chooseCa.setId("team-ca-choose");
        chooseCa.setOnAction(event -> caChooser.get().ifPresent(file -> caFile.setText(file.toString())));
        BooleanBinding verifying = tls.valueProperty().isEqualTo(TeamSettings.Tls.VERIFY_FULL);
        caFile.disableProperty().bind(verifying.not());
        chooseCa.disableProperty().bind(verifying.not());
        for (javafx.scene.Node node : new javafx.scene.Node[] {server, port, database, user, tls}) {
            node.setDisable(addressFixed);
        }
        if (addressFixed) {
            caFile.disableProperty().unbind();
            caFile.setDisable(true);
            chooseCa.disableProperty().unbind();
            chooseCa.setDisable(true);
        }

        ToggleGroup source = new ToggleGroup();
        fromPgpass.setId("team-password-pgpass");
        typed.setId("team-password-typed");
        fromPgpass.setToggleGroup(source);
        typed.setToggleGroup(source);
        (addressFixed ? typed : fromPgpass).setSelected(true);
        password.setId("team-password");
        password.setPrefWidth(180);
        password.disableProperty().bind(typed.selectedProperty().not());
        typed.selectedProperty().addListener((obs, was, now) -> {
            if (now) {
                password.requestFocus();
            } else {
                password.clear();
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(labels, fields);
        HBox serverAndPort = new HBox(8, server, new Label("Port"), port);
        serverAndPort.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(server, Priority.ALWAYS);
        grid.addRow(0, label("_Server", server), serverAndPort);
        grid.addRow(1, label("_Database", database), database);
        grid.addRow(2, label("_User name", user), user);
        grid.addRow(3, label("_TLS", tls), tls);
        HBox ca = new HBox(8, caFile, chooseCa);
        HBox.setHgrow(caFile, Priority.ALWAYS);
        grid.addRow(4, label("_CA certificate", caFile), ca);
        HBox typedRow = new HBox(8, typed, password);
        typedRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox passwordChoice = new VBox(6, fromPgpass, typedRow);
        Label passwordLabel = new Label("Password");
        grid.addRow(5, passwordLabel, passwordChoice);
        GridPane.setValignment(passwordLabel, javafx.geometry.VPos.TOP);
        Label never = new Label("Lectern never stores the password: it is read from .pgpass each time, or typed.");
        never.getStyleClass().add("dialog-note");
        never.setWrapText(true);
        problem.setId("team-problem");
        problem.setWrapText(true);
        problem.getStyleClass().add("dialog-problem");
        VBox content = new VBox(12, grid, never, problem);
        content.setPadding(new Insets(10));
        content.setPrefWidth(560);
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Button connect = (Button) getDialogPane().lookupButton(ButtonType.OK);
        connect.setText("Connect");
        connect.setId("team-connect");
        problem.textProperty().bind(Bindings.createStringBinding(this::problemNow, server.textProperty(),
                port.textProperty(), database.textProperty(), user.textProperty(), typed.selectedProperty(),
                password.textProperty()));
        connect.disableProperty().bind(problem.textProperty().isNotEmpty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        problem.visibleProperty().bind(problem.managedProperty());
        setResultConverter(button -> button == ButtonType.OK && problemNow().isEmpty() ? signIn() : null);
        setOnShown(event -> (addressFixed ? password : server.getText().isEmpty() ? server : user).requestFocus());
    }

    private String problemNow() {
        String wrong = settings().problem();
        if (wrong != null) {
            return wrong;
        }
        if (typed.isSelected() && password.getText().isEmpty()) {
            return "Type the password, or take it from your .pgpass file.";
        }
        return "";
    }

    private TeamSettings settings() {
        int portNumber;
        try {
            portNumber = Integer.parseInt(port.getText().strip());
        } catch (NumberFormatException e) {
            portNumber = -1;
        }
        String ca = caFile.getText().strip();
        return new TeamSettings(server.getText(), portNumber, database.getText(), user.getText(), tls.getValue(),
                ca.isEmpty() ? null : Path.of(ca));
    }

    private TeamSignIn signIn() {
        char[] typedPassword = typed.isSelected() ? password.getText().toCharArray() : null;
        TeamSignIn signIn = new TeamSignIn(settings(), typedPassword);
        if (typedPassword != null) {
            java.util.Arrays.fill(typedPassword, '\0');
        }
        password.clear();
        return signIn;
    }

    private static TextField field(String id, double width) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefWidth(width);
        return field;
    }

    private static Label label(String text, javafx.scene.Node field) {
        Label label = new Label(text);
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        return label;
    }
}
