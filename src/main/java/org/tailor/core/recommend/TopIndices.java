package org.tailor.core.recommend;

/** Partial selection on primitive arrays: positions of the {@code keep} largest values, largest first. */
final class TopIndices {
    private TopIndices() {
    }

    /**
     * @param values  values at positions 0..n-1
     * @param tieKeys keys breaking ties (lower first)
     * @return positions of the {@code keep} largest values, best first
     */
    static int[] largest(double[] values, int[] tieKeys, int n, int keep) {
        // binary min-heap of positions (worst at the root)
        int[] heap = new int[keep];
        int size = 0;
        for (int p = 0; p < n; p++) {
            if (size < keep) {
                heap[size] = p;
                siftUp(heap, size++, values, tieKeys);
            } else if (keep > 0 && better(p, heap[0], values, tieKeys)) {
                heap[0] = p;
                siftDown(heap, size, values, tieKeys);
            }
        }
        int[] out = new int[size];
        for (int x = size - 1; x >= 0; x--) {
            out[x] = heap[0];
            heap[0] = heap[x];
            siftDown(heap, x, values, tieKeys);
        }
        return out;
    }

    private static boolean better(int a, int b, double[] v, int[] keys) {
        return v[a] > v[b] || (v[a] == v[b] && keys[a] < keys[b]);
    }

    private static void siftUp(int[] h, int pos, double[] v, int[] keys) {
        while (pos > 0) {
            int parent = (pos - 1) >>> 1;
            if (!better(h[parent], h[pos], v, keys)) {
                break;
            }
            int tmp = h[parent];
            h[parent] = h[pos];
            h[pos] = tmp;
            pos = parent;
        }
    }

    private static void siftDown(int[] h, int size, double[] v, int[] keys) {
        int pos = 0;
        while (true) {
            int l = 2 * pos + 1;
            if (l >= size) {
                return;
            }
            int worst = l;
            if (l + 1 < size && better(h[l], h[l + 1], v, keys)) {
                worst = l + 1;
            }
            if (!better(h[pos], h[worst], v, keys)) {
                return;
            }
            int tmp = h[pos];
            h[pos] = h[worst];
            h[worst] = tmp;
            pos = worst;
        }
    }
}
