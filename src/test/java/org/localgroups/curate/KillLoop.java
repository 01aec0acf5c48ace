package org.localgroups.curate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Starts {@link ChangeStream} on one store, SIGKILLs it at a random moment, checks the store with
 * {@link StoreAudit}, and again, {@code kills} times; then lets one last process make a few changes
 * and end by itself, and checks every change acknowledged on the way. The next process is started
 * while the one before it runs (it reads its pages, then waits for {@code go}), which hides most of
 * a JVM's start.
 *
 * <p>Each kill comes at one of three kinds of {@link Moment}, drawn from the seeded {@link Random}.
 * After each, the store holds at most one change set more than were acknowledged since the last
 * kill: the one committed in the instant before its line was printed.
 */
final class KillLoop {
  /** When a process is killed. */
  enum Moment {
    /**
     * Up to 400 ms after {@code go}: while the store is opened (migrated, checked) or just after.
     */
    OPENING,
    /** Up to 600 ms after the store is open: wherever the process is then. */
    RUNNING,
    /** Up to 10 ms after its k-th acknowledgement (k up to 12): near a commit. */
    AFTER_ACK
  }

  /** What a loop did. */
  record Result(
      String database,
      int kills,
      int edits,
      int imports,
      int unacknowledged,
      int cutLines,
      Map<Moment, Integer> moments,
      Duration elapsed,
      Timings timings) {
    String summary() {
      return String.format(
          "%s: %d kills (%s) in %.1f s (%.2f s per kill); %d edits and %d imports acknowledged and"
              + " found; %d change sets committed but killed before their line; %d lines cut;"
              + " per kill: %s",
          database,
          kills,
          moments,
          elapsed.toMillis() / 1000.0,
          elapsed.toMillis() / 1000.0 / Math.max(1, kills),
          edits,
          imports,
          unacknowledged,
          cutLines,
          timings.perKill(kills));
    }
  }

  /** Where a loop's time went, summed over its kills. */
  static final class Timings {
    private long opening;
    private int opened;
    private long cpu;
    private long audit;

    String perKill(int kills) {
      return String.format(
          "store opened in %.2f s after go, child CPU %.2f s, check %.3f s",
          opening / 1e9 / Math.max(1, opened),
          cpu / 1e9 / Math.max(1, kills),
          audit / 1e9 / Math.max(1, kills));
    }
  }

  /** The longest wait for a line from a process that should be writing them. */
  private static final Duration PATIENCE = Duration.ofMinutes(2);

  private final String database;
  private final ChildJvm jvm;
  private final List<String> store;
  private final StoreAudit audit;
  private final long seed;
  private final int kills;
  private final Duration limit;
  private final Path log;

  /**
   * @param store the child's arguments that name the store ({@code sqlite FOLDER}, ...)
   * @param limit how long the kills may take, at most
   * @param log where the children's errors go
   */
  KillLoop(
      String database,
      ChildJvm jvm,
      List<String> store,
      StoreAudit audit,
      long seed,
      int kills,
      Duration limit,
      Path log) {
    this.database = database;
    this.jvm = jvm;
    this.store = List.copyOf(store);
    this.audit = audit;
    this.seed = seed;
    this.kills = kills;
    this.limit = limit;
    this.log = log;
  }

