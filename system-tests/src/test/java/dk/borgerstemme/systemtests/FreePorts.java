package dk.borgerstemme.systemtests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports nothing listens on, so a test run never clashes with a running installation. */
final class FreePorts {

    private FreePorts() {
    }

    static int[] take(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            // Holding every socket until all are chosen keeps the ports distinct.
            for (int i = 0; i < count; i++) {
                held.add(new ServerSocket(0));
            }
            return held.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find free ports", e);
        } finally {
            held.forEach(FreePorts::closeQuietly);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // The port is released either way once the socket is gone.
        }
    }
}
