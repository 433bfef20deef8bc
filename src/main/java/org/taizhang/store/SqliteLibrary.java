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
 * program and reads it back byte by byte to compare (a fifth of a second of each command's start,
 * see docs/decisions/0027-sqlite-library-kept-unpacked.md); pointed at a copy it loads that at
 * once. The copy is named by sqlite-jdbc's version and the library's CRC-32 in the jar, and is
 * checked against that CRC at each start (a millisecond); anything amiss and sqlite-jdbc is left to
 * do as it always did.
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
            Path folder = dir.resolve("sqlite-" + SQLiteJDBCLoader.getVersion() + "-" + Long.toHexString(crc));
            Path library = folder.resolve(name);
            if (crc(library) != crc) {
                unpack(url, folder, library, crc);
                removeOthers(dir, folder);
            }
            System.setProperty(PATH_PROPERTY, folder.toString());
            System.setProperty(NAME_PROPERTY, name);
            return folder;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The file's CRC-32, or -1 when it cannot be read. */
    static long crc(Path file) {
        if (!Files.isRegularFile(file)) {
            return -1;
        }
        CRC32 crc = new CRC32();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                crc.update(buffer, 0, n);
            }
        } catch (IOException e) {
            return -1;
        }
        return crc.getValue();
    }

    /** Copies the library out of the jar under a temporary name, checks it, and gives it its name. */
    private static void unpack(URL url, Path folder, Path library, long crc) throws IOException {
        Files.createDirectories(folder);
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
            try {
                Files.move(temp, library, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, library, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Best effort: the copies of earlier versions (a library in use elsewhere stays). */
    private static void removeOthers(Path dir, Path keep) {
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(dir, "sqlite-*")) {
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
