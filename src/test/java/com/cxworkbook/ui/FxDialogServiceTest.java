package com.cxworkbook.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** The choice dialog answers with the option picked, even when two options read the same. */
class FxDialogServiceTest {

    record Option(String id, String name) {}

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void equalLabelsStayDifferentOptions() throws Exception {
        Option first = new Option("icmi-1", "ICMI CX Maturity Toolkit");
        Option second = new Option("icmi-2", "ICMI CX Maturity Toolkit");
        CompletableFuture<Object> picked = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                ChoiceDialog<FxDialogService.Choice<Option>> dialog = new FxDialogService(null)
                        .choiceDialog("Add assessment", "Which framework?", List.of(first, second), Option::name);
                assertEquals(
                        "ICMI CX Maturity Toolkit",
                        dialog.getItems().get(1).toString(),
                        "the label is what the list shows");
                dialog.setSelectedItem(dialog.getItems().get(1));
                // what OK returns, through the dialog's own result converter
                picked.complete(dialog.getResultConverter().call(ButtonType.OK).value());
            } catch (RuntimeException | Error e) {
                picked.completeExceptionally(e);
            }
        });
        assertSame(second, picked.get(20, TimeUnit.SECONDS));
    }
}
