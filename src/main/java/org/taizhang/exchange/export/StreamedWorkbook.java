package org.taizhang.exchange.export;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.xssf.model.SharedStringsTable;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.taizhang.core.Threads;

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
    /** The name of the folders in the system's temporary files that hold the sheets. */
    static final String SHEETS = "taizhang-sheets";
    /**
     * The folder of the sheet being made on this thread: POI makes a sheet's temporary file in the
     * writer's constructor, before a field of the writer is set.
     */
    private static final ThreadLocal<File> MAKING = new ThreadLocal<>();

    /**
     * This workbook's sheets, in a folder of its own deleted with it (POI's own folder keeps the
     * file of a program killed while it exports, for good). Made with the first sheet, after the
     * folders left by killed programs are deleted.
     */
    private org.taizhang.store.ScratchFolder sheets;

    /** The temporary files compressed (gzip), as {@code SXSSFWorkbook(wb, window, true, …)} keeps them. */
    StreamedWorkbook(XSSFWorkbook wb, int window, boolean sharedStrings) {
        super(wb, window, true, sharedStrings);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        if (sheets == null) {
            org.taizhang.store.ScratchFolder.sweep(SHEETS);
            sheets = org.taizhang.store.ScratchFolder.make(SHEETS);
        }
        MAKING.set(sheets.path().toFile());
        try {
            return new Sheet(getSharedStringSource());
        } finally {
            MAKING.remove();
        }
    }

    /** Deletes the sheets' temporary files, then their folder. */
    @Override
    public boolean dispose() {
        try {
            return super.dispose();
        } finally {
            if (sheets != null) {
                sheets.close();
            }
        }
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
        public File createTempFile() throws IOException {
            return File.createTempFile("sheet", ".xml.gz", MAKING.get());
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

        /** Read back once the rows are written, when the thread that zips the workbook is the only one busy. */
        @Override
        protected InputStream decorateInputStream(FileInputStream file) throws IOException {
            return new InflatedAhead(new GZIPInputStream(file, 1 << 16));
        }
    }

    /**
     * A stream read on a thread of its own, a few blocks ahead of its reader: the temporary sheet
     * inflated on the second core while the workbook's thread compresses it into the zip (0.3 s of
     * 1.2 s for 100,000 tasks, at the end, when nothing else runs). Read by one thread; closing it
     * stops the inflating thread and waits for it.
     */
    static final class InflatedAhead extends InputStream {
        private static final int BLOCK = 1 << 16;
        private static final byte[] END = new byte[0];

        private final BlockingQueue<Object> blocks = new ArrayBlockingQueue<>(4);
        private final Thread inflating;
        private volatile boolean closed;
        private byte[] block = new byte[0];
        private int at;
        private boolean ended;

        InflatedAhead(InputStream in) {
            inflating = Threads.ahead("taizhang-sheet-inflater", () -> {
                try (in) {
                    while (!closed) {
                        byte[] b = in.readNBytes(BLOCK);
                        if (b.length == 0) {
                            break;
                        }
                        hand(b);
                    }
                    hand(END);
                } catch (IOException | RuntimeException | Error e) {
                    hand(e); // the reader sees it where it reads next
                }
            });
        }

        private void hand(Object part) {
            try {
                while (!closed && !blocks.offer(part, 50, TimeUnit.MILLISECONDS)) {
                    // the reader is busy: wait for room
                }
            } catch (InterruptedException e) {
                closed = true;
            }
        }

        /** The next block, or false at the end. */
        private boolean next() throws IOException {
            while (!ended && at == block.length) {
                Object part;
                try {
                    part = blocks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException("interrupted while the sheet was read back");
                }
                if (part instanceof Throwable failure) {
                    ended = true;
                    if (failure instanceof RuntimeException e) {
                        throw e;
                    }
                    if (failure instanceof Error e) {
                        throw e;
                    }
                    throw new IOException(failure.getMessage(), failure);
                }
                block = (byte[]) part;
                at = 0;
                ended = block == END;
            }
            return at < block.length;
        }

        @Override
        public int read() throws IOException {
            return next() ? block[at++] & 0xff : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            java.util.Objects.checkFromIndexSize(off, len, b.length);
            if (len == 0) {
                return 0;
            }
            if (!next()) {
                return -1;
            }
            int n = Math.min(len, block.length - at);
            System.arraycopy(block, at, b, off, n);
            at += n;
            return n;
        }

        @Override
        public void close() {
            closed = true;
            blocks.clear();
            Threads.awaitEnd(inflating);
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
