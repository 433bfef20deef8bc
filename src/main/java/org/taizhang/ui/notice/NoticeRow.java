package org.taizhang.ui.notice;

import org.taizhang.core.notice.Notice;

/** One 督办单 in the window's list, in words. */
public record NoticeRow(Notice notice, String number, String unit, String level, int tasks, String issued,
        String replyBy, String answered, String state) {
}
