package io.studycompanion.ui;

import javafx.animation.AnimationTimer;

/** Runs work once the window has drawn a frame, so start-up shows the screen before doing anything heavy. */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    public static void run(Runnable work) {
        new AnimationTimer() {
            private int frames;

            @Override
            public void handle(long now) {
                if (++frames >= 2) { // the first pulse renders; the next one comes after that frame
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
