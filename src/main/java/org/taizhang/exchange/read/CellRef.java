package org.taizhang.exchange.read;

/** Excel cell references: "B7" is row 6, column 1 (0-based); column 27 is "AB". */
public final class CellRef {
    private CellRef() {
    }

    /** {row, column}, 0-based; a reference without digits gives row -1. */
    public static int[] parse(String ref) {
        int column = 0;
        int i = 0;
        while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
        }
        int row = i < ref.length() ? Integer.parseInt(ref.substring(i)) - 1 : -1;
        return new int[] {row, column - 1};
    }

    /** The column's letters: 0 → "A", 27 → "AB". */
    public static String column(int index) {
        StringBuilder b = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            b.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return b.toString();
    }
}
