package tw.smartdesk.localstack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;

/** Ports nobody listens on, for a broker or for a server that must not be there. */
final class FreePorts {

    private FreePorts() {
    }

    static int next() {
        return next(1).get(0);
    }

    /** {@code count} different free ports: all are held open together while they are chosen. */
    static List<Integer> next(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getLoopbackAddress()));
            }
            return sockets.stream().map(ServerSocket::getLocalPort).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // closing a listening socket that was never used: nothing to do
                }
            }
        }
    }
}
