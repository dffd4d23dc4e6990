package vn.dvcportal.paper.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/** Generates every paper and reads it back the way a search engine or a reader would. */
class PapersTest {

    private static final String CODE = "STP-250305-0007";
    private static final String APPLICANT = "Nguyễn Thị Hương";
    private static final String PROCEDURE = "Cấp bản sao trích lục hộ tịch";
    private static final String AGENCY = "Sở Tư pháp tỉnh Quảng Ngãi";
    private static final String RECEIVER = "Trần Văn Đức";
    private static final String OFFICIAL = "Lê Thị Ánh Tuyết";
    /** 23:45 on 4 March in Hà Nội, already 5 March nowhere yet: the zone must be right. */
    private static final Instant SUBMITTED = Instant.parse("2025-03-04T16:45:00Z");
    private static final Instant RECEIVED = Instant.parse("2025-03-05T01:30:00Z");
    private static final Instant DUE = Instant.parse("2025-03-12T10:00:00Z");
    private static final Instant NEW_DUE = Instant.parse("2025-03-19T10:00:00Z");
    /** 01:15 on 6 March local, still 5 March in UTC. */
    private static final Instant NOW = Instant.parse("2025-03-05T18:15:00Z");

    private final Papers papers = new Papers(Clock.fixed(NOW, Papers.ZONE));

    // ---------------------------------------------------------------- Mẫu 01

    @Test
    void receiptCarriesHeaderApplicantProcedureCodeAndLocalTimes() throws Exception {
        byte[] pdf = papers.receipt(dossier(3));
        String text = text(pdf);

        assertContains(text, Papers.NATION, Papers.MOTTO, Papers.RECEIPT_TITLE,
                AGENCY.toUpperCase(java.util.Locale.forLanguageTag("vi")),
                "Mã hồ sơ: " + CODE, APPLICANT, PROCEDURE, "mã thủ tục 2.000635",
                "Số 12 đường Lê Lợi, phường Nghĩa Chánh, thành phố Quảng Ngãi",
                "0912 345 678", "huong.nguyen@example.vn", "051190000123",
                "23:45 ngày 04/03/2025", "08:30 ngày 05/03/2025", "17:00 ngày 12/03/2025",
                "Ngày 05/03/2025", "Nhận trực tiếp tại Bộ phận Một cửa", RECEIVER,
                "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "(Ký và ghi rõ họ tên)",
                document(1), document(2), document(3));
        assertCleanText(text);
        assertEquals(PDRectangle.A5.getWidth(), pageSize(pdf).getWidth(), 0.5f);
    }

    @Test
    void receiptOfADossierOnlySubmittedOnlineSaysItIsNotYetTakenIn() throws Exception {
        PaperDossier d = dossier(2);
        PaperDossier submitted = new PaperDossier(d.code(), d.procedureCode(),
                d.procedureName(), d.agencyName(), d.applicantName(), d.applicantId(),
                d.applicantAddress(), d.applicantPhone(), d.applicantEmail(), SUBMITTED, null,
                DUE, d.deliveryText(), d.documents(), null);
        String text = text(papers.receipt(submitted));

        assertContains(text, AGENCY + " đã nhận hồ sơ nộp trực tuyến của:",
                "3. Thời gian nộp hồ sơ: 23:45 ngày 04/03/2025", "chưa tiếp nhận",
                "17:00 ngày 12/03/2025 (dự kiến, tính từ thời điểm nộp)");
        assertFalse(text.contains("đã tiếp nhận hồ sơ của"), text);
        assertFalse(text(papers.receipt(dossier(2))).contains("dự kiến"));
        assertContains(text(papers.receipt(dossier(2))), AGENCY + " đã tiếp nhận hồ sơ của:");
        assertCleanText(text);
    }

