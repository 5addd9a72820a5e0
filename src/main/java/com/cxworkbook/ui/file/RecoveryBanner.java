package com.cxworkbook.ui.file;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;

/**
 * A bar under the menu offering work recovered after a crash. A bar rather than a modal dialog: the app is
 * usable at once, and the offer stays visible until the user decides.
 */
public class RecoveryBanner extends HBox {

    public RecoveryBanner(FileViewModel viewModel) {
        setId("recoveryBanner");
        getStyleClass().add("recovery-banner");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(8);
        setPadding(new Insets(6, 8, 6, 8));
        setStyle("-fx-background-color: #fff4ce; -fx-border-color: #e0c060; -fx-border-width: 0 0 1 0;");
        Label text = new Label();
        text.setId("recoveryText");
        text.setWrapText(true);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        Button restore = new Button("_Restore");
        restore.setId("restoreRecoveryButton");
        restore.setAccessibleText("Restore the recovered work");
        restore.setOnAction(e -> viewModel.restoreRecovery());
        Button discard = new Button("_Discard");
        discard.setId("discardRecoveryButton");
        discard.setAccessibleText("Discard the recovered work");
        discard.setOnAction(e -> viewModel.discardRecovery());
        getChildren().addAll(text, restore, discard);
        visibleProperty().bind(viewModel.recoveryOfferProperty().isNotNull());
        managedProperty().bind(visibleProperty());
        viewModel
                .recoveryOfferProperty()
                .addListener((obs, old, offer) -> text.setText(offer == null ? "" : offer.text()));
    }
}
