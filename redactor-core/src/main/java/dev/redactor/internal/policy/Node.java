package dev.redactor.internal.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column where it starts, so that every policy error can say
 * where it is. Three kinds: {@link MapNode}, {@link ListNode}, {@link Scalar}.
 */
abstract class Node {
  final int line;
  final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** A short name of the kind, for "expected a list, found a map". */
  abstract String kind();

  /** A mapping with keys in document order. */
  static final class MapNode extends Node {
    final Map<String, Node> entries = new LinkedHashMap<>();
    final Map<String, int[]> keyPositions = new LinkedHashMap<>();

    MapNode(int line, int column) {
      super(line, column);
    }

    @Override
    String kind() {
      return "a mapping";
    }
  }

  /** A sequence. */
  static final class ListNode extends Node {
    final List<Node> items = new ArrayList<>();

    ListNode(int line, int column) {
      super(line, column);
    }

    List<Node> items() {
      return Collections.unmodifiableList(items);
    }

    @Override
    String kind() {
      return "a list";
    }
  }

  /** A string, number, boolean or null, kept as text. */
  static final class Scalar extends Node {
    final String text;
    final boolean isNull;

    Scalar(int line, int column, String text, boolean isNull) {
      super(line, column);
      this.text = text;
      this.isNull = isNull;
    }

    @Override
    String kind() {
      return isNull ? "nothing" : "a single value";
    }
  }
}
