package org.taizhang.core.notice;

import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;

/**
 * What the office writes on every 督办单, kept with the ledger (its settings): the issuing office,
 * the number's prefix (改革督 → 改革督〔2023〕12号), the working days a unit has to reply, the contact
 * person (name and telephone as one line), and the days ahead a blue notice looks ({@code blueDays};
 * by default the 序时 light's due-soon days, so blue is what the report calls 即将到期).
 */
public record NoticeSettings(String office, String prefix, int replyDays, String contact, int blueDays) {
    static final String OFFICE = "notice.office";
    static final String PREFIX = "notice.prefix";
    static final String REPLY_DAYS = "notice.replyDays";
    static final String CONTACT = "notice.contact";
    static final String BLUE_DAYS = "notice.blueDays";

    public static final String DEFAULT_OFFICE = "全面深化改革委员会办公室";
    public static final String DEFAULT_PREFIX = "改革督";
    public static final int DEFAULT_REPLY_DAYS = 5;

    public NoticeSettings {
        office = office == null || office.isBlank() ? DEFAULT_OFFICE : office.strip();
        prefix = prefix == null || prefix.isBlank() ? DEFAULT_PREFIX : prefix.strip();
        contact = contact == null ? "" : contact.strip();
        if (replyDays < 1 || replyDays > 60 || blueDays < 1 || blueDays > 366) {
            throw new LedgerException("notice.badSettings");
        }
    }

    public static NoticeSettings of(LedgerService ledger) {
        int blue = ledger.lightRule().yellowDays();
        return new NoticeSettings(ledger.setting(OFFICE).orElse(""), ledger.setting(PREFIX).orElse(""),
                number(ledger.setting(REPLY_DAYS).orElse(""), DEFAULT_REPLY_DAYS), ledger.setting(CONTACT).orElse(""),
                number(ledger.setting(BLUE_DAYS).orElse(""), blue < 1 ? 30 : blue));
    }

    public void save(LedgerService ledger) {
        ledger.together(() -> {
            ledger.saveSetting(OFFICE, office);
            ledger.saveSetting(PREFIX, prefix);
            ledger.saveSetting(REPLY_DAYS, Integer.toString(replyDays));
            ledger.saveSetting(CONTACT, contact);
            ledger.saveSetting(BLUE_DAYS, Integer.toString(blueDays));
            return null;
        });
    }

    /** The number of the {@code seq}-th notice of {@code year}: 改革督〔2023〕12号. */
    public String number(int year, int seq) {
        return prefix + "〔" + year + "〕" + seq + "号";
    }

    private static int number(String text, int otherwise) {
        try {
            return text.isBlank() ? otherwise : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
