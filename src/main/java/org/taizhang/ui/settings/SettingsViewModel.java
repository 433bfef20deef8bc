package org.taizhang.ui.settings;

import java.nio.file.Path;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.notice.NoticeSettings;
import org.taizhang.core.request.Flags;
import org.taizhang.core.task.LightRule;
import org.taizhang.report.pdf.ReportFont;
import org.taizhang.store.Backups;
import org.taizhang.ui.Background;
import org.taizhang.ui.FieldErrors;
import org.taizhang.ui.UserPrefs;

/**
 * The settings: the operator's name and the PDF font (kept for this user, on this computer) and
 * the 序时 thresholds, what to point out on an adjustment request, where and how many backups to
 * keep, and what every 督办单 says (office, number prefix, reply days, contact, blue days; kept
 * with the ledger, since each office sets its own).
 */
public final class SettingsViewModel {
    private final UserPrefs prefs;
    private final LedgerService service;
    private final Background background;
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty yellowDays = new SimpleStringProperty("");
    private final StringProperty redGraceDays = new SimpleStringProperty("");
    private final StringProperty pdfFont = new SimpleStringProperty("");
    private final StringProperty backupKeep = new SimpleStringProperty("");
    private final StringProperty backupFolder = new SimpleStringProperty("");
    private final BooleanProperty flagLate = new SimpleBooleanProperty(Flags.Rule.DEFAULT.late());
    private final StringProperty flagOften = new SimpleStringProperty(Integer.toString(Flags.Rule.DEFAULT.often()));
    private final BooleanProperty flagPastYear = new SimpleBooleanProperty(Flags.Rule.DEFAULT.pastYear());
    private final StringProperty noticeOffice = new SimpleStringProperty("");
    private final StringProperty noticePrefix = new SimpleStringProperty("");
    private final StringProperty noticeReplyDays = new SimpleStringProperty("");
    private final StringProperty noticeContact = new SimpleStringProperty("");
    private final StringProperty noticeBlueDays = new SimpleStringProperty("");
    /** Why the PDF font chosen was refused when saving; cleared when another is typed. */
    private final StringProperty fontRefused = new SimpleStringProperty("");
    private final FieldErrors errors = new FieldErrors();

    public SettingsViewModel(UserPrefs prefs, LedgerService service, Background background) {
        this.prefs = prefs;
        this.service = service;
        this.background = background;
        operator.set(prefs.operator());
        pdfFont.set(prefs.pdfFont());
        pdfFont.addListener((o, was, now) -> fontRefused.set(""));
        errors.check("operator", () -> operator.get().isBlank() ? I18n.text("settings.operatorRequired") : "",
                operator);
        errors.check("thresholds", this::thresholdsError, yellowDays, redGraceDays);
        errors.check("flagOften", this::flagsError, flagOften);
        errors.check("pdfFont", fontRefused::get, fontRefused);
        errors.check("backupKeep", this::keepError, backupKeep);
        errors.check("notices", this::noticesError, noticeReplyDays, noticeBlueDays);
    }

    private record Stored(LightRule rule, String keep, String folder, Flags.Rule flags, NoticeSettings notices) {
    }

    /** Reads the ledger's thresholds and backup settings into the form. */
    public void load() {
        background.run("", () -> new Stored(service.lightRule(),
                service.setting(Backups.KEEP_SETTING).orElse(Integer.toString(Backups.DEFAULT_KEEP)),
                service.setting(Backups.FOLDER_SETTING).orElse(""), new Flags(service).rule(),
                NoticeSettings.of(service)), stored -> {
                    yellowDays.set(Integer.toString(stored.rule().yellowDays()));
                    redGraceDays.set(Integer.toString(stored.rule().redGraceDays()));
                    backupKeep.set(stored.keep());
                    backupFolder.set(stored.folder());
                    flagLate.set(stored.flags().late());
                    flagOften.set(Integer.toString(stored.flags().often()));
                    flagPastYear.set(stored.flags().pastYear());
                    noticeOffice.set(stored.notices().office());
                    noticePrefix.set(stored.notices().prefix());
                    noticeReplyDays.set(Integer.toString(stored.notices().replyDays()));
                    noticeContact.set(stored.notices().contact());
                    noticeBlueDays.set(Integer.toString(stored.notices().blueDays()));
                }, e -> yellowDays.set(""));
    }

    private String thresholdsError() {
        try {
            rule();
            return "";
        } catch (NumberFormatException | LedgerException e) {
            return I18n.text("light.badThresholds");
        }
    }

    private String keepError() {
        try {
            keep();
            return "";
        } catch (NumberFormatException e) {
            return I18n.text("settings.backupKeepBad");
        }
    }

    private String noticesError() {
        if (noticeReplyDays.get().isBlank() && noticeBlueDays.get().isBlank()) { // blank until loaded
            return "";
        }
        try {
            notices();
            return "";
        } catch (NumberFormatException | LedgerException e) {
            return I18n.text("notice.badSettings");
        }
    }

