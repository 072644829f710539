package se.samverkansportalen.it.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between the cluster's nodes and the tests' MariaDB, which a test can cut and mend: a
 * TCP relay on a port of its own in front of the real database. {@link #cut()} closes every open
 * connection and refuses new ones (the port is closed, as when the database is down or out of
 * reach); {@link #mend()} accepts connections again on the same port. The database itself keeps
 * running, so the test can read what was stored while the nodes could not reach it.
 */
final class DatabaseLink implements AutoCloseable {

    private final String host;
    private final int databasePort;
    private final int port;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    private DatabaseLink(String host, int databasePort, int port) {
        this.host = host;
        this.databasePort = databasePort;
        this.port = port;
    }

    /** A link to the database of a JDBC URL ({@code jdbc:mariadb://host:port/db}), open and listening on a free loopback port. */
    static DatabaseLink to(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        int free;
        try (ServerSocket probe = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            free = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DatabaseLink link = new DatabaseLink(uri.getHost(), uri.getPort() < 0 ? 3306 : uri.getPort(), free);
        link.mend();
        return link;
    }

    /** The JDBC URL of the same database through this link. */
    String jdbcUrl(String jdbcUrl) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        return "jdbc:" + uri.getScheme() + "://127.0.0.1:" + port + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** Cuts the link: every open connection is closed and new ones are refused. */
    synchronized void cut() {
        try {
            if (server != null) {
                server.close();
                server = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        open.forEach(DatabaseLink::closeQuietly);
        open.clear();
    }

    /** Mends the link: connections are accepted again on the same port. */
    synchronized void mend() {
        if (server != null) {
            return;
        }
        try {
            ServerSocket listening = new ServerSocket();
            listening.setReuseAddress(true);
            listening.bind(new java.net.InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            server = listening;
            Thread acceptor = new Thread(() -> accept(listening), "database-link-accept");
            acceptor.setDaemon(true);
            acceptor.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        while (!listening.isClosed()) {
            try {
                Socket client = listening.accept();
                Socket database = new Socket(host, databasePort);
                open.add(client);
                open.add(database);
                relay(client, database);
                relay(database, client);
            } catch (SocketException closed) {
                return;
            } catch (IOException e) {
                // one connection failed; keep accepting
            }
        }
    }

    private void relay(Socket from, Socket to) {
        Thread thread = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                for (int read; (read = in.read(buffer)) >= 0;) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            } catch (IOException ended) {
                // the other side closed, or the link was cut
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                open.remove(from);
                open.remove(to);
            }
        }, "database-link-relay");
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        cut();
    }
}
