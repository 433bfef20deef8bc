package org.taizhang.exchange.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.taizhang.core.LedgerException;

/**
 * Opens the workbooks departments send, deciding what a file is by its content, not its name:
 * .xlsx (also from WPS and LibreOffice), .xls and WPS .et (both OLE2/BIFF8), and LibreOffice's
 * own .ods. A web page or a CSV
 * file dressed as .xls, a password-protected workbook, an empty, foreign or damaged file: each is
 * refused with a message that names the file and says what to do.
 */
public final class Workbooks {
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};

    /** What a file is, judged by its first bytes. */
    public enum Kind {
        XLSX, OLE2, HTML, XML_SPREADSHEET, TEXT, EMPTY, OTHER
    }

    private Workbooks() {
    }

    public static WorkbookSource open(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new LedgerException("read.notFound", file);
        }
        return switch (kindOf(file)) {
            case XLSX -> openZip(file);
            case OLE2 -> openOle2(file);
            case HTML -> throw new LedgerException("read.html", name);
            case XML_SPREADSHEET -> throw new LedgerException("read.xmlSpreadsheet", name);
            case TEXT -> throw new LedgerException("read.text", name);
            case EMPTY -> throw new LedgerException("read.empty", name);
            case OTHER -> throw new LedgerException("read.unknown", name);
        };
    }

    public static Kind kindOf(Path file) {
        byte[] head = new byte[4096];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new LedgerException(e, "read.ioError", file.getFileName(), e.getMessage());
        }
        if (n == 0) {
            return Kind.EMPTY;
        }
        if (startsWith(head, n, ZIP)) {
            return Kind.XLSX;
        }
        if (startsWith(head, n, OLE2)) {
            return Kind.OLE2;
        }
        if (startsWith(head, n, PDF)) {
            return Kind.OTHER; // a printout sent back instead of the workbook; its head is often plain text
        }
        // Excel's "Unicode 文本" and some exports are UTF-16 with a byte order mark: full of NUL bytes, yet text.
        boolean utf16 = n >= 2 && ((head[0] & 0xff) == 0xFF && (head[1] & 0xff) == 0xFE
                || (head[0] & 0xff) == 0xFE && (head[1] & 0xff) == 0xFF);
        String text = new String(head, 0, n, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8)
                .replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("<") && text.contains("urn:schemas-microsoft-com:office:spreadsheet")
                && text.contains("<workbook") && !text.contains("<html")) {
            return Kind.XML_SPREADSHEET; // Excel 2003's XML Spreadsheet, often named .xls
        }
        if (text.startsWith("<") && (text.contains("<html") || text.contains("<table") || text.contains("<!doctype")
                || text.contains("urn:schemas-microsoft-com:office"))) {
            return Kind.HTML;
        }
        if (utf16) {
            return text.chars().filter(c -> c < 0x09 || c > 0x0d && c < 0x20).count() * 50 < text.length() ? Kind.TEXT
                    : Kind.OTHER;
        }
        return looksLikeText(head, n) ? Kind.TEXT : Kind.OTHER;
    }

    private static boolean startsWith(byte[] head, int n, byte[] magic) {
        return n >= magic.length && Arrays.equals(Arrays.copyOf(head, magic.length), magic);
    }

    /** Text in some encoding (UTF-8, GBK …): no NUL bytes and few control characters. */
    private static boolean looksLikeText(byte[] head, int n) {
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = head[i] & 0xff;
            if (b == 0) {
                return false;
            }
            if (b < 0x09 || b > 0x0d && b < 0x20) {
                control++;
            }
        }
        return control * 50 < n;
    }

    /** A zip is an OOXML workbook, or an OpenDocument one when its first entry, mimetype, says so. */
    private static WorkbookSource openZip(Path file) {
        java.util.zip.ZipFile zip;
        try {
            zip = new java.util.zip.ZipFile(file.toFile());
        } catch (IOException | RuntimeException e) {
            return XlsxSource.open(file); // POI says what is wrong with it
        }
        try {
            java.util.zip.ZipEntry mimetype = zip.getEntry("mimetype");
            String type = mimetype == null ? "" : new String(zip.getInputStream(mimetype).readNBytes(200),
                    StandardCharsets.US_ASCII).strip();
            if (type.equals(OdsSource.MIMETYPE)) {
                return OdsSource.open(file, zip);
            }
            zip.close();
            if (type.startsWith("application/vnd.oasis.opendocument")) {
                throw new LedgerException("read.notWorkbook", file.getFileName().toString()); // a text document, say
            }
        } catch (IOException e) {
            close(zip);
        }
        return XlsxSource.open(file);
    }

    private static void close(java.util.zip.ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // only read from
        }
    }

    private static WorkbookSource openOle2(Path file) {
        String name = file.getFileName().toString();
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(file.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new LedgerException(e, "read.damaged", name, e.getMessage());
        }
        DirectoryNode root = fs.getRoot();
        if (root.hasEntry("EncryptionInfo") || root.hasEntry("EncryptedPackage")) {
            close(fs);
            throw new LedgerException("read.encrypted", name);
        }
        if (!root.hasEntry("Workbook") && !root.hasEntry("WORKBOOK") && !root.hasEntry("Book")) {
            close(fs);
            throw new LedgerException("read.notWorkbook", name);
        }
        return XlsSource.open(fs, name);
    }

    private static void close(POIFSFileSystem fs) {
        try {
            fs.close();
        } catch (IOException ignored) {
            // only read from
        }
    }
}
