package org.taizhang.store;

import org.taizhang.core.LedgerException;

/**
 * A ledger that can be read but not written here, and why. The window opens such a ledger
 * read-only and says the reason; the command line's writing commands stop with it.
 */
public final class NotWritableException extends LedgerException {
    /** Why a ledger cannot be written. */
    public enum Reason {
        /** Another program (or window) writes it. */
        IN_USE("ledger.locked"),
        /** Its folder refuses the lock file: a read-only share or folder. */
        FOLDER_READ_ONLY("ledger.folderReadOnly"),
        /** The file itself is read-only. */
        FILE_READ_ONLY("ledger.fileReadOnly"),
        /** A server ledger, and the role logged in is a viewer's: it may read the ledger, not write it. */
        VIEWER_ROLE("server.viewerRole");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    private final Reason reason;

    NotWritableException(Reason reason, Throwable cause, Object... args) {
        super(cause, reason.key, args);
        this.reason = reason;
    }

    NotWritableException(Reason reason, Object... args) {
        this(reason, null, args);
    }

    public Reason reason() {
        return reason;
    }
}
