package org.taizhang.store;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.taizhang.core.LedgerException;

/**
 * The rotating set of backups of one ledger: consistent copies, each a complete ledger file with
 * its whole history, named "北疆市台账 2024-01-10 09.30.15 调整时限前.taizhang". A ledger file's
 * are made with SQLite's online backup (never a file copy of a live WAL database) into the folder
 * "北疆市台账（备份）" beside it; a server ledger's are {@link LedgerCopy copies} into a ledger file,
 * named after the ledger, in a folder of this PC's user (see {@link PgLedgerStore#backups()}).
 * Either goes to the folder the office chose instead, when it chose one. The newest {@code keep} stay.
 */
public final class Backups {
    /** A backup: its file, when it was made, why, and the log it holds (count and newest hash). */
    public record Backup(Path file, Instant time, String reason, long adjustments, String head) {
    }

    public static final int DEFAULT_KEEP = 20;
    /** Ledger settings: how many backups to keep, and where (empty: beside a ledger file; a server ledger's, in the user's home). */
    public static final String KEEP_SETTING = "backup.keep";
    public static final String FOLDER_SETTING = "backup.folder";

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH.mm.ss");
    private static final Pattern NAME = Pattern.compile(
            "(?<stem>.+) (?<stamp>\\d{4}-\\d{2}-\\d{2} \\d{2}\\.\\d{2}\\.\\d{2})(-\\d+)? (?<reason>[^/\\\\]*)\\.taizhang");

    /** Writes a complete ledger file at a path that does not exist yet: the copy a backup is. */
    @FunctionalInterface
    interface Writer {
        void writeTo(Path file) throws IOException, SQLException;
    }

    private final String stem;
    private final Path folder;
    private final int keep;
    private final ZoneId zone;
    /** How old a half backup must be before it counts as left by a killed program (see {@link #removeLeftovers}). */
    private java.time.Duration leftoverAge = java.time.Duration.ZERO;

    /**
     * The backups named {@code stem} ("北疆市台账", a server ledger's name) in {@code chosenFolder},
     * or in {@code defaultFolder} when none was chosen.
     */
    Backups(String stem, Path defaultFolder, String chosenFolder, int keep, ZoneId zone) {
        this.stem = stem;
        this.folder = chosenFolder == null || chosenFolder.isBlank() ? defaultFolder : Path.of(chosenFolder);
        this.keep = Math.max(1, keep);
        this.zone = zone;
    }

    /** The backups of a ledger file: beside it unless the office chose a folder. */
    static Backups ofFile(Path ledger, String chosenFolder, int keep, ZoneId zone) {
        Path file = ledger.toAbsolutePath();
        return new Backups(stem(file), besideLedger(file), chosenFolder, keep, zone);
    }

    /**
     * Several PCs may back up one server ledger into one folder the office chose: a half backup
     * is another PC's at work until it is {@code age} old.
     */
    Backups sharedBy(java.time.Duration age) {
        this.leftoverAge = age;
        return this;
    }

    /** The number of backups to keep, as the ledger's setting says (the default when it says nothing sensible). */
    static int keep(java.util.Optional<String> setting) {
        try {
            return Integer.parseInt(setting.orElse(Integer.toString(DEFAULT_KEEP)).strip());
        } catch (NumberFormatException e) {
            return DEFAULT_KEEP;
        }
    }

