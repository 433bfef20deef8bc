package org.taizhang.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

/** SQLite's library kept unpacked in the program's folder: made once, the same bytes as the jar's, remade when damaged. */
class SqliteLibraryTest {
    @TempDir
    Path dir;
    String path;
    String name;

    @BeforeEach
    void noLibraryNamed() {
        path = System.clearProperty(SqliteLibrary.PATH_PROPERTY);
        name = System.clearProperty(SqliteLibrary.NAME_PROPERTY);
    }

    @AfterEach
    void asBefore() {
        restore(SqliteLibrary.PATH_PROPERTY, path);
        restore(SqliteLibrary.NAME_PROPERTY, name);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private static byte[] jarsLibrary() throws Exception {
        URL url = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/"
                + LibraryLoaderUtil.getNativeLibName());
        assertTrue(url.openConnection() instanceof JarURLConnection, url.toString());
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsUnpackedOnceAndNamedToSqlite() throws Exception {
        Path folder = SqliteLibrary.useCopyIn(dir.resolve("native"));
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        byte[] expected = jarsLibrary();
        CRC32 crc = new CRC32();
        crc.update(expected);
        assertTrue(java.util.Arrays.equals(expected, Files.readAllBytes(library)));
        assertTrue(folder.getFileName().toString().startsWith("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion() + "-"),
                folder.toString());
        assertEquals(Long.toHexString(crc.getValue()) + " " + LibraryLoaderUtil.getNativeLibName(),
                Files.readString(folder.resolve(SqliteLibrary.SUM)));
        assertEquals(folder.toString(), System.getProperty(SqliteLibrary.PATH_PROPERTY));
        assertEquals(LibraryLoaderUtil.getNativeLibName(), System.getProperty(SqliteLibrary.NAME_PROPERTY));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count()); // the library and its CRC, no temporary file left beside them
        }

        // The next start finds it and leaves it be.
        FileTime old = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(library, old);
        System.clearProperty(SqliteLibrary.PATH_PROPERTY);
        assertEquals(folder, SqliteLibrary.useCopyIn(dir.resolve("native")));
        assertEquals(old, Files.getLastModifiedTime(library));
    }

    @Test
    void aDamagedCopyIsMadeAgainAndAnEarlierVersionsRemoved() throws Exception {
        Path earlier = Files.createDirectories(dir.resolve("native").resolve("sqlite-jdbc-3.0.0.0-Linux-amd64"));
        Files.write(earlier.resolve(LibraryLoaderUtil.getNativeLibName()), new byte[] {1, 2, 3});
        Path folder = SqliteLibrary.useCopyIn(dir.resolve("native"));
        Path library = folder.resolve(LibraryLoaderUtil.getNativeLibName());
        assertTrue(Files.notExists(earlier));

        byte[] damaged = Files.readAllBytes(library);
        damaged[damaged.length / 2] ^= 0x55;
        Files.write(library, damaged);
        assertNotEquals(SqliteLibrary.crc(library), crc(jarsLibrary()));
        System.clearProperty(SqliteLibrary.PATH_PROPERTY);
        assertEquals(folder, SqliteLibrary.useCopyIn(dir.resolve("native")));
        assertEquals(crc(jarsLibrary()), SqliteLibrary.crc(library));
    }

    @Test
    void aLibraryNamedAlreadyIsKept() {
        System.setProperty(SqliteLibrary.PATH_PROPERTY, dir.toString());
        assertNull(SqliteLibrary.useCopyIn(dir.resolve("native")));
        assertTrue(Files.notExists(dir.resolve("native")));
        assertEquals(dir.toString(), System.getProperty(SqliteLibrary.PATH_PROPERTY));
    }

    private static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }
}
