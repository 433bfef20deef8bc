package org.taizhang.core.notice;

import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;

/**
 * The colour of a 督办单, highest first: 红色 for a task overdue (逾期未完成), 黄色 for one reported
 * behind (滞后), 蓝色 for one due soon (即将到期). {@code code} is the word of the command line and of
 * file names; {@code rgb} the colour printed on the page.
 */
public enum NoticeLevel {
    RED("red", "C00000"),
    YELLOW("yellow", "E6A700"),
    BLUE("blue", "1F5FBF");

    private final String code;
    private final String rgb;

    NoticeLevel(String code, String rgb) {
        this.code = code;
        this.rgb = rgb;
    }

    public String code() {
        return code;
    }

    /** The colour as six hex digits. */
    public String rgb() {
        return rgb;
    }

    /** 红色 / 黄色 / 蓝色 (Red / Yellow / Blue). */
    public String label() {
        return I18n.text("notice.level." + code);
    }

    public static NoticeLevel of(String text) {
        for (NoticeLevel l : values()) {
            if (l.code.equalsIgnoreCase(text.strip()) || l.name().equalsIgnoreCase(text.strip())
                    || l.label().equals(text.strip())) {
                return l;
            }
        }
        throw new LedgerException("notice.badLevel", text);
    }
}
