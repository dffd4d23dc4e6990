package vn.dvcportal.web.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.dvcportal.eform.control.Choice;
import vn.dvcportal.eform.control.FieldType;
import vn.dvcportal.eform.control.FormField;

class FormEntryTest {

    static FormField field(String key, FieldType type, String pattern, String section) {
        return new FormField(key, "Nhãn " + key, "Label " + key, type, true, pattern, null,
                null, null, null, section, List.of(new Choice("a", "Lựa chọn A", "Choice A")),
                null, type == FieldType.COMMUNE ? "province" : null, null, null);
    }

    @Test
    void storedDatesAreShownTheWayPeopleWriteThem() {
        FormEntry entry = new FormEntry(field("born", FieldType.DATE, null, null), "1990-03-05");
        assertEquals("05/03/1990", entry.getValue());
        assertEquals("05/03/1990", entry.stored());
        assertEquals("31/02/1990", new FormEntry(field("born", FieldType.DATE, null, null),
                "31/02/1990").getValue(), "a value the core could not read stays as typed");
    }

    @Test
    void aTickBoxIsAlwaysSentAsTrueOrFalse() {
        FormEntry entry = new FormEntry(field("agree", FieldType.CHECKBOX, null, null), null);
        assertEquals("false", entry.stored());
        entry.setChecked(true);
        assertEquals("true", entry.stored());
        assertTrue(entry.isChanged());
        assertEquals("Có", entry.display(false, "Có", "Không"));
    }

    @Test
    void editsAreNotedUntilSaved() {
        FormEntry entry = new FormEntry(field("name", FieldType.TEXT, null, null), "An");
        entry.setValue("An");
        assertFalse(entry.isChanged());
        entry.setValue("");
        assertTrue(entry.isChanged());
        assertNull(entry.getValue());
        entry.saved();
        assertFalse(entry.isChanged());
    }

    @Test
    void aChoiceIsShownByItsLabel() {
        FormEntry entry = new FormEntry(field("kind", FieldType.SELECT, null, null), "a");
        assertEquals("Lựa chọn A", entry.display(false, "", ""));
        assertEquals("Choice A", entry.display(true, "", ""));
    }

    @Test
    void theBrowserChecksWhatItReadsAsTheServerDoes() {
        assertEquals("[0-9]{12}",
                new FormEntry(field("id", FieldType.ID_NUMBER, null, null), null)
                        .getHtmlPattern());
        assertEquals("[A-Z]{2}[0-9]+",
                new FormEntry(field("x", FieldType.TEXT, "[A-Z]{2}[0-9]+", null), null)
                        .getHtmlPattern());
        assertNull(new FormEntry(field("x", FieldType.TEXT, "(?i)abc", null), null)
                .getHtmlPattern());
        assertNull(new FormEntry(field("x", FieldType.TEXT, "\\p{L}+", null), null)
                .getHtmlPattern());
        assertNull(new FormEntry(field("x", FieldType.TEXT, "[a-z&&[^x]]", null), null)
                .getHtmlPattern());
        assertNull(new FormEntry(field("x", FieldType.TEXT, null, null), null)
                .getHtmlPattern());
    }

    @Test
    void inputTypesGiveTheRightKeyboard() {
        assertEquals("email", new FormEntry(field("m", FieldType.EMAIL, null, null), null)
                .getInputType());
        assertEquals("tel", new FormEntry(field("p", FieldType.PHONE, null, null), null)
                .getInputType());
        assertEquals("numeric", new FormEntry(field("n", FieldType.NUMBER, null, null), null)
                .getInputMode());
        assertEquals(10, new FormEntry(field("d", FieldType.DATE, null, null), null)
                .getMaxLength());
    }

    @Test
    void theFirstFieldOfEachSectionOpensIt() {
        List<FormEntry> entries = List.of(
                new FormEntry(field("a", FieldType.TEXT, null, null), null),
                new FormEntry(field("b", FieldType.TEXT, null, "Người nộp"), null),
                new FormEntry(field("c", FieldType.TEXT, null, "Người nộp"), null),
                new FormEntry(field("d", FieldType.TEXT, null, "Địa chỉ"), null));
        FormEntry.markSections(entries);
        assertEquals(List.of(false, true, false, true),
                entries.stream().map(FormEntry::isSectionStart).toList());
    }
}
