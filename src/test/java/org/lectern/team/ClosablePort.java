package org.lectern.team;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A port on this machine that passes connections on to a server, and can be closed and opened again: what an
 * analyst's laptop sees when the network goes away and comes back. Closing it cuts every connection through it
 * and refuses new ones until it is opened again, on the same port. {@link #stall() Stalling} it is the other way a
 * network goes: nothing passes any more, yet every connection stays open and new ones are taken (a cable pulled
 * between two switches, a VPN that drops its traffic), until {@link #resume()} lets what waited pass again.
 */
public final class ClosablePort implements AutoCloseable {
    private final String host;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private volatile ServerSocket listening;
    private int port;
    private final Object forwarding = new Object();
    private boolean stalled;

    public ClosablePort(String host, int targetPort) {
        this.host = host;
        this.targetPort = targetPort;
        open();
    }

    public int port() {
        return port;
    }

    public synchronized void open() {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            port = socket.getLocalPort();
            listening = socket;
            Thread accepting = new Thread(() -> accept(socket), "closable-port-" + port);
            accepting.setDaemon(true);
            accepting.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Passes nothing on any more, in either direction, yet closes nothing and still takes new connections. */
    public void stall() {
        synchronized (forwarding) {
            stalled = true;
        }
    }

    /** Passes on again what waited and what comes. */
    public void resume() {
        synchronized (forwarding) {
            stalled = false;
            forwarding.notifyAll();
        }
    }

    private void awaitForwarding() throws IOException {
        synchronized (forwarding) {
            while (stalled) {
                try {
                    forwarding.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while stalled", e);
                }
            }
        }
    }

    /** Cuts every connection and refuses new ones. */
    public synchronized void cut() {
        closeQuietly(listening);
        for (Socket socket : sockets) {
            closeQuietly(socket);
        }
        sockets.clear();
    }

    private void accept(ServerSocket socket) {
        while (!socket.isClosed()) {
            try {
                Socket client = socket.accept();
                Socket server = new Socket(host, targetPort);
                sockets.add(client);
                sockets.add(server);
                pump(client, server);
                pump(server, client);
            } catch (IOException e) {
                return; // closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[8192];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                    awaitForwarding();
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException e) {
                // one side went: the other goes too
            } finally {
                closeQuietly(from);
                closeQuietly(to);
            }
        }, "closable-port-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(java.io.Closeable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (IOException e) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
        resume();
    }
}
