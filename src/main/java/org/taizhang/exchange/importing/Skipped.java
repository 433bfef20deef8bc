package org.taizhang.exchange.importing;

import org.taizhang.core.Message;

/**
 * A sheet or a row the import did not read as a task, and why: the title over a table, the header,
 * a 领域 heading, a 合计 row, the notes and signature under the table, a cover sheet. Nothing is
 * passed over without one of these. {@code row} is 0 for a whole sheet.
 */
public record Skipped(String sheet, int row, Reason reason, String text) {

    /** Why a sheet or row is not a task. */
    public enum Reason {
        /** A sheet the workbook hides. */
        HIDDEN_SHEET,
        /** A sheet with nothing in it. */
        EMPTY_SHEET,
        /** A sheet without a task table (a cover, 填表说明). */
        NO_TABLE,
        /** A sheet whose table has a header and no rows under it. */
        NO_ROWS,
        /** A sheet of counts (a summary of formulas): its task column holds numbers. */
        SUMMARY_SHEET,
        /** Another sheet was asked for. */
        NOT_CHOSEN,
        /** An earlier period of the same tasks (第二季度 beside 第三季度): the latest is read ({@code text} names it). */
        EARLIER_PERIOD,
        /** Above the header: the title, the 填报单位 line. */
        TITLE,
        /** The header itself. */
        HEADER,
        /** The header again further down (a table pasted twice, or printed pages). */
        REPEATED_HEADER,
        /** The 栏次 row numbering the columns under a header. */
        COLUMN_NUMBERS,
        /** A 领域 heading ("一、经济体制改革（12项）"): gives the rows under it their domain. */
        HEADING,
        /** A 合计 / 小计 row. */
        TOTAL,
        /** 填表说明, 注：… under the table. */
        NOTE,
        /** 填报人：…  审核人：… under the table. */
        SIGNATURE,
        /** Below the notes that close the table. */
        AFTER_NOTES,
        /** Filled only in columns the import does not read (see the mapping's 未对应 columns). */
        UNMAPPED_ONLY;

        public String key() {
            return "import.skip." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '.');
        }
    }

    public Message why() {
        return new Message(reason.key(), text);
    }

    public boolean wholeSheet() {
        return row == 0;
    }
}
