package org.taizhang.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.SettableClock;
import org.taizhang.store.OpenLedger;

/**
 * A real ledger file for a test, in a folder of its own, on a clock the test sets:
 * <pre>
 * {@literal @}RegisterExtension
 * TestLedger ledger = TestLedger.sample().at("2024-01-10T02:00:00Z");
 * </pre>
 * The sample (the 2023 ledger of 北疆市 with its year of adjustments) or an empty ledger, opened
 * for writing before each test and closed after it, its folder removed. Registered on a static
 * field it is opened once for the class instead.
 */
public final class TestLedger implements BeforeAllCallback, BeforeEachCallback, AfterEachCallback, AfterAllCallback {
    private final String title;
    private final int year;
    private SettableClock clock = SettableClock.at("2024-01-10T02:00:00Z");
    private String name;
    private Path dir;
    private OpenLedger ledger;
    private boolean perClass;

    private TestLedger(String title, int year, String name) {
        this.title = title;
        this.year = year;
        this.name = name;
    }

    /** The sample ledger, made anew for each test (it replays its year on the clock). */
    public static TestLedger sample() {
        return new TestLedger(null, 0, "sample.taizhang");
    }

    /** An empty ledger of that title and year. */
    public static TestLedger empty(String title, int year) {
        return new TestLedger(title, year, "ledger.taizhang");
    }

    /** The clock starts at {@code instant} (an ISO instant, "2024-01-10T02:00:00Z"). */
    public TestLedger at(String instant) {
        clock = SettableClock.at(instant);
        return this;
    }

    /** The ledger's file name (a backup or a restored copy is named after it). */
    public TestLedger named(String fileName) {
        name = fileName;
        return this;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        perClass = true;
        make();
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        if (!perClass) {
            make();
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        if (!perClass) {
            close();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    private void make() throws IOException {
        dir = Files.createTempDirectory("taizhang-test-");
        Path file = dir.resolve(name);
        ledger = title == null ? OpenLedger.createSample(file, clock) : OpenLedger.create(file, title, year, clock);
    }

    private void close() {
        if (ledger != null) {
            ledger.close();
            ledger = null;
        }
        if (dir != null) {
            try {
                org.taizhang.store.ScratchFolder.deleteTree(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            dir = null;
        }
    }

    /** The open ledger (its store and service). */
    public OpenLedger ledger() {
        return ledger;
    }

    public LedgerService service() {
        return ledger.service();
    }

    public SettableClock clock() {
        return clock;
    }

    /** The ledger's file. */
    public Path file() {
        return ledger.path();
    }

    /** The ledger's folder, for the files a test writes beside it. */
    public Path dir() {
        return dir;
    }
}
