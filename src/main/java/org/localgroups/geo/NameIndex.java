package org.localgroups.geo;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Normalised names (sorted by their UTF-8 bytes, all in one byte array) to the places they name. A
 * posting is {@code placeRow * 2 + 1} for a place's own name and {@code placeRow * 2} for an
 * alternate name. Immutable once read.
 */
final class NameIndex {
  private static final int MAGIC = 0x4c474e31; // "LGN1"

  private final byte[] keys;
  private final int[] keyOffsets;
  private final int[] postingOffsets;
  private final int[] postings;

  private NameIndex(byte[] keys, int[] keyOffsets, int[] postingOffsets, int[] postings) {
    this.keys = keys;
    this.keyOffsets = keyOffsets;
    this.postingOffsets = postingOffsets;
    this.postings = postings;
  }

  static NameIndex read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(in);
    if (data.readInt() != MAGIC) {
      throw new IOException("not a gazetteer name index");
    }
    int keyCount = data.readInt();
    int blobLength = data.readInt();
    int postingCount = data.readInt();
    int[] keyOffsets = readInts(data, keyCount + 1);
    byte[] keys = new byte[blobLength];
    data.readFully(keys);
    int[] postingOffsets = readInts(data, keyCount + 1);
    int[] postings = readInts(data, postingCount);
    return new NameIndex(keys, keyOffsets, postingOffsets, postings);
  }

  private static int[] readInts(DataInputStream data, int count) throws IOException {
    byte[] bytes = new byte[count * 4];
    data.readFully(bytes);
    int[] ints = new int[count];
    ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
    return ints;
  }

  int size() {
    return keyOffsets.length - 1;
  }

  String key(int slot) {
    return new String(
        keys, keyOffsets[slot], keyOffsets[slot + 1] - keyOffsets[slot], StandardCharsets.UTF_8);
  }

  /** The postings of a normalised key, empty when no place has that name. */
  int[] find(String key) {
    byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
    int slot = lowerBound(wanted);
    if (slot < size() && compare(slot, wanted) == 0) {
      return postings(slot);
    }
    return new int[0];
  }

  int postingStart(int slot) {
    return postingOffsets[slot];
  }

  int postingEnd(int slot) {
    return postingOffsets[slot + 1];
  }

  int posting(int at) {
    return postings[at];
  }

  int[] postings(int slot) {
    return Arrays.copyOfRange(postings, postingOffsets[slot], postingOffsets[slot + 1]);
  }

  /** Slots [from, to) of the keys that start with the normalised prefix. */
  int[] prefixRange(String prefix) {
    byte[] wanted = prefix.getBytes(StandardCharsets.UTF_8);
    int from = lowerBound(wanted);
    int to = from;
    while (to < size() && startsWith(to, wanted)) {
      to++;
    }
    return new int[] {from, to};
  }

  private boolean startsWith(int slot, byte[] prefix) {
    int start = keyOffsets[slot];
    int length = keyOffsets[slot + 1] - start;
    return length >= prefix.length
        && Arrays.equals(keys, start, start + prefix.length, prefix, 0, prefix.length);
  }

  private int lowerBound(byte[] wanted) {
    int lo = 0;
    int hi = size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (compare(mid, wanted) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private int compare(int slot, byte[] wanted) {
    return Arrays.compareUnsigned(
        keys, keyOffsets[slot], keyOffsets[slot + 1], wanted, 0, wanted.length);
  }
}
