package org.pmpathways.examples.web.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.pmpathways.PathwayAdvisor;
import org.pmpathways.examples.web.WebExample;
import org.pmpathways.json.AdviceJson;
import org.pmpathways.json.ProfileJson;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A bounded load test of the web example on this machine: it starts the application on a free
 * localhost port, then sends a fixed number of {@code POST /advice} requests from 200 concurrent
 * clients (threads with one shared {@link HttpClient}, each sending its share one after another), and
 * reports throughput, median and 99th-percentile latency and errors. In the same run, on the same 200
 * threads, it measures two references: the same number of in-process calls (read the profile JSON,
 * {@code advisor.advise}, write the advice JSON: the work without HTTP), and {@code GET /style.css}, a
 * static file (HTTP without the work). Rounds alternate the order of the three; medians over the
 * rounds are reported. Every phase stops at its deadline; requests not sent by then are reported.
 *
 * <p>Run from the application's jar (see BENCHMARKS.md):
 * <pre>
 * java -Dloader.main=org.pmpathways.examples.web.load.WebLoad \
 *   -cp examples-web/target/pm-pathways-examples-web-0.1.0-SNAPSHOT.jar \
 *   org.springframework.boot.loader.launch.PropertiesLauncher [clients] [requests] [rounds]
 * </pre>
 * Defaults: 200 clients, 10,000 requests a phase, 5 rounds after a warm-up phase of each kind; a
 * phase's deadline is 120 s. Traffic goes only to 127.0.0.1.
 *
 * <p>Not thread-safe: a program, run from {@link #main}.
 */
public final class WebLoad {
  private static final Duration PHASE_DEADLINE = Duration.ofSeconds(120);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  /** Varied profiles, sent in turn: each role family's usual case, with and without employer facts. */
  private static final List<String> PROFILES = List.of(
      """
      {"title": "Senior Software Engineer", "yearsExperience": 6, "skills": ["Java", "system design"],
       "employer": {"buildsDigitalProducts": true, "hasProductManagers": true, "formalProductProcess": true},
       "pmContacts": 2, "pmLikeWork": ["LED_CROSS_FUNCTIONAL_WORK"]}""",
      """
      {"role": "MARKETING", "title": "Marketing Manager", "yearsExperience": 8,
       "skills": ["launch strategy", "customer interviews"],
       "employer": {"buildsDigitalProducts": true, "hasProductManagers": true, "formalProductProcess": false}}""",
      """
      {"role": "PROJECT_MANAGER", "yearsExperience": 9, "certifications": ["PMP", "CSPO"],
       "employer": {"buildsDigitalProducts": false, "hasProductManagers": false, "formalProductProcess": false}}""",
      """
      {"title": "UX Designer", "yearsExperience": 4, "skills": ["user research", "prototyping"],
       "sideProjects": [{"name": "Plant swap", "kind": "NO_CODE_APP", "stage": "LAUNCHED", "users": 300,
         "revenue": 0, "problemDefined": true, "userResearch": true, "successMetrics": false}]}""",
      """
      {"title": "Registered Nurse", "yearsExperience": 7, "informationalInterviews": 1}""",
      """
      {"role": "DATA_ANALYST", "yearsExperience": 3, "skills": ["SQL", "dashboards"],
       "employer": {"buildsDigitalProducts": true, "hasProductManagers": false, "formalProductProcess": false},
       "pmLikeWork": ["DEFINED_SUCCESS_METRICS", "PROPOSED_SOLUTION_WITH_DATA"]}""");

  private WebLoad() {}

  /** What one phase measured. */
  record Result(String name, int sent, int errors, int notSent, double seconds, long[] latenciesNanos) {
    double throughput() {
      return sent / seconds;
    }

    double medianMillis() {
      return percentileMillis(0.50);
    }

    double p99Millis() {
      return percentileMillis(0.99);
    }

    private double percentileMillis(double p) {
      if (latenciesNanos.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(p * latenciesNanos.length) - 1;
      return latenciesNanos[Math.max(0, index)] / 1e6;
    }
  }

  /** One request or call; returns whether it gave the expected answer. */
  @FunctionalInterface
  interface Call {
    boolean run(int index) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 200;
    int requests = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;

    SpringApplication app = new SpringApplication(WebExample.class);
    app.setDefaultProperties(java.util.Map.of(
        "server.port", "0", "server.address", "127.0.0.1", "logging.level.root", "WARN"));
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    try (ConfigurableApplicationContext context = app.run()) {
      int port = ((WebServerApplicationContext) context).getWebServer().getPort();
      PathwayAdvisor advisor = context.getBean(PathwayAdvisor.class);
      HttpClient http = HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(REQUEST_TIMEOUT)
          .executor(Executors.newFixedThreadPool(4))
          .build();
      URI advice = URI.create("http://127.0.0.1:" + port + "/advice");
      URI staticFile = URI.create("http://127.0.0.1:" + port + "/style.css");

      Call web = i -> {
        HttpRequest request = HttpRequest.newBuilder(advice)
            .timeout(REQUEST_TIMEOUT)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(PROFILES.get(i % PROFILES.size())))
            .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && response.body().startsWith("{\"profileId\"");
      };
      Call inProcess = i -> AdviceJson.writeCompact(advisor.advise(ProfileJson.read(PROFILES.get(i % PROFILES.size()))))
          .startsWith("{\"profileId\"");
      Call trivial = i -> {
        HttpRequest request = HttpRequest.newBuilder(staticFile).timeout(REQUEST_TIMEOUT).GET().build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 && !response.body().isEmpty();
      };

      System.out.printf(Locale.ROOT, "Web example under load: %d clients, %d requests a phase, %d rounds, "
          + "%d processors, Java %s%n", clients, requests, rounds, Runtime.getRuntime().availableProcessors(),
          Runtime.version());
      // Warm-up, not reported: a phase of each, for the JIT, Tomcat's threads and the HTTP connections.
      phase("warm-up", web, threads, clients, requests);
      phase("warm-up", inProcess, threads, clients, requests);
      phase("warm-up", trivial, threads, clients, requests);

      List<List<Result>> byPhase = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      String[] names = {"POST /advice over HTTP", "in-process advise (reference)", "GET /style.css (reference)"};
      Call[] calls = {web, inProcess, trivial};
      for (int round = 0; round < rounds; round++) {
        for (int k = 0; k < 3; k++) {
          int which = (round + k) % 3; // rotate the order between rounds
          Result r = phase(names[which], calls[which], threads, clients, requests);
          byPhase.get(which).add(r);
          System.out.printf(Locale.ROOT, "round %d  %-32s %8.0f /s  median %7.2f ms  p99 %8.2f ms  errors %d  not sent %d%n",
              round + 1, r.name(), r.throughput(), r.medianMillis(), r.p99Millis(), r.errors(), r.notSent());
        }
      }
      System.out.println();
      System.out.println("Medians over the rounds:");
      System.out.printf(Locale.ROOT, "%-32s %12s %12s %12s %8s %9s%n", "", "requests/s", "median ms", "p99 ms",
          "errors", "not sent");
      for (int which = 0; which < 3; which++) {
        List<Result> results = byPhase.get(which);
        System.out.printf(Locale.ROOT, "%-32s %12.0f %12.2f %12.2f %8d %9d%n", names[which],
            median(results.stream().mapToDouble(Result::throughput).toArray()),
            median(results.stream().mapToDouble(Result::medianMillis).toArray()),
            median(results.stream().mapToDouble(Result::p99Millis).toArray()),
            results.stream().mapToInt(Result::errors).sum(), results.stream().mapToInt(Result::notSent).sum());
      }
      double[] perAdvice = new double[rounds];
      double[] perStatic = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        perAdvice[round] = byPhase.get(0).get(round).throughput() / byPhase.get(1).get(round).throughput();
        perStatic[round] = byPhase.get(0).get(round).throughput() / byPhase.get(2).get(round).throughput();
      }
      System.out.printf(Locale.ROOT, "Throughput ratio, median of the rounds' ratios: over HTTP / in process %.2f "
          + "(%s); over HTTP / static file %.2f (%s)%n", median(perAdvice), ratios(perAdvice), median(perStatic),
          ratios(perStatic));
    } finally {
      threads.shutdownNow();
    }
    System.exit(0); // the HTTP client's selector thread would keep the JVM up
  }

  /**
   * Sends {@code requests} calls from {@code clients} threads that start together, each sending its
   * share one after another, until done or the deadline.
   */
  static Result phase(String name, Call call, ExecutorService threads, int clients, int requests) throws Exception {
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    AtomicLong errors = new AtomicLong();
    List<Future<long[]>> futures = new ArrayList<>();
    long[] deadline = new long[1];
    for (int c = 0; c < clients; c++) {
      int client = c;
      int share = requests / clients + (client < requests % clients ? 1 : 0);
      futures.add(threads.submit(() -> {
        long[] latencies = new long[share];
        int done = 0;
        ready.countDown();
        go.await();
        for (int n = 0; n < share && System.nanoTime() < deadline[0]; n++) {
          long start = System.nanoTime();
          boolean ok;
          try {
            ok = call.run(client + n * clients);
          } catch (Exception e) {
            ok = false;
          }
          latencies[done++] = System.nanoTime() - start;
          if (!ok) {
            errors.incrementAndGet();
          }
        }
        return Arrays.copyOf(latencies, done);
      }));
    }
    ready.await();
    long start = System.nanoTime();
    deadline[0] = start + PHASE_DEADLINE.toNanos();
    go.countDown();
    List<long[]> all = new ArrayList<>();
    for (Future<long[]> f : futures) {
      all.add(f.get());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(name, latencies.length, (int) errors.get(), requests - latencies.length, seconds, latencies);
  }

  private static String ratios(double[] values) {
    return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