    @Test
    void receiptListsFortyDocumentsOverSeveralPagesWithoutLosingOne() throws Exception {
        byte[] shortOne = papers.receipt(dossier(2));
        byte[] longOne = papers.receipt(dossier(40));

        int pages = pages(longOne);
        assertTrue(pages > pages(shortOne), pages + " pages");
        assertTrue(pages >= 2);
        String text = text(longOne);
        for (int i = 1; i <= 40; i++) {
            assertContains(text, document(i));
        }
        // The applicant still signs, after the list, on the last page.
        assertContains(lastPageText(longOne), "NGƯỜI NỘP HỒ SƠ", APPLICANT, RECEIVER);
        // Loose sheets can be put back in order.
        for (int page = 1; page <= pages; page++) {
            assertTrue(text.contains("Mã hồ sơ " + CODE + " - Trang " + page + "/" + pages));
        }
    }

    @Test
    void receiptQrCodeInTheTopLeftCornerReadsAsTheDossierCode() throws Exception {
        byte[] pdf = papers.receipt(dossier(40));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            BufferedImage corner = page.getSubimage(0, 0, page.getWidth() / 2,
                    page.getHeight() / 4);
            assertEquals(CODE, QrDecoding.decode(corner));
        }
    }

    // ---------------------------------------------------------------- Mẫu 02

    @Test
    void supplementRequestListsWhatIsMissing() throws Exception {
        List<String> missing = List.of("Bản sao Giấy khai sinh có chứng thực",
                "Giấy ủy quyền có chứng thực chữ ký của người ủy quyền");
        byte[] pdf = papers.supplementRequest(dossier(2),
                "Tờ khai thiếu chữ ký của người yêu cầu.\nGiấy tờ tùy thân đã hết hạn.",
                missing, OFFICIAL);
        String text = text(pdf);

        assertContains(text, Papers.NATION, Papers.MOTTO, Papers.SUPPLEMENT_TITLE, CODE,
                APPLICANT, PROCEDURE, AGENCY, "Ngày 05/03/2025", "Ngày 06/03/2025",
                "1. Bản sao Giấy khai sinh có chứng thực",
                "2. Giấy ủy quyền có chứng thực chữ ký của người ủy quyền",
                "Tờ khai thiếu chữ ký của người yêu cầu.", "Giấy tờ tùy thân đã hết hạn.",
                "NGƯỜI HƯỚNG DẪN", OFFICIAL);
        assertCleanText(text);
        assertEquals(PDRectangle.A5.getHeight(), pageSize(pdf).getHeight(), 0.5f);
    }

    @Test
    void supplementRequestWithFortyItemsFlowsOntoMorePages() throws Exception {
        List<String> many = IntStream.rangeClosed(1, 40)
                .mapToObj(i -> "Bổ sung giấy tờ thứ " + i + ": bản sao có chứng thực của giấy"
                        + " chứng nhận quyền sử dụng đất, quyền sở hữu nhà ở và tài sản khác")
                .toList();
        byte[] few = papers.supplementRequest(dossier(2), "Thiếu giấy tờ.", many.subList(0, 2),
                OFFICIAL);
        byte[] pdf = papers.supplementRequest(dossier(2), "Thiếu giấy tờ.", many, OFFICIAL);

        assertTrue(pages(pdf) > pages(few));
        String text = text(pdf);
        for (int i = 0; i < many.size(); i++) {
            assertContains(text, (i + 1) + ". " + many.get(i));
        }
        assertContains(lastPageText(pdf), OFFICIAL);
    }

    // ---------------------------------------------------------------- Mẫu 03

    @Test
    void refusalGivesEveryWordOfALongReason() throws Exception {
        String reasons = IntStream.rangeClosed(1, 400).mapToObj(i -> "lý-do-" + i)
                .reduce((a, b) -> a + " " + b).orElseThrow();
        byte[] pdf = papers.refusal(dossier(2), reasons, OFFICIAL);
        String text = text(pdf);

        assertContains(text, Papers.REFUSAL_TITLE, Papers.NATION, CODE, APPLICANT, PROCEDURE,
                "Ngày 05/03/2025", "Ngày 06/03/2025", OFFICIAL, reasons);
        assertTrue(pages(pdf) > pages(papers.refusal(dossier(2), "Không thuộc thẩm quyền.",
                OFFICIAL)));
        assertCleanText(text);
    }

    // ---------------------------------------------------------------- Mẫu 04

    @Test
    void apologyNamesTheMissedAndTheNewDueDate() throws Exception {
        byte[] pdf = papers.apology(dossier(2),
                "Cần xác minh thông tin hộ tịch tại Ủy ban nhân dân xã Tịnh Khê.", NEW_DUE,
                OFFICIAL);
        String text = text(pdf);

        assertContains(text, Papers.APOLOGY_TITLE, Papers.MOTTO, CODE, APPLICANT, PROCEDURE,
                "17:00 ngày 12/03/2025", "17:00 ngày 19/03/2025", "Ngày 05/03/2025",
                "Cần xác minh thông tin hộ tịch tại Ủy ban nhân dân xã Tịnh Khê.",
                "ĐẠI DIỆN CƠ QUAN", OFFICIAL);
        assertCleanText(text);
    }

    // ---------------------------------------------------------------- Mẫu 05

    @Test
    void controlSheetIsAnA4TableOfStepsWithTheirResult() throws Exception {
        List<PaperEvent> events = List.of(
                new PaperEvent(RECEIVED, RECEIVER, "Bộ phận Một cửa", "Tiếp nhận hồ sơ",
                        "Hồ sơ đầy đủ", null),
                new PaperEvent(Instant.parse("2025-03-05T03:00:00Z"), "Phạm Quốc Việt",
                        "Phòng Hành chính tư pháp", "Nhận hồ sơ để giải quyết", null,
                        Instant.parse("2025-03-06T10:00:00Z")),
                new PaperEvent(Instant.parse("2025-03-06T09:00:00Z"), "Phạm Quốc Việt",
                        "Phòng Hành chính tư pháp", "Trình lãnh đạo phê duyệt",
                        "Đề nghị cấp", Instant.parse("2025-03-06T10:00:00Z")),
                new PaperEvent(Instant.parse("2025-03-13T02:00:00Z"), "Hoàng Minh Châu", null,
                        "Phê duyệt kết quả", null, DUE));
        byte[] pdf = papers.controlSheet(dossier(2), events);
        String text = text(pdf);

        assertContains(text, Papers.CONTROL_TITLE, Papers.NATION, CODE, APPLICANT, PROCEDURE,
                "Bàn giao / nhận hồ sơ", "Thời gian", "Kết quả", "Ghi chú",
                "Tiếp nhận hồ sơ", "Trần Văn Đức - Bộ phận Một cửa",
                "Phạm Quốc Việt - Phòng Hành chính tư pháp", "Hoàng Minh Châu",
                "08:30 05/03/2025", "Hạn: 17:00 06/03/2025", "Trước hạn", "Đúng hạn",
                "Quá hạn", "Hồ sơ đầy đủ", "NGƯỜI LẬP PHIẾU", "Ngày 06/03/2025");
        assertCleanText(text);
        assertEquals(PDRectangle.A4.getWidth(), pageSize(pdf).getWidth(), 0.5f);
    }

    @Test
    void controlSheetWithSixtyStepsAndLongNotesContinuesOnNewPages() throws Exception {
        List<PaperEvent> events = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            events.add(new PaperEvent(RECEIVED.plusSeconds(3600L * i), "Chuyên viên số " + i,
                    "Phòng Hành chính tư pháp", "Bước xử lý thứ " + i,
                    "Ghi chú " + i + ": đã kiểm tra thông tin trong Cơ sở dữ liệu hộ tịch điện"
                    + " tử, đối chiếu với sổ gốc lưu tại Ủy ban nhân dân cấp xã.", DUE));
        }
        byte[] few = papers.controlSheet(dossier(2), events.subList(0, 3));
        byte[] pdf = papers.controlSheet(dossier(2), events);

        assertTrue(pages(pdf) > pages(few));
        String text = text(pdf);
        for (int i = 1; i <= 60; i++) {
            assertContains(text, "Bước xử lý thứ " + i + " Chuyên viên số " + i,
                    "Ghi chú " + i + ": đã kiểm tra");
        }
        // The header row is repeated on each page the table reaches.
        assertTrue(count(text, "Bàn giao / nhận hồ sơ") >= pages(pdf) - 1);
        assertTrue(count(text, "Bàn giao / nhận hồ sơ") >= 2);
    }

    @Test
    void aStepNoteLongerThanAPageIsSplitNotCut() throws Exception {
        String note = IntStream.rangeClosed(1, 900).mapToObj(i -> "từ" + i)
                .reduce((a, b) -> a + " " + b).orElseThrow();
        byte[] pdf = papers.controlSheet(dossier(2), List.of(
                new PaperEvent(RECEIVED, RECEIVER, "Một cửa", "Tiếp nhận", note, null)));
        assertTrue(pages(pdf) >= 2);
        String text = text(pdf);
        // The header row repeated on the next page sits between the two halves of the note.
        List<String> words = java.util.regex.Pattern.compile("từ\\d+").matcher(text).results()
                .map(java.util.regex.MatchResult::group).toList();
        assertEquals(List.of(note.split(" ")), words);
        assertContains(text, "NGƯỜI LẬP PHIẾU");
    }

    // ---------------------------------------------------------------- all papers

    @Test
    void missingValuesPrintAsDottedLinesNeverNull() throws Exception {
        PaperDossier empty = new PaperDossier(null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        for (byte[] pdf : List.of(papers.receipt(empty),
                papers.supplementRequest(empty, null, null, null),
                papers.refusal(empty, null, null),
                papers.apology(empty, null, null, null),
                papers.controlSheet(empty, null))) {
            String text = text(pdf);
            assertFalse(text.toLowerCase().contains("null"), text);
            assertContains(text, "..........", Papers.NATION);
        }
    }

    @Test
    void decomposedInputPrintsAndExtractsAsNfc() throws Exception {
        Function<String, String> nfd = s -> Normalizer.normalize(s, Normalizer.Form.NFD);
        PaperDossier d = new PaperDossier(CODE, "2.000635", nfd.apply(PROCEDURE),
                nfd.apply(AGENCY), nfd.apply(APPLICANT), null, nfd.apply("Thôn Phước Hòa"),
                null, null, SUBMITTED, RECEIVED, DUE, null,
                List.of(new PaperDocument(nfd.apply("Tờ khai"), 1, 0)), nfd.apply(RECEIVER));

        String text = text(papers.receipt(d));
        assertContains(text, APPLICANT, PROCEDURE, AGENCY, "Thôn Phước Hòa", "Tờ khai",
                RECEIVER);
        assertCleanText(text);
    }

    @Test
    void aWordWiderThanTheLineIsBrokenBetweenLetters() throws Exception {
        String word = ("Đườngdâyđiệnthoạitiếpnhậnphảnánhkiếnnghị"
                + "củangườidânvàdoanhnghiệpỞtỉnhQuảngNgãi").repeat(3);
        byte[] pdf = papers.refusal(dossier(1), word, OFFICIAL);
        String joined = text(pdf).replaceAll("\\s+", "");
        assertTrue(joined.contains(word));
    }

    @Test
    void anAbsurdlyLongNameStillPrintsInFullInsideThePage() throws Exception {
        String name = IntStream.rangeClosed(1, 700).mapToObj(i -> "tên" + i)
                .reduce((a, b) -> a + " " + b).orElseThrow();
        PaperDossier d = new PaperDossier(CODE, null, PROCEDURE, name, name, null, null, null,
                null, SUBMITTED, RECEIVED, DUE, null, List.of(), RECEIVER);

        byte[] pdf = papers.receipt(d);
        String text = text(pdf);
        // Header (upper case), sentence, field and signature.
        assertTrue(count(text, "tên700") >= 3, text);
        assertTrue(count(text, "TÊN700") >= 1, text);
        assertInsidePages(pdf);
    }

    @Test
    void everyPaperStaysInsideItsPages() throws Exception {
        List<PaperEvent> events = IntStream.rangeClosed(1, 40).mapToObj(i -> new PaperEvent(
                RECEIVED.plusSeconds(600L * i), RECEIVER, "Một cửa", "Bước " + i,
                "Ghi chú ".repeat(i), DUE)).toList();
        List<String> missing = IntStream.rangeClosed(1, 60).mapToObj(i -> "Giấy tờ " + i).toList();
        for (byte[] pdf : List.of(papers.receipt(dossier(40)),
                papers.supplementRequest(dossier(2), "Lý do. ".repeat(300), missing, OFFICIAL),
                papers.refusal(dossier(2), "Lý do. ".repeat(600), OFFICIAL),
                papers.apology(dossier(2), "Lý do. ".repeat(600), NEW_DUE, OFFICIAL),
                papers.controlSheet(dossier(2), events))) {
            assertInsidePages(pdf);
        }
    }

    @Test
    void lettersTheFontLacksBecomeQuestionMarks() throws Exception {
        PaperDossier d = new PaperDossier(CODE, null, PROCEDURE, AGENCY,
                "Nguyễn Thị Hương \uD83D\uDE00 王", null, null, null, null, null, RECEIVED, DUE,
                null, List.of(), null);
        assertContains(text(papers.receipt(d)), "Nguyễn Thị Hương ? ?");
    }

    @Test
    void stepOutcomeAgainstItsDeadline() {
        Instant deadline = Instant.parse("2025-03-06T10:00:00Z"); // 17:00 local
        assertEquals("Trước hạn", Papers.outcome(Instant.parse("2025-03-05T16:59:00Z"), deadline));
        assertEquals("Đúng hạn", Papers.outcome(Instant.parse("2025-03-05T17:00:00Z"), deadline));
        assertEquals("Đúng hạn", Papers.outcome(deadline, deadline));
        assertEquals("Quá hạn", Papers.outcome(deadline.plusSeconds(60), deadline));
        assertEquals("", Papers.outcome(deadline, null));
        assertEquals("", Papers.outcome(null, deadline));
    }

    // ---------------------------------------------------------------- fixture and helpers

    private static PaperDossier dossier(int documents) {
        List<PaperDocument> docs = IntStream.rangeClosed(1, documents)
                .mapToObj(i -> new PaperDocument(document(i), 1, i % 3)).toList();
        return new PaperDossier(CODE, "2.000635", PROCEDURE, AGENCY, APPLICANT, "051190000123",
                "Số 12 đường Lê Lợi, phường Nghĩa Chánh, thành phố Quảng Ngãi", "0912 345 678",
                "huong.nguyen@example.vn", SUBMITTED, RECEIVED, DUE,
                "Nhận trực tiếp tại Bộ phận Một cửa", docs, RECEIVER);
    }

    private static String document(int i) {
        return "Giấy tờ số " + i + ": bản sao Giấy khai sinh của người được cấp trích lục"
                + (i % 4 == 0 ? " kèm văn bản ủy quyền có chứng thực của Ủy ban nhân dân xã" : "");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String lastPageText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(doc.getNumberOfPages());
            return stripper.getText(doc);
        }
    }

    /** No letter is drawn in the margins or off the paper. */
    private static void assertInsidePages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    for (TextPosition p : positions) {
                        float height = p.getPageHeight();
                        float width = p.getPageWidth();
                        assertTrue(p.getYDirAdj() > 15 && p.getYDirAdj() < height - 10,
                                () -> "\"" + text + "\" at y " + p.getYDirAdj());
                        assertTrue(p.getXDirAdj() > 15 && p.getXDirAdj() < width - 15,
                                () -> "\"" + text + "\" at x " + p.getXDirAdj());
                    }
                }
            };
            stripper.getText(doc);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static PDRectangle pageSize(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getPage(0).getMediaBox();
        }
    }

    /**
     * Line breaks of the layout are spaces to the reader; the page footers, which a reader
     * skips, are left out so that text running on to the next page reads as one.
     */
    private static void assertContains(String text, String... expected) {
        String flat = withoutFooters(text).replaceAll("\\s+", " ");
        for (String e : expected) {
            assertTrue(flat.contains(e), () -> "missing \"" + e + "\" in:\n" + text);
        }
    }

    private static String withoutFooters(String text) {
        return text.replaceAll("(?m)^Mã hồ sơ \\S+ - Trang \\d+/\\d+\\R", "");
    }

    private static void assertCleanText(String text) {
        assertTrue(Normalizer.isNormalized(text, Normalizer.Form.NFC), "NFC");
        assertFalse(text.contains("null"));
        assertFalse(text.contains("?"), "no letter replaced");
    }

    private static int count(String text, String part) {
        String flat = text.replaceAll("\\s+", " ");
        int n = 0;
        for (int i = flat.indexOf(part); i >= 0; i = flat.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
