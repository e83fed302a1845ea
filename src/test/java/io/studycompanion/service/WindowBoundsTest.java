package io.studycompanion.service;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The first window fits the screen it opens on; a remembered one is brought inside the current screen. */
class WindowBoundsTest {

    @Test
    void firstWindowTakesMostOfALaptopScreenAndStaysInside() {
        var b = WindowBounds.DEFAULT.fitTo(0, 0, 1366, 728, false); // 1366×768 less a 40 px panel
        assertThat(b.width()).isEqualTo(1229);
        assertThat(b.height()).isEqualTo(700);
        assertThat(b.x()).isEqualTo(68);
        assertThat(b.y()).isEqualTo(14);
    }

    @Test
    void firstWindowOnALargeScreenIsCappedAndOnASmallOneNeverLargerThanTheScreen() {
        var large = WindowBounds.DEFAULT.fitTo(0, 0, 2560, 1400, false);
        assertThat(large.width()).isEqualTo(1600);
        assertThat(large.height()).isEqualTo(1000);
        var tiny = WindowBounds.DEFAULT.fitTo(0, 0, 900, 600, false);
        assertThat(tiny.width()).isEqualTo(900);
        assertThat(tiny.height()).isEqualTo(600);
        assertThat(tiny.x()).isZero();
        var wide = WindowBounds.DEFAULT.fitTo(0, 0, 1440, 860, false);
        assertThat(wide.width()).isEqualTo(1296);
        assertThat(wide.height()).isEqualTo(774);
    }

    @Test
    void rememberedSizeFromALargerMonitorIsClampedAndMovedOnScreen() {
        var fromBigMonitor = new WindowBounds(1800, 900, 2400, 1300, false);
        var b = fromBigMonitor.fitTo(0, 0, 1366, 728, true);
        assertThat(b.width()).isEqualTo(1366);
        assertThat(b.height()).isEqualTo(728);
        assertThat(b.x()).isZero();
        assertThat(b.y()).isZero();
        var fits = new WindowBounds(100, 50, 1100, 650, false).fitTo(0, 0, 1366, 728, true);
        assertThat(fits).isEqualTo(new WindowBounds(100, 50, 1100, 650, false));
        var onSecondScreen = new WindowBounds(2000, 40, 1000, 700, true).fitTo(1920, 0, 1280, 1024, true);
        assertThat(onSecondScreen).isEqualTo(new WindowBounds(2000, 40, 1000, 700, true));
    }
}
