package tw.smartdesk.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP forwarder on a free loopback port, for tests of what a network fault does to a client: put
 * it between a service and PostgreSQL (or any server) and then
 * <ul>
 * <li>{@link #cutOff()}: every connection is closed and new ones are closed as soon as they arrive,
 * as when the server is down or unreachable, until {@link #restore()};</li>
 * <li>{@link #freeze()}: bytes stop flowing in both directions but no connection is closed, as in a
 * network partition or a half-open connection after a failover, until {@link #restore()}.</li>
 * </ul>
 * Blocking sockets, two daemon threads per connection: meant for a handful of connections in tests.
 */
public final class TcpProxy implements AutoCloseable {

    private enum Mode { FORWARD, CUT_OFF, FROZEN }

    private final InetSocketAddress target;
    private final ServerSocket listener;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final Object gate = new Object();
    private final AtomicLong accepted = new AtomicLong();
    private volatile Mode mode = Mode.FORWARD;
    private volatile boolean closed;

    private TcpProxy(InetSocketAddress target) throws IOException {
        this.target = target;
        this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::acceptLoop, "tcp-proxy-accept-" + listener.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Starts forwarding a free loopback port to {@code host:port}. */
    public static TcpProxy to(String host, int port) {
        try {
            return new TcpProxy(new InetSocketAddress(host, port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The loopback port clients should connect to. */
    public int port() {
        return listener.getLocalPort();
    }

    /** Connections accepted so far (each client connection counts once). */
    public long acceptedConnections() {
        return accepted.get();
    }

    /** Closes every connection now and every new one at once, until {@link #restore()}. */
    public void cutOff() {
        mode = Mode.CUT_OFF;
        sockets.forEach(TcpProxy::closeQuietly);
    }

    /** Stops forwarding bytes without closing anything, until {@link #restore()}. */
    public void freeze() {
        mode = Mode.FROZEN;
    }

    /** Forwards again; frozen connections carry on with whatever was held back. */
    public void restore() {
        synchronized (gate) {
            mode = Mode.FORWARD;
            gate.notifyAll();
        }
    }

    @Override
    public void close() {
        closed = true;
        restore();
        closeQuietly(listener);
        sockets.forEach(TcpProxy::closeQuietly);
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = listener.accept();
                accepted.incrementAndGet();
                if (mode == Mode.CUT_OFF) {
                    closeQuietly(client);
                    continue;
                }
                connect(client);
            } catch (IOException e) {
                if (!closed) {
                    continue;
                }
            }
        }
    }

    private void connect(Socket client) {
        Thread opener = new Thread(() -> {
            awaitForwarding();
            Socket server = new Socket();
            sockets.add(client);
            sockets.add(server);
            try {
                server.connect(target, 5_000);
                pump(client, server, "up");
                pump(server, client, "down");
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(server);
            }
        }, "tcp-proxy-open-" + client.getPort());
        opener.setDaemon(true);
        opener.start();
    }

    private void pump(Socket from, Socket to, String direction) {
        Thread pump = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int read;
                while ((read = in.read(buffer)) >= 0) {
                    awaitForwarding();
                    if (mode == Mode.CUT_OFF) {
                        break;
                    }
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // the other side closed, or the proxy cut the connection: close both ends below
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "tcp-proxy-" + direction + "-" + from.getPort());
        pump.setDaemon(true);
        pump.start();
    }

    /** Holds the calling thread while frozen. */
    private void awaitForwarding() {
        synchronized (gate) {
            while (mode == Mode.FROZEN && !closed) {
                try {
                    gate.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable instanceof Socket socket && !socket.isClosed()) {
                socket.setSoLinger(true, 0);
            }
            closeable.close();
        } catch (SocketException ignored) {
            // already closed
        } catch (Exception ignored) {
            // closing is best effort
        }
    }
}
