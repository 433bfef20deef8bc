package org.taizhang.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/**
 * SQLite's native library, kept unpacked in a folder of the program's own. Left to itself,
 * sqlite-jdbc unpacks its library from its jar into the temporary folder at every start of the
 * program, after running "uname" to name the system, and reads it back byte by byte to compare (a
 * third of a second of each command's start, see docs/decisions/0027-sqlite-library-kept-unpacked.md);
 * pointed at a copy it loads that at once. The copy is made once per sqlite-jdbc jar and system,
 * checked then against the library's CRC-32 in the jar, which is written beside it; at each start
 * the copy is checked against that (a few milliseconds). Anything amiss and it is made again, or
 * sqlite-jdbc is left to do as it always did.
 */
public final class SqliteLibrary {
    /** sqlite-jdbc's own settings: the folder and the file name of a library to load instead of unpacking its own. */
    static final String PATH_PROPERTY = "org.sqlite.lib.path";
    static final String NAME_PROPERTY = "org.sqlite.lib.name";

    private SqliteLibrary() {
    }

    /**
     * Points sqlite-jdbc at the copy of its library in {@code dir} (made there first when missing or
     * not the same bytes as the jar's), before the first ledger is opened. Does nothing when a
     * library was named already (the installer's runtime may name its own), when the jar holds no
     * library for this system, or when the copy cannot be made. Gives the library's folder, or null.
     */
    public static Path useCopyIn(Path dir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return null;
        }
        try {
            // Named by sqlite-jdbc's jar and what the JVM says of the system, at once: asking
            // sqlite-jdbc its version sets up its logging, and its naming of the system runs
            // "uname" in a new process, each as long as all the rest of this.
            String jar = jarName();
            if (jar == null) {
                return null;
            }
            Path folder = dir.resolve(jar + "-" + safe(System.getProperty("os.name")) + "-"
                    + safe(System.getProperty("os.arch")));
            Path sum = folder.resolve(SUM);
            String name = null;
            if (Files.isRegularFile(sum)) { // "CRC NAME": what the copy was checked against when made
                String[] recorded = Files.readString(sum).strip().split(" ", 2);
                if (recorded.length == 2 && crc(folder.resolve(recorded[1])) == Long.parseLong(recorded[0], 16)) {
                    name = recorded[1];
                }
            }
            if (name == null) {
                name = unpack(folder);
                if (name == null) {
                    return null;
                }
                removeOthers(dir, folder);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
            return folder;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** sqlite-jdbc's jar file's name without ".jar" (it holds the version), or null when it is not run from a jar. */
    private static String jarName() {
        try {
            var source = SQLiteJDBCLoader.class.getProtectionDomain().getCodeSource();
            String file = source == null ? "" : Path.of(source.getLocation().toURI()).getFileName().toString();
            return file.endsWith(".jar") ? safe(file.substring(0, file.length() - 4)) : null;
        } catch (java.net.URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The file beside the copy saying its CRC-32 and its name. */
    static final String SUM = "crc32.txt";

    private static String safe(String part) {
        return part == null ? "unknown" : part.replaceAll("[^A-Za-z0-9._-]", "_");
    }

    /**
     * Copies the jar's library for this system into {@code folder}, checks it against the CRC-32
     * the jar gives, and records that beside it; gives its name, or null when the jar has none.
     */
    private static String unpack(Path folder) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (url == null) {
            return null;
        }
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            return null;
        }
        JarEntry entry = jar.getJarEntry();
        long crc = entry.getCrc();
        if (crc < 0) {
            return null;
        }
        Files.createDirectories(folder);
        Path library = folder.resolve(name);
        Path temp = Files.createTempFile(folder, ".unpacking-", ".part");
        try {
            URLConnection c = url.openConnection();
            c.setUseCaches(false);
            try (InputStream in = c.getInputStream()) {
                Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (crc(temp) != crc) {
                throw new IOException("the unpacked library differs from the jar's");
            }
            Files.deleteIfExists(folder.resolve(SUM)); // no record of a copy being replaced
            move(temp, library);
            Files.writeString(temp, Long.toHexString(crc) + " " + name);
            move(temp, folder.resolve(SUM));
            return name;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file's CRC-32, or -1 when it cannot be read. */
    static long crc(Path file) {
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        CRC32 crc = new CRC32();
        try {
            crc.update(Files.readAllBytes(file));
        } catch (IOException e) {
            return -1;
        }
        return crc.getValue();
    }

    /** Best effort: the copies of earlier versions (a library in use elsewhere stays). */
    private static void removeOthers(Path dir, Path keep) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, "sqlite-jdbc-*")) {
            for (Path f : folders) {
                if (!f.equals(keep) && Files.isDirectory(f)) {
                    try (DirectoryStream<Path> files = Files.newDirectoryStream(f)) {
                        for (Path file : files) {
                            Files.deleteIfExists(file);
                        }
                    }
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a copy left behind costs a megabyte of disk, nothing else
        }
    }
}
