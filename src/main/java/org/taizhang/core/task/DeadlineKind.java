package org.taizhang.core.task;

/**
 * What a 完成时限 means: a day, the end of a month, quarter, half year or year, a recurring date, or
 * no date (no end at all, or none of its own).
 */
public enum DeadlineKind {
    /** No deadline given. */
    NONE("none"),
    /** A day: "2023年6月30日", "6月中旬". */
    DATE("date"),
    /** By the end of a month: "2023年12月底前", "6月底前". */
    MONTH_END("month_end"),
    /** By the end of a quarter: "三季度末". */
    QUARTER_END("quarter_end"),
    /** By the end of a half year: "上半年", "下半年". */
    HALF_YEAR_END("half_year_end"),
    /** By the end of the year: "年内", "年底前", "2024年". */
    YEAR_END("year_end"),
    /** No end date: "长期坚持", "持续推进", "2023年起". */
    ONGOING("ongoing"),
    /** Due again and again: "每月", "每季度", "每月10日前"; the next due date depends on the day asked about. */
    RECURRING("recurring"),
    /** No date of its own, set from elsewhere: "根据上级部署", "按上级要求". */
    UNDATED("undated"),
    /** Text the parser could not read; kept as written, never produced for new input. */
    UNREAD("unread");

    private final String code;

    DeadlineKind(String code) {
        this.code = code;
    }

    /** The stable English name used in the database and in JSON. */
    public String code() {
        return code;
    }

    public static DeadlineKind ofCode(String code) {
        for (DeadlineKind k : values()) {
            if (k.code.equals(code)) {
                return k;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
