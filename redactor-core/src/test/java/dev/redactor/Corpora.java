package dev.redactor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: the labelled corpora under {@code corpus/} (format in corpus/README.md). */
public final class Corpora {
  private Corpora() {}

  /** A gold span. */
  public record Gold(int start, int end, String category) {}

  /** One labelled message. */
  public record Labelled(String id, String text, Decision verdict, Purpose purpose,
      Channel channel, List<Gold> phi) {
    public Message message() {
      return Message.of(text, purpose, channel);
    }

    @Override
    public String toString() {
      return id; // never the text: these show up as test names
    }
  }

  /** The file {@code corpus/<name>}, found by walking up from the module directory. */
  public static Path path(String name) {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.exists(dir.resolve("corpus").resolve(name))) {
      dir = dir.getParent();
    }
    assertTrue(dir != null, "corpus/" + name + " not found above the module directory");
    return dir.resolve("corpus").resolve(name);
  }

  /** Every message of {@code corpus/<name>}. */
  public static List<Labelled> read(String name) {
    JsonFactory json = new JsonFactory();
    List<Labelled> out = new ArrayList<>();
    try {
      for (String line : Files.readAllLines(path(name), StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        try (JsonParser p = json.createParser(line)) {
          out.add(record(p));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static Labelled record(JsonParser p) throws IOException {
    String id = null;
    String text = null;
    Decision verdict = null;
    Purpose purpose = null;
    Channel channel = null;
    List<Gold> phi = new ArrayList<>();
    p.nextToken();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      JsonToken t = p.nextToken();
      switch (field) {
        case "id" -> id = p.getText();
        case "text" -> text = p.getText();
        case "verdict" -> verdict = Decision.valueOf(p.getText());
        case "purpose" -> purpose = t == JsonToken.VALUE_NULL ? null : Purpose.parse(p.getText());
        case "channel" -> channel = t == JsonToken.VALUE_NULL ? null : Channel.parse(p.getText());
        case "phi" -> {
          while (p.nextToken() == JsonToken.START_OBJECT) {
            int start = -1;
            int end = -1;
            String category = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
              String f = p.currentName();
              p.nextToken();
              switch (f) {
                case "start" -> start = p.getIntValue();
                case "end" -> end = p.getIntValue();
                case "category" -> category = p.getText();
                default -> p.skipChildren();
              }
            }
            phi.add(new Gold(start, end, category));
          }
        }
        default -> p.skipChildren();
      }
    }
    return new Labelled(id, text, verdict, purpose, channel, phi);
  }
}
