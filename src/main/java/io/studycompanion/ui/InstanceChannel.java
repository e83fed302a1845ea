package io.studycompanion.ui;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Lets a second start bring the running window to the front: the running copy listens on a loopback port
 * written to {@code .instance-port} in the data folder; a second copy connects and says "SHOW".
 */
public final class InstanceChannel {
    static final String PORT_FILE = ".instance-port";
    private static final String SHOW = "SHOW";

    private InstanceChannel() {
    }

    /** Starts listening (daemon thread); {@code onShow} runs for each request. */
    public static void listen(Path dataFolder, Runnable onShow) {
        try {
            var server = new ServerSocket(0, 4, InetAddress.getLoopbackAddress());
            Files.writeString(dataFolder.resolve(PORT_FILE), String.valueOf(server.getLocalPort()));
            var thread = new Thread(() -> serve(server, onShow), "instance-channel");
            thread.setDaemon(true);
            thread.start();
        } catch (IOException e) {
            System.err.println("Another start cannot bring this window to the front: " + e.getMessage());
        }
    }

    /** Asks the running copy to show itself; false when it could not be reached. */
    public static boolean signalRunning(Path dataFolder) {
        try (var socket = new Socket()) {
            var port = Integer.parseInt(Files.readString(dataFolder.resolve(PORT_FILE)).strip());
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            socket.getOutputStream().write((SHOW + "\n").getBytes(StandardCharsets.US_ASCII));
            return true;
        } catch (IOException | NumberFormatException e) {
            return false;
        }
    }

    private static void serve(ServerSocket server, Runnable onShow) {
        while (!server.isClosed()) {
            try (var client = server.accept()) {
                var line = new String(client.getInputStream().readNBytes(SHOW.length()), StandardCharsets.US_ASCII);
                if (SHOW.equals(line)) {
                    onShow.run();
                }
            } catch (IOException e) {
                return;
            }
        }
    }
}
