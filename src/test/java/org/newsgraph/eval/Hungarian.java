package org.newsgraph.eval;

import java.util.Arrays;

/**
 * The Hungarian method (Kuhn and Munkres, with potentials; O(n²m)) for a maximum-weight assignment of rows to
 * columns of a weight matrix. Used to align predicted and gold meetings of an article, a handful of each.
 */
final class Hungarian {

    private Hungarian() {
    }

    /**
     * For each row, the column it is assigned to, or -1: every row gets a column when there are at least as
     * many columns as rows, else every column gets a row. Weights must not be negative.
     */
    static int[] maximise(long[][] weight) {
        int rows = weight.length;
        int cols = rows == 0 ? 0 : weight[0].length;
        int[] out = new int[rows];
        Arrays.fill(out, -1);
        if (rows == 0 || cols == 0) {
            return out;
        }
        if (rows > cols) {
            long[][] t = new long[cols][rows];
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                    t[c][r] = weight[r][c];
                }
            }
            int[] byCol = maximise(t);
            for (int c = 0; c < cols; c++) {
                if (byCol[c] >= 0) {
                    out[byCol[c]] = c;
                }
            }
            return out;
        }
        // Minimise the negated weights; arrays are 1-based, index 0 stands for "no row / no column".
        long inf = Long.MAX_VALUE / 4;
        long[] u = new long[rows + 1];
        long[] v = new long[cols + 1];
        int[] rowOfCol = new int[cols + 1];
        int[] way = new int[cols + 1];
        for (int i = 1; i <= rows; i++) {
            rowOfCol[0] = i;
            int j0 = 0;
            long[] min = new long[cols + 1];
            Arrays.fill(min, inf);
            boolean[] used = new boolean[cols + 1];
            do {
                used[j0] = true;
                int i0 = rowOfCol[j0];
                long delta = inf;
                int j1 = 0;
                for (int j = 1; j <= cols; j++) {
                    if (!used[j]) {
                        long cur = -weight[i0 - 1][j - 1] - u[i0] - v[j];
                        if (cur < min[j]) {
                            min[j] = cur;
                            way[j] = j0;
                        }
                        if (min[j] < delta) {
                            delta = min[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= cols; j++) {
                    if (used[j]) {
                        u[rowOfCol[j]] += delta;
                        v[j] -= delta;
                    } else {
                        min[j] -= delta;
                    }
                }
                j0 = j1;
            } while (rowOfCol[j0] != 0);
            do {
                int j1 = way[j0];
                rowOfCol[j0] = rowOfCol[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= cols; j++) {
            if (rowOfCol[j] != 0) {
                out[rowOfCol[j] - 1] = j - 1;
            }
        }
        return out;
    }
}
