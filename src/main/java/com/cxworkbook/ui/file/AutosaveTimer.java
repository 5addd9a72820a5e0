package com.cxworkbook.ui.file;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/** Calls {@link FileViewModel#autosave()} every N seconds (from the settings; restarted when they change). */
public final class AutosaveTimer {

    private final FileViewModel viewModel;
    private Timeline timeline;

    public AutosaveTimer(FileViewModel viewModel) {
        this.viewModel = viewModel;
        viewModel.settingsProperty().addListener((obs, old, now) -> {
            if (old == null || old.autosaveSeconds() != now.autosaveSeconds()) {
                start(now.autosaveSeconds());
            }
        });
        start(viewModel.settingsProperty().get().autosaveSeconds());
    }

    private void start(int seconds) {
        if (timeline != null) {
            timeline.stop();
        }
        timeline = new Timeline(new KeyFrame(Duration.seconds(seconds), e -> viewModel.autosave()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }
}
