package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows made on a second thread while they are written (decision 0025): written in the order made,
 * a failure while making a row thrown by the writer, a failure while writing stopping the maker,
 * and no thread left behind either way.
 */
class RowFeedTest {
    private Connection db;

    @BeforeEach
    void open() throws SQLException {
        db = DriverManager.getConnection("jdbc:sqlite::memory:");
        try (Statement s = db.createStatement()) {
            s.execute("CREATE TABLE row (seq INTEGER PRIMARY KEY, text TEXT NOT NULL)");
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void everyRowIsWrittenInTheOrderMade() throws SQLException {
        RowFeed.write(rows(10_001, -1, new AtomicInteger()), inserter(), true);
        assertEquals(10_001, count());
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT seq, text FROM row ORDER BY rowid")) {
            int expected = 0;
            while (rs.next()) {
                assertEquals(expected, rs.getInt(1));
                assertEquals("第" + expected + "行", rs.getString(2));
                expected++;
            }
        }
        assertNoMakerLeft();
    }

    @Test
    void aRowThatCannotBeMadeFailsTheWriteThere() throws SQLException {
        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> RowFeed.write(rows(10_000, 6_789, new AtomicInteger()), inserter(), true));
        assertEquals("row 6789", thrown.getMessage());
        assertTrue(count() <= 6_789, "nothing after the row that failed: " + count());
        assertNoMakerLeft();
    }

    @Test
    void aRowThatCannotBeWrittenStopsTheMaker() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("INSERT INTO row VALUES (3000, 'taken')");
        }
        AtomicInteger made = new AtomicInteger();
        assertThrows(SQLException.class, () -> RowFeed.write(rows(1_000_000, -1, made), inserter(), true));
        assertNoMakerLeft();
        assertTrue(made.get() < 100_000, "the maker stopped soon after the writer: " + made.get());
    }

    @Test
    void anInterruptDoesNotCutACommitShort() throws SQLException {
        Thread.currentThread().interrupt();
        try {
            RowFeed.write(rows(5_000, -1, new AtomicInteger()), inserter(), true);
            assertTrue(Thread.interrupted(), "the interrupt is said again afterwards");
        } finally {
            Thread.interrupted();
        }
        assertEquals(5_000, count());
        assertNoMakerLeft();
    }

    @Test
    void fewRowsAreMadeOnTheWritersThread() throws SQLException {
        Thread writer = Thread.currentThread();
        Iterator<Object[]> rows = rows(100, -1, new AtomicInteger());
        RowFeed.write(new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Object[] next() {
                assertSame(writer, Thread.currentThread());
                return rows.next();
            }
        }, inserter(), false);
        assertEquals(100, count());
    }

    /** {@code n} rows, made as asked for; the row {@code failAt} cannot be made. */
    private static Iterator<Object[]> rows(int n, int failAt, AtomicInteger made) {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < n;
            }

            @Override
            public Object[] next() {
                int seq = next++;
                if (seq == failAt) {
                    throw new IllegalStateException("row " + seq);
                }
                made.incrementAndGet();
                return new Object[] {(long) seq, "第" + seq + "行"};
            }
        };
    }

    private RowInserter inserter() {
        return new RowInserter(db, "INSERT INTO row (seq, text) VALUES", 2, "");
    }

    private long count() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM row")) {
            return rs.getLong(1);
        }
    }

    private static void assertNoMakerLeft() {
        assertFalse(Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("taizhang-rows") && t.isAlive()), "no maker thread left");
    }
}
