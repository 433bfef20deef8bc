package org.taizhang.store;

import java.nio.file.Path;
import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;
import org.taizhang.core.LedgerException;

/** Turns SQLite's failures into messages a clerk can act on. */
final class SqliteErrors {
    private SqliteErrors() {
    }

    /**
     * FULL, or no room to grow the shared-memory file beside the ledger (IOERR_SHMSIZE: the disk
     * is full before SQLite has written a page).
     */
    static boolean isDiskFull(SQLiteException e) {
        int code = e.getResultCode().code;
        return (code & 0xff) == 13 || code == (10 | 19 << 8);
    }

    static LedgerException translate(SQLException e, Path file) {
        String name = file.getFileName().toString();
        if (e instanceof SQLiteException s && isDiskFull(s)) {
            return new LedgerException(e, "ledger.diskFull", name);
        }
        if (e instanceof SQLiteException s) {
            SQLiteErrorCode code = s.getResultCode();
            switch (code.code & 0xff) {
                case 5, 6 -> { // BUSY, LOCKED
                    return new LedgerException(e, "ledger.busy", name);
                }
                case 8 -> { // READONLY
                    return new NotWritableException(NotWritableException.Reason.FILE_READ_ONLY, e, name);
                }
                case 11, 26 -> { // CORRUPT, NOTADB
                    return new LedgerException(e, "ledger.damaged", name, s.getMessage());
                }
                case 10, 14 -> { // IOERR, CANTOPEN
                    return new LedgerException(e, "ledger.ioError", name, s.getMessage());
                }
                default -> {
                    // fall through to the general message
                }
            }
        }
        return new LedgerException(e, "ledger.sqlError", name, e.getMessage());
    }
}
