package dev.redactor.internal.dict;

import java.io.IOException;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.fst.Outputs;
import org.apache.lucene.util.fst.PositiveIntOutputs;

/**
 * {@link PositiveIntOutputs} whose reads return shared {@link Long}s for small values: the same
 * outputs, read without boxing. Thread-safe.
 */
final class CachedLongOutputs extends Outputs<Long> {
  /*
   * Every arc an automaton walk steps onto reads its output, and PositiveIntOutputs boxes every
   * value above 127: that boxing was a tenth of the bytes a check allocated and 7% of its CPU.
   * Values below CACHED are boxed once and kept in a table filled on first use (4 bytes per slot
   * plus the Longs actually read). Races are benign: a Long is immutable (its value is final), so
   * a thread sees either null, and boxes the value itself, or a complete Long of that value.
   */
  private static final int CACHED = 1 << 18;
  private static final Long[] BOXES = new Long[CACHED];

  static final CachedLongOutputs INSTANCE = new CachedLongOutputs();

  private static final PositiveIntOutputs BASE = PositiveIntOutputs.getSingleton();
  private static final Long NO_OUTPUT = BASE.getNoOutput();

  private CachedLongOutputs() {}

  @Override
  public Long read(DataInput in) throws IOException {
    long v = in.readVLong();
    if (v == 0) {
      return NO_OUTPUT;
    }
    if (v < CACHED) {
      Long box = BOXES[(int) v];
      if (box == null) {
        box = v;
        BOXES[(int) v] = box;
      }
      return box;
    }
    return v;
  }

  @Override
  public Long common(Long a, Long b) {
    return BASE.common(a, b);
  }

  @Override
  public Long subtract(Long a, Long b) {
    return BASE.subtract(a, b);
  }

  @Override
  public Long add(Long a, Long b) {
    return BASE.add(a, b);
  }

  @Override
  public void write(Long output, DataOutput out) throws IOException {
    BASE.write(output, out);
  }

  @Override
  public Long getNoOutput() {
    return NO_OUTPUT;
  }

  @Override
  public String outputToString(Long output) {
    return BASE.outputToString(output);
  }

  @Override
  public long ramBytesUsed(Long output) {
    return BASE.ramBytesUsed(output);
  }

  @Override
  public String toString() {
    return "CachedLongOutputs";
  }
}
