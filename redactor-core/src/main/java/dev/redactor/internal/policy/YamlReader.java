package dev.redactor.internal.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.redactor.PolicySyntaxException;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a policy file into a {@link Node} tree that remembers where each value starts. Jackson's
 * YAML parser does the reading; limits on nesting and size keep a hostile file from exhausting
 * memory, and duplicate keys are errors (a policy must not say two things at once).
 */
final class YamlReader {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_NODES = 200_000;

  private static final YAMLFactory FACTORY =
      YAMLFactory.builder()
          .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_DEPTH)
                  .maxStringLength(1 << 20)
                  .maxDocumentLength(8L << 20)
                  .build())
          .build();

  private final String source;
  private int nodes;

  private YamlReader(String source) {
    this.source = source;
  }

  /**
   * Parses {@code in}; {@code source} names the file or pack in errors.
   *
   * @throws PolicySyntaxException for malformed YAML, with line and column
   */
  static Node read(String source, Reader in) {
    YamlReader r = new YamlReader(source);
    JsonParser parser = null;
    try (JsonParser p = FACTORY.createParser(in)) {
      parser = p;
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new PolicySyntaxException(source, 1, 1, null, "the policy file is empty");
      }
      Node root = r.value(p, t, 0);
      if (p.nextToken() != null) {
        JsonLocation loc = p.currentLocation();
        throw new PolicySyntaxException(source, loc.getLineNr(), loc.getColumnNr(), null,
            "expected one YAML document; found more");
      }
      return root;
    } catch (JsonProcessingException e) {
      // a constraint violation (nesting, size) carries no location; the parser still knows it
      JsonLocation loc = e.getLocation() != null ? e.getLocation()
          : parser != null ? parser.currentLocation() : null;
      String what = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      String problem = what.startsWith("Duplicate field") ? "duplicate key"
          : what.contains("nesting depth") ? "nested deeper than " + MAX_DEPTH + " levels"
          : "malformed YAML";
      throw new PolicySyntaxException(source, loc == null ? 0 : loc.getLineNr(),
          loc == null ? 0 : loc.getColumnNr(), null, problem);
    } catch (IOException e) {
      throw new PolicySyntaxException(source, 0, 0, null, "cannot read the policy file");
    }
  }

  private Node value(JsonParser p, JsonToken t, int depth) throws IOException {
    if (++nodes > MAX_NODES) {
      JsonLocation loc = p.currentTokenLocation();
      throw new PolicySyntaxException(source, loc.getLineNr(), loc.getColumnNr(), null,
          "more than " + MAX_NODES + " values");
    }
    JsonLocation loc = p.currentTokenLocation();
    int line = loc.getLineNr();
    int col = loc.getColumnNr();
    switch (t) {
      case START_OBJECT:
        Node.MapNode map = new Node.MapNode(line, col);
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          JsonLocation kl = p.currentTokenLocation();
          String key = p.currentName();
          JsonToken v = p.nextToken();
          map.keyPositions.put(key, new int[] {kl.getLineNr(), kl.getColumnNr()});
          map.entries.put(key, value(p, v, depth + 1));
        }
        return map;
      case START_ARRAY:
        Node.ListNode list = new Node.ListNode(line, col);
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          list.items.add(value(p, v, depth + 1));
        }
        return list;
      case VALUE_NULL:
        return new Node.Scalar(line, col, "", true);
      default:
        return new Node.Scalar(line, col, p.getText(), false);
    }
  }
}
