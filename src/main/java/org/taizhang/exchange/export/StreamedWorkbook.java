package org.taizhang.exchange.export;

import java.io.File;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streamed workbook, its sheets' XML buffered without a lock. POI writes a sheet's XML to its
 * temporary file a piece at a time (each attribute in five writes, each character of a text on its
 * own) through a {@code BufferedWriter}, whose every write takes and releases a lock: of the order
 * of 100 million for a ledger of 100,000 tasks, most of a second of the thread that writes the rows.
 * One thread writes a sheet, so here the buffer takes none. And the temporary file, read once and
 * deleted, is compressed at zlib's fastest level rather than its default (0.3 s instead of 0.9 s
 * of that thread for the 140 MB of XML of 100,000 tasks; 12 MB on disk instead of 9). The
 * characters, their encoding and the workbook's own compression are POI's: the workbook is the
 * same, byte for byte (docs/decisions/0032-a-streamed-sheet-without-a-lock.md).
 */
final class StreamedWorkbook extends SXSSFWorkbook {
    /** The temporary files compressed (gzip), as {@code SXSSFWorkbook(wb, window, true, …)} keeps them. */
    StreamedWorkbook(XSSFWorkbook wb, int window, boolean sharedStrings) {
        super(wb, window, true, sharedStrings);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new Sheet(getSharedStringSource());
    }

    /**
     * POI's writer of a compressed temporary sheet, with {@link Unlocked} in place of its {@code
     * BufferedWriter} and the fastest compression; POI reads the file back as it wrote it.
     */
    private static final class Sheet extends GZIPSheetDataWriter {
        Sheet(SharedStringsTable strings) throws IOException {
            super(strings);
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            FileOutputStream file = new FileOutputStream(fd);
            OutputStream decorated;
            try {
                decorated = decorateOutputStream(file);
            } catch (IOException e) {
                file.close();
                throw e;
            }
            return new Unlocked(new OutputStreamWriter(decorated, StandardCharsets.UTF_8));
        }

        @Override
        protected OutputStream decorateOutputStream(FileOutputStream file) throws IOException {
            return new GZIPOutputStream(file, 1 << 16) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
        }
    }

    /** A character buffer before a writer, as {@code BufferedWriter} is, for one thread: no lock. */
    static final class Unlocked extends Writer {
        private final Writer out;
        private final char[] buffer = new char[8192];
        private int used;

        Unlocked(Writer out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (used == buffer.length) {
                flushBuffer();
            }
            buffer[used++] = (char) c;
        }

        @Override
        public void write(char[] chars, int off, int len) throws IOException {
            if (len > buffer.length - used) {
                flushBuffer();
                if (len >= buffer.length) {
                    out.write(chars, off, len);
                    return;
                }
            }
            System.arraycopy(chars, off, buffer, used, len);
            used += len;
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
            while (len > 0) {
                if (used == buffer.length) {
                    flushBuffer();
                }
                int n = Math.min(len, buffer.length - used);
                s.getChars(off, off + n, buffer, used);
                used += n;
                off += n;
                len -= n;
            }
        }

        @Override
        public void write(String s) throws IOException {
            write(s, 0, s.length());
        }

        private void flushBuffer() throws IOException {
            if (used > 0) {
                out.write(buffer, 0, used);
                used = 0;
            }
        }

        @Override
        public void flush() throws IOException {
            flushBuffer();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            try {
                flushBuffer();
            } finally {
                out.close();
            }
        }
    }
}
