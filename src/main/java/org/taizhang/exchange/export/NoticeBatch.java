package org.taizhang.exchange.export;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.taizhang.core.ledger.LedgerService;
import org.taizhang.core.ledger.Note;
import org.taizhang.core.notice.Notice;
import org.taizhang.core.notice.NoticeLevel;
import org.taizhang.core.notice.NoticeSettings;
import org.taizhang.core.notice.Notices;

/**
 * The one 督办 use case behind {@code taizhang notices} and the window's 督办单…: plan the notices
 * as of a day (levels, one unit or all), then either write them as a preview (the numbers they
 * would get, marked 预览; nothing recorded) or issue them (recorded on the chain, numbered) and write
 * what went out; a .docx each, and a PDF beside it on request (LibreOffice).
 */
public final class NoticeBatch {
    private NoticeBatch() {
    }

    /**
     * What a batch did: the notices issued (empty for a preview), the documents written, and why no
     * PDF was made when one was asked for (null: made, or not asked); the notices stay issued.
     */
    public record Result(List<NoticeContent> documents, List<Notice> issued, List<Path> files, String pdfProblem) {
    }

    /** @param issue null: a preview that records nothing; else the note the notices are issued with */
    public static Result run(LedgerService service, LocalDate asOf, Set<NoticeLevel> levels, String unit, Path dir,
            boolean pdf, boolean replace, Note issue) {
        Notices notices = new Notices(service);
        List<Notices.Draft> drafts = notices.plan(asOf, levels, unit);
        List<NoticeContent> docs = new ArrayList<>();
        List<Notice> issued = List.of();
        if (issue == null) {
            NoticeSettings s = notices.settings();
            int year = LocalDate.now(service.clock()).getYear();
            int seq = notices.nextSeq(year);
            for (Notices.Draft d : drafts) {
                docs.add(NoticeContent.preview(service, d, asOf, s.number(year, seq++)));
            }
        } else if (!drafts.isEmpty()) {
            issued = notices.issue(drafts, asOf, issue);
            issued.forEach(n -> docs.add(NoticeContent.of(service, n)));
        }
        List<Path> files = write(docs, dir, false, replace);
        String problem = null;
        if (pdf && !files.isEmpty()) {
            try {
                files = new ArrayList<>(files);
                files.addAll(OfficePdf.convert(List.copyOf(files)));
            } catch (org.taizhang.core.LedgerException e) {
                problem = e.getMessage(); // the notices are issued and their .docx written: say so, keep them
            }
        }
        return new Result(docs, issued, files, problem);
    }

    /** Writes each notice as {@code dir/<its file name>.docx}, and the PDFs when asked. */
    public static List<Path> write(List<NoticeContent> docs, Path dir, boolean pdf, boolean replace) {
        List<Path> files = new ArrayList<>();
        for (NoticeContent c : docs) {
            Path file = dir.resolve(c.fileName() + ".docx");
            NoticeDocument.write(file, replace, c);
            files.add(file);
        }
        List<Path> out = new ArrayList<>(files);
        if (pdf) {
            out.addAll(OfficePdf.convert(files));
        }
        return out;
    }
}
