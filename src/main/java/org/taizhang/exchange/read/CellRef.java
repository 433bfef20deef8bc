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

    /**
     * The column alone, 0-based, as {@code parse(ref)[1]} gives it and refusing what it refuses (a
     * row part that is no number), without the array and the row's string: a sheet has a
     * reference on every cell.
     */
    public static int columnOf(String ref) {
        int column = 0;
        int i = 0;
        int length = ref.length();
        char c;
        while (i < length && Character.isLetter(c = ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(c) - 'A' + 1);
            i++;
        }
        boolean digits = length - i <= 9;
        for (int j = i; j < length && digits; j++) {
            c = ref.charAt(j);
            digits = c >= '0' && c <= '9';
        }
        if (!digits) {
            Integer.parseInt(ref.substring(i)); // what parse does: a sign, a long number, or NumberFormatException
        }
        return column - 1;
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
