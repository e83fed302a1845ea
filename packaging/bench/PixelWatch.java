import java.awt.Robot;

/**
 * For packaging/bench-startup.sh: watches one pixel of the screen and prints when a window has drawn there.
 * Usage: PixelWatch X Y TIMEOUT_MS. Prints "watching" once it is ready, then "painted <epoch ms> <rrggbb>" the
 * first time the pixel is neither black (Xvfb's empty root window) nor white (a mapped window not yet painted),
 * or "timeout". Polls every 2 ms with java.awt.Robot (XGetImage on X11).
 */
public final class PixelWatch {
    public static void main(String[] args) throws Exception {
        int x = Integer.parseInt(args[0]);
        int y = Integer.parseInt(args[1]);
        long end = System.currentTimeMillis() + Long.parseLong(args[2]);
        var robot = new Robot();
        robot.getPixelColor(x, y); // the first call loads what it needs
        System.out.println("watching");
        System.out.flush();
        while (System.currentTimeMillis() < end) {
            int rgb = robot.getPixelColor(x, y).getRGB() & 0xffffff;
            if (rgb != 0xffffff && rgb != 0) {
                System.out.println("painted " + System.currentTimeMillis() + " " + String.format("%06x", rgb));
                System.out.flush();
                return;
            }
            Thread.sleep(2);
        }
        System.out.println("timeout");
    }
}
