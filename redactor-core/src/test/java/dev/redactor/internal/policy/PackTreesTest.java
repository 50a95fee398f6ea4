package dev.redactor.internal.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build-time trees of the bundled packs stand in for their YAML exactly, and only for it. */
class PackTreesTest {

  @Test
  void everyBundledPack_hasATree_equalToItsParsedYaml() throws IOException {
    List<String> names = Policy.packNames();
    assertTrue(names.size() >= 9, "packs: " + names);
    for (String name : names) {
      byte[] yaml = yaml(name);
      byte[] tree;
      try (InputStream in = PackTrees.class.getResourceAsStream(PackTrees.resourceName(name))) {
        assertNotNull(in, "no tree for pack " + name + " (the build step compile-pack-trees)");
        tree = in.readAllBytes();
      }
      Node fromTree = PackTrees.read(tree, yaml);
      assertNotNull(fromTree, "tree refused for " + name);
      Node parsed = YamlReader.read("pack:" + name,
          new StringReader(new String(yaml, StandardCharsets.UTF_8)));
      assertEquals(describe(parsed), describe(fromTree), name);
    }
  }

  @Test
  void aTree_isRefused_forAnyOtherText() throws IOException {
    byte[] yaml = yaml("default");
    Node parsed = YamlReader.read("pack:default",
        new StringReader(new String(yaml, StandardCharsets.UTF_8)));
    byte[] tree = PackTrees.write(parsed, yaml);
    assertNotNull(PackTrees.read(tree, yaml));
    byte[] edited = yaml.clone();
    edited[edited.length / 2] ^= 1; // one bit of one rule
    assertNull(PackTrees.read(tree, edited));
    assertNull(PackTrees.read(tree, Arrays.copyOf(yaml, yaml.length + 1)));
    assertNull(PackTrees.read(Arrays.copyOf(tree, tree.length - 3), yaml), "truncated");
    assertNull(PackTrees.read(Arrays.copyOf(tree, tree.length + 1), yaml), "trailing bytes");
    assertNull(PackTrees.read(new byte[0], yaml));
  }

  @Test
  void roundTrip_keepsKindsTextNullsAndPositions() throws IOException {
    String src = "id: t\nrules:\n  - id: \"ünïcode ✓\"\n    when: ~\n    list: [a, 'b c', 3]\n"
        + "    nested:\n      deep: {x: 1}\n";
    byte[] yaml = src.getBytes(StandardCharsets.UTF_8);
    Node parsed = YamlReader.read("t", new StringReader(src));
    Node back = PackTrees.read(PackTrees.write(parsed, yaml), yaml);
    assertNotNull(back);
    String d = describe(back);
    assertEquals(describe(parsed), d);
    assertTrue(d.contains("null@4:11"), d);
    assertTrue(d.contains("'ünïcode ✓'@3:9"), d); // where the quoted scalar starts
    assertFalse(d.contains("null@1"), d);
  }

  @Test
  void loadingAPack_fromItsTree_givesThePolicyTheYamlGives() throws IOException {
    for (String name : Policy.packNames()) {
      byte[] yaml = yaml(name);
      Node viaLoad = PackTrees.load("pack:" + name, name, yaml);
      Node parsed = YamlReader.read("pack:" + name,
          new StringReader(new String(yaml, StandardCharsets.UTF_8)));
      assertEquals(describe(parsed), describe(viaLoad), name);
    }
    // and with no usable tree (the text differs from the bundled one) it parses the YAML
    byte[] other = "id: other\nversion: 1\nrules: []\n".getBytes(StandardCharsets.UTF_8);
    Node n = PackTrees.load("pack:default", "default", other);
    assertArrayEquals(new String[] {"id", "version", "rules"},
        ((Node.MapNode) n).entries.keySet().toArray(new String[0]));
  }

  private static byte[] yaml(String name) throws IOException {
    try (InputStream in = PackTrees.class.getClassLoader()
        .getResourceAsStream(Policy.PACK_DIR + name + ".yaml")) {
      assertNotNull(in, name);
      return in.readAllBytes();
    }
  }

  /** Every node with its kind, text and position, keys with theirs, in document order. */
  private static String describe(Node n) {
    StringBuilder sb = new StringBuilder();
    describe(n, sb);
    return sb.toString();
  }

  private static void describe(Node n, StringBuilder sb) {
    if (n instanceof Node.MapNode) {
      Node.MapNode m = (Node.MapNode) n;
      sb.append("{@").append(n.line).append(':').append(n.column);
      for (Map.Entry<String, Node> e : m.entries.entrySet()) {
        int[] at = m.keyPositions.get(e.getKey());
        sb.append(' ').append('\'').append(e.getKey()).append("'@").append(at[0]).append(':')
            .append(at[1]).append('=');
        describe(e.getValue(), sb);
      }
      sb.append('}');
    } else if (n instanceof Node.ListNode) {
      sb.append("[@").append(n.line).append(':').append(n.column);
      for (Node item : new ArrayList<>(((Node.ListNode) n).items)) {
        sb.append(' ');
        describe(item, sb);
      }
      sb.append(']');
    } else {
      Node.Scalar s = (Node.Scalar) n;
      sb.append(s.isNull ? "null" : "'" + s.text + "'").append('@').append(n.line).append(':')
          .append(n.column);
    }
  }
}
