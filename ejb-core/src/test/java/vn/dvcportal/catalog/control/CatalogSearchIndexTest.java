package vn.dvcportal.catalog.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.dvcportal.catalog.entity.ChannelKind;

class CatalogSearchIndexTest {

    private static final long HO_TICH = 1;
    private static final long XUAT_NHAP_CANH = 2;
    private static final long XAY_DUNG = 3;
    private static final long DAT_DAI = 4;
    private static final long DUONG_BO = 5;
    private static final long DOANH_NGHIEP = 6;
    private static final long CHUNG_THUC = 7;
    private static final long LY_LICH = 8;
    private static final long CU_TRU = 9;
    private static final long KHIEU_NAI = 10;

    private static final Map<Long, String> FIELDS = Map.of(
            HO_TICH, "Hộ tịch",
            XUAT_NHAP_CANH, "Xuất nhập cảnh",
            XAY_DUNG, "Hoạt động xây dựng",
            DAT_DAI, "Đất đai",
            DUONG_BO, "Đường bộ",
            DOANH_NGHIEP, "Thành lập và hoạt động doanh nghiệp",
            CHUNG_THUC, "Chứng thực",
            LY_LICH, "Lý lịch tư pháp",
            CU_TRU, "Cư trú",
            KHIEU_NAI, "Giải quyết khiếu nại");

    private static final long UBND_XA = 10;
    private static final long SO_TU_PHAP = 11;
    private static final long CUC_XNC = 12;
    private static final long SO_XAY_DUNG = 13;
    private static final long SO_NN_MT = 14;
    private static final long CONG_AN_XA = 15;
    private static final long SO_TAI_CHINH = 16;

    private static final Map<Long, String> AGENCIES = Map.of(
            UBND_XA, "Ủy ban nhân dân xã, phường",
            SO_TU_PHAP, "Sở Tư pháp",
            CUC_XNC, "Cục Quản lý xuất nhập cảnh",
            SO_XAY_DUNG, "Sở Xây dựng",
            SO_NN_MT, "Sở Nông nghiệp và Môi trường",
            CONG_AN_XA, "Công an xã, phường",
            SO_TAI_CHINH, "Sở Tài chính");

    private static final String BO = "Cấp bộ";
    private static final String TINH = "Cấp tỉnh";
    private static final String XA = "Cấp xã";
    private static final String CONG_DAN = "Công dân Việt Nam";
    private static final String NUOC_NGOAI = "Người nước ngoài";
    private static final String DOANH_NGHIEP_DT = "Doanh nghiệp";

    private static final Set<ChannelKind> ALL_CHANNELS = EnumSet.allOf(ChannelKind.class);
    private static final Set<ChannelKind> IN_PERSON = EnumSet.of(ChannelKind.DIRECT);
    private static final Set<ChannelKind> NOT_POSTAL =
            EnumSet.of(ChannelKind.DIRECT, ChannelKind.ONLINE);

