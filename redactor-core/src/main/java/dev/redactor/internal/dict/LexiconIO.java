package dev.redactor.internal.dict;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.lucene.store.InputStreamDataInput;
import org.apache.lucene.store.OutputStreamDataOutput;
import org.apache.lucene.util.fst.FST;

/**
 * Saves and loads a compiled {@link Lexicon}. The build compiles the bundled lists once ({@link
 * #main}) into a resource, so that loading the standard lexicon reads an automaton instead of
 * normalizing and sorting every term at start-up. A test checks that the resource equals a fresh
 * compilation of the lists.
 */
public final class LexiconIO {
  /** Classpath location of the precompiled standard lexicon. */
  public static final String RESOURCE = "dev/redactor/internal/dict/standard.lexicon";

  private static final String RESOURCE_NAME = "standard.lexicon";

  private static final int MAGIC = 0x52445843; // "RDXC"
  private static final int VERSION = 2;

  private LexiconIO() {}

  /** Writes {@code lexicon} to {@code out}. */
  public static void write(Lexicon lexicon, OutputStream out) throws IOException {
    DataOutputStream d = new DataOutputStream(out);
    d.writeInt(MAGIC);
    d.writeInt(VERSION);
    Lexicon.Sense[] senses = lexicon.distinctSenses();
    d.writeInt(senses.length);
    for (Lexicon.Sense s : senses) {
      d.writeByte(s.kind().ordinal());
      d.writeLong(s.tags());
      d.writeFloat(s.ambiguity());
      d.writeBoolean(s.spanish());
    }
    int[] offsets = lexicon.offsets();
    int[] refs = lexicon.refs();
    d.writeInt(offsets.length);
    for (int o : offsets) {
      d.writeInt(o);
    }
    d.writeInt(refs.length);
    for (int r : refs) {
      d.writeInt(r);
    }
    d.flush();
    OutputStreamDataOutput lucene = new OutputStreamDataOutput(out);
    lexicon.fst().save(lucene, lucene);
    FST<Long> words = lexicon.words();
    if (words == null) {
      throw new IOException("a lexicon without words is not saved");
    }
    words.save(lucene, lucene);
    out.flush();
  }

  /** Reads a lexicon written by {@link #write}. */
  public static Lexicon read(InputStream in) throws IOException {
    DataInputStream d = new DataInputStream(in);
    if (d.readInt() != MAGIC || d.readInt() != VERSION) {
      throw new IOException("not a Redactor lexicon of version " + VERSION);
    }
    Lexicon.Sense[] senses = new Lexicon.Sense[d.readInt()];
    ListKind[] kinds = ListKind.values();
    for (int i = 0; i < senses.length; i++) {
      senses[i] = new Lexicon.Sense(kinds[d.readByte()], d.readLong(), d.readFloat(),
          d.readBoolean());
    }
    int[] offsets = new int[d.readInt()];
    for (int i = 0; i < offsets.length; i++) {
      offsets[i] = d.readInt();
    }
    int[] refs = new int[d.readInt()];
    for (int i = 0; i < refs.length; i++) {
      refs[i] = d.readInt();
    }
    InputStreamDataInput lucene = new InputStreamDataInput(in);
    CachedLongOutputs outputs = CachedLongOutputs.INSTANCE;
    FST<Long> fst = new FST<>(FST.readMetadata(lucene, outputs), lucene);
    FST<Long> words = new FST<>(FST.readMetadata(lucene, outputs), lucene);
    return new Lexicon(fst, words, senses, offsets, refs);
  }

  /** The precompiled standard lexicon, or null when the resource is absent. */
  static Lexicon readStandard() {
    // Class.getResourceAsStream: the resource sits in this module's own (unopened) package.
    InputStream in = LexiconIO.class.getResourceAsStream(RESOURCE_NAME);
    if (in == null) {
      return null;
    }
    try (InputStream b = new BufferedInputStream(in, 1 << 16)) {
      return read(b);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * Build step: compiles the bundled lists and writes the resource.
   *
   * @param args the output directory (the module's {@code target/classes})
   */
  public static void main(String[] args) throws IOException {
    Path out = Path.of(args[0]).resolve(RESOURCE);
    Files.createDirectories(out.getParent());
    Lexicon lx = Lexicon.compile(Lexicons.bundledEntries(Set.of()), Set.of());
    try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      write(lx, o);
    }
  }
}
