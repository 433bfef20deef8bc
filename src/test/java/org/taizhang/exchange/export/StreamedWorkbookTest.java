package org.taizhang.exchange.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed workbook without a lock writes what POI's own writes, byte for byte. */
class StreamedWorkbookTest {
    @TempDir
    Path dir;

    /** Texts that cross the buffer's edge, outgrow it, need escaping or a surrogate pair, or are dropped by POI. */
    private static String text(int r, int c) {
        return switch ((r + c) % 7) {
            case 0 -> "1.已完成实施方案起草并征求意见" + r + "条。2.召开专题推进会，梳理问题清单。";
            case 1 -> "改".repeat(8190 + r % 5) + "𠀀𠀁" + "<&>\"'"; // a pair across the 8,192 characters' edge
            case 2 -> " leading and trailing " + r + " ";
            case 3 -> "控制\u0001字符\u0008和\ttab\n换行\r";
            case 4 -> "x".repeat(20_000 + r) + "𪚥"; // longer than the buffer: written past it
            case 5 -> "";
            default -> "=SUM(A1)" + r;
        };
    }

    private static void fill(SXSSFWorkbook wb) {
        Styles styles = new Styles(wb);
        Sheet sheet = wb.createSheet("台账");
        for (int r = 0; r < 300; r++) { // more than the window of 200: rows go to the temporary file
            Row row = sheet.createRow(r);
            row.setHeightInPoints(13.5f * (1 + r % 3) + 4);
            for (int c = 0; c < 9; c++) {
                var cell = row.createCell(c);
                if (c == 7) {
                    cell.setCellValue(r * 1.5);
                } else if (c == 8) {
                    cell.setCellValue(LocalDate.of(2023, 1 + r % 12, 1 + r % 28));
                    cell.setCellStyle(styles.date);
                } else {
                    cell.setCellValue(text(r, c));
                    cell.setCellStyle(c % 2 == 0 ? styles.body : styles.bodyCentered);
                }
            }
        }
    }

    /** Every part of the package but its properties, which hold the moment it was made. */
    private Map<String, byte[]> parts(byte[] xlsx) throws IOException {
        Path file = Files.write(dir.resolve("w.xlsx"), xlsx);
        Map<String, byte[]> out = new TreeMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (!e.getName().equals("docProps/core.xml")) {
                    try (var in = zip.getInputStream(e)) {
                        out.put(e.getName(), in.readAllBytes());
                    }
                }
            }
        }
        return out;
    }

    private static byte[] written(SXSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            fill(wb);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
        return out.toByteArray();
    }

    @Test
    void theSheetsAreWhatPoisOwnStreamedWorkbookWrites() throws IOException {
        for (boolean sharedStrings : new boolean[] {false, true}) {
            Map<String, byte[]> poi = parts(written(new SXSSFWorkbook(new XSSFWorkbook(), 200, true, sharedStrings)));
            Map<String, byte[]> ours = parts(written(new StreamedWorkbook(new XSSFWorkbook(), 200, sharedStrings)));
            assertEquals(poi.keySet(), ours.keySet());
            String text = sharedStrings ? "xl/sharedStrings.xml" : "xl/worksheets/sheet1.xml";
            assertTrue(poi.get(text).length > 1_000_000, "text that crosses many buffers");
            for (String part : poi.keySet()) {
                assertArrayEquals(poi.get(part), ours.get(part), part + (sharedStrings ? " (shared strings)" : ""));
            }
        }
    }

    /**
     * A workbook's sheets wait in a folder of its own, deleted with it; a folder that a killed
     * export left (unchanged for long) is deleted by the next workbook, one still in use is not.
     */
    @Test
    void theSheetsWaitInAFolderOfTheirOwnAndALeftOneIsSweptAway() throws IOException {
        Path left = org.taizhang.testing.LeftBehind.folder(StreamedWorkbook.SHEETS, "sheet1.xml.gz");
        Path inUse = Files.createTempDirectory(StreamedWorkbook.SHEETS);
        try {
            java.util.Set<Path> before = java.util.Set.copyOf(org.taizhang.store.ScratchFolder.named(StreamedWorkbook.SHEETS));
            StreamedWorkbook wb = new StreamedWorkbook(new XSSFWorkbook(), 200, false);
            Path own;
            try {
                wb.createSheet("台账").createRow(0).createCell(0).setCellValue("改革任务");
                java.util.List<Path> made = org.taizhang.store.ScratchFolder.named(StreamedWorkbook.SHEETS).stream()
                        .filter(p -> !before.contains(p)).toList();
                assertEquals(1, made.size(), "a folder for this workbook's sheets");
                own = made.get(0);
                try (var files = Files.list(own)) {
                    assertEquals(1, files.count(), "the sheet's temporary file, in it");
                }
                assertTrue(Files.notExists(left), "the folder a killed export left is gone");
                assertTrue(Files.isDirectory(inUse), "one changed lately is another's, and stays");
                wb.write(new ByteArrayOutputStream());
            } finally {
                wb.dispose();
                wb.close();
            }
            assertTrue(Files.notExists(own), "deleted with the workbook");
        } finally {
            Files.deleteIfExists(inUse);
            Files.deleteIfExists(left.resolve("sheet1.xml.gz"));
            Files.deleteIfExists(left);
        }
    }

    private static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(data);
        }
        return out.toByteArray();
    }

    private static boolean inflaterAlive() {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("taizhang-sheet-inflater") && t.isAlive());
    }

    @Test
    void theSheetReadBackAheadIsEveryByteInOrderItsFailureTheReadersAndItStopsWhenClosed() throws IOException {
        byte[] data = new byte[1_000_003]; // many blocks and a part of one
        new java.util.Random(7).nextBytes(data);
        byte[] zipped = gzip(data);
        try (StreamedWorkbook.InflatedAhead in = new StreamedWorkbook.InflatedAhead(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped)))) {
            ByteArrayOutputStream back = new ByteArrayOutputStream();
            back.write(in.read());
            back.write(in.readAllBytes());
            assertArrayEquals(data, back.toByteArray());
            assertEquals(-1, in.read());
        }
        assertTrue(!inflaterAlive());

        byte[] cut = java.util.Arrays.copyOf(zipped, zipped.length / 2);
        try (StreamedWorkbook.InflatedAhead in = new StreamedWorkbook.InflatedAhead(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(cut)))) {
            assertThrows(IOException.class, in::readAllBytes);
        }
        assertTrue(!inflaterAlive());

        StreamedWorkbook.InflatedAhead early = new StreamedWorkbook.InflatedAhead(
                new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped)));
        assertEquals(data[0] & 0xff, early.read());
        early.close(); // long before the end: the inflating thread stops
        assertTrue(!inflaterAlive());
    }

    @Test
    void theBufferPassesOnEveryCharacterInOrder() throws IOException {
        StringWriter target = new StringWriter();
        StringBuilder expected = new StringBuilder();
        try (StreamedWorkbook.Unlocked w = new StreamedWorkbook.Unlocked(target)) {
            for (int i = 0; i < 3000; i++) {
                String s = "段" + i + "x".repeat(i % 97);
                w.write(s);
                w.write('|');
                char[] chars = ("改革" + i).toCharArray();
                w.write(chars, 1, chars.length - 1);
                expected.append(s).append('|').append(chars, 1, chars.length - 1);
                if (i % 1000 == 0) {
                    String big = "大".repeat(9000 + i);
                    w.write(big.toCharArray(), 0, big.length());
                    w.write(big, 3, big.length() - 3);
                    expected.append(big).append(big, 3, big.length());
                }
            }
        }
        assertEquals(expected.toString(), target.toString());
    }
}