    /** "北疆市台账（备份）" beside "北疆市台账.taizhang". */
    static Path besideLedger(Path ledger) {
        return ledger.resolveSibling(stem(ledger) + "（备份）");
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".taizhang") ? name.substring(0, name.length() - ".taizhang".length()) : name;
    }

    public Path folder() {
        return folder;
    }

    /** What the backups' names start with: the ledger file's name without ".taizhang", or the server ledger's name. */
    public String name() {
        return stem;
    }

    /** Copies the ledger file open on {@code db} into a new backup, with SQLite's online backup; see below. */
    Optional<Path> take(Connection db, String reason, long adjustments, String head, Instant now) {
        return take(part -> {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("backup to " + quoted(part));
            }
        }, reason, adjustments, head, now);
    }

    /**
     * Has {@code copy} write the ledger into a new backup and drops the oldest beyond the number
     * kept. Skipped (empty) when the newest backup already holds this very state. The copy is made
     * under a temporary name and renamed when complete, so a crash leaves no half backup.
     */
    Optional<Path> take(Writer copy, String reason, long adjustments, String head, Instant now) {
        List<Backup> existing = list();
        if (!existing.isEmpty() && existing.get(0).adjustments() == adjustments && existing.get(0).head().equals(head)) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(folder);
            String stamp = STAMP.format(LocalDateTime.ofInstant(now, zone));
            Path target = folder.resolve(stem + " " + stamp + " " + clean(reason) + ".taizhang");
            for (int n = 2; Files.exists(target); n++) {
                target = folder.resolve(stem + " " + stamp + "-" + n + " " + clean(reason) + ".taizhang");
            }
            removeLeftovers();
            // a name of its own: PCs backing up one server ledger into one folder never share a half backup
            Path part = folder.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime())
                    + ".part");
            copy.writeTo(part);
            move(part, target);
            rotate();
            return Optional.of(target);
        } catch (IOException | SQLException e) {
            throw new LedgerException(e, "backup.failed", folder, String.valueOf(e.getMessage()));
        } catch (LedgerException e) {
            if (e.key().startsWith("backup.")) {
                throw e;
            }
            throw new LedgerException(e, "backup.failed", folder, e.getMessage());
        }
    }

    /**
     * Deletes this ledger's half backups that a killed program left: nobody else writes them, as
     * only the ledger file's one writer backs it up (a server ledger's: see {@link #sharedBy}).
     */
    private void removeLeftovers() throws IOException {
        Instant before = Instant.now().minus(leftoverAge); // the files' times are the PC's, not the ledger's clock
        String prefix = "." + stem + " ";
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.startsWith(prefix) && name.endsWith(".part")
                        && (leftoverAge.isZero() || Files.getLastModifiedTime(f).toInstant().isBefore(before))) {
                    Files.deleteIfExists(f);
                }
            }
        }
    }

    private static String clean(String reason) {
        String r = reason == null ? "" : reason.strip().replaceAll("[\\\\/:*?\"<>|]+", "").replaceAll("\\s+", "-");
        return r.isEmpty() ? "备份" : r;
    }

    /** sqlite-jdbc's backup command takes the file name in quotes. */
    private static String quoted(Path file) {
        String name = file.toAbsolutePath().toString();
        if (name.contains("\"")) {
            throw new LedgerException("backup.badFolder", file.getParent());
        }
        return "\"" + name + "\"";
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private void rotate() throws IOException {
        List<Backup> all = list();
        for (Backup old : all.subList(Math.min(keep, all.size()), all.size())) {
            Files.deleteIfExists(old.file());
        }
    }

    /**
     * The backups of this ledger, newest first: files named after it in the folder whose log is
     * readable. A file that is no ledger, or another ledger's, is not listed.
     */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (!m.matches() || !m.group("stem").equals(stem)) {
                    continue;
                }
                Instant time;
                try {
                    time = LocalDateTime.parse(m.group("stamp"), STAMP).atZone(zone).toInstant();
                } catch (DateTimeParseException e) {
                    continue;
                }
                meta(f).ifPresent(meta -> out.add(new Backup(f, time, m.group("reason"),
                        Long.parseLong(meta.getOrDefault("log_count", "0")), meta.getOrDefault("log_head", ""))));
            }
        } catch (IOException e) {
            throw new LedgerException(e, "backup.unreadableFolder", folder, String.valueOf(e.getMessage()));
        }
        out.sort(Comparator.comparing(Backup::time).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return out;
    }

    /** The backup's ledger_meta, read without writing a byte (immutable: no -wal or -shm beside it). */
    private static Optional<Map<String, String>> meta(Path file) {
        try (Connection c = LedgerFile.connectImmutable(file);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT key, value FROM ledger_meta")) {
            Map<String, String> meta = new HashMap<>();
            while (rs.next()) {
                meta.put(rs.getString(1), rs.getString(2));
            }
            return Optional.of(meta);
        } catch (SQLException e) {
            return Optional.empty(); // not a ledger, or damaged: not a backup to offer
        }
    }

    /**
     * Makes {@code backup} a ledger of its own at {@code target}, with its whole history; the ledger
     * the backup was taken from is not touched. {@code target} must not exist yet.
     */
    public static void restore(Backup backup, Path target) {
        if (Files.exists(target)) {
            throw new LedgerException("backup.targetExists", target.getFileName());
        }
        Path part = target.toAbsolutePath().resolveSibling("." + target.getFileName() + ".part");
        try (Connection c = LedgerFile.connectImmutable(backup.file()); Statement s = c.createStatement()) {
            Files.deleteIfExists(part);
            s.executeUpdate("backup to " + quoted(part));
            move(part, target);
        } catch (IOException | SQLException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // the temporary name starts with a dot and ends in .part: plainly not a ledger
            }
            throw new LedgerException(e, "backup.restoreFailed", backup.file().getFileName(), String.valueOf(e.getMessage()));
        }
    }
}