  Result run() throws Exception {
    long start = System.nanoTime();
    var random = new Random(seed);
    List<Ack> acknowledged = new ArrayList<>();
    Map<Moment, Integer> moments = new EnumMap<>(Moment.class);
    int changeSets = 0;
    int unacknowledged = 0;
    int cut = 0;
    var timings = new Timings();
    Child next = start(0, random.nextLong(), "");
    try {
      for (int kill = 1; kill <= kills; kill++) {
        Duration spent = Duration.ofNanos(System.nanoTime() - start);
        if (spent.compareTo(limit) > 0) {
          throw failure(
              kill,
              "only "
                  + (kill - 1)
                  + " kills in "
                  + spent.toSeconds()
                  + " s: the machine is too busy for this test now; fewer kills with"
                  + " -Dlocalgroups.durability.kills=N, or none with -Dlocalgroups.skip=durability",
              "");
        }
        Child child = next;
        child.go();
        long went = System.nanoTime();
        next = start(kill, random.nextLong(), "");
        Moment moment = Moment.values()[random.nextInt(Moment.values().length)];
        moments.merge(moment, 1, Integer::sum);
        switch (moment) {
          case OPENING -> Thread.sleep(random.nextInt(400));
          case RUNNING -> {
            child.await(line -> line.equals("ready"), kill, this);
            timings.opening += System.nanoTime() - went;
            timings.opened++;
            Thread.sleep(random.nextInt(600));
          }
          case AFTER_ACK -> {
            child.await(line -> line.equals("ready"), kill, this);
            timings.opening += System.nanoTime() - went;
            timings.opened++;
            int acks = 1 + random.nextInt(12);
            for (int i = 0; i < acks; i++) {
              child.await(line -> line.startsWith("ack "), kill, this);
            }
            Thread.sleep(random.nextInt(10));
          }
        }
        if (!child.process.isAlive()) {
          throw failure(kill, "the process ended before it was killed", child.lines());
        }
        timings.cpu += child.process.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
        child.process.destroyForcibly();
        if (!child.process.waitFor(1, TimeUnit.MINUTES)) {
          throw failure(kill, "the process did not end within a minute of SIGKILL", "");
        }
        // 128 + 9: ended by SIGKILL, not by itself.
        if (child.process.exitValue() != 137) {
          throw failure(kill, "the process ended with " + child.process.exitValue(), child.lines());
        }
        List<Ack> acks = child.drain();
        cut += child.cut ? 1 : 0;
        long checking = System.nanoTime();
        StoreAudit.Counts counts = check(acks, kill, moment, child);
        timings.audit += System.nanoTime() - checking;
        long committed = acks.stream().filter(a -> a.changeSet() != 0).count();
        long extra = counts.changeSets() - changeSets - committed;
        if (extra < 0 || extra > 1) {
          throw failure(
              kill,
              "after a kill at "
                  + moment
                  + " the store has "
                  + extra
                  + " change set(s) more than were acknowledged",
              child.lines());
        }
        unacknowledged += (int) extra;
        changeSets = counts.changeSets();
        acknowledged.addAll(acks);
      }
      next.process.destroyForcibly();
      // A last process makes a few changes on what the kills left and ends by itself.
      Child last = start(kills + 1, random.nextLong(), "5");
      last.go();
      if (!last.process.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)
          || last.process.exitValue() != 0) {
        throw failure(kills + 1, "the last process did not end well", last.lines());
      }
      acknowledged.addAll(last.drain());
      check(acknowledged, kills + 1, Moment.RUNNING, last);
    } finally {
      next.process.destroyForcibly();
    }
    return new Result(
        database,
        kills,
        (int) acknowledged.stream().filter(a -> !a.isImport()).count(),
        (int) acknowledged.stream().filter(Ack::isImport).count(),
        unacknowledged,
        cut,
        moments,
        Duration.ofNanos(System.nanoTime() - start),
        timings);
  }

  private StoreAudit.Counts check(List<Ack> acks, int kill, Moment moment, Child child)
      throws Exception {
    try {
      return audit.check(acks);
    } catch (AssertionError e) {
      throw failure(kill, "after a kill at " + moment + ": " + e.getMessage(), child.lines());
    }
  }

  private Child start(int number, long childSeed, String changes) throws IOException {
    List<String> arguments = new ArrayList<>(store);
    arguments.add(database.substring(0, 1) + number);
    arguments.add(String.valueOf(childSeed));
    if (!changes.isEmpty()) {
      arguments.add(changes);
    }
    return new Child(jvm.start(arguments, log));
  }

  AssertionError failure(int kill, String what, String lines) {
    return new AssertionError(
        database
            + ", kill "
            + kill
            + " of "
            + kills
            + ": "
            + what
            + "\nReplay with -Dlocalgroups.durability.seed="
            + DurabilityIT.SEED
            + " (the same choices; the timing differs)."
            + (lines.isEmpty() ? "" : "\nThe process printed:\n" + lines)
            + "\nIts errors ("
            + log
            + "):\n"
            + ChildJvm.tail(log));
  }

  /** A running {@link ChangeStream}, its output read line by line as it comes. */
  private static final class Child {
    /** Put in the queue when the output ends. */
    private static final String END = "\u0000end";

    final Process process;
    private final BlockingQueue<String> queue = new LinkedBlockingQueue<>();
    private final List<String> seen = new ArrayList<>();

    /** Whether the output ended inside a line (which is then no acknowledgement). */
    volatile boolean cut;

    Child(Process process) {
      this.process = process;
      Thread reader = new Thread(this::read, "kill-loop-reader");
      reader.setDaemon(true);
      reader.start();
    }

    void go() throws IOException {
      try (OutputStream in = process.getOutputStream()) {
        in.write("go\n".getBytes(StandardCharsets.UTF_8));
      }
    }

    /** Waits for a line that passes the test, keeping the ones before it. */
    void await(java.util.function.Predicate<String> wanted, int kill, KillLoop loop)
        throws InterruptedException {
      while (true) {
        String line = queue.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        if (line == null || line.equals(END)) {
          throw loop.failure(
              kill,
              line == null
                  ? "no line from the process in " + PATIENCE.toSeconds() + " s"
                  : "the process ended before it was killed",
              lines());
        }
        seen.add(line);
        if (wanted.test(line)) {
          return;
        }
      }
    }

    /** Every complete line of the ended process, read as acknowledgements. */
    List<Ack> drain() throws InterruptedException {
      for (String line = queue.take(); !line.equals(END); line = queue.take()) {
        seen.add(line);
        if (line.startsWith("(cut) ")) {
          System.out.println("DurabilityIT: a line cut by the kill: " + line);
        }
      }
      return seen.stream().filter(l -> l.startsWith("ack ")).map(Ack::parse).toList();
    }

    String lines() {
      List<String> all = new ArrayList<>(seen);
      queue.forEach(all::add);
      return String.join("\n", all.subList(Math.max(0, all.size() - 40), all.size()));
    }

    private void read() {
      try (InputStream out = process.getInputStream()) {
        var line = new ByteArrayOutputStream();
        for (int b = out.read(); b != -1; b = out.read()) {
          if (b == '\n') {
            queue.add(line.toString(StandardCharsets.UTF_8));
            line.reset();
          } else {
            line.write(b);
          }
        }
        if (line.size() > 0) {
          cut = true;
          queue.add("(cut) " + line.toString(StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        cut = true;
      } finally {
        queue.add(END);
      }
    }
  }
}