    private static final List<SearchDocument> DOCUMENTS = List.of(
            doc(1, "1.000771", "Đăng ký khai sinh", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN), ALL_CHANNELS),
            doc(2, "1.000772", "Đăng ký khai sinh có yếu tố nước ngoài", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN, NUOC_NGOAI), IN_PERSON),
            doc(3, "1.000773", "Đăng ký lại khai sinh", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN), NOT_POSTAL),
            doc(4, "1.000774", "Đăng ký kết hôn", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN), NOT_POSTAL),
            doc(5, "1.000775", "Đăng ký kết hôn có yếu tố nước ngoài", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN, NUOC_NGOAI), IN_PERSON),
            doc(6, "1.000776", "Đăng ký khai tử", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN), ALL_CHANNELS),
            doc(7, "1.000777", "Cấp bản sao trích lục hộ tịch", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN), ALL_CHANNELS),
            doc(8, "1.000778", "Xác nhận thông tin hộ tịch", HO_TICH, UBND_XA, XA,
                    Set.of(CONG_DAN), NOT_POSTAL),
            doc(9, "2.001701", "Cấp hộ chiếu phổ thông trong nước", XUAT_NHAP_CANH, CUC_XNC, BO,
                    Set.of(CONG_DAN), ALL_CHANNELS),
            doc(10, "2.001702", "Cấp hộ chiếu phổ thông ở nước ngoài", XUAT_NHAP_CANH, CUC_XNC,
                    BO, Set.of(CONG_DAN), IN_PERSON),
            doc(11, "2.001703", "Cấp thị thực cho người nước ngoài tại Việt Nam", XUAT_NHAP_CANH,
                    CUC_XNC, BO, Set.of(NUOC_NGOAI), NOT_POSTAL),
            doc(12, "2.001704", "Khôi phục giá trị sử dụng hộ chiếu phổ thông", XUAT_NHAP_CANH,
                    CUC_XNC, BO, Set.of(CONG_DAN), IN_PERSON),
            doc(13, "1.009911", "Cấp Giấy phép xây dựng mới đối với công trình cấp đặc biệt",
                    XAY_DUNG, SO_XAY_DUNG, TINH, Set.of(DOANH_NGHIEP_DT), NOT_POSTAL),
            doc(14, "1.009912", "Cấp Giấy phép xây dựng sửa chữa, cải tạo công trình",
                    XAY_DUNG, SO_XAY_DUNG, TINH, Set.of(DOANH_NGHIEP_DT, CONG_DAN), NOT_POSTAL),
            doc(15, "1.009913", "Gia hạn giấy phép xây dựng", XAY_DUNG, SO_XAY_DUNG, TINH,
                    Set.of(DOANH_NGHIEP_DT, CONG_DAN), ALL_CHANNELS),
            doc(16, "1.009914", "Cấp chứng chỉ hành nghề hoạt động xây dựng", XAY_DUNG,
                    SO_XAY_DUNG, TINH, Set.of(CONG_DAN), ALL_CHANNELS),
            doc(17, "2.000881", "Đăng ký đất đai, tài sản gắn liền với đất lần đầu", DAT_DAI,
                    SO_NN_MT, TINH, Set.of(CONG_DAN, DOANH_NGHIEP_DT), IN_PERSON),
            doc(18, "2.000882", "Cấp lại Giấy chứng nhận quyền sử dụng đất do bị mất", DAT_DAI,
                    SO_NN_MT, TINH, Set.of(CONG_DAN), IN_PERSON),
            doc(19, "2.000883", "Đính chính Giấy chứng nhận đã cấp", DAT_DAI, SO_NN_MT, TINH,
                    Set.of(CONG_DAN), IN_PERSON),
            doc(20, "1.002801", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp",
                    DUONG_BO, SO_XAY_DUNG, TINH, Set.of(CONG_DAN, NUOC_NGOAI), ALL_CHANNELS),
            doc(21, "1.002802", "Cấp lại giấy phép lái xe", DUONG_BO, SO_XAY_DUNG, TINH,
                    Set.of(CONG_DAN), ALL_CHANNELS),
            doc(22, "2.002101", "Đăng ký thành lập doanh nghiệp tư nhân", DOANH_NGHIEP,
                    SO_TAI_CHINH, TINH, Set.of(CONG_DAN), ALL_CHANNELS),
            doc(23, "2.002102", "Đăng ký thay đổi nội dung đăng ký doanh nghiệp", DOANH_NGHIEP,
                    SO_TAI_CHINH, TINH, Set.of(DOANH_NGHIEP_DT), ALL_CHANNELS),
            doc(24, "2.002103", "Thông báo tạm ngừng kinh doanh", DOANH_NGHIEP, SO_TAI_CHINH,
                    TINH, Set.of(DOANH_NGHIEP_DT), NOT_POSTAL),
            doc(25, "2.000901", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", CHUNG_THUC,
                    UBND_XA, XA, Set.of(CONG_DAN, NUOC_NGOAI), IN_PERSON),
            doc(26, "2.000902", "Chứng thực chữ ký trong các giấy tờ, văn bản", CHUNG_THUC,
                    UBND_XA, XA, Set.of(CONG_DAN, NUOC_NGOAI), IN_PERSON),
            doc(27, "2.000903", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
                    CHUNG_THUC, UBND_XA, XA, Set.of(CONG_DAN), IN_PERSON),
            doc(28, "1.001101",
                    "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam, người nước ngoài đang cư trú "
                            + "tại Việt Nam",
                    LY_LICH, SO_TU_PHAP, TINH, Set.of(CONG_DAN, NUOC_NGOAI), ALL_CHANNELS),
            doc(29, "1.001102", "Đăng ký thường trú", CU_TRU, CONG_AN_XA, XA,
                    Set.of(CONG_DAN), NOT_POSTAL),
            doc(30, "1.001103", "Xóa đăng ký thường trú", CU_TRU, CONG_AN_XA, XA,
                    Set.of(CONG_DAN), NOT_POSTAL),
            doc(31, "1.001104", "Khai báo tạm vắng", CU_TRU, CONG_AN_XA, XA,
                    Set.of(CONG_DAN), NOT_POSTAL),
            doc(32, "3.000101", "Giải quyết khiếu nại lần đầu", KHIEU_NAI, SO_TU_PHAP, TINH,
                    Set.of(CONG_DAN, DOANH_NGHIEP_DT), ALL_CHANNELS));

    private static final CatalogSearchIndex INDEX = new CatalogSearchIndex(DOCUMENTS);

    private static SearchDocument doc(long id, String code, String name, long field, long agency,
            String level, Set<String> audiences, Set<ChannelKind> channels) {
        String extra = FIELDS.get(field) + "; " + AGENCIES.get(agency);
        return new SearchDocument(id, code, name, field, Set.of(agency), Set.of(level), audiences,
                channels, extra);
    }

    private static SearchResult search(String text) {
        return INDEX.search(SearchQuery.of(text));
    }

    private static List<Long> ids(String text) {
        return search(text).ids();
    }

    private static long top(String text) {
        SearchResult result = search(text);
        assertFalse(result.hits().isEmpty(), () -> "no hit for " + text);
        return result.hits().get(0).id();
    }

    private static SearchQuery filtered(String text, Long field, Long agency, String level,
            String audience, ChannelKind channel) {
        return new SearchQuery(text, field, agency, level, audience, channel, 0, 100);
    }

    private static String nfd(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    // ------------------------------------------------------------------ folding equivalence

    @Test
    void caseDiacriticsAndFormDoNotMatter() {
        SearchResult expected = search("dang ky khai sinh");
        assertEquals(List.of(1L, 2L, 3L), expected.ids());
        for (String variant : List.of("ĐĂNG KÝ KHAI SINH", "Đăng ký khai sinh",
                nfd("Đăng ký khai sinh"), nfd("ĐĂNG KÝ KHAI SINH"), "  đăng   ký, khai-sinh ",
                "DANG KY KHAI SINH")) {
            SearchResult actual = search(variant.strip());
            assertEquals(expected, actual, variant);
        }
    }

    @Test
    void dStrokeFoldsToD() {
        assertEquals(17L, top("dat dai"));
        assertEquals(17L, top("ĐẤT ĐAI"));
        assertEquals(ids("đất đai"), ids("dat dai"));
        assertEquals(List.of(19L), ids("Đính chính"));
        assertEquals(List.of(19L), ids("dinh chinh"));
    }

    // ------------------------------------------------------------------ codes

    @Test
    void exactCodeComesFirst() {
        SearchResult result = search("1.000771");
        assertEquals(List.of(1L), result.ids());
        assertEquals(2L, top("1.000772"));
        assertEquals(28L, top(" 1.001101 "));
    }

    @Test
    void codePrefixFindsTheFamily() {
        assertEquals(Set.of(9L, 10L, 11L, 12L), new HashSet<>(ids("2.0017")));
        assertEquals(8, search("1.00077").total());
        assertEquals(0, search("9.9").total());
    }

    @Test
    void exactCodeOutranksCodePrefixAndNames() {
        List<SearchDocument> docs = new ArrayList<>(DOCUMENTS);
        docs.add(new SearchDocument(99, "1.0007710", "Thủ tục thử mã dài", HO_TICH, Set.of(),
                Set.of(), Set.of(), Set.of(), "1.000771"));
        SearchResult result = new CatalogSearchIndex(docs).search(SearchQuery.of("1.000771"));
        assertEquals(List.of(1L, 99L), result.ids());
        assertTrue(result.hits().get(0).score() > result.hits().get(1).score());
    }

    // ------------------------------------------------------------------ ranking

    @Test
    void shorterAndAdjacentNamesRankHigher() {
        assertEquals(List.of(1L, 2L, 3L), ids("đăng ký khai sinh"));
        assertEquals(1L, top("khai sinh"));
        assertEquals(Set.of(1L, 2L, 3L), new HashSet<>(ids("khai sinh")));
        assertEquals(List.of(4L, 5L), ids("kết hôn"));
        // Both start with the phrase; the shorter name covers more of itself.
        List<Long> permits = ids("cấp giấy phép xây dựng");
        assertEquals(List.of(14L, 13L), permits.subList(0, 2));
        // "Cấp lại giấy phép lái xe" only reaches "xây" through its agency, Sở Xây dựng.
        assertEquals(Set.of(20L, 21L), new HashSet<>(permits.subList(2, permits.size())));
        assertEquals(15L, top("giấy phép xây dựng"));
    }

    @Test
    void nameMatchRanksAboveExtraTextOnlyMatch() {
        SearchResult result = search("cư trú");
        // 28 has both words in its name; 29-31 only through their field "Cư trú".
        assertEquals(28L, result.hits().get(0).id());
        assertTrue(result.ids().containsAll(List.of(29L, 30L, 31L)), result.ids().toString());
        double nameScore = result.hits().get(0).score();
        for (SearchResult.SearchHit hit : result.hits().subList(1, result.hits().size())) {
            assertTrue(hit.score() < nameScore, hit.toString());
        }
    }

    @Test
    void extraTextAloneIsSearchable() {
        assertEquals(Set.of(22L, 23L, 24L), new HashSet<>(ids("sở tài chính")));
        assertEquals(4, search("cuc quan ly xuat nhap canh").total());
    }

    @Test
    void allWordsMustMatch() {
        assertEquals(List.of(), ids("khai sinh hộ chiếu"));
        assertEquals(List.of(6L), ids("khai tử"));
    }

    // ------------------------------------------------------------------ typos and prefixes

    @Test
    void oneTypoPerWordIsTolerated() {
        assertEquals(1L, top("dang ky khia sinh"));
        assertEquals(1L, top("khai sinhh"));
        assertEquals(1L, top("dang ky khai sinj"));
        assertEquals(Set.of(9L, 10L, 12L), new HashSet<>(ids("ho chieu pho thng")));
        assertEquals(1L, top("dang ky khaai sinh"));
        assertEquals(List.of(29L, 30L), ids("dang ky thuonh tru"));
        assertEquals(List.of(29L, 30L), ids("dang ky thong tru"));
    }

    @Test
    void typoScoresBelowExact() {
        double exact = search("dang ky khai sinh").hits().get(0).score();
        double typo = search("dang ky khia sinh").hits().get(0).score();
        assertTrue(typo < exact, typo + " < " + exact);
    }

    @Test
    void typoOnAKnownWordIsTriedWhenNothingElseMatches() {
        // "dong" is itself a word (hợp đồng) but no procedure has it with "giấy phép xây".
        assertTrue(ids("giay phep xay dong").containsAll(List.of(13L, 14L, 15L)));
    }

    @Test
    void shortWordsAreNotTypoCorrected() {
        assertEquals(List.of(), ids("dang ky ket hin "));
        assertEquals(0, search("xz").total());
    }

    @Test
    void lastWordMayBeAPrefix() {
        assertEquals(List.of(4L, 5L), ids("dang ky ket h"));
        assertEquals(List.of(4L, 5L), ids("dang ky ket ho"));
        assertEquals(Set.of(9L, 10L), new HashSet<>(ids("cap ho chieu pho th")));
        assertEquals(List.of(), ids("cap ho chieu pho th extra"));
    }

    @Test
    void trailingSpaceFinishesTheLastWord() {
        assertEquals(List.of(2L), ids("khai sinh co y"));
        assertEquals(List.of(), ids("khai sinh co y "));
        assertEquals(List.of(4L, 5L), ids("dang ky ket hon "));
    }

    @Test
    void onlyTheLastWordIsAPrefix() {
        assertEquals(List.of(), ids("kh sinh"));
        assertEquals(Set.of(1L, 2L, 3L), new HashSet<>(ids("sinh kh")));
    }

    // ------------------------------------------------------------------ filters and paging

    @Test
    void emptyTextWithFilterListsByName() {
        SearchResult result = INDEX.search(filtered("", HO_TICH, null, null, null, null));
        assertEquals(List.of(7L, 4L, 5L, 1L, 2L, 6L, 3L, 8L), result.ids());
        assertEquals(8, result.total());
    }

    @Test
    void emptyTextWithoutFilterListsEverything() {
        assertEquals(DOCUMENTS.size(), search("").total());
        assertEquals(DOCUMENTS.size(), search("   ").total());
        assertEquals(DOCUMENTS.size(), search("%%%").total());
    }

    @Test
    void filtersCombineWithAnd() {
        assertEquals(Set.of(1L, 6L), new HashSet<>(INDEX.search(
                filtered("dang ky", HO_TICH, null, null, null, ChannelKind.POSTAL)).ids()));
        assertEquals(List.of(2L), INDEX.search(
                filtered("khai sinh", null, UBND_XA, XA, NUOC_NGOAI, null)).ids());
        assertEquals(Set.of(2L, 5L, 11L, 20L, 25L, 26L, 28L), new HashSet<>(INDEX.search(
                filtered("", null, null, null, NUOC_NGOAI, null)).ids()));
        assertEquals(Set.of(9L, 10L, 11L, 12L), new HashSet<>(INDEX.search(
                filtered(null, null, CUC_XNC, BO, null, null)).ids()));
    }

    @Test
    void filterValuesAreFoldedToo() {
        SearchResult plain = INDEX.search(filtered("", null, null, XA, null, null));
        assertEquals(plain, INDEX.search(filtered("", null, null, "CẤP XÃ", null, null)));
        assertEquals(plain, INDEX.search(filtered("", null, null, nfd("cấp xã"), null, null)));
        assertEquals(14, plain.total());
    }

    @Test
    void unknownFilterValuesMatchNothing() {
        assertEquals(0, INDEX.search(filtered("", 404L, null, null, null, null)).total());
        assertEquals(0, INDEX.search(filtered("", null, 404L, null, null, null)).total());
        assertEquals(0, INDEX.search(filtered("", null, null, "Cấp huyện", null, null)).total());
        assertEquals(DOCUMENTS.size(),
                INDEX.search(filtered("", null, null, "  ", "", null)).total());
    }

    @Test
    void pagesSliceTheSameOrder() {
        SearchResult all = INDEX.search(new SearchQuery("", null, null, null, null, null, 0, 100));
        List<Long> paged = new ArrayList<>();
        for (int page = 0; page < 4; page++) {
            SearchResult result =
                    INDEX.search(new SearchQuery("", null, null, null, null, null, page, 10));
            assertEquals(32, result.total());
            assertEquals(page, result.page());
            assertEquals(page < 3 ? 10 : 2, result.hits().size());
            paged.addAll(result.ids());
        }
        assertEquals(all.ids(), paged);

        SearchResult ranked = INDEX.search(
                new SearchQuery("dang ky", null, null, null, null, null, 0, 100));
        List<Long> rankedPaged = new ArrayList<>();
        for (int page = 0; page * 3 < ranked.total(); page++) {
            rankedPaged.addAll(INDEX.search(
                    new SearchQuery("dang ky", null, null, null, null, null, page, 3)).ids());
        }
        assertEquals(ranked.ids(), rankedPaged);
    }

    @Test
    void pagePastTheEndIsEmpty() {
        SearchResult result = INDEX.search(SearchQuery.of("dang ky").withPage(50));
        assertTrue(result.hits().isEmpty());
        assertTrue(result.total() > 0);
        SearchResult huge = INDEX.search(
                new SearchQuery("", null, null, null, null, null, Integer.MAX_VALUE, 100));
        assertTrue(huge.hits().isEmpty());
    }

    @Test
    void queryValuesAreClamped() {
        SearchQuery query = new SearchQuery(null, null, null, " ", "", null, -3, 0);
        assertEquals("", query.text());
        assertEquals(0, query.page());
        assertEquals(1, query.pageSize());
        assertNull(query.level());
        assertEquals(100, new SearchQuery("", null, null, null, null, null, 0, 5000).pageSize());
        assertEquals(SearchQuery.MAX_TEXT_LENGTH, SearchQuery.of("x".repeat(10_000)).text()
                .length());
        String emoji = "a".repeat(SearchQuery.MAX_TEXT_LENGTH - 1) + "\ud83d\ude00";
        assertEquals(SearchQuery.MAX_TEXT_LENGTH - 1, SearchQuery.of(emoji).text().length());
    }

    // ------------------------------------------------------------------ hostile input

    @Test
    void hugeQueriesReturnNormally() {
        for (String text : List.of("khai sinh ".repeat(1000), "a".repeat(10_000),
                nfd("Đăng ký ").repeat(1000), "\u0301".repeat(10_000), "1.".repeat(5000),
                "đ".repeat(10_000))) {
            assertEquals(10_000, text.length());
            SearchResult result = assertDoesNotThrow(() -> search(text));
            assertTrue(result.hits().size() <= SearchQuery.DEFAULT_PAGE_SIZE);
        }
    }

    @Test
    void metacharactersAreJustText() {
        for (String text : List.of("'; DROP TABLE thu_tuc; --", "' OR '1'='1", "%", "_%_",
                "\\", "*", ".*", "(?i)khai", "<script>alert('x')</script>", "&lt;b&gt;",
                "\"khai sinh\"", "khai\u0000sinh", "\ud800", "${jndi:ldap://x}", "#{1+1}",
                "SELECT * FROM procedure WHERE 1=1")) {
            SearchResult result = assertDoesNotThrow(() -> search(text), text);
            assertTrue(result.total() >= 0);
        }
        assertEquals(ids("khai sinh"), ids("\"khai sinh\""));
        assertEquals(0, search("'; DROP TABLE thu_tuc; --").total());
    }

    // ------------------------------------------------------------------ construction

    @Test
    void toleratesSparseDocuments() {
        List<SearchDocument> docs = Arrays.asList(
                new SearchDocument(1, null, null, 0, null, null, null, null, null),
                null,
                new SearchDocument(2, "1.000001", "Đăng ký khai sinh", 0, null, null, null,
                        null, null));
        CatalogSearchIndex index = new CatalogSearchIndex(docs);
        assertEquals(2, index.size());
        assertEquals(List.of(2L), index.search(SearchQuery.of("khai")).ids());
        assertEquals(List.of(1L, 2L), index.search(SearchQuery.of("")).ids());
    }

    @Test
    void emptyIndex() {
        CatalogSearchIndex index = new CatalogSearchIndex(List.of());
        assertEquals(0, index.search(SearchQuery.of("khai sinh")).total());
        assertEquals(0, index.search(SearchQuery.of("")).total());
    }

    @Test
    void concurrentSearchesAgree() throws Exception {
        List<String> queries = List.of("dang ky khai sinh", "2.0017", "giay phep", "cu tru",
                "dang ky khia sinh", "", "ho chieu pho thong", "khai bao tam v");
        List<SearchResult> expected = queries.stream().map(CatalogSearchIndexTest::search)
                .toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int t = 0; t < 32; t++) {
                futures.add(pool.submit(() -> {
                    for (int round = 0; round < 200; round++) {
                        for (int i = 0; i < queries.size(); i++) {
                            if (!expected.get(i).equals(search(queries.get(i)))) {
                                return false;
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> future : futures) {
                assertTrue(future.get(60, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oneEditDistance() {
        assertTrue(CatalogSearchIndex.withinOneEdit("khai", "khia"));
        assertTrue(CatalogSearchIndex.withinOneEdit("khai", "khao"));
        assertTrue(CatalogSearchIndex.withinOneEdit("khai", "kha"));
        assertTrue(CatalogSearchIndex.withinOneEdit("sinh", "sinhh"));
        assertTrue(CatalogSearchIndex.withinOneEdit("sinh", "isnh"));
        assertTrue(CatalogSearchIndex.withinOneEdit("sinh", "sinh"));
        assertTrue(CatalogSearchIndex.withinOneEdit("sinh", "snih"));
        assertFalse(CatalogSearchIndex.withinOneEdit("sinh", "snhi"));
        assertFalse(CatalogSearchIndex.withinOneEdit("sinh", "sin"  + "hhh"));
        assertFalse(CatalogSearchIndex.withinOneEdit("khai", "kiah"));
        assertFalse(CatalogSearchIndex.withinOneEdit("thuong", "thong" + "x"));
    }
}
