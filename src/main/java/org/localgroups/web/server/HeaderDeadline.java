package org.localgroups.web.server;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;
import org.jspecify.annotations.Nullable;

/**
 * Closes connections whose request headers do not arrive in time: within the deadline of the
 * connection's opening (so that a connection that sends nothing, or garbage without an end, is not
 * kept for the idle timeout), and within the deadline of the first byte of each later request (so
 * that headers sent a byte at a time cannot hold a connection for ever; each byte would restart
 * Jetty's idle timeout). Between an answer and the next request's first byte a kept-alive
 * connection waits for the connector's idle timeout, as usual. Jetty 12 has no such timeout of its
 * own.
 *
 * <p>It watches each connection (a {@link Connection.Listener} on the connectors), learns when a
 * request's headers are complete from the request reaching this handler, and checks the waiting
 * connections a few times per deadline.
 */
final class HeaderDeadline extends Handler.Wrapper implements Connection.Listener {
  /** How many times per deadline the connections are checked: closed at most 1/4 late. */
  private static final int CHECKS_PER_DEADLINE = 4;

  private final long deadlineNanos;
  private final Map<Connection, Watch> watched = new ConcurrentHashMap<>();
  private volatile Scheduler.@Nullable Task sweep;

  HeaderDeadline(Duration deadline) {
    this.deadlineNanos = deadline.toNanos();
  }

  /** Where one connection is: waiting for headers (since when), handling a request, or kept. */
  private static final class Watch {
    private enum Phase {
      WAITING,
      HANDLING,
      KEPT_ALIVE
    }

    private final Connection connection;
    private Phase phase = Phase.WAITING;
    private long since = System.nanoTime();
    private long bytesAtAnswer;
    private long requestsSeen;

    Watch(Connection connection) {
      this.connection = connection;
    }

    synchronized void handling() {
      phase = Phase.HANDLING;
      requestsSeen = connection.getMessagesIn();
    }

    synchronized void answered() {
      phase = Phase.KEPT_ALIVE;
      bytesAtAnswer = connection.getBytesIn();
    }

    /** Whether the headers are overdue; a kept-alive connection that got bytes starts waiting. */
    synchronized boolean overdue(long now, long deadline) {
      // Jetty counts a request when its headers are complete, a moment before it reaches handle()
      long requests = connection.getMessagesIn();
      if (requests > requestsSeen) {
        requestsSeen = requests;
        phase = Phase.HANDLING;
      }
      if (phase == Phase.KEPT_ALIVE && connection.getBytesIn() > bytesAtAnswer) {
        phase = Phase.WAITING;
        since = now;
      }
      return phase == Phase.WAITING && now - since > deadline;
    }
  }

  @Override
  protected void doStart() throws Exception {
    for (Connector c : getServer().getConnectors()) {
      if (c instanceof AbstractConnector connector) {
        connector.addEventListener(this);
      }
    }
    super.doStart();
    scheduleSweep();
  }

  @Override
  protected void doStop() throws Exception {
    Scheduler.Task task = sweep;
    if (task != null) {
      task.cancel();
    }
    for (Connector c : getServer().getConnectors()) {
      if (c instanceof AbstractConnector connector) {
        connector.removeEventListener(this);
      }
    }
    watched.clear();
    super.doStop();
  }

  @Override
  public void onOpened(Connection connection) {
    watched.put(connection, new Watch(connection));
  }

  @Override
  public void onClosed(Connection connection) {
    watched.remove(connection);
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    Watch watch = watched.get(request.getConnectionMetaData().getConnection());
    if (watch != null) {
      watch.handling();
      Request.addCompletionListener(request, failure -> watch.answered());
    }
    return super.handle(request, response, callback);
  }

  private void scheduleSweep() {
    if (isRunning() || isStarting()) {
      sweep =
          getServer()
              .getScheduler()
              .schedule(this::sweep, deadlineNanos / CHECKS_PER_DEADLINE, TimeUnit.NANOSECONDS);
    }
  }

  private void sweep() {
    try {
      long now = System.nanoTime();
      watched.forEach(
          (connection, watch) -> {
            if (watch.overdue(now, deadlineNanos)) {
              watched.remove(connection);
              connection.getEndPoint().close();
            }
          });
    } finally {
      scheduleSweep();
    }
  }
}
