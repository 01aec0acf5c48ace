package org.localgroups.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleFinder;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.localgroups.checks.Outcomes;
import org.localgroups.fetch.Outcome;
import org.localgroups.fetch.ScriptedServer;

/**
 * The release of issue 11: {@code bin/release --skip-build} packs the jar that {@code package}
 * built (Failsafe runs after it) with a Java runtime trimmed by jlink; unpacked with tar in a temp
 * folder, its {@code bin/localgroups} serves the bundled page and checks an https link with no JDK
 * anywhere on the PATH and no JAVA_HOME.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ReleaseIT {
  /** Failsafe runs in the project's folder. */
  private static final Path ROOT = Path.of("").toAbsolutePath();

  /** The number of groups on the bundled LocalUserGroups page (see SeedImportTest). */
  private static final int SEED_GROUPS = 201;

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path tmp;

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private String version;

  /** The unpacked release: {@code localgroups-VERSION}. */
  private Path home;

  /** The only commands on the PATH given to the release: what its launcher uses, and no java. */
  private Path tools;

  private ScriptedServer tlsSite;
  private final AtomicInteger tlsPageRequests = new AtomicInteger();

  @BeforeAll
  void releaseAndUnpack() throws Exception {
    Properties pom = new Properties();
    try (InputStream in =
        Files.newInputStream(ROOT.resolve("target/maven-archiver/pom.properties"))) {
      pom.load(in);
    }
    version = pom.getProperty("version");

    ProcessBuilder release =
        new ProcessBuilder(
                ROOT.resolve("bin/release").toString(),
                "--skip-build",
                "--out",
                tmp.resolve("out").toString())
            .directory(ROOT.toFile());
    // the JDK this test runs on links the runtime, so that the two can be compared
    release.environment().put("JAVA_HOME", System.getProperty("java.home"));
    Exec released = Exec.run(release, tmp.resolve("release"), Duration.ofMinutes(4));
    assertThat(released.exit()).as("bin/release failed:\n" + released.err()).isZero();
    List<String> printed = released.out().lines().toList();
    assertThat(printed).as("bin/release prints the archive's path last").isNotEmpty();
    Path archive = Path.of(printed.getLast());
    String arch = System.getProperty("os.arch").replace("amd64", "x64");
    assertThat(archive.getFileName())
        .as("the archive is named after the version and the platform")
        .hasToString("localgroups-" + version + "-linux-" + arch + ".tar.gz");
    assertThat(archive).as(released.err()).isRegularFile().hasParent(tmp.resolve("out"));

    Path unpacked = Files.createDirectories(tmp.resolve("unpacked"));
    Exec untar =
        Exec.run(
            new ProcessBuilder("tar", "-xzf", archive.toString(), "-C", unpacked.toString()),
            tmp.resolve("untar"),
            Duration.ofMinutes(1));
    assertThat(untar.exit()).as("tar could not unpack " + archive + ": " + untar.err()).isZero();
    try (Stream<Path> top = Files.list(unpacked)) {
      assertThat(top.map(p -> p.getFileName().toString()))
          .as("the archive holds one folder")
          .containsExactly("localgroups-" + version);
    }
    home = unpacked.resolve("localgroups-" + version);

    tools = Files.createDirectories(tmp.resolve("path"));
    Files.copy(onPath("readlink"), tools.resolve("readlink"), StandardCopyOption.COPY_ATTRIBUTES);
  }

  @AfterAll
  void stopTlsSite() throws IOException {
    if (tlsSite != null) {
      tlsSite.close();
    }
  }

  @Test
  void archiveHoldsTheRuntimeTheJarItsLibrariesTheLauncherAndTheNotices() throws IOException {
    assertThat(home.resolve("bin/localgroups")).isExecutable();
    assertThat(home.resolve("runtime/bin/java")).isExecutable();
    assertThat(home.resolve("localgroups.jar")).isRegularFile();
    assertThat(home.resolve("NOTICE")).hasSameTextualContentAs(ROOT.resolve("NOTICE"));
    assertThat(home.resolve("README.md")).hasSameTextualContentAs(ROOT.resolve("README.md"));
    List<String> classPath;
    try (JarFile jar = new JarFile(home.resolve("localgroups.jar").toFile())) {
      classPath = List.of(jar.getManifest().getMainAttributes().getValue("Class-Path").split(" "));
    }
    assertThat(classPath).hasSizeGreaterThan(50).allMatch(entry -> entry.startsWith("lib/"));
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      assertThat(lib.map(p -> "lib/" + p.getFileName()))
          .as("lib/ holds exactly the jars the manifest names")
          .containsExactlyInAnyOrderElementsOf(classPath);
    }
  }

  @Test
  void bundledJavaIsTheRuntimeTrimmedByJlink() throws Exception {
    Exec settings =
        inRelease("settings", "runtime/bin/java", "-XshowSettings:properties", "-version");
    assertThat(settings.exit()).as(settings.err()).isZero();
    assertThat(property(settings.err(), "java.home"))
        .isEqualTo(home.resolve("runtime").toRealPath().toString());
    assertThat(property(settings.err(), "java.runtime.version"))
        .as("the runtime is linked from the JDK that ran bin/release")
        .isEqualTo(System.getProperty("java.runtime.version"));

    Exec listed = inRelease("modules", "runtime/bin/java", "--list-modules");
    assertThat(listed.exit()).as(listed.err()).isZero();
    List<String> modules = listed.out().lines().map(l -> l.replaceFirst("@.*", "")).toList();
    assertThat(modules)
        .contains("java.base", "java.sql", "java.management", "jdk.unsupported", "jdk.zipfs")
        .doesNotContain("jdk.compiler", "jdk.jlink", "jdk.jshell", "java.net.http", "jdk.jdi")
        .hasSizeLessThan(ModuleFinder.ofSystem().findAll().size() / 2);
    for (String dropped : List.of("jmods", "include", "man", "bin/javac", "bin/jlink")) {
      assertThat(home.resolve("runtime").resolve(dropped)).doesNotExist();
    }
  }

  @Test
  void servesTheBundledPageWithNoJdkOnThePath() throws Exception {
    ProcessBuilder serve =
        withoutJdk(
            new ProcessBuilder(
                home.resolve("bin/localgroups").toString(),
                "serve",
                "--port",
                "0",
                "--data",
                tmp.resolve("serve-data").toString()));
    try (ServeProcess server = ServeProcess.started(serve)) {
      String base = "http://127.0.0.1:" + server.port();
      assertThat(server.handle().info().command())
          .as("the launcher execs the bundled java")
          .contains(home.resolve("runtime/bin/java").toRealPath().toString());
      assertThat(readyWithin(base, Duration.ofSeconds(30)))
          .as("/readyz: " + server.output())
          .isEqualTo(200);

      ok(base + "/healthz");
      String front = ok(base + "/");
      assertThat(front)
          .contains("Find your local Python user group")
          .contains(SEED_GROUPS + " groups in");
      // the static files are read from inside the jar through the zip file system (jdk.zipfs)
      Matcher asset = Pattern.compile("href=\"(/static/[^\"]+\\.css)\"").matcher(front);
      assertThat(asset.find()).as("a stylesheet on /").isTrue();
      ok(base + asset.group(1));
      // the gazetteer and the Lucene index
      assertThat(ok(base + "/near?q=Cracow")).contains("href=\"/groups/pykonik\"");
      assertThat(ok(base + "/groups/pykonik"))
          .contains("Pykonik")
          .contains("href=\"http://www.pykonik.org/\"");
      // iCal4j, and the JVM's metrics (java.management)
      assertThat(ok(base + "/groups/pykonik.ics")).startsWith("BEGIN:VCALENDAR");
      assertThat(ok(base + "/metrics")).contains("jvm_memory_used_bytes");
    }
  }

  @Test
  void checksAnHttpsLinkOnTheBundledRuntime() throws Exception {
    Path keys = selfSignedFor127(tmp.resolve("tls"));
    tlsSite =
        ScriptedServer.start(
            serverContext(keys).getServerSocketFactory(),
            "127.0.0.1",
            (req, out) -> {
              if (req.path().equals("/pug")) {
                tlsPageRequests.incrementAndGet();
                return ScriptedServer.answer(req, out, 200, "text/html", "<h1>Testland PUG</h1>");
              }
              return ScriptedServer.answer(req, out, 404, "text/plain", "no");
            });
    String url = "https://127.0.0.1:" + tlsSite.port() + "/pug";
    Path page = tmp.resolve("tls/one.moin");
    Files.writeString(
        page, "= Groups =\n== Testland ==\n * [[" + url + "|Testland PUG]] - Testland\n");
    Path data = tmp.resolve("tls-data");

    Exec imported =
        inRelease(
            "import", "bin/localgroups", "import", page.toString(), "--data", data.toString());
    assertThat(imported.exit()).as(imported.err()).isZero();

    // the JVM options reach the bundled java: here, the trust store that knows the test's site
    Path trust = keys.resolveSibling("trust.p12");
    Exec checked =
        inRelease(
            "check-links",
            Map.of(
                "LOCALGROUPS_JAVA_OPTS",
                "-Xmx256m -Djavax.net.ssl.trustStore="
                    + trust
                    + " -Djavax.net.ssl.trustStorePassword=changeit"),
            "bin/localgroups",
            "check-links",
            "--json",
            "--allow-net",
            "127.0.0.0/8",
            "--data",
            data.toString());
    assertThat(checked.exit()).as(checked.err()).isZero();
    List<String> lines = checked.out().lines().toList();
    assertThat(lines).as(checked.err()).hasSize(1);
    JsonNode link = JSON.readTree(lines.getFirst());
    assertThat(link.path("url").asText()).isEqualTo(url);
    assertThat(link.path("outcome").asText())
        .as(lines.getFirst())
        .isEqualTo(Outcomes.id(Outcome.OK));
    assertThat(link.path("statusCode").asInt()).isEqualTo(200);
    assertThat(tlsPageRequests.get()).isPositive();
  }

  /** What {@code /readyz} answers once it answers 200, or the last status within the time. */
  private int readyWithin(String base, Duration time) throws Exception {
    long deadline = System.nanoTime() + time.toNanos();
    int status = 0;
    while (System.nanoTime() < deadline) {
      status = get(base + "/readyz").statusCode();
      if (status == 200) {
        return status;
      }
      Thread.sleep(200);
    }
    return status;
  }

  private HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String ok(String url) throws IOException, InterruptedException {
    HttpResponse<String> r = get(url);
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
    return r.body();
  }

  /**
   * The command run in the unpacked release as its users would: an environment of its own with the
   * launcher's tools only on the PATH, no JAVA_HOME and none of this JVM's variables.
   */
  private ProcessBuilder withoutJdk(ProcessBuilder builder) {
    Map<String, String> env = builder.environment();
    env.clear();
    env.put("PATH", tools.toString());
    env.put("HOME", tmp.toString());
    return builder.directory(home.toFile());
  }

  private Exec inRelease(String name, String... command) throws Exception {
    return inRelease(name, Map.of(), command);
  }

  private Exec inRelease(String name, Map<String, String> env, String... command) throws Exception {
    List<String> line = new ArrayList<>(List.of(command));
    line.set(0, home.resolve(command[0]).toString());
    ProcessBuilder builder = withoutJdk(new ProcessBuilder(line));
    builder.environment().putAll(env);
    return Exec.run(builder, tmp.resolve(name), Duration.ofMinutes(2));
  }

  /** A property from the {@code -XshowSettings:properties} listing. */
  private static String property(String listing, String name) {
    Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(name) + " = (.*)$").matcher(listing);
    assertThat(m.find()).as(name + " in\n" + listing).isTrue();
    return m.group(1).strip();
  }

  /** The executable of that name on this JVM's PATH. */
  private static Path onPath(String name) {
    for (String dir : System.getenv("PATH").split(":")) {
      Path candidate = Path.of(dir, name);
      if (Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    throw new AssertionError(name + " is not on the PATH: " + System.getenv("PATH"));
  }

  /**
   * An EC key with a self-signed certificate for 127.0.0.1 ({@code keys.p12}) and a trust store
   * holding that certificate ({@code trust.p12}), made by the JDK's keytool.
   */
  private static Path selfSignedFor127(Path dir) throws Exception {
    Files.createDirectories(dir);
    Path keys = dir.resolve("keys.p12");
    Path cert = dir.resolve("site.pem");
    String[] store = {"-storetype", "PKCS12", "-storepass", "changeit", "-keystore"};
    keytool(
        dir,
        store,
        keys,
        "-genkeypair",
        "-alias",
        "site",
        "-keyalg",
        "EC",
        "-dname",
        "CN=127.0.0.1",
        "-ext",
        "san=ip:127.0.0.1",
        "-validity",
        "2");
    keytool(dir, store, keys, "-exportcert", "-alias", "site", "-rfc", "-file", cert.toString());
    keytool(
        dir,
        store,
        dir.resolve("trust.p12"),
        "-importcert",
        "-noprompt",
        "-alias",
        "site",
        "-file",
        cert.toString());
    return keys;
  }

  /** Runs the JDK's keytool on that key store. */
  private static void keytool(Path dir, String[] store, Path file, String... args)
      throws Exception {
    List<String> line =
        new ArrayList<>(
            List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    line.addAll(List.of(args));
    line.addAll(List.of(store));
    line.add(file.toString());
    Exec r = Exec.run(new ProcessBuilder(line), dir.resolve("keytool"), Duration.ofMinutes(1));
    assertThat(r.exit()).as(String.join(" ", line) + "\n" + r.out() + r.err()).isZero();
  }

  private static SSLContext serverContext(Path keys) throws Exception {
    KeyStore ks = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keys)) {
      ks.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(ks, "changeit".toCharArray());
    SSLContext ctx = SSLContext.getInstance("TLS");
    ctx.init(kmf.getKeyManagers(), null, null);
    return ctx;
  }

  /** What a finished command printed (standard output and error apart) and returned. */
  private record Exec(int exit, String out, String err) {
    /** Runs the command with its output in files named after {@code prefix}, within the time. */
    static Exec run(ProcessBuilder builder, Path prefix, Duration time) throws Exception {
      Path out = Path.of(prefix + ".out");
      Path err = Path.of(prefix + ".err");
      Process p =
          builder
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .start();
      if (!p.waitFor(time.toMillis(), TimeUnit.MILLISECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly().waitFor();
        throw new AssertionError(
            String.join(" ", builder.command())
                + " did not finish within "
                + time
                + ":\n"
                + Files.readString(err));
      }
      return new Exec(p.exitValue(), Files.readString(out), Files.readString(err));
    }
  }
}
