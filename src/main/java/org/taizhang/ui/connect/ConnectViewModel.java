package org.taizhang.ui.connect;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.taizhang.core.I18n;
import org.taizhang.core.LedgerException;
import org.taizhang.store.LedgerAddress;
import org.taizhang.store.PgLedgerStore;
import org.taizhang.ui.FieldErrors;

/**
 * 连接服务器台账: where the ledger is on the office's server (server, port, database, ledger name,
 * user) and the password, typed here and kept in memory only. An address given by the office's
 * administrator can be pasted whole into 地址; the fields follow it, and it follows them.
 */
public final class ConnectViewModel {
    /** What the clerk chose: the address, and the password typed (empty: the stored one, or none). */
    public record Choice(LedgerAddress.Server address, char[] password) {
    }

    private final StringProperty address = new SimpleStringProperty("");
    private final StringProperty host = new SimpleStringProperty("");
    private final StringProperty port = new SimpleStringProperty(Integer.toString(LedgerAddress.DEFAULT_PORT));
    private final StringProperty database = new SimpleStringProperty("");
    private final StringProperty ledger = new SimpleStringProperty("");
    private final StringProperty user = new SimpleStringProperty(System.getProperty("user.name", ""));
    private final StringProperty password = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper why = new ReadOnlyStringWrapper("");
    private final FieldErrors errors = new FieldErrors();
    private final BooleanBinding complete;
    private boolean following;

    /** An empty form, or one filled from a known address with why it is asked again (e.g. 密码不对). */
    public ConnectViewModel(LedgerAddress.Server known, String why) {
        if (known != null) {
            fill(known);
        }
        this.why.set(why == null ? "" : why);
        address.addListener((o, was, now) -> fromAddress());
        for (StringProperty field : new StringProperty[] {host, port, database, ledger, user}) {
            field.addListener((o, was, now) -> toAddress());
        }
        toAddress();
        // A form not yet begun is unfinished, not wrong: no messages, OK disabled (see complete).
        errors.check("address", () -> blank() ? "" : addressError(), address, host, database, ledger);
        errors.check("host", () -> !blank() && host.get().isBlank() ? I18n.text("connect.hostRequired") : "",
                host, database, ledger);
        errors.check("port", () -> portNumber() < 0 ? I18n.text("connect.badPort") : "", port);
        errors.check("database", () -> !blank() && database.get().isBlank()
                ? I18n.text("connect.databaseRequired") : "", host, database, ledger);
        errors.check("ledger", () -> blank() || PgLedgerStore.isLedgerName(ledger.get().strip()) ? ""
                : I18n.text("server.badLedgerName", ledger.get().strip()), host, database, ledger);
        complete = errors.noneProperty().and(Bindings.createBooleanBinding(() -> !blank(), host, database, ledger));
    }

    /** Nothing typed yet that says where the ledger is. */
    private boolean blank() {
        return host.get().isBlank() && database.get().isBlank() && ledger.get().isBlank();
    }

    private void fill(LedgerAddress.Server a) {
        host.set(a.host());
        port.set(Integer.toString(a.port()));
        database.set(a.database());
        ledger.set(a.ledger());
        user.set(a.user().isEmpty() ? user.get() : a.user());
    }

    /** A pasted address fills the fields; a half-typed one waits (its message is under it). */
    private void fromAddress() {
        if (following) {
            return;
        }
        try {
            if (LedgerAddress.parse(address.get()) instanceof LedgerAddress.Server s) {
                following = true;
                fill(s);
                following = false;
            }
        } catch (LedgerException e) {
            // said under the field
        }
    }

    private void toAddress() {
        if (following) {
            return;
        }
        following = true;
        address.set(built());
        following = false;
    }

    private String built() {
        if (blank()) {
            return "";
        }
        int p = portNumber();
        String where = host.get().strip() + (p == LedgerAddress.DEFAULT_PORT || p < 0 ? "" : ":" + p);
        String who = user.get().isBlank() ? "" : user.get().strip() + "@";
        return "postgresql://" + who + where + "/" + database.get().strip() + "?ledger=" + ledger.get().strip();
    }

    private String addressError() {
        try {
            return LedgerAddress.parse(address.get()) instanceof LedgerAddress.Server ? ""
                    : I18n.text("connect.notServerAddress");
        } catch (LedgerException e) {
            return e.getMessage();
        }
    }

    private int portNumber() {
        String p = port.get().strip();
        if (!p.matches("[0-9]{1,5}")) {
            return -1;
        }
        int n = Integer.parseInt(p);
        return n > 0 && n < 65536 ? n : -1;
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty databaseProperty() {
        return database;
    }

    public StringProperty ledgerProperty() {
        return ledger;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** Why the form is asked again (the server wants a password, or refused the one given); empty at first. */
    public ReadOnlyStringProperty whyProperty() {
        return why.getReadOnlyProperty();
    }

    /** The checks, each under its field: "address", "host", "port", "database", "ledger". */
    public FieldErrors errors() {
        return errors;
    }

    public BooleanBinding completeProperty() {
        return complete;
    }

    /** The address and password; the form's password is cleared, so it lives only as long as the open needs it. */
    public Choice choice() {
        LedgerAddress.Server a = (LedgerAddress.Server) LedgerAddress.parse(address.get());
        char[] typed = password.get().toCharArray();
        password.set("");
        return new Choice(a, typed);
    }
}
