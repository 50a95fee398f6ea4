package dev.redactor.examples.kafka;

import dev.redactor.Redactor;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;

/**
 * Runs {@link CampaignTopology} against a Kafka cluster until Ctrl-C or SIGTERM.
 *
 * <p>Run: {@code examples/run campaign [BOOTSTRAP [POLICY]]} (default {@code localhost:9092} and
 * the {@code default} pack; a POLICY ending in .yaml is a policy file). Every instance started with
 * the same {@code application.id} ({@code REDACTOR_APP_ID}, default {@code redactor-campaign})
 * joins one consumer group and takes a share of the input partitions; {@code REDACTOR_THREADS}
 * sets the stream threads per instance (default 2).
 */
public final class BulkCampaignApp {
  private BulkCampaignApp() {}

  public static void main(String[] args) throws InterruptedException {
    String bootstrap = args.length > 0 ? args[0] : "localhost:9092";
    String policy = args.length > 1 ? args[1] : "default";
    Redactor.Builder b = Redactor.builder();
    if (policy.endsWith(".yaml") || policy.endsWith(".yml")) {
      b.policyFile(Path.of(policy));
    } else {
      b.policy(policy);
    }
    Redactor redactor = b.build();

    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, env("REDACTOR_APP_ID", "redactor-campaign"));
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, Integer.parseInt(env("REDACTOR_THREADS", "2")));
    // A message is checked and routed once, even when an instance dies mid-batch.
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);

    KafkaStreams streams =
        new KafkaStreams(CampaignTopology.build(redactor, CampaignTopology.Topics.defaults()), props);
    CountDownLatch done = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      streams.close();
      done.countDown();
    }, "redactor-campaign-shutdown"));
    streams.start();
    System.err.println("redactor campaign: " + bootstrap + ", policy " + redactor.policyId()
        + "; outgoing -> approved | rewritten | held (Ctrl-C stops)");
    done.await();
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }
}