    private String flagsError() {
        try {
            flags();
            return "";
        } catch (NumberFormatException e) {
            return I18n.text("request.flag.badOften", flagOften.get());
        } catch (LedgerException e) {
            return e.getMessage();
        }
    }

    private NoticeSettings notices() {
        return new NoticeSettings(noticeOffice.get(), noticePrefix.get(), Integer.parseInt(noticeReplyDays.get().strip()),
                noticeContact.get(), Integer.parseInt(noticeBlueDays.get().strip()));
    }

    private Flags.Rule flags() {
        return new Flags.Rule(flagLate.get(), Integer.parseInt(flagOften.get().strip()), flagPastYear.get());
    }

    private int keep() {
        int keep = Integer.parseInt(backupKeep.get().strip());
        if (keep < 1 || keep > 999) {
            throw new NumberFormatException(backupKeep.get());
        }
        return keep;
    }

    private LightRule rule() {
        return new LightRule(Integer.parseInt(yellowDays.get().strip()), Integer.parseInt(redGraceDays.get().strip()));
    }

    /**
     * Saves them all; {@code done} runs on the FX thread once the ledger has the thresholds. A PDF
     * font that cannot be used is refused with the reason under its field ("pdfFont"), and nothing
     * is saved; {@code failed} hears of any other failure. A ledger open
     * read-only keeps its settings; the operator and the font are still saved.
     */
    public void save(Runnable done, java.util.function.Consumer<String> failed) {
        LightRule rule = rule();
        int keep = keep();
        Flags.Rule flags = flags();
        NoticeSettings notices = noticeReplyDays.get().isBlank() ? null : notices();
        String folder = backupFolder.get().strip();
        String font = pdfFont.get().strip();
        background.run(I18n.text("busy.saving.adjustment"), () -> {
            if (!font.isEmpty()) {
                try {
                    ReportFont.open(Path.of(font)).close();
                } catch (Exception e) {
                    throw new FontRefused(e.getMessage());
                }
            }
            if (!service.isReadOnly()) { // a read-only ledger's fields are shown, not saved
                service.together(() -> {
                    service.saveLightRule(rule);
                    service.saveSetting(Backups.KEEP_SETTING, Integer.toString(keep));
                    service.saveSetting(Backups.FOLDER_SETTING, folder);
                    new Flags(service).save(flags);
                    if (notices != null) {
                        notices.save(service);
                    }
                    return null;
                });
            }
            return null;
        }, none -> {
            prefs.setOperator(operator.get());
            prefs.setPdfFont(font);
            done.run();
        }, e -> {
            if (e instanceof FontRefused) {
                fontRefused.set(e.getMessage()); // said under the font's field
            } else {
                failed.accept(e.getMessage());
            }
        });
    }

    /** The PDF font cannot be used: said under its field, not in a dialog. */
    private static final class FontRefused extends RuntimeException {
        FontRefused(String message) {
            super(message);
        }
    }

    public boolean readOnly() {
        return service.isReadOnly();
    }

    public StringProperty operatorProperty() {
        return operator;
    }

    public StringProperty yellowDaysProperty() {
        return yellowDays;
    }

    /** The PDF font file; empty to let the program find one. */
    public StringProperty pdfFontProperty() {
        return pdfFont;
    }

    /** How many backups to keep (1–999). */
    public StringProperty backupKeepProperty() {
        return backupKeep;
    }

    /** The folder backups go to; empty for the folder beside the ledger. */
    public StringProperty backupFolderProperty() {
        return backupFolder;
    }

    /** Flag a request that arrives after its task's deadline passed. */
    public BooleanProperty flagLateProperty() {
        return flagLate;
    }

    /** Flag a request on a task adjusted this many times this year already (0: never). */
    public StringProperty flagOftenProperty() {
        return flagOften;
    }

    /** Flag a request that postpones past the year's end. */
    public BooleanProperty flagPastYearProperty() {
        return flagPastYear;
    }

    /** 督办单: the issuing office, the number's prefix, reply working days, contact, blue days. */
    public StringProperty noticeOfficeProperty() {
        return noticeOffice;
    }

    public StringProperty noticePrefixProperty() {
        return noticePrefix;
    }

    public StringProperty noticeReplyDaysProperty() {
        return noticeReplyDays;
    }

    public StringProperty noticeContactProperty() {
        return noticeContact;
    }

    public StringProperty noticeBlueDaysProperty() {
        return noticeBlueDays;
    }

    public StringProperty redGraceDaysProperty() {
        return redGraceDays;
    }

    /**
     * The checks, each shown under its field: "operator", "thresholds" (the two 序时 days),
     * "flagOften", "pdfFont" (refused on saving), "backupKeep", "notices" (reply and blue days).
     */
    public FieldErrors errors() {
        return errors;
    }

    /** Empty when the form can be saved, else the first thing wrong. */
    public StringBinding errorProperty() {
        return errors.firstProperty();
    }
}
