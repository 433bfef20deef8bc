package org.taizhang.exchange.export;

import static org.taizhang.testing.Needs.need;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.taizhang.core.LedgerException;

/** Exports land whole or not at all, and what a killed export left behind is cleared away. */
class SafeFileTest {
    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aWriterThatClosesItsStreamStillLandsTheWholeFile() throws Exception {
        Path target = dir.resolve("台账.xlsx");
        SafeFile.write(target, false, out -> {
            out.write("完整的内容".getBytes(StandardCharsets.UTF_8));
            out.close(); // POI and PDFBox may close what they are given
        });
        assertEquals("完整的内容", Files.readString(target));
        assertEquals(List.of("台账.xlsx"), names());
    }

    @Test
    void aFailedWriteLeavesNeitherTheTargetNorItsTemporaryFile() throws Exception {
        Path target = dir.resolve("台账.xlsx");
        Files.writeString(target, "上次导出的");
        LedgerException e = assertThrows(LedgerException.class, () -> SafeFile.write(target, true, out -> {
            out.write(new byte[100_000]);
            throw new IOException("磁盘已满");
        }));
        assertEquals("export.cannotWrite", e.key());
        assertEquals("上次导出的", Files.readString(target), "the earlier export is kept whole");
        assertEquals(List.of("台账.xlsx"), names());
    }

    @Test
    void leftoversOfAKilledExportGoAtTheNextExport() throws Exception {
        // What a killed export leaves: a temporary file nobody holds any more.
        Path killed = Files.writeString(dir.resolve(".市财政局-2023年第三季度.xlsx.4711.part"), "半个文件");
        // Files that only look alike are the clerk's own and stay.
        Files.writeString(dir.resolve("笔记.part"), "x");
        Files.writeString(dir.resolve(".隐藏.xlsx"), "x");
        SafeFile.write(dir.resolve("市发展改革委-2023年第三季度.xlsx"), false, out -> out.write(1));
        assertFalse(Files.exists(killed));
        assertEquals(List.of(".隐藏.xlsx", "市发展改革委-2023年第三季度.xlsx", "笔记.part"), names());
    }

    @Test
    void aFileAnotherProgramIsWritingStays() throws Exception {
        Path busy = Files.writeString(dir.resolve(".市医保局-2023年第三季度.xlsx.815.part"), "正在写");
        Process other = otherProgram("hold", busy);
        try {
            SafeFile.write(dir.resolve("市发展改革委-2023年第三季度.xlsx"), false, out -> out.write(1));
            assertTrue(Files.exists(busy));
        } finally {
            other.destroyForcibly().waitFor();
        }
        SafeFile.write(dir.resolve("市财政局-2023年第三季度.xlsx"), false, out -> out.write(1));
        assertFalse(Files.exists(busy), "once its writer is gone it is a leftover like any other");
    }

    @Test
    void anExportStartedDuringAnotherKeepsItsTemporaryFileLocked() throws Exception {
        String[] seenByOtherProgram = new String[1];
        SafeFile.write(dir.resolve("台账.xlsx"), false, out -> {
            out.write(1);
            // The window exports while the command line's export of the same folder is half done.
            SafeFile.write(dir.resolve("调整记录.xlsx"), false, inner -> inner.write(2));
            Path mine;
            try (Stream<Path> files = Files.list(dir)) {
                mine = files.filter(f -> f.getFileName().toString().endsWith(".part")).findFirst().orElseThrow();
            }
            seenByOtherProgram[0] = ask(otherProgram("probe", mine));
        });
        assertEquals("held", seenByOtherProgram[0], "a look at a file being written must not drop its lock");
        assertEquals(List.of("台账.xlsx", "调整记录.xlsx"), names());
    }

    /** Another Java program, {@link LockProbe}, on the same file. */
    private static Process otherProgram(String what, Path file) throws IOException {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), LockProbe.class.getName(), what, file.toString())
                .redirectErrorStream(true).start();
        if (what.equals("hold")) {
            assertEquals("holding", new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
        }
        return p;
    }

    private static String ask(Process p) throws IOException {
        try {
            String answer = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            p.waitFor();
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Test
    void anExportIsReadableByWhoeverMayReadTheFolderLikeAnyNewFile() throws Exception {
        need(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "POSIX file permissions");
        Path plain = Files.createFile(dir.resolve("普通文件"));
        Path export = dir.resolve("台账.xlsx");
        SafeFile.write(export, false, out -> out.write(1));
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(export));
    }

    @Test
    void theTemporaryFileIsNamedSoNoImportTakesItForAWorkbook() throws Exception {
        Path[] seen = new Path[1];
        SafeFile.write(dir.resolve("台账.xlsx"), false, out -> {
            try (Stream<Path> files = Files.list(dir)) {
                seen[0] = files.findFirst().orElseThrow();
            }
        });
        String name = seen[0].getFileName().toString();
        assertTrue(name.startsWith(".台账.xlsx.") && name.endsWith(".part"), name);
    }
}
