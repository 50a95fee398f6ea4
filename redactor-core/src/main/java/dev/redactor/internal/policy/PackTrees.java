package dev.redactor.internal.policy;

import dev.redactor.PolicySyntaxException;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.CRC32;
import org.jspecify.annotations.Nullable;

/**
 * The bundled policy packs, read at build time ({@link #main}) into {@link Node} trees stored as
 * resources next to this class, so that loading a pack does not start a YAML parser: Jackson's
 * YAML stack took about 300 ms of a cold JVM's first verdict, for 15 KB of rules.
 *
 * <p>A tree is used only for the exact YAML it was made from: it carries the CRC-32 and length of
 * that text, and {@link #read} refuses it when the pack on the classpath differs (a newer rules
 * jar next to this core jar), so the YAML is parsed as before. Nothing else changes: the tree
 * holds every value with the line and column it had in the YAML, as {@link YamlReader} gives.
 */
public final class PackTrees {
  private static final int MAGIC = 0x52505431; // "RPT1"

  private static final byte MAP = 0;
  private static final byte LIST = 1;
  private static final byte SCALAR = 2;
  private static final byte NULL = 3;

  private PackTrees() {}

  /** The resource name of pack {@code name}'s tree, relative to this class. */
  static String resourceName(String name) {
    return name + ".pack-tree";
  }

  /**
   * Pack {@code source}'s tree for {@code yaml}: from its stored tree when that was made from
   * exactly this text, else parsed.
   */
  static Node load(String source, String name, byte[] yaml) {
    try (InputStream in = PackTrees.class.getResourceAsStream(resourceName(name))) {
      if (in != null) {
        Node n = read(in.readAllBytes(), yaml);
        if (n != null) {
          return n;
        }
      }
    } catch (IOException e) {
      // an unreadable tree is no tree: parse the YAML
    }
    return parse(source, yaml);
  }

  /** {@code yaml} parsed, as {@link YamlReader} reads a pack. */
  static Node parse(String source, byte[] yaml) {
    try (Reader r = new InputStreamReader(new ByteArrayInputStream(yaml), StandardCharsets.UTF_8)) {
      return YamlReader.read(source, r);
    } catch (IOException e) {
      throw new PolicySyntaxException(source, 0, 0, null, "cannot read the pack");
    }
  }

  /** {@code root} (parsed from {@code yaml}) as bytes. */
  static byte[] write(Node root, byte[] yaml) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(yaml.length);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(MAGIC);
      out.writeLong(crc(yaml));
      out.writeInt(yaml.length);
      node(out, root);
    }
    return bytes.toByteArray();
  }

  /** The tree in {@code data}, or null when it was not made from {@code yaml} or is damaged. */
  static @Nullable Node read(byte[] data, byte[] yaml) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
      if (in.readInt() != MAGIC || in.readLong() != crc(yaml) || in.readInt() != yaml.length) {
        return null;
      }
      Node root = node(in, 0);
      return in.read() == -1 ? root : null;
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  private static void node(DataOutputStream out, Node n) throws IOException {
    if (n instanceof Node.MapNode) {
      Node.MapNode m = (Node.MapNode) n;
      out.writeByte(MAP);
      position(out, n.line, n.column);
      out.writeInt(m.entries.size());
      for (Map.Entry<String, Node> e : m.entries.entrySet()) {
        text(out, e.getKey());
        int[] at = m.keyPositions.get(e.getKey());
        position(out, at[0], at[1]);
        node(out, e.getValue());
      }
    } else if (n instanceof Node.ListNode) {
      Node.ListNode l = (Node.ListNode) n;
      out.writeByte(LIST);
      position(out, n.line, n.column);
      out.writeInt(l.items.size());
      for (Node item : l.items) {
        node(out, item);
      }
    } else {
      Node.Scalar s = (Node.Scalar) n;
      out.writeByte(s.isNull ? NULL : SCALAR);
      position(out, n.line, n.column);
      if (!s.isNull) {
        text(out, s.text);
      }
    }
  }

  private static Node node(DataInputStream in, int depth) throws IOException {
    if (depth > 64) {
      throw new IOException("too deep");
    }
    byte kind = in.readByte();
    int line = in.readInt();
    int column = in.readInt();
    switch (kind) {
      case MAP: {
        Node.MapNode m = new Node.MapNode(line, column);
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
          String key = text(in);
          m.keyPositions.put(key, new int[] {in.readInt(), in.readInt()});
          m.entries.put(key, node(in, depth + 1));
        }
        return m;
      }
      case LIST: {
        Node.ListNode l = new Node.ListNode(line, column);
        int size = in.readInt();
        for (int i = 0; i < size; i++) {
          l.items.add(node(in, depth + 1));
        }
        return l;
      }
      case SCALAR:
        return new Node.Scalar(line, column, text(in), false);
      case NULL:
        return new Node.Scalar(line, column, "", true);
      default:
        throw new IOException("unknown node kind " + kind);
    }
  }

  private static void position(DataOutputStream out, int line, int column) throws IOException {
    out.writeInt(line);
    out.writeInt(column);
  }

  private static void text(DataOutputStream out, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    out.writeInt(b.length);
    out.write(b);
  }

  private static String text(DataInputStream in) throws IOException {
    int n = in.readInt();
    if (n < 0 || n > in.available()) {
      throw new IOException("bad text length");
    }
    return new String(in.readNBytes(n), StandardCharsets.UTF_8);
  }

  private static long crc(byte[] b) {
    CRC32 c = new CRC32();
    c.update(b);
    return c.getValue();
  }

  /** Writes the tree of every bundled pack under the class-output directory {@code args[0]}. */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]).resolve(PackTrees.class.getPackageName().replace('.', '/'));
    Files.createDirectories(dir);
    for (String name : Policy.packNames()) {
      byte[] yaml;
      try (InputStream in = PackTrees.class.getClassLoader()
          .getResourceAsStream(Policy.PACK_DIR + name + ".yaml")) {
        if (in == null) {
          throw new IOException("no pack " + name);
        }
        yaml = in.readAllBytes();
      }
      Node root = parse("pack:" + name, yaml);
      try (OutputStream o = new BufferedOutputStream(
          Files.newOutputStream(dir.resolve(resourceName(name))))) {
        o.write(write(root, yaml));
      }
    }
  }
}
