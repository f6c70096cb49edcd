package council.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.neo4j.logging.NullLogProvider;

/**
 * Embedded Neo4j Community with Bolt on 127.0.0.1, run as a child of the Node process.
 *
 * Protocol with the parent: stdout carries exactly one line, "NEO4J_READY bolt://127.0.0.1:PORT";
 * stderr carries a one-line reason on failure; EOF on stdin means "the parent is gone, shut down".
 *
 * Usage: EmbeddedNeo4j --data-dir DIR [--port N] [--pagecache SIZE] [--tx-timeout SECONDS] [--password-file FILE]
 *
 * With --password-file, authentication is on and the user neo4j has the file's password (set at
 * every start, so the file is the one truth); without it, auth is off.
 */
public final class EmbeddedNeo4j {
    // Held while the database is built, so a shutdown request that arrives mid-startup waits for
    // build() to finish and then shuts down cleanly instead of racing it.
    private static final Object LOCK = new Object();
    private static DatabaseManagementService service; // guarded by LOCK
    private static boolean stopped;                   // guarded by LOCK

    public static void main(String[] args) {
        // Keep the real stdout for the READY line only; anything a library prints goes to stderr.
        PrintStream protocolOut = System.out;
        System.setOut(System.err);

        Path dataDir = null;
        int port = 0;
        String pageCache = "128m";
        Integer txTimeoutSeconds = null;
        Path passwordFile = null;
        try {
            for (int i = 0; i < args.length; i++) {
                String flag = args[i];
                String value = i + 1 < args.length ? args[++i] : null;
                if (value == null) throw new IllegalArgumentException("missing value for " + flag);
                switch (flag) {
                    case "--data-dir" -> dataDir = Path.of(value).toAbsolutePath();
                    case "--port" -> port = Integer.parseInt(value);
                    case "--pagecache" -> pageCache = value;
                    case "--tx-timeout" -> txTimeoutSeconds = Integer.parseInt(value);
                    case "--password-file" -> passwordFile = Path.of(value).toAbsolutePath();
                    default -> throw new IllegalArgumentException("unknown option " + flag);
                }
            }
            if (dataDir == null) throw new IllegalArgumentException("--data-dir is required");
            if (port < 0 || port > 65535) throw new IllegalArgumentException("bad --port " + port);
        } catch (RuntimeException e) {
            fail("bad arguments: " + e.getMessage()
                    + " (usage: --data-dir DIR [--port N] [--pagecache SIZE] [--tx-timeout SECONDS] [--password-file FILE])");
            return;
        }

        Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedNeo4j::stop, "neo4j-shutdown"));
        // Started before the database so that a parent dying mid-startup still takes us down.
        watchStdin();

        try {
            Files.createDirectories(dataDir);
            DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(dataDir)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, passwordFile != null)
                    // The default heuristic takes about half of the machine's RAM.
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Bolt otherwise waits 2 x 5 s on shutdown even with no connections open,
                    // which would make every stop() (and every test) 10 s slower.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    // debug.log still goes to <data-dir>/logs; the user log (console) is silenced.
                    .setUserLogProvider(NullLogProvider.getInstance());
            if (txTimeoutSeconds != null) {
                builder.setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds));
            }

            GraphDatabaseService db;
            synchronized (LOCK) {
                if (stopped) return; // stdin closed or a signal arrived while we were parsing
                service = builder.build();
                db = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            }
            if (!db.isAvailable(TimeUnit.MINUTES.toMillis(5))) {
                fail("database did not become available");
                return;
            }
            if (passwordFile != null) setPassword(Files.readString(passwordFile).trim());
            // With --port 0 the OS picked the port; the connector registers the real one.
            int boundPort = ((GraphDatabaseAPI) db).getDependencyResolver()
                    .resolveDependency(ConnectorPortRegister.class)
                    .getLocalAddress(ConnectorType.BOLT)
                    .getPort();
            protocolOut.println("NEO4J_READY bolt://127.0.0.1:" + boundPort);
            protocolOut.flush();
        } catch (Throwable e) {
            fail(rootCause(e));
        }
        // main returns; non-daemon Neo4j threads keep the JVM alive until shutdown.
    }

    /**
     * Gives the user neo4j this password (embedded transactions run with full rights). Before READY,
     * so no client is ever told the address while the default password is still in place.
     */
    private static void setPassword(String password) {
        GraphDatabaseService system;
        synchronized (LOCK) {
            system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        }
        try {
            system.executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (RuntimeException e) {
            // Neo4j refuses to set the password the user already has: that is the state we want.
            if (!rootCause(e).contains("cannot be the same")) throw e;
        }
    }

    /** Reads stdin until EOF: the parent closed the pipe or died (even by SIGKILL). */
    private static void watchStdin() {
        Thread watcher = new Thread(() -> {
            byte[] buf = new byte[256];
            try {
                InputStream in = System.in;
                while (in.read(buf) != -1) {
                    // Input is ignored; only EOF matters.
                }
            } catch (IOException ignored) {
                // A broken stdin means the same thing as EOF.
            }
            System.exit(0); // runs the shutdown hook
        }, "stdin-eof-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private static void stop() {
        synchronized (LOCK) {
            if (stopped) return;
            stopped = true;
            if (service != null) service.shutdown();
        }
    }

    private static void fail(String reason) {
        System.err.println("EmbeddedNeo4j failed: " + reason.replace('\n', ' '));
        System.err.flush();
        System.exit(1); // the shutdown hook closes whatever did start
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String msg = t == e ? String.valueOf(e.getMessage()) : e.getMessage() + " <- " + t;
        return e.getClass().getSimpleName() + ": " + msg;
    }
}
