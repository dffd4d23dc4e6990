package vn.dvcportal.catalog.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.dvcportal.catalog.entity.ChannelKind;
import vn.dvcportal.catalog.entity.ProcessingTimeUnit;
import vn.dvcportal.catalog.entity.ServiceLevel;

/**
 * Turns one record of the national procedure catalogue (one JSON object of the JSON-lines file)
 * into a {@link ParsedProcedure}.
 *
 * <p>The portal the catalogue was taken from renders several fields as HTML tables; the crawl
 * kept only the cell texts, glued together without separators. Each table is split back into
 * rows here from what the cells look like: a channel name followed by a time, a quantity
 * "1 bản chính", a document number "51/2019/QH14", a result code "Mã: KQ.G01.000074". Text that
 * fits no row is handed to the leftover listener, so that an import can report it.
 *
 * <p>Every string is NFC-normalised first, because user input may arrive decomposed; runs of
 * spaces, tabs and non-breaking spaces become one space. An empty value and "Không có thông
 * tin" mean no information and become {@code null} or an empty list.
 *
 * <p>The {@linkplain ServiceLevel service level} is not published in the catalogue and is
 * derived, best effort:
 * <ul>
 * <li>no online channel: {@code null};
 * <li>an online channel, and some sentence of the channel descriptions, steps, documents or
 * conditions says that a dossier sent online must still be followed by originals or paper
 * delivered in person or by post (for instance "trường hợp nộp hồ sơ trực tuyến thì ... gửi
 * bản chính ... qua đường bưu điện"), or that originals must be shown when the result is
 * collected: {@link ServiceLevel#PARTIAL_ONLINE};
 * <li>any other procedure with an online channel: {@link ServiceLevel#FULL_ONLINE}.
 * </ul>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ProcedureRecordParser {

    /** Field names of the leftover listener, also the JSON keys they come from. */
    static final String CHANNELS = "cach_thuc_thuc_hien";
    static final String DOCUMENTS = "thanh_phan_ho_so";
    static final String LEGAL_BASES = "can_cu_phap_ly";
    static final String RESULTS = "ket_qua_xu_ly";

    private static final Logger LOG = Logger.getLogger(ProcedureRecordParser.class.getName());

    private static final String NO_INFO = "Không có thông tin";
    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}");

    private final BiConsumer<String, String> leftovers;

    /** A parser that logs leftover text at {@link Level#FINE}. */
    public ProcedureRecordParser() {
        this((field, text) -> { });
    }

    /**
     * A parser that also tells {@code leftovers} about text of a glued table that fits no row.
     *
     * @param leftovers receives the JSON key of the field and the text that was not used
     */
    public ProcedureRecordParser(BiConsumer<String, String> leftovers) {
        this.leftovers = Objects.requireNonNull(leftovers);
    }

    /**
     * Parses one record.
     *
     * @throws RecordParseException when the record has no valid code or no name, or cannot be
     *     read at all
     */
    public ParsedProcedure parse(JsonObject record) throws RecordParseException {
        String code = clean(text(record, "ma_thu_tuc"));
        if (code == null) {
            throw new RecordParseException(null, "thiếu mã thủ tục (ma_thu_tuc)");
        }
        if (!CODE.matcher(code).matches()) {
            throw new RecordParseException(code,
                    "mã thủ tục không đúng dạng một chữ số, dấu chấm, sáu chữ số (ví dụ 1.000178)");
        }
        String name = clean(text(record, "ten_thu_tuc"));
        if (name == null) {
            throw new RecordParseException(code, "thiếu tên thủ tục (ten_thu_tuc)");
        }
        try {
            return parseValid(record, code, name);
        } catch (RuntimeException e) {
            // One odd record must not stop an import of thousands.
            throw new RecordParseException(code, "không đọc được bản ghi: " + e, e);
        }
    }

    private ParsedProcedure parseValid(JsonObject record, String code, String name) {
        BiConsumer<String, String> report = (field, text) -> {
            LOG.log(Level.FINE, "{0} {1}: text left over: {2}", new Object[] {code, field, text});
            leftovers.accept(field, text);
        };
        List<ParsedStep> steps = parseSteps(clean(text(record, "trinh_tu_thuc_hien")));
        List<ParsedChannel> channels = parseChannels(clean(text(record, CHANNELS)),
                t -> report.accept(CHANNELS, t));
        List<ParsedDocument> documents = parseDocuments(clean(text(record, DOCUMENTS)),
                t -> report.accept(DOCUMENTS, t));
        List<ParsedLegalBasis> legalBases = parseLegalBases(clean(text(record, LEGAL_BASES)),
                t -> report.accept(LEGAL_BASES, t));
        List<ParsedResult> results = parseResults(clean(text(record, RESULTS)),
                t -> report.accept(RESULTS, t));
        String conditions = clean(text(record, "yeu_cau_dieu_kien"));

        return new ParsedProcedure(code, name,
                clean(text(record, "so_quyet_dinh")),
                splitList(clean(text(record, "cap_thuc_hien"))),
                clean(text(record, "loai_thu_tuc")),
                clean(text(record, "linh_vuc")),
                splitList(clean(text(record, "doi_tuong_thuc_hien"))),
                splitList(clean(text(record, "co_quan_co_tham_quyen"))),
                splitList(clean(text(record, "co_quan_thuc_hien"))),
                splitList(clean(text(record, "co_quan_phoi_hop"))),
                splitList(clean(text(record, "co_quan_duoc_uy_quyen"))),
                clean(text(record, "dia_chi_tiep_nhan")),
                steps, channels, documents, legalBases, conditions, results,
                clean(text(record, "thu_tuc_lien_quan")),
                clean(text(record, "detail_url")),
                clean(text(record, "_src")),
                serviceLevel(channels, steps, documents, conditions));
    }

    private static String text(JsonObject record, String key) {
        JsonValue value = record.get(key);
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------
    // Plain text and lists

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B-\\u200F\\u2060\\uFEFF]");
    private static final Pattern SPACE_LIKE =
            Pattern.compile("[\\t\\u000B\\f\\u00A0\\u2007\\u202F\\uF000-\\uF0FF]");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern SPACE_AT_LINE_EDGE = Pattern.compile(" *\\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");

    /**
     * NFC-normalises and tidies whitespace: line breaks survive, runs of other white space
     * become one space, invisible format characters and the private-use bullets that word
     * processors leave behind are dropped. Returns {@code null} for blank text and for "Không
     * có thông tin".
     */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFC);
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        s = INVISIBLE.matcher(s).replaceAll("");
        s = SPACE_LIKE.matcher(s).replaceAll(" ");
        s = SPACES.matcher(s).replaceAll(" ");
        s = SPACE_AT_LINE_EDGE.matcher(s).replaceAll("\n");
        s = BLANK_LINES.matcher(s).replaceAll("\n\n").strip();
        return s.isEmpty() || s.equalsIgnoreCase(NO_INFO) ? null : s;
    }

    /**
     * Splits a list written as "A, B; C". A separator inside parentheses does not split
     * ("Tổ chức (không bao gồm doanh nghiệp, HTX)"), nor does one followed by a lower-case word,
     * which continues the same name ("Cán bộ, công chức, viên chức", "Ủy ban nhân dân xã,
     * phường, thị trấn"). A line break always splits. Items lose a trailing full stop;
     * duplicates are dropped.
     */
    static List<String> splitList(String text) {
        if (text == null) {
            return List.of();
        }
        List<String> pieces = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : '\n';
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '\n' || depth == 0 && (c == ',' || c == ';')) {
                String piece = text.substring(start, i).strip();
                if (!pieces.isEmpty() && startsLowerCase(piece)) {
                    char separator = text.charAt(start - 1);
                    int last = pieces.size() - 1;
                    pieces.set(last, pieces.get(last)
                            + (separator == '\n' ? " " : separator + " ") + piece);
                } else if (!piece.isEmpty()) {
                    pieces.add(piece);
                }
                start = i + 1;
            }
        }
        LinkedHashSet<String> items = new LinkedHashSet<>();
        for (String piece : pieces) {
            String item = stripEnd(piece, ".");
            if (!item.isEmpty() && !item.equalsIgnoreCase(NO_INFO)) {
                items.add(item);
            }
        }
        return List.copyOf(items);
    }

    private static boolean startsLowerCase(String s) {
        return !s.isEmpty() && Character.isLowerCase(s.codePointAt(0));
    }

    /** Strips white space and any of {@code chars} from the end. */
    private static String stripEnd(String s, String chars) {
        int end = s.length();
        while (end > 0 && (Character.isWhitespace(s.charAt(end - 1))
                || chars.indexOf(s.charAt(end - 1)) >= 0)) {
            end--;
        }
        return s.substring(0, end).strip();
    }

    private static String nullIfBlank(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() || t.equalsIgnoreCase(NO_INFO) ? null : t;
    }

    // ---------------------------------------------------------------------------------------
    // Steps: "Bước 1: ...", "- Bước 2. ...", "a) Bước 3: ..."

    private static final Pattern STEP = Pattern.compile(
            "(?:^|(?<=\\s))[-+*•]? ?(?:[a-zđ]\\) ?)?Bước ?\\d{1,2} ?([:.\\-–)]?) ?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Splits the steps text at its "Bước N" markers. A marker counts at the start of a line
     * (after an optional bullet or list letter); after a full sentence when it looks like a
     * heading ("Bước 2:", "Bước 2 Nộp hồ sơ"); and elsewhere only as "Bước 2: " followed by a
     * capital. A reference inside a sentence ("theo Bước 2 nêu trên") does not split. Text
     * before the first marker is kept as an untitled step.
     */
    static List<ParsedStep> parseSteps(String text) {
        if (text == null) {
            return List.of();
        }
        List<ParsedStep> steps = new ArrayList<>();
        Matcher m = STEP.matcher(text);
        List<int[]> markers = new ArrayList<>();
        while (m.find()) {
            if (isStepMarker(text, m)) {
                markers.add(new int[] {m.start(), m.end()});
            }
        }
        if (markers.isEmpty()) {
            return List.of(new ParsedStep(null, text));
        }
        String preamble = nullIfBlank(text.substring(0, markers.get(0)[0]));
        if (preamble != null) {
            steps.add(new ParsedStep(null, preamble));
        }
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
            String body = text.substring(markers.get(i)[1], end).strip();
            int nl = body.indexOf('\n');
            String title = nl < 0 ? body : body.substring(0, nl);
            String description = nl < 0 ? null : nullIfBlank(body.substring(nl + 1));
            steps.add(new ParsedStep(nullIfBlank(stripEnd(title, ":")), description));
        }
        return steps;
    }

    private static boolean isStepMarker(String text, Matcher m) {
        int start = m.start();
        boolean capitalFollows = m.end() < text.length()
                && Character.isUpperCase(text.charAt(m.end()));
        if (start == 0 || text.charAt(start - 1) == '\n') {
            return true;
        }
        if (start >= 2 && ".;".indexOf(text.charAt(start - 2)) >= 0) {
            return !m.group(1).isEmpty() || capitalFollows;
        }
        return m.group(1).equals(":") && capitalFollows;
    }

    // ---------------------------------------------------------------------------------------
    // Channels: "Hình thức nộpThời gianPhí, lệ phíMô tả" then rows of
    // channel | time | fee(s) | description, all glued.

    private static final String CHANNEL_HEADER = "Hình thức nộpThời gianPhí, lệ phíMô tả";
    private static final String CHANNEL_NAME = "Trực tiếp|Trực tuyến|Dịch vụ bưu chính";
    private static final Map<String, ChannelKind> CHANNEL_KINDS = Map.of(
            "Trực tiếp", ChannelKind.DIRECT,
            "Trực tuyến", ChannelKind.ONLINE,
            "Dịch vụ bưu chính", ChannelKind.POSTAL);
    private static final Map<String, ProcessingTimeUnit> TIME_UNITS = Map.of(
            "ngày làm việc", ProcessingTimeUnit.WORKING_DAY,
            "ngày", ProcessingTimeUnit.DAY,
            "giờ", ProcessingTimeUnit.HOUR,
            "tuần", ProcessingTimeUnit.WEEK,
            "tháng", ProcessingTimeUnit.MONTH,
            "năm", ProcessingTimeUnit.YEAR);
    /** An amount: no leading zero, groups of three after a thousands separator. */
    private static final String AMOUNT = "[1-9]\\d{0,2}(?:[.,]\\d{3})+|[1-9]\\d*";
    private static final String CURRENCY = "Việt Nam Đồng|VNĐ|VND|Đồng|đồng|USD|EUR";
    private static final String FEE_START =
            "Miễn phí|" + NO_INFO + "|(?:" + AMOUNT + ") ?(?:" + CURRENCY + ")";
    /**
     * A row starts with a channel name glued to its time cell, which is glued to the fee cell.
     * The time is a number with a unit, "Không có thông tin", a bare number, or a short phrase
     * ("Không quy định"). A bare number glued to an amount is ambiguous ("Trực tuyến120 VNĐ");
     * the lazy quantifier gives the time the fewest digits that leave a well-formed amount,
     * which is what the published pages show (time 1, fee 20).
     */
    private static final Pattern CHANNEL_ROW = Pattern.compile(
            "(" + CHANNEL_NAME + ")"
            + "(?:(\\d+(?:[.,]\\d+)?) ?(Ngày làm việc|Ngày|Giờ|Tuần|Tháng|Năm)"
            + "|" + NO_INFO
            + "|(\\d+?)"
            + "|(\\p{Lu}(?:(?!" + CHANNEL_NAME + ")[^\\d\\n]){0,150}?))"
            + "(?=" + FEE_START + ")");
    private static final Pattern FEE = Pattern.compile(
            "Miễn phí|" + NO_INFO + "|(" + AMOUNT + ") ?(" + CURRENCY + ")");
    private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
    private static final Pattern AMOUNT_FEE = Pattern.compile(
            "(" + AMOUNT + ") ?(" + CURRENCY + ")");
    /** "(a) ...", "(ii) ...", "(1) ..." right after a fee start a description, not a remark. */
    private static final Pattern ENUMERATOR =
            Pattern.compile("\\((?:[a-zđ]|[ivx]{1,4}|\\d{1,2})\\)");

    /**
     * Splits the channel table into rows.
     *
     * @param leftover receives text before the first row, or the whole text if no row is found
     */
    static List<ParsedChannel> parseChannels(String text, Consumer<String> leftover) {
        if (text == null) {
            return List.of();
        }
        String body = text.startsWith(CHANNEL_HEADER)
                ? text.substring(CHANNEL_HEADER.length()) : text;
        List<ChannelRow> rows = new ArrayList<>();
        Matcher m = CHANNEL_ROW.matcher(body);
        while (m.find()) {
            rows.add(new ChannelRow(m.start(), m.end(), CHANNEL_KINDS.get(m.group(1)),
                    body.substring(m.end(1), m.end()), m.group(2), m.group(3), m.group(4)));
        }
        String lead = nullIfBlank(body.substring(0, rows.isEmpty() ? body.length()
                : rows.get(0).start()));
        if (lead != null) {
            leftover.accept(lead);
        }
        List<ParsedChannel> channels = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ChannelRow row = rows.get(i);
            int end = i + 1 < rows.size() ? rows.get(i + 1).start() : body.length();
            channels.add(row.toChannel(body.substring(row.end(), end)));
        }
        return channels;
    }

    /** What the row pattern found, kept because the matcher moves on. */
    private record ChannelRow(int start, int end, ChannelKind kind, String timeText,
            String number, String unit, String bareNumber) {

        ParsedChannel toChannel(String rest) {
            BigDecimal value = null;
            ProcessingTimeUnit timeUnit = null;
            if (number != null) {
                value = decimal(number);
                timeUnit = TIME_UNITS.get(unit.toLowerCase(Locale.ROOT));
            } else if (bareNumber != null) {
                value = decimal(bareNumber);
            }
            List<ParsedFee> fees = new ArrayList<>();
            int descriptionStart = parseFees(rest, fees);
            return new ParsedChannel(kind, value, timeUnit, nullIfBlank(timeText), fees,
                    nullIfBlank(rest.substring(descriptionStart)));
        }
    }

    /** "05" is 5; "1.5" and "0,5" are decimals. */
    private static BigDecimal decimal(String digits) {
        return new BigDecimal(digits.replace(',', '.'));
    }

    /**
     * Reads the fee cell at the start of {@code rest} into {@code fees} and returns where the
     * description begins. A fee may carry a remark in parentheses, which stays in its note.
     */
    static int parseFees(String rest, List<ParsedFee> fees) {
        int pos = 0;
        Matcher m = FEE.matcher(rest);
        if (!m.region(pos, rest.length()).lookingAt()) {
            return pos;
        }
        while (true) {
            int end = remarkEnd(rest, m.end());
            String note = rest.substring(m.start(), end).strip();
            if (m.group(1) != null) {
                String currency = currency(m.group(2));
                fees.add(new ParsedFee(amount(m.group(1), currency, note), currency, note));
            } else if (!note.equals(NO_INFO)) {
                // "Miễn phí", or "Không có thông tin" with a remark worth keeping.
                fees.add(new ParsedFee(null, null, note));
            }
            pos = end;
            m = AMOUNT_FEE.matcher(rest);
            if (!m.region(pos, rest.length()).lookingAt()) {
                return pos;
            }
        }
    }

    /**
     * Where a remark in parentheses that starts at {@code from} ends; {@code from} if there is
     * none. Some remarks never close their parenthesis; the remark then ends at the first
     * closing parenthesis that brings the nesting to its lowest level.
     */
    private static int remarkEnd(String s, int from) {
        if (from >= s.length() || s.charAt(from) != '('
                || ENUMERATOR.matcher(s).region(from, s.length()).lookingAt()) {
            return from;
        }
        int depth = 0;
        int lowest = Integer.MAX_VALUE;
        int lowestEnd = s.length();
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
                if (depth == 0) {
                    return i + 1;
                }
                if (depth < lowest) {
                    lowest = depth;
                    lowestEnd = i + 1;
                }
            }
        }
        return lowestEnd;
    }

    /**
     * Every separator in a matched amount groups thousands, as VND has no minor unit. Some
     * records state VND in thousands ("20 VNĐ(20.000 vnđ/tờ khai)"); an amount below 1,000 is
     * scaled only when its remark confirms the full figure.
     */
    private static BigDecimal amount(String digits, String currency, String note) {
        BigDecimal amount = new BigDecimal(digits.replace(".", "").replace(",", ""));
        if ("VND".equals(currency) && amount.compareTo(THOUSAND) < 0
                && Pattern.compile("(?<![\\d.,])" + amount + "[.,]000(?![\\d])")
                        .matcher(note).find()) {
            return amount.multiply(THOUSAND);
        }
        return amount;
    }

    private static String currency(String published) {
        return switch (published) {
            case "USD" -> "USD";
            case "EUR" -> "EUR";
            default -> "VND";
        };
    }

    // ---------------------------------------------------------------------------------------
    // Documents: groups of "<heading>Tên giấy tờMẫu đơn, tờ khaiSố lượng" followed by rows of
    // name | template file(s) | "1 bản chính,1 bản sao", all glued.

    private static final String DOCUMENT_HEADER = "Tên giấy tờMẫu đơn, tờ khaiSố lượng";
    private static final Pattern QUANTITY = Pattern.compile(
            "(\\d) bản chính(?:, ?(\\d) bản sao)?"
            + "|Bản chính: ?(\\d+),? ?Bản sao: ?(\\d+)");
    private static final Pattern NO_GROUP = Pattern.compile("-*");
    private static final Pattern TEMPLATE_FILE = Pattern.compile(
            "\\.(?:docx|doc|pdf|xlsx|xls|odt|rtf|zip|rar)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TEMPLATE_WORD = Pattern.compile(
            "Mẫu|MẪU|mẫu|Mau|MAU|mau|Phụ lục|PHỤ LỤC|Phu luc|Phu lục|PL|Biểu mẫu|BM|Tờ khai|TK"
            + "|Đơn|đơn|Văn bản|văn bản|Tờ trình|tờ trình|Bản khai|bản khai|Báo cáo|báo cáo");
    private static final int LONGEST_FILE_NAME = 150;
    private static final Pattern BULLET = Pattern.compile("^[-+*•]+\\)? ?");

    /**
     * Splits the document table into documents.
     *
     * @param leftover receives text that belongs to no document: notes after the last row, a
     *     heading without rows, or a whole field without table header
     */
    static List<ParsedDocument> parseDocuments(String text, Consumer<String> leftover) {
        if (text == null) {
            return List.of();
        }
        String[] parts = text.split(Pattern.quote(DOCUMENT_HEADER), -1);
        List<ParsedDocument> documents = new ArrayList<>();
        String heading = parts[0];
        for (int p = 1; p < parts.length; p++) {
            String part = parts[p];
            String group = groupName(heading);
            int pos = 0;
            for (QuantityCell cell : quantityCells(part)) {
                document(group, part.substring(pos, cell.start()), cell)
                        .ifPresent(documents::add);
                pos = cell.end();
            }
            if (pos == 0 && group != null) {
                leftover.accept(group);
            }
            heading = part.substring(pos);
        }
        String rest = nullIfBlank(heading);
        if (rest != null && !NO_GROUP.matcher(rest).matches()) {
            leftover.accept(rest);
        }
        return documents;
    }

    private record QuantityCell(int start, int end, int originals, int copies) {
    }

    /**
     * The quantity cells of one group. "1 bản chính" also occurs in document names ("nộp 02
     * bản chính tờ khai", "(01 bản chính)"). A real cell has no leading zero and is glued to
     * the name before it or to the text after it, and is not followed by punctuation that
     * continues a sentence.
     */
    private static List<QuantityCell> quantityCells(String part) {
        List<QuantityCell> cells = new ArrayList<>();
        Matcher m = QUANTITY.matcher(part);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            boolean leadingZero = m.group(1) != null && s > 0 && part.charAt(s - 1) == '0'
                    && (s < 2 || !Character.isDigit(part.charAt(s - 2)));
            boolean gluedBefore = s > 0 && !Character.isWhitespace(part.charAt(s - 1))
                    && part.charAt(s - 1) != '(';
            boolean endsCell;
            if (e == part.length()) {
                endsCell = true;
            } else if (Character.isWhitespace(part.charAt(e))) {
                endsCell = gluedBefore;
            } else {
                endsCell = ",;.):".indexOf(part.charAt(e)) < 0;
            }
            if (endsCell && !leadingZero) {
                boolean shortForm = m.group(1) != null;
                String copies = shortForm ? m.group(2) : m.group(4);
                cells.add(new QuantityCell(s, e,
                        Integer.parseInt(shortForm ? m.group(1) : m.group(3)),
                        copies == null ? 0 : Integer.parseInt(copies)));
            }
        }
        return cells;
    }

    private static String groupName(String heading) {
        String h = stripEnd(heading.strip(), ":");
        return h.isEmpty() || NO_GROUP.matcher(h).matches() ? null : h;
    }

    private static Optional<ParsedDocument> document(String group, String cell,
            QuantityCell quantity) {
        String[] nameAndTemplate = splitTemplate(cell.strip());
        String name = BULLET.matcher(nameAndTemplate[0].strip()).replaceFirst("");
        name = nullIfBlank(stripEnd(name, ";,"));
        if (name == null) {
            return Optional.empty();
        }
        return Optional.of(new ParsedDocument(group, name, nameAndTemplate[1],
                quantity.originals(), quantity.copies()));
    }

    /**
     * Separates the form file names glued to the end of a document name: "... theo Mẫu số 01
     * Phụ lục I của Nghị định số 258/2025/NĐ-CPMẫu số 01.docx". The first file starts at the
     * leftmost glue point after the last slash (a file name has none) and within the last 150
     * characters: punctuation or a lower-case word directly followed by a capital or digit, or a
     * typical form word such as "Mẫu" glued to the text before it. Several files follow each
     * other directly.
     *
     * @return the name and the file names joined by "; ", or the cell and {@code null}
     */
    static String[] splitTemplate(String cell) {
        Matcher ext = TEMPLATE_FILE.matcher(cell);
        List<Integer> fileEnds = new ArrayList<>();
        int firstExt = -1;
        while (ext.find()) {
            firstExt = firstExt < 0 ? ext.start() : firstExt;
            if (ext.end() == cell.length() || !Character.isWhitespace(cell.charAt(ext.end()))) {
                fileEnds.add(ext.end());
            }
        }
        if (fileEnds.isEmpty() || fileEnds.get(fileEnds.size() - 1) != cell.length()) {
            return new String[] {cell, null};
        }
        int start = templateStart(cell.substring(0, firstExt));
        if (start < 0) {
            return new String[] {cell, null};
        }
        List<String> files = new ArrayList<>();
        int from = start;
        for (int end : fileEnds) {
            if (end > from) {
                files.add(cell.substring(from, end).strip());
                from = end;
            }
        }
        return new String[] {cell.substring(0, start), String.join("; ", files)};
    }

    /** Where the first file name begins in the text before its extension, or -1. */
    private static int templateStart(String before) {
        // A file name has no slash and is seldom longer than this.
        int window = Math.max(1, Math.max(before.lastIndexOf('/') + 1,
                before.length() - LONGEST_FILE_NAME));
        int best = -1;
        for (int i = window; i < before.length() && best < 0; i++) {
            if (isGluePoint(before, i)) {
                best = i;
            }
        }
        Matcher word = TEMPLATE_WORD.matcher(before).region(window, before.length());
        while (word.find()) {
            char p = before.charAt(word.start() - 1);
            if (Character.isLetterOrDigit(p) || ".;:)]”\"".indexOf(p) >= 0) {
                best = best < 0 ? word.start() : Math.min(best, word.start());
                break;
            }
        }
        if (best >= 0) {
            return best;
        }
        // Last resort: an acronym glued to the file name, "TT-BTC01-LP.docx", "CPDanhmuc.docx".
        for (int i = window; i < before.length(); i++) {
            char p = before.charAt(i - 1);
            char c = before.charAt(i);
            boolean digitAfterCapital = Character.isUpperCase(p) && Character.isDigit(c);
            boolean wordAfterAcronym = Character.isUpperCase(p) && Character.isUpperCase(c)
                    && i + 1 < before.length() && Character.isLowerCase(before.charAt(i + 1));
            if (digitAfterCapital || wordAfterAcronym) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isGluePoint(String s, int i) {
        char p = s.charAt(i - 1);
        char c = s.charAt(i);
        boolean dottedNumber = p == '.' && Character.isDigit(c) && i >= 2
                && Character.isDigit(s.charAt(i - 2));
        if ((p == '.' || p == ';' || p == ')') && Character.isLetterOrDigit(c) && !dottedNumber) {
            return true;
        }
        // A digit after a one-letter word is a measure ("4x6 cm", "500m3"), not a glue point.
        boolean afterWord = i >= 2 && Character.isLetter(s.charAt(i - 2));
        return Character.isLowerCase(p)
                && (Character.isUpperCase(c) || Character.isDigit(c) && afterWord);
    }

    // ---------------------------------------------------------------------------------------
    // Legal bases: "Tên văn bản pháp lýMã văn bản" then rows of title | number, glued.

    private static final String LEGAL_HEADER = "Tên văn bản pháp lýMã văn bản";
    /** Issuer codes that may be followed directly by an upper-case title ("TT-BTCLUẬT ..."). */
    private static final List<String> ISSUERS = List.of("CP", "TTg", "BTC", "BCA", "BTP", "BNNMT",
            "BGTVT", "BXD", "BTNMT", "BNNPTNT", "BKHĐT", "BLĐTBXH", "BKHCN", "VPCP", "BNV", "BCT",
            "BYT", "BQP", "NHNN", "BVHTTDL", "BTTTT", "BGDĐT", "UBND", "HĐND", "TANDTC",
            "VKSNDTC", "HĐTP", "BNG", "CTN", "UBDT", "TTCP", "KTNN", "VPQH", "VBHN", "BHXH",
            "NĐ", "TTLT", "NQLT", "TT", "NQ", "QĐ", "PL");
    private static final String ISSUER_SEGMENT = "(?:UBTVQH|QH)\\d{2}|"
            + ISSUERS.stream().sorted(Comparator.comparing(String::length).reversed())
                    .collect(Collectors.joining("|"))
            + "|(?:[A-ZĐ](?!\\p{Ll}))+";
    private static final String ISSUER =
            "(?:" + ISSUER_SEGMENT + ")(?: ?[-_/] ?(?:" + ISSUER_SEGMENT + "))*";
    /**
     * "51/2019/QH14", "82/2015/NĐ-CP", "66.19/2026/NQ-CP", "48/VBHN-VPQH", "24/2024"; not the
     * "6/2015" of a date.
     */
    private static final Pattern LEGAL_NUMBER = Pattern.compile(
            "(?<!\\d/)(\\d+(?:\\.\\d+)?)/(?:(\\d{4})(?:/(" + ISSUER + "))?"
            + "|([A-ZĐ]+-" + ISSUER + "))");
    private static final Pattern YEAR_PREFIX = Pattern.compile("(?:19|20)\\d\\d");
    /** The document type that opened the number cell, glued to the end of the title. */
    private static final Pattern GLUED_TYPE = Pattern.compile(
            "(Bộ luật|Luật|Luất|Thông tư liên tịch|Thông tư|Nghị định|Quyết định|Nghị quyết"
            + "|Pháp lệnh|Văn bản hợp nhất)(?: số)? ?$");
    private static final Pattern SPACED_DASH = Pattern.compile(" ?([-_/]) ?");

    /**
     * Splits the legal-basis table. The number cell ends a row: it is glued to the next title or
     * ends the text, whereas a number quoted in a title is followed by a space ("Nghị định số
     * 05/2012/NĐ-CP ngày ...") or directly by the row's own number cell.
     *
     * @param leftover receives text after the last number, or the whole text without header
     */
    static List<ParsedLegalBasis> parseLegalBases(String text, Consumer<String> leftover) {
        if (text == null) {
            return List.of();
        }
        if (!text.startsWith(LEGAL_HEADER)) {
            leftover.accept(text);
            return List.of();
        }
        String body = text.substring(LEGAL_HEADER.length());
        List<int[]> numbers = new ArrayList<>();
        Matcher m = LEGAL_NUMBER.matcher(body);
        while (m.find()) {
            int start = m.start();
            String run = m.group(1);
            if (run.length() > 4 && run.indexOf('.') < 0) {
                // A year glued to the number: "Luật Doanh nghiệp 202076/2025/QH15".
                start += YEAR_PREFIX.matcher(run).lookingAt() ? 4 : run.length() - 4;
            }
            numbers.add(new int[] {start, m.end()});
        }
        List<ParsedLegalBasis> bases = new ArrayList<>();
        int rowStart = 0;
        for (int i = 0; i < numbers.size(); i++) {
            int start = numbers.get(i)[0];
            int end = numbers.get(i)[1];
            boolean followedByNumber = i + 1 < numbers.size() && numbers.get(i + 1)[0] == end;
            char next = end < body.length() ? body.charAt(end) : 0;
            boolean endsCell = next == 0
                    || !(Character.isWhitespace(next) || ",;.)".indexOf(next) >= 0);
            if (followedByNumber || !endsCell) {
                continue;
            }
            String number = SPACED_DASH.matcher(body.substring(start, end)).replaceAll("$1");
            bases.add(new ParsedLegalBasis(legalTitle(body.substring(rowStart, start)), number));
            rowStart = end;
        }
        String rest = nullIfBlank(body.substring(rowStart));
        if (rest != null) {
            leftover.accept(rest);
        }
        return bases;
    }

    private static String legalTitle(String raw) {
        String title = raw.strip();
        Matcher type = GLUED_TYPE.matcher(title);
        if (type.find() && type.start() > 0
                && !Character.isWhitespace(title.charAt(type.start() - 1))) {
            title = title.substring(0, type.start());
        }
        title = stripEnd(title, ";,:-–");
        return title.isEmpty() ? null : title;
    }

    // ---------------------------------------------------------------------------------------
    // Results: "<name>Mã: KQ.G01.000074" repeated, then page text ("Từ khóa...") to drop.

    private static final List<String> PAGE_TEXT = List.of("Từ khóa", "Chọn cơ quan thực hiện");
    private static final Pattern RESULT_CODE = Pattern.compile("[A-Z0-9](?:[A-Z0-9._-]*[A-Z0-9])?");
    /** A code of another shape, "Test_P001": one token with a digit, ending the text. */
    private static final Pattern OTHER_CODE =
            Pattern.compile("[A-Za-z0-9_.\\-]*\\d[A-Za-z0-9_.\\-]*(?=\\s|$)");
    private static final Pattern CODE_TAIL = Pattern.compile("(?<=\\d)[A-Z]{2,}$|[._-]+$");
    private static final Pattern UNDETERMINED = Pattern.compile("Chưa xác định(?: rõ)?\\.?");
    private static final String CODE_LABEL = "Mã:";

    /**
     * Reads the result list. Each result name is followed by "Mã: " and its code, and the next
     * name is glued to the code; the code ends before a capital letter that starts a word
     * ("KQ.G12.000693Thông báo ..."). Page text after the list is dropped.
     *
     * @param leftover receives text after the last code that is not a result name
     */
    static List<ParsedResult> parseResults(String text, Consumer<String> leftover) {
        if (text == null) {
            return List.of();
        }
        int cut = text.length();
        for (String marker : PAGE_TEXT) {
            int i = text.indexOf(marker);
            if (i >= 0) {
                cut = Math.min(cut, i);
            }
        }
        String body = text.substring(0, cut);
        List<ParsedResult> results = new ArrayList<>();
        int pos = 0;
        int label;
        while ((label = body.indexOf(CODE_LABEL, pos)) >= 0) {
            String name = resultName(body.substring(pos, label));
            int codeStart = label + CODE_LABEL.length();
            while (codeStart < body.length() && body.charAt(codeStart) == ' ') {
                codeStart++;
            }
            int codeEnd = resultCodeEnd(body, codeStart);
            String code = codeEnd > codeStart ? body.substring(codeStart, codeEnd) : null;
            if (code == null) {
                Matcher undetermined = UNDETERMINED.matcher(body).region(codeStart, body.length());
                codeEnd = undetermined.lookingAt() ? undetermined.end() : codeStart;
            }
            if (name != null || code != null) {
                results.add(new ParsedResult(name, code));
            }
            pos = codeEnd;
        }
        String rest = resultName(body.substring(pos));
        if (rest != null) {
            if (results.isEmpty()) {
                results.add(new ParsedResult(rest, null));
            } else {
                leftover.accept(rest);
            }
        }
        return results;
    }

    private static int resultCodeEnd(String s, int from) {
        Matcher m = RESULT_CODE.matcher(s).region(from, s.length());
        int end = m.lookingAt() ? m.end() : from;
        // Give back capitals that begin the next name: "KQ.G12.000693Thông".
        while (end > from && Character.isUpperCase(s.charAt(end - 1)) && end < s.length()
                && Character.isLowerCase(s.charAt(end))) {
            end--;
        }
        // An upper-case word glued after the digits begins the next name: "...000123UBND".
        Matcher tail = CODE_TAIL.matcher(s).region(from, end);
        if (end > from && tail.find()) {
            end = tail.start();
        }
        if (end > from) {
            return end;
        }
        Matcher other = OTHER_CODE.matcher(s).region(from, s.length());
        return other.lookingAt() ? other.end() : from;
    }

    private static String resultName(String raw) {
        String name = BULLET.matcher(raw.strip()).replaceFirst("");
        return nullIfBlank(name);
    }

    // ---------------------------------------------------------------------------------------
    // Service level

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;])\\s+|\\n");
    private static final Pattern ONLINE_SUBMISSION = Pattern.compile(
            "(?:nộp|gửi|đăng ký|thực hiện|lựa chọn)[^.;\\n]{0,40}(?:trực tuyến"
            + "|cổng dịch vụ công|hệ thống dịch vụ công|môi trường điện tử)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final String PAPER = "(?:bản chính|bản gốc|bản giấy|hồ sơ giấy)";
    private static final Pattern PAPER_DELIVERY = Pattern.compile(
            "(?:gửi|nộp|xuất trình|mang|bổ sung)[^.;\\n]{0,120}" + PAPER
            + "[^.;\\n]{0,120}(?:bưu chính|bưu điện|trực tiếp|đối chiếu)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PAPER_AT_COLLECTION = Pattern.compile(
            "(?:xuất trình|nộp|gửi)[^.;\\n]{0,80}" + PAPER
            + "[^.;\\n]{0,80}(?:khi|trước khi|lúc) (?:đến )?nhận kết quả",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Sentences that waive paper, or offer an electronic copy instead of the original. */
    private static final Pattern PAPER_OPTIONAL = Pattern.compile(
            "không (?:phải|cần|yêu cầu|được yêu cầu)[^.;\\n]{0,30}(?:xuất trình|nộp|gửi)"
            + "|hoặc (?:nộp |gửi )?(?:bản|biểu mẫu) (?:sao )?điện tử",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** See the class comment for the rule. */
    static ServiceLevel serviceLevel(List<ParsedChannel> channels, List<ParsedStep> steps,
            List<ParsedDocument> documents, String conditions) {
        if (channels.stream().noneMatch(c -> c.kind() == ChannelKind.ONLINE)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        channels.forEach(c -> texts.add(c.description()));
        steps.forEach(s -> texts.addAll(Arrays.asList(s.title(), s.description())));
        documents.forEach(d -> texts.addAll(Arrays.asList(d.group(), d.name())));
        texts.add(conditions);
        boolean paperNeeded = texts.stream().filter(Objects::nonNull)
                .flatMap(SENTENCE_END::splitAsStream)
                .anyMatch(ProcedureRecordParser::requiresPaper);
        return paperNeeded ? ServiceLevel.PARTIAL_ONLINE : ServiceLevel.FULL_ONLINE;
    }

    private static boolean requiresPaper(String sentence) {
        if (PAPER_OPTIONAL.matcher(sentence).find()) {
            return false;
        }
        return PAPER_AT_COLLECTION.matcher(sentence).find()
                || ONLINE_SUBMISSION.matcher(sentence).find()
                        && PAPER_DELIVERY.matcher(sentence).find();
    }
}
