package org.taizhang.ui.settings;

import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.task.LightRule;
import org.taizhang.report.pdf.ReportFont;
import org.taizhang.ui.Background;
import org.taizhang.ui.UserPrefs;

/**
 * The settings: the operator's name and the PDF font (kept for this user, on this computer) and
 * the 序时 thresholds (kept with the ledger, since each office sets its own).
 */
public final class SettingsViewModel {
    private final UserPrefs prefs;
    private final LedgerService service;
    private final Background background;
    private final StringProperty operator = new SimpleStringProperty("");
    private final StringProperty yellowDays = new SimpleStringProperty("");
    private final StringProperty redGraceDays = new SimpleStringProperty("");
    private final StringProperty pdfFont = new SimpleStringProperty("");
    private final StringBinding error;

    public SettingsViewModel(UserPrefs prefs, LedgerService service, Background background) {
        this.prefs = prefs;
        this.service = service;
        this.background = background;
        operator.set(prefs.operator());
        pdfFont.set(prefs.pdfFont());
        error = Bindings.createStringBinding(this::check, operator, yellowDays, redGraceDays);
    }

    /** Reads the ledger's thresholds into the form. */
    public void load() {
        background.run("", service::lightRule, rule -> {
            yellowDays.set(Integer.toString(rule.yellowDays()));
            redGraceDays.set(Integer.toString(rule.redGraceDays()));
        }, e -> yellowDays.set(""));
    }

    private String check() {
        if (operator.get().isBlank()) {
            return I18n.text("settings.operatorRequired");
        }
        try {
            rule();
            return "";
        } catch (NumberFormatException | LedgerException e) {
            return I18n.text("light.badThresholds");
        }
    }

    private LightRule rule() {
        return new LightRule(Integer.parseInt(yellowDays.get().strip()), Integer.parseInt(redGraceDays.get().strip()));
    }

    /**
     * Saves them all; {@code done} runs on the FX thread once the ledger has the thresholds. A PDF
     * font that cannot be used is refused with the reason, and nothing is saved.
     */
    public void save(Runnable done, java.util.function.Consumer<String> failed) {
        LightRule rule = rule();
        String font = pdfFont.get().strip();
        background.run(I18n.text("busy.saving.adjustment"), () -> {
            if (!font.isEmpty()) {
                ReportFont.open(Path.of(font)).close();
            }
            service.saveLightRule(rule);
            return null;
        }, none -> {
            prefs.setOperator(operator.get());
            prefs.setPdfFont(font);
            done.run();
        }, e -> failed.accept(e.getMessage()));
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

    public StringProperty redGraceDaysProperty() {
        return redGraceDays;
    }

    /** Empty when the form can be saved, else what is wrong. */
    public StringBinding errorProperty() {
        return error;
    }
}
