package dev.redactor.internal;

/** Searches over ascending int arrays (offsets of tokens and characters). */
public final class IntArrays {
  private IntArrays() {}

  /**
   * The first index in {@code [0, size)} whose value is at least {@code key}, or {@code size};
   * {@code a[0, size)} must be ascending.
   */
  public static int firstAtLeast(int[] a, int size, int key) {
    int lo = 0;
    int hi = size;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (a[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
