// Runs Neo4j Community as an embedded DBMS with a Bolt connector, as a child of the Node app.
//
// Usage: java -cp '<lib>/*' Launcher.java <homeDir> <configFile> <boltPort> <passwordFile>
// <configFile> is a neo4j.conf written by the parent (Bolt address, memory, limits, auth on).
// <passwordFile> holds the password of the user `neo4j`. Until <homeDir>/password.applied
// exists, the DBMS is first started with Bolt off to set that password, so the database is
// never reachable with the default credentials.
//
// Contract with the parent process (src/embedded/neo4j-process.ts):
//  - prints "CHAINATLAS_READY <port>" on stdout once Bolt accepts connections;
//  - prints "CHAINATLAS_ERROR <code> <message>" on stdout and exits 1 when start-up fails;
//  - shuts the DBMS down cleanly and exits when its stdin closes (the parent stopped or
//    died, even by SIGKILL), or on SIGTERM/SIGINT, so no JVM outlives the app.
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 4) {
      System.out.println("CHAINATLAS_ERROR USAGE Launcher <homeDir> <configFile> <boltPort> <passwordFile>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path configFile = Path.of(args[1]).toAbsolutePath();
    String port = args[2];
    Path passwordFile = Path.of(args[3]).toAbsolutePath();
    Path applied = home.resolve("password.applied");

    DatabaseManagementService dbms;
    try {
      if (!Files.exists(applied)) {
        DatabaseManagementService setup = new DatabaseManagementServiceBuilder(home)
            .loadPropertiesFromFile(configFile)
            .setConfig(BoltConnector.enabled, false)
            .build();
        try {
          setPassword(setup, Files.readString(passwordFile).trim());
        } finally {
          setup.shutdown();
        }
        Files.writeString(applied, "the password in ./password is set on user neo4j\n");
      }
      dbms = new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(configFile).build();
      // Touch the default database so start-up failures (store lock, bad store) surface here.
      dbms.database("neo4j").executeTransactionally("RETURN 1");
    } catch (Throwable t) {
      String msg = String.valueOf(rootCause(t).getMessage()).replace('\n', ' ');
      String code = msg.toLowerCase().contains("lock") ? "STORE_LOCKED"
          : msg.toLowerCase().contains("address already in use") || msg.toLowerCase().contains("bind") ? "PORT_IN_USE"
          : "START_FAILED";
      System.out.println("CHAINATLAS_ERROR " + code + " " + msg);
      System.out.flush();
      System.exit(1);
      return;
    }

    CountDownLatch stopped = new CountDownLatch(1);
    Thread shutdown = new Thread(() -> {
      try {
        dbms.shutdown();
      } finally {
        stopped.countDown();
      }
    }, "chainatlas-shutdown");
    Runtime.getRuntime().addShutdownHook(shutdown);

    System.out.println("CHAINATLAS_READY " + port);
    System.out.flush();

    // Block until the parent closes our stdin, then exit (the hook shuts the DBMS down).
    InputStream in = System.in;
    byte[] buf = new byte[256];
    while (in.read(buf) >= 0) {
      // The parent never writes; any bytes are ignored.
    }
    System.exit(0);
  }

  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused; that is the state we want.
      String msg = String.valueOf(rootCause(e).getMessage());
      if (!msg.contains("cannot be the same")) throw e;
    }
  }

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) c = c.getCause();
    return c;
  }
}
