// Runs Neo4j Community as an embedded DBMS with a Bolt connector, as a child of the Node app.
//
// Usage: java -cp '<lib>/*' Launcher.java <homeDir> <configFile> <boltPort>
// <configFile> is a neo4j.conf written by the parent (Bolt address, memory, limits).
//
// Contract with the parent process (src/embedded/neo4j-process.ts):
//  - prints "CHAINATLAS_READY <port>" on stdout once Bolt accepts connections;
//  - prints "CHAINATLAS_ERROR <code> <message>" on stdout and exits 1 when start-up fails;
//  - shuts the DBMS down cleanly and exits when its stdin closes (the parent stopped or
//    died, even by SIGKILL), or on SIGTERM/SIGINT, so no JVM outlives the app.
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

public class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.out.println("CHAINATLAS_ERROR USAGE Launcher <homeDir> <configFile> <boltPort>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    Path configFile = Path.of(args[1]).toAbsolutePath();
    String port = args[2];

    DatabaseManagementService dbms;
    try {
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

  private static Throwable rootCause(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) c = c.getCause();
    return c;
  }
}
